import FlyingFox
import Foundation
import KotaCerdasCore
import KotaCerdasData

/// `POST`/`PUT /v1/documents/NAME` (the body becomes the pushed source NAME's whole
/// contribution) and `DELETE /v1/documents/NAME` (removes it), behind a bearer token.
///
/// Checks run cheapest and least revealing first: the token (`401`), the name (`400`),
/// the body's size (`413`), the document on its own (`422` with `validate`'s lines), the
/// merge (`422`), the number of sources (`507`). A success answers `204` once the
/// published snapshot carries the document, so the next poll sees the new `ETag`.
struct PushEndpoint: Sendable {
    let settings: PushSettings
    let store: SnapshotStore
    let publication: Publication
    private let token: BearerToken

    init(settings: PushSettings, store: SnapshotStore, publication: Publication) {
        self.settings = settings
        self.store = store
        self.publication = publication
        token = BearerToken(settings.token)
    }

    func receive(_ request: HTTPRequest) async -> HTTPResponse {
        let name: PushedSourceName
        switch admit(request) {
        case .failure(let refusal): return refusal.response
        case .success(let admitted): name = admitted
        }
        guard let bytes = await readBody(request) else {
            return Answer.error(
                .payloadTooLarge, "the document is larger than the push limit of \(ByteCountText.format(settings.maxBodyBytes))",
                headers: [.connection: "close"])
        }
        let (json, result) = DocumentDecoder.read(bytes: bytes)
        guard let json, result.errors.isEmpty else {
            await store.notePushFailure("push refused: " + firstError(result), as: name)
            return Answer.lines(.unprocessableContent, ValidationLines.problems(result, name: name.text)
                + [ValidationLines.summary(result, name: name.text)])
        }
        switch await store.push(json, as: name, limit: settings.maxSources) {
        case .accepted:
            await publishCurrent()
            return HTTPResponse(statusCode: .noContent)
        case .refused(let problem):
            return Answer.lines(.unprocessableContent, ["\(name): \(problem)"])
        case .tooManySources(let limit):
            return Answer.error(
                HTTPStatusCode(507, phrase: "Insufficient Storage"),
                "there are \(limit) pushed sources already, the most serve keeps; DELETE one first")
        }
    }

    func remove(_ request: HTTPRequest) async -> HTTPResponse {
        switch admit(request) {
        case .failure(let refusal):
            return refusal.response
        case .success(let name):
            guard await store.removePushed(name) else { return Answer.error(.notFound, "no pushed source named \(name)") }
            await publishCurrent()
            return HTTPResponse(statusCode: .noContent)
        }
    }

    private struct Refusal: Error {
        let response: HTTPResponse
    }

    /// The pushed source's name, once the token is right (before anything else is looked at).
    private func admit(_ request: HTTPRequest) -> Result<PushedSourceName, Refusal> {
        guard token.admits(authorization: request.headers[.authorization]) else {
            return .failure(Refusal(response: Answer.error(
                .unauthorized, "a push needs the header Authorization: Bearer <push-token>",
                headers: [HTTPHeader("WWW-Authenticate"): "Bearer realm=\"kotacerdas\""])))
        }
        guard let text = request.routeParameters["name"], let name = PushedSourceName(text) else {
            return .failure(Refusal(response: Answer.error(
                .badRequest, "a pushed source's name is 1 to \(PushedSourceName.maxLength) letters, digits, '-', '_' "
                    + "or '.', not starting with '.'")))
        }
        return .success(name)
    }

    /// The whole body, or nil when it is larger than allowed: refused by its declared
    /// length before reading, or as soon as a streamed (chunked) body passes the limit.
    /// The rest of a refused body is read and dropped, never kept: the connection would
    /// otherwise take it for the next request. A client that waits for `100 Continue` has
    /// sent nothing yet and is answered at once.
    private func readBody(_ request: HTTPRequest) async -> [UInt8]? {
        let limit = settings.maxBodyBytes
        let waitsToSend = request.headers[HTTPHeader("Expect")]?.lowercased() == "100-continue"
        var chunks = request.bodySequence.makeAsyncIterator()
        if let declared = request.headers[.contentLength].flatMap(Int.init), declared > limit {
            if !waitsToSend { await dropRest(of: &chunks) }
            return nil
        }
        var bytes: [UInt8] = []
        do {
            while let chunk = try await chunks.next() {
                guard bytes.count + chunk.count <= limit else {
                    await dropRest(of: &chunks)
                    return nil
                }
                bytes += chunk
            }
        } catch {
            // The client went away mid-body: there is nobody left to answer.
            return nil
        }
        return bytes
    }

    /// Reads and forgets the rest of a body from where `chunks` stands (a chunked body
    /// cannot be picked up again by a fresh iterator). The server's request timeout bounds
    /// how long a client may keep sending.
    private func dropRest(of chunks: inout HTTPBodySequence.Iterator) async {
        while (try? await chunks.next()) != nil {}
    }

    private func firstError(_ result: DocumentDecoder.Result) -> String {
        let errors = result.errors
        let more = errors.count > 1 ? " (and \(errors.count - 1) more)" : ""
        return (errors.first?.description ?? "unusable document") + more
    }

    /// Publishes the store's snapshot now rather than when the snapshot stream delivers
    /// it, so a poll right after the `204` already sees the push.
    private func publishCurrent() async {
        if let snapshot = await store.current { publication.publish(snapshot) }
    }
}
