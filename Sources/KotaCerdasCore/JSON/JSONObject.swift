/// A JSON object as an ordered list of members, so documents keep the order their
/// authors gave and messages can point at them.
///
/// Objects in the data format are small, and a linear scan of a few members is the
/// fastest lookup there is. A large object (a hostile or generated source can send one
/// with a hundred thousand members) also keeps a hash index from name to position, so
/// looking up or setting every member stays linear in the object's size, not quadratic.
public struct JSONObject: Equatable, Sendable {
    public private(set) var members: [(key: String, value: JSONValue)]
    /// The position of the first member of each name; only for objects above `indexedSize`.
    private var positions: [String: Int]?

    /// Objects with more members than this get the hash index.
    static let indexedSize = 16

    public init(_ members: [(key: String, value: JSONValue)] = []) {
        self.members = members
        positions = Self.index(of: members)
    }

    public subscript(key: String) -> JSONValue? {
        get { position(of: key).map { members[$0].value } }
        set {
            switch (position(of: key), newValue) {
            case (let index?, let value?): members[index].value = value
            case (let index?, nil):
                members.remove(at: index)
                positions = Self.index(of: members)
            case (nil, let value?):
                members.append((key, value))
                if positions != nil {
                    positions?[key] = members.count - 1
                } else {
                    positions = Self.index(of: members)
                }
            case (nil, nil): break
            }
        }
    }

    public var keys: [String] { members.map(\.key) }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    private func position(of key: String) -> Int? {
        if let positions { return positions[key] }
        return members.firstIndex { $0.key == key }
    }

    /// A name's first position wins, as in a lookup by scanning; nil for small objects.
    private static func index(of members: [(key: String, value: JSONValue)]) -> [String: Int]? {
        guard members.count > indexedSize else { return nil }
        var positions = [String: Int](minimumCapacity: members.count)
        for (position, member) in members.enumerated() where positions[member.key] == nil {
            positions[member.key] = position
        }
        return positions
    }
}
