import CNcursesw
import KotaCerdasUI
import Testing
@testable import KotaCerdasTerminal

@Suite struct InputDecoderTests {
    private func key(_ raw: RawInput) -> Key? {
        guard case .key(let key) = InputDecoder.decode(raw) else { return nil }
        return key
    }

    @Test func printableCharactersIncludingNonASCII() {
        #expect(key(.character(0x61)) == .character("a"))
        #expect(key(.character(0x20)) == .character(" "))
        #expect(key(.character(0xE9)) == .character("é"))
        #expect(key(.character(0x4E2D)) == .character("中"))
    }

    @Test func controlCharacters() {
        #expect(key(.character(13)) == .enter)
        #expect(key(.character(10)) == .enter)
        #expect(key(.character(9)) == .tab)
        #expect(key(.character(27)) == .escape)
        #expect(key(.character(127)) == .backspace)
        #expect(key(.character(8)) == .backspace)
        #expect(key(.character(3)) == .interrupt)
        #expect(key(.character(12)) == .control("l"))
        #expect(InputDecoder.decode(.character(0)) == nil)
        #expect(InputDecoder.decode(.character(0x9B)) == nil)
    }

    @Test func cursesKeyCodes() {
        let expected: [(Int32, Key)] = [
            (KEY_UP, .up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_ENTER, .enter), (KEY_BACKSPACE, .backspace), (KEY_DC, .delete), (KEY_IC, .insert),
            (KEY_BTAB, .backTab), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_HOME, .home), (KEY_END, .end),
            (kc_key_f(1), .function(1)), (kc_key_f(12), .function(12)),
        ]
        for (code, wanted) in expected {
            #expect(key(.keyCode(code)) == wanted, "key code \(code)")
        }
    }

    @Test func resizeAndUnknownCodesAreIgnored() {
        #expect(InputDecoder.decode(.keyCode(KEY_RESIZE)) == nil)
        #expect(InputDecoder.decode(.keyCode(KEY_MOUSE)) == nil)
        #expect(InputDecoder.decode(.keyCode(kc_key_f(0))) == nil)
    }

    @Test func mouseReports() {
        #expect(InputDecoder.decode(.mouse(x: 4, y: 2, buttons: kc_button1_clicked()))
            == .mouse(MouseEvent(column: 4, row: 2, kind: .press)))
        #expect(InputDecoder.decode(.mouse(x: 4, y: 2, buttons: kc_button1_pressed()))
            == .mouse(MouseEvent(column: 4, row: 2, kind: .press)))
        #expect(InputDecoder.decode(.mouse(x: 0, y: 0, buttons: kc_button1_double_clicked()))
            == .mouse(MouseEvent(column: 0, row: 0, kind: .doubleClick)))
        #expect(InputDecoder.decode(.mouse(x: 7, y: 1, buttons: kc_button4_pressed()))
            == .mouse(MouseEvent(column: 7, row: 1, kind: .wheelUp)))
        #expect(InputDecoder.decode(.mouse(x: 7, y: 1, buttons: kc_button5_pressed()))
            == .mouse(MouseEvent(column: 7, row: 1, kind: .wheelDown)))
        #expect(InputDecoder.decode(.mouse(x: 1, y: 1, buttons: 0)) == nil)
        #expect(InputDecoder.decode(.mouse(x: -1, y: 1, buttons: kc_button1_clicked())) == nil)
    }
}
