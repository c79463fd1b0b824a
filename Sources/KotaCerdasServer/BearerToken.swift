/// The token a push must carry, checked in time that does not depend on how much of a
/// guess is right, nor on the secret's length: an attacker timing answers learns nothing.
struct BearerToken: Sendable {
    private let secret: [UInt8]

    /// - Parameter secret: Not empty (the config refuses an empty token).
    init(_ secret: String) {
        self.secret = Array(secret.utf8)
    }

    /// True when `header` is `Bearer <the token>` (the scheme in any case, RFC 9110 §11.1).
    func admits(authorization header: String?) -> Bool {
        guard let header, header.count > 7, header.prefix(7).lowercased() == "bearer " else { return false }
        let presented = header.dropFirst(7).drop { $0 == " " }
        return Self.constantTimeEqual(secret, Array(presented.utf8))
    }

    /// Equality that reads every byte of `presented` whatever it holds: the work depends on
    /// the presented length only (which the caller knows), never on where the first
    /// difference is or on the secret's length.
    static func constantTimeEqual(_ secret: [UInt8], _ presented: [UInt8]) -> Bool {
        guard !secret.isEmpty else { return false }
        var difference: UInt = secret.count == presented.count ? 0 : 1
        for (offset, byte) in presented.enumerated() {
            difference |= UInt(byte ^ secret[offset % secret.count])
        }
        return difference == 0
    }
}
