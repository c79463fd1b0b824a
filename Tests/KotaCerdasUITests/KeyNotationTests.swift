import KotaCerdasUI
import Testing

/// Keys written as text for `snapshot --keys`.
@Suite struct KeyNotationTests {
    @Test func charactersAreThemselvesAndNamesAreInAngleBrackets() throws {
        #expect(try KeyNotation.keys(":ab<Down><enter><Esc>") == [.character(":"), .character("a"), .character("b"), .down, .enter, .escape])
        #expect(try KeyNotation.keys("<lt>x<C-c><F1><Space>") == [.character("<"), .character("x"), .interrupt, .function(1), .character(" ")])
        #expect(try KeyNotation.keys("a<b") == [.character("a"), .character("<"), .character("b")], "an unclosed < is itself")
        #expect(try KeyNotation.keys("").isEmpty)
    }

    @Test func anUnknownNameOrAControlCharacterSaysWhatIsValid() {
        #expect(throws: KeyNotation.Error.self) { try KeyNotation.keys("<Nope>") }
        do {
            _ = try KeyNotation.keys("<Nope>")
        } catch {
            #expect(error.description.contains("<Nope>") && error.description.contains("<Enter>"))
        }
        #expect(throws: KeyNotation.Error.self) { try KeyNotation.keys("a\u{1B}[A") }
    }
}
