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
        let name = file
        for problem in result.problems {
            lines.append("\(name): \(problem)")
        }
        let errors = result.errors.count
        let warnings = result.warnings.count
        if errors > 0 {
            exitCode = max(exitCode, 1)
        }
        guard !quiet else { return }
        if errors > 0 {
            lines.append("\(name): invalid (\(count(errors, "error")), \(count(warnings, "warning")))")
        } else {
            let cities = result.documents?.count ?? 1
            let kind = result.isPartial ? "valid partial document" : cities > 1 ? "valid collection of \(cities) cities" : "valid"
            lines.append("\(name): \(kind)" + (warnings > 0 ? " (\(count(warnings, "warning")))" : ""))
        }
    }

    private func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }
}
