import Foundation
import Testing

/// `kotacerdas snapshot` and `kotacerdas validate`, run as child processes.
@Suite(.endToEndSlot)
struct CommandTests {
    static let views = [
        "home", "help", "sources", "governance", "governance/indicators/gov-spbe-index",
        "governance/programs/gov-satu-data", "economy/indicators/eco-poverty-rate",
    ]
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    static func run(_ arguments: [String], in sandbox: Sandbox) async throws -> (status: Int32, stdout: String, stderr: String) {
        try await ChildProcess.runPolling(
            sandbox.command(arguments), stdout: sandbox.path("stdout-\(UUID().uuidString)"),
            stderr: sandbox.path("stderr-\(UUID().uuidString)"))
    }

    @Test(arguments: views)
    func snapshotFillsExactlyTheSize(view: String) async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        for (width, height) in Self.sizes {
            let result = try await Self.run(["snapshot", "--view", view, "--size", "\(width)x\(height)"], in: sandbox)
            #expect(result.status == 0, "\(view) \(width)x\(height): \(result.stderr)")
            #expect(result.stdout.hasSuffix("\n"))
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == height, "\(view) at \(width)x\(height) has \(lines.count) lines")
            for (number, line) in lines.enumerated() {
                #expect(displayWidth(line) == width, "\(view) at \(width)x\(height), line \(number + 1) is \(displayWidth(line)) wide: \(line)")
            }
            #expect(!result.stdout.contains("\u{1B}"), "no colour unless asked")
        }
    }

    @Test func snapshotRefusesAnUnknownView() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try await Self.run(["snapshot", "--view", "nope"], in: sandbox)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        for id in ["governance", "living", "environment", "society", "economy", "mobility"] {
            #expect(result.stderr.contains(id), "the message should list \(id): \(result.stderr)")
        }
    }

    @Test(arguments: ["10", "0x10", "120x", "x40", "abc"])
    func snapshotRefusesAMalformedSize(size: String) async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try await Self.run(["snapshot", "--size", size], in: sandbox)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--size") && result.stderr.contains("120x40"))
        #expect(result.stdout.isEmpty)
    }

    @Test func snapshotInColourUsesOnlySGR() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        for view in ["home", "help", "governance/indicators/gov-spbe-index"] {
            let result = try await Self.run(["snapshot", "--view", view, "--color", "always", "--size", "120x40"], in: sandbox)
            #expect(result.status == 0)
            let sgr = try Regex(#"\u{1B}\[[0-9;]*m"#)
            #expect(result.stdout.contains(sgr), "no SGR sequence in \(view)")
            let remainder = result.stdout.replacing(sgr, with: "")
            #expect(!remainder.contains("\u{1B}"), "an escape sequence that is not SGR in \(view)")
            // Without the colours it is the plain frame.
            let plain = try await Self.run(["snapshot", "--view", view, "--size", "120x40"], in: sandbox)
            #expect(remainder == plain.stdout)
        }
    }

    @Test(arguments: [(["--theme", "nosuch"], "no theme named 'nosuch'"), (["--view", "nope"], "unknown view \"nope\"")])
    func aMistakenDashboardOptionIsRefusedBeforeTheScreenIsTaken(arguments: [String], message: String) async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try await Self.run(arguments + ["--no-cache"], in: sandbox)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"), "nothing drawn: \(result.stdout.debugDescription)")
    }

    @Test func validateAcceptsBothSamples() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try await Self.run(["validate", App.sumenep, App.bandung], in: sandbox)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func validateQuietListsOnlyProblems() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = sandbox.path("data/broken.json")
        try LiveDataTests.sample(spbe: "\"tinggi\"").write(toFile: path, atomically: false, encoding: .utf8)
        let clean = try await Self.run(["validate", "--quiet", App.sumenep], in: sandbox)
        #expect(clean.status == 0)
        #expect(clean.stdout.isEmpty, "a valid file says nothing with --quiet: \(clean.stdout)")
        let broken = try await Self.run(["validate", "-q", path], in: sandbox)
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("dimensions[0].indicators[1].value: "))
        #expect(!broken.stdout.contains(": invalid ("), "no summary line with --quiet")
    }

    @Test func validateReportsEveryProblemWithItsPlace() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = sandbox.path("data/broken.json")
        var text = try LiveDataTests.sample(spbe: "\"tinggi\"")
        text = text.replacingOccurrences(of: "\"status\": \"on-track\"", with: "\"status\": \"ongoing\"")
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let result = try await Self.run(["validate", path], in: sandbox)
        #expect(result.status == 1)
        let output = result.stdout + result.stderr
        let problems = output.split(separator: "\n").filter { !$0.contains(": invalid (") }
        #expect(problems.count >= 2, "\(output)")
        for line in problems {
            #expect(line.hasPrefix("\(path): "), "not `file: place: message`: \(line)")
            let rest = line.dropFirst(path.count + 2)
            #expect(rest.contains(": "), "no place: \(line)")
        }
        #expect(output.contains("\(path): dimensions[0].indicators[1].value: "), "\(output)")
        #expect(output.contains("\"tinggi\""))
        #expect(output.contains("ongoing"))
        #expect(output.contains("\(path): invalid ("))
    }

    @Test func validateSyntaxErrorNamesLineAndColumn() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = sandbox.path("data/syntax.json")
        try "{\n  \"format\": \"kotacerdas/v1\",\n  \"city\": }\n".write(toFile: path, atomically: false, encoding: .utf8)
        let result = try await Self.run(["validate", path], in: sandbox)
        #expect(result.status == 1)
        let output = result.stdout + result.stderr
        #expect(output.contains("\(path): line 3, column 11: "), "\(output)")
    }

    @Test func validateMissingFileExits2() async throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let path = sandbox.path("data/missing.json")
        let result = try await Self.run(["validate", path], in: sandbox)
        #expect(result.status == 2)
        #expect((result.stdout + result.stderr).contains(path))
    }
}
