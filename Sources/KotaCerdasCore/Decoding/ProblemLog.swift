/// Collects every problem found while decoding, so a person sees all of them at once.
final class ProblemLog {
    private(set) var problems: [Problem] = []

    func error(_ path: JSONPath, _ message: String) {
        problems.append(Problem(.error, at: path, message))
    }

    func warning(_ path: JSONPath, _ message: String) {
        problems.append(Problem(.warning, at: path, message))
    }

    func append(_ more: [Problem]) {
        problems += more
    }
}
