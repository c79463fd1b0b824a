/// Keys as printed and what they do: a help overlay line (`Enter  open the focused
/// dimension…`) or a bottom-bar hint (`Enter open`).
public struct KeyText: Sendable {
    public let keys: KeyLabel
    public let text: UIText

    public init(_ keys: KeyLabel, _ text: UIText) {
        self.keys = keys
        self.text = text
    }
}
