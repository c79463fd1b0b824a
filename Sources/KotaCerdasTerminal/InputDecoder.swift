import CNcursesw
import KotaCerdasKit

/// Turns raw curses input into the app's input events.
enum InputDecoder {
    /// The event for `raw`, or nil for input the app has no use for.
    ///
    /// KEY_RESIZE gives nil: the event loop learns of resizes from SIGWINCH and reports
    /// them itself, with the new size.
    static func decode(_ raw: RawInput) -> InputEvent? {
        switch raw {
        case .character(let value):
            character(value).map(InputEvent.key)
        case .keyCode(let code):
            keyCode(code).map(InputEvent.key)
        case .mouse(let x, let y, let buttons):
            mouse(x: x, y: y, buttons: buttons).map(InputEvent.mouse)
        }
    }

    private static func character(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        // nonl() leaves Enter as carriage return; some terminals still send line feed.
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return Unicode.Scalar(0x60 + value).map { .control(Character($0)) }
        case 0, 28...31, 0x80...0x9F: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    /// The highest function key curses numbers (KEY_F(63) is the last before KEY_DL).
    private static let functionKeys = 1...63

    private static func keyCode(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        default:
            let number = Int(code - kc_key_f(0))
            return functionKeys.contains(number) ? .function(number) : nil
        }
    }

    private static func mouse(x: Int32, y: Int32, buttons: mmask_t) -> MouseEvent? {
        guard x >= 0, y >= 0 else { return nil }
        let kind: MouseEvent.Kind
        if buttons & kc_button1_double_clicked() != 0 {
            kind = .doubleClick
        } else if buttons & (kc_button1_clicked() | kc_button1_pressed()) != 0 {
            kind = .press
        } else if buttons & kc_button4_pressed() != 0 {
            kind = .wheelUp
        } else if buttons & kc_button5_pressed() != 0 {
            kind = .wheelDown
        } else {
            return nil
        }
        return MouseEvent(column: Int(x), row: Int(y), kind: kind)
    }
}
