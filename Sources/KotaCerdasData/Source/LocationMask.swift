import Foundation

/// Hides secrets in text that may be shown or logged: URL user info, secret-looking query
/// values, and any secret value a provider knows of.
public enum LocationMask {
    /// What a secret is replaced with.
    public static let placeholder = "***"

    /// Query parameters whose values are credentials by convention.
    static let secretQueryNames: Set<String> = [
        "token", "access_token", "api_key", "apikey", "key", "secret", "password", "signature", "sig",
    ]

    /// `text` with every URL user info (`//user:pass@`) and secret query value masked.
    public static func mask(_ text: String) -> String {
        var result = maskUserInfo(text)
        result = maskQueryValues(result)
        return result
    }

    /// `text` masked as `mask(_:)` does, and with each of `secrets` replaced too.
    public static func mask(_ text: String, secrets: [String]) -> String {
        secrets.filter { !$0.isEmpty }.reduce(mask(text)) { masked, secret in
            masked.replacingOccurrences(of: secret, with: placeholder)
        }
    }

    private static func maskUserInfo(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            let authorityEnd = rest.firstIndex(where: { "/?# \"'".contains($0) }) ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@") {
                result += placeholder + "@"
                rest = rest[rest.index(after: at)...]
            }
        }
        return result + rest
    }

    private static func maskQueryValues(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let separator = rest.firstIndex(where: { $0 == "?" || $0 == "&" }) {
            result += rest[...separator]
            rest = rest[rest.index(after: separator)...]
            let nameEnd = rest.firstIndex(where: { "=&# ".contains($0) }) ?? rest.endIndex
            let name = rest[..<nameEnd]
            guard nameEnd < rest.endIndex, rest[nameEnd] == "=", secretQueryNames.contains(name.lowercased()) else { continue }
            result += name + "=" + placeholder
            let valueStart = rest.index(after: nameEnd)
            rest = rest[(rest[valueStart...].firstIndex(where: { "&# \"'".contains($0) }) ?? rest.endIndex)...]
        }
        return result + rest
    }
}
