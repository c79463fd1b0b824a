import CNcursesw

/// One undecoded result of reading the keyboard: what `wget_wch` (and `getmouse`) returned.
enum RawInput: Equatable, Sendable {
    /// `wget_wch` returned OK: a character in the locale's encoding, already decoded.
    case character(UInt32)
    /// `wget_wch` returned KEY_CODE_YES: a curses key code such as KEY_UP.
    case keyCode(Int32)
    /// A mouse report from `getmouse`: position and the curses button-state bits.
    case mouse(x: Int32, y: Int32, buttons: mmask_t)
}
