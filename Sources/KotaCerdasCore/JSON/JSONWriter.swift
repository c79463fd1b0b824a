/// Writes a `JSONValue` as compact or indented JSON text, keeping member order.
public enum JSONWriter {
    /// The JSON text of `value`; `indent` spaces per level, or compact when 0.
    public static func write(_ value: JSONValue, indent: Int = 0) -> String {
        var output = ""
        write(value, into: &output, indent: indent, level: 0)
        return output
    }

    /// A number as JSON writes it: integers without a fraction, others shortest round-trip.
    public static func format(_ number: Double) -> String {
        if number.rounded() == number, abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: Int, level: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number): output += format(number)
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            writeContainer(open: "[", close: "]", count: elements.count, into: &output, indent: indent, level: level) { index, output in
                write(elements[index], into: &output, indent: indent, level: level + 1)
            }
        case .object(let object):
            writeContainer(open: "{", close: "}", count: object.members.count, into: &output, indent: indent, level: level) { index, output in
                let member = object.members[index]
                writeString(member.key, into: &output)
                output += indent > 0 ? ": " : ":"
                write(member.value, into: &output, indent: indent, level: level + 1)
            }
        }
    }

    private static func writeContainer(
        open: String, close: String, count: Int, into output: inout String, indent: Int, level: Int,
        element: (Int, inout String) -> Void
    ) {
        output += open
        guard count > 0 else { output += close; return }
        let innerPad = indent > 0 ? "\n" + String(repeating: " ", count: indent * (level + 1)) : ""
        for index in 0..<count {
            if index > 0 { output += "," }
            output += innerPad
            element(index, &output)
        }
        if indent > 0 { output += "\n" + String(repeating: " ", count: indent * level) }
        output += close
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
