import Testing
@testable import KotaCerdasServer

@Suite struct BearerTokenTests {
    @Test func admitsOnlyTheExactToken() {
        let token = BearerToken("s3cret")
        #expect(token.admits(authorization: "Bearer s3cret"))
        #expect(token.admits(authorization: "bearer s3cret"))
        for header in [nil, "", "Bearer", "Bearer ", "Bearer s3cre", "Bearer s3cretx", "Bearer S3CRET", "Basic s3cret", "s3cret"] {
            #expect(!token.admits(authorization: header), "\(header ?? "nil")")
        }
    }

    @Test func constantTimeEqualityComparesEveryByte() {
        let secret = Array("abcdef".utf8)
        #expect(BearerToken.constantTimeEqual(secret, Array("abcdef".utf8)))
        #expect(!BearerToken.constantTimeEqual(secret, Array("abcdeg".utf8)))
        #expect(!BearerToken.constantTimeEqual(secret, Array("bbcdef".utf8)))
        // A presented value that repeats the secret is not the secret.
        #expect(!BearerToken.constantTimeEqual(secret, Array("abcdefabcdef".utf8)))
        #expect(!BearerToken.constantTimeEqual(secret, []))
        #expect(!BearerToken.constantTimeEqual([], []))
    }
}
