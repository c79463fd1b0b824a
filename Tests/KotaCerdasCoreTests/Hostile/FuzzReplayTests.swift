import Testing
@testable import KotaCerdasCore

/// Every input the fuzzer kept for the JSON parser and the decoder, replayed through the
/// same API and held to the same rules as `Fuzz/Targets/json` and `Fuzz/Targets/decoder`.
@Suite struct FuzzReplayTests {
    @Test func theFuzzCorporaAreHere() {
        #expect(FuzzInputs.files("Corpus", "json").count >= 10)
        #expect(FuzzInputs.files("Corpus", "decoder").count >= 10)
    }

    @Test func everyKeptJSONInputParsesAndRoundTripsOrFailsAtAPosition() {
        for input in FuzzInputs.all("json") {
            do {
                let value = try JSONParser.parse(input.bytes)
                let written = JSONWriter.write(value)
                #expect((try? JSONParser.parse(written)) == value, "\(input.name): round trip")
            } catch {
                #expect(error.line >= 1 && error.column >= 1 && !error.message.isEmpty, "\(input.name): \(error)")
            }
        }
    }

    @Test func everyKeptDocumentDecodesOrSaysWhyInSafeWords() {
        for input in FuzzInputs.all("decoder") {
            let result = DocumentDecoder.decode(bytes: input.bytes)
            #expect((result.document == nil) == !result.errors.isEmpty, "\(input.name): a document exactly when there is no error")
            for problem in result.problems {
                #expect(!problem.description.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) },
                        "\(input.name): \(problem.description.debugDescription)")
            }
        }
    }
}
