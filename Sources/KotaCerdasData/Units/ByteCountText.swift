/// Byte counts as people write them in config and read them in messages: `16MiB`, `512KiB`, `2048`.
public enum ByteCountText {
    /// Bytes for `text`: a whole number, optionally followed by `B`, `KiB`, `MiB` or `GiB`.
    public static func bytes(_ text: String) -> Int? {
        let digits = text.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard !digits.isEmpty, let amount = Int(digits) else { return nil }
        let units: [String: Int] = ["": 1, "B": 1, "KiB": 1 << 10, "MiB": 1 << 20, "GiB": 1 << 30]
        guard let unit = units[String(text.dropFirst(digits.count))] else { return nil }
        let (product, overflow) = amount.multipliedReportingOverflow(by: unit)
        return overflow ? nil : product
    }

    /// The largest whole unit: `16777216` → `16 MiB`.
    public static func format(_ bytes: Int) -> String {
        for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= size && bytes % size == 0 {
            return "\(bytes / size) \(unit)"
        }
        return "\(bytes) bytes"
    }
}
