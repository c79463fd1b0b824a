/// A place inside a JSON document, written as in the messages people read:
/// `dimensions[2].indicators[4].value`. Indices are 0-based, as in JSON tooling.
public struct JSONPath: Equatable, Hashable, Sendable, CustomStringConvertible {
    private enum Step: Hashable, Sendable {
        case member(String)
        case index(Int)
    }

    private var steps: [Step] = []

    public init() {}

    public static let root = JSONPath()

    public func member(_ name: String) -> JSONPath {
        var path = self
        path.steps.append(.member(name))
        return path
    }

    public func index(_ position: Int) -> JSONPath {
        var path = self
        path.steps.append(.index(position))
        return path
    }

    public var description: String {
        var text = ""
        for step in steps {
            switch step {
            case .member(let name): text += text.isEmpty ? name : "." + name
            case .index(let position): text += "[\(position)]"
            }
        }
        return text.isEmpty ? "(document)" : text
    }
}
