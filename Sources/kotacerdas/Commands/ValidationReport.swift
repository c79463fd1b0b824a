import KotaCerdasCore
import KotaCerdasData

/// The lines `validate` prints and the exit status they add up to.
struct ValidationReport {
    /// One line per problem, and one summary line per file unless `quiet`.
    private(set) var lines: [String] = []
    private(set) var exitCode: Int32 = 0
    /// Leaves out the per-file summaries, so only problems (and unreadable files) are listed.
    let quiet: Bool
    /// Larger files are refused before reading.
    let sizeLimit: Int

    mutating func check(file: String) {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path: file, limit: sizeLimit)
        } catch {
            lines.append("\(error.description)")
            exitCode = 2
            return
        }
        let result = CityCollection.decode(bytes: bytes)
        lines += ValidationLines.problems(result, name: file)
        if !result.errors.isEmpty {
            exitCode = max(exitCode, 1)
        }
        if !quiet { lines.append(ValidationLines.summary(result, name: file)) }
    }
}
