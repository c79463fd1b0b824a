import Foundation
import KotaCerdasCore
import KotaCerdasData

/// Reading a whole city: parsing and decoding the bundled Sumenep sample, against
/// Foundation's JSONSerialization parsing the same bytes into untyped objects.
enum DecodeBenchmark {
    static func run() -> Comparison {
        guard let path = BundledSamples.path(of: "sumenep"), let bytes = try? FileReader.read(path: path) else {
            fatalError("the bundled Sumenep sample is missing; build the package first")
        }
        let data = Data(bytes)
        let subject = Measurement.measure("parse + decode + validate sumenep.json (\(bytes.count / 1024) KiB)", iterations: 20) {
            precondition(DocumentDecoder.decode(bytes: bytes).document != nil)
        }
        let reference = Measurement.measure("JSONSerialization.jsonObject of the same bytes", iterations: 20) {
            precondition((try? JSONSerialization.jsonObject(with: data)) != nil)
        }
        return Comparison(subject: subject, reference: reference)
    }
}
