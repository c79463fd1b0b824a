import Foundation
import Testing
@testable import KotaCerdasData

/// Real files in a temporary directory, changed the ways editors and people change them.
@Suite final class FileProviderTests {
    let directory: URL
    let file: URL

    init() throws {
        directory = try Fixture.temporaryDirectory()
        file = directory.appendingPathComponent("sumenep.json")
        try write(Fixture.document(value: 3.1))
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func write(_ text: String, to url: URL? = nil) throws {
        try Data(text.utf8).write(to: url ?? file)
    }

    /// As vim and most editors save: a new file renamed over the old one.
    func saveByRename(_ text: String) throws {
        let temporary = directory.appendingPathComponent(".sumenep.json.swp")
        try write(text, to: temporary)
        #expect(rename(temporary.path, file.path) == 0)
    }

    @Test(arguments: [nil, 0.05])
    func editInPlaceIsSeen(pollInterval: Double?) async throws {
        let reader = UpdateReader(FileProvider(path: file.path, pollInterval: pollInterval))
        #expect(try await reader.next().spbeValue == 3.1)
        try write(Fixture.document(value: 3.2))
        #expect(try await reader.nextChange(within: 1).spbeValue == 3.2)
        await reader.close()
    }

    @Test func aPolledFileReportsEveryPollSoItsIntervalJudgesStaleness() async throws {
        let provider = FileProvider(path: file.path, pollInterval: 0.05)
        #expect(provider.descriptor.interval == 0.05)
        #expect(FileProvider(path: file.path).descriptor.interval == nil, "a watched file is never stale")
        let reader = UpdateReader(provider)
        #expect(try await reader.next().spbeValue == 3.1)
        guard case .unchanged = try await reader.next(within: 1) else {
            Issue.record("an unchanged poll should say so")
            return
        }
        await reader.close()
    }

    @Test func saveByRenameIsSeen() async throws {
        let reader = UpdateReader(FileProvider(path: file.path))
        #expect(try await reader.next().spbeValue == 3.1)
        try saveByRename(Fixture.document(value: 3.3))
        #expect(try await reader.nextChange(within: 1).spbeValue == 3.3)
        await reader.close()
    }

    @Test func brokenSaveNamesFileLineAndColumnThenRecovers() async throws {
        let reader = UpdateReader(FileProvider(path: file.path))
        _ = try await reader.next()
        try saveByRename("{\n  \"format\": \"kotacerdas/v1\",\n  \"city\": }\n")
        let failure = try #require(try await reader.nextChange(within: 1).failure)
        #expect(failure.hasPrefix("sumenep.json: line 3, column 11:"), "was: \(failure)")
        try saveByRename(Fixture.document(value: 3.4))
        #expect(try await reader.nextChange(within: 1).spbeValue == 3.4)
        await reader.close()
    }

    @Test func deleteThenRecreate() async throws {
        let reader = UpdateReader(FileProvider(path: file.path))
        _ = try await reader.next()
        try FileManager.default.removeItem(at: file)
        #expect(try await reader.nextChange(within: 1).failure == "sumenep.json: no such file")
        try write(Fixture.document(value: 3.5))
        #expect(try await reader.nextChange(within: 1).spbeValue == 3.5)
        await reader.close()
    }

    @Test func otherFilesInTheDirectoryAreIgnored() async throws {
        let reader = UpdateReader(FileProvider(path: file.path))
        _ = try await reader.next()
        try write("not json", to: directory.appendingPathComponent("notes.txt"))
        await #expect(throws: TimedOut.self) { try await reader.next(within: 0.3) }
        await reader.close()
    }

    @Test func refreshReadsAgain() async throws {
        let provider = FileProvider(path: file.path)
        let reader = UpdateReader(provider)
        _ = try await reader.next()
        provider.refresh()
        #expect(try await reader.next().isUnchanged)
        await reader.close()
    }

    @Test func missingDirectoryFallsBackToPolling() async throws {
        let missing = directory.appendingPathComponent("later/sumenep.json")
        let reader = UpdateReader(FileProvider(path: missing.path))
        #expect(try await reader.next().failure == "sumenep.json: no such file")
        try FileManager.default.createDirectory(at: missing.deletingLastPathComponent(), withIntermediateDirectories: true)
        try write(Fixture.document(value: 3.6), to: missing)
        #expect(try await reader.nextChange(within: 2).spbeValue == 3.6)
        await reader.close()
    }
}
