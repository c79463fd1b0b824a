/// A place inside a JSON document, written as in the messages people read:
/// `dimensions[2].indicators[4].value`. Indices are 0-based, as in JSON tooling.
///
/// The decoder makes a path for every object it reads, nearly all of which never
/// appear in a message, so a path is a link to its parent: one step longer costs one
/// small allocation, not a copy of all the steps before it.
public struct JSONPath: Equatable, Hashable, Sendable, CustomStringConvertible {
    private enum Step: Hashable, Sendable {
        case member(String)
        case index(Int)
    }

    private final class Node: Sendable {
        let parent: Node?
        let step: Step

        init(parent: Node?, step: Step) {
            self.parent = parent
            self.step = step
        }
    }

    private let last: Node?

    public init() {
        last = nil
    }

    private init(last: Node) {
        self.last = last
    }

    public static let root = JSONPath()

    public func member(_ name: String) -> JSONPath {
        JSONPath(last: Node(parent: last, step: .member(name)))
    }

    public func index(_ position: Int) -> JSONPath {
        JSONPath(last: Node(parent: last, step: .index(position)))
    }

    /// The steps from the root.
    private var steps: [Step] {
        var steps: [Step] = []
        var node = last
        while let current = node {
            steps.append(current.step)
            node = current.parent
        }
        return steps.reversed()
    }

    public static func == (lhs: JSONPath, rhs: JSONPath) -> Bool {
        lhs.last === rhs.last || lhs.steps == rhs.steps
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(steps)
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
