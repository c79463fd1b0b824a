/// How a chart writes the values on its axis; the app's number format in the reader's
/// language conforms, so the kit needs no language of its own.
public protocol AxisFormat: Sendable {
    /// `value` with `decimals` digits after the separator.
    func decimal(_ value: Double, decimals: Int) -> String
}
