import Testing
@testable import KotaCerdasTerminal

@Suite struct TerminalErrorTests {
    @Test func everyErrorHasItsOwnExitCodeAndAMessage() {
        let errors: [TerminalError] = [
            .noTerminalType, .unknownTerminalType("vt999"), .outputNotATerminal, .inputNotATerminal,
            .systemCall(name: "eventfd", errno: 24),
        ]
        #expect(errors.map(\.exitCode) == [3, 4, 5, 6, 7])
        #expect(TerminalError.unknownTerminalType("vt999").description.contains("\"vt999\""))
        #expect(errors.allSatisfy { !$0.description.isEmpty })
    }
}
