import Foundation
import Testing
@testable import KotaCerdasData

@Suite struct FileReaderTests {
    @Test func fileReadingRefusesDirectoriesAndMissingFiles() {
        #expect(throws: FileReader.ReadError(path: "/", reason: "is a directory, not a file")) {
            try FileReader.read(path: "/")
        }
        #expect(throws: FileReader.ReadError(path: "/nonexistent.json", reason: "no such file")) {
            try FileReader.read(path: "/nonexistent.json")
        }
    }

    @Test func oversizeFilesAreRefusedBeforeBeingReadAndTheRefusalNamesTheSetting() throws {
        let error = try #require(throws: FileReader.ReadError.self) {
            try FileReader.read(path: "/dev/zero", limit: 1024)
        }
        #expect(error.reason == "larger than the 1 KiB limit; raise it with --max-size or max-body in the config")
    }

    @Test func theDefaultLimitFitsAProvince() {
        #expect(FileReader.defaultLimit >= 70 * 1024 * 1024)
    }
}
