import KotaCerdasUI

/// Draws into a fresh buffer and returns what a user would see, one line per row.
func drawn(width: Int, height: Int, glyphs: GlyphSet = .unicode, _ body: (inout Canvas) -> Void) -> String {
    drawnBuffer(width: width, height: height, glyphs: glyphs, body).plainText
}

/// Like `drawn` but returns the buffer, for tests that look at roles.
func drawnBuffer(width: Int, height: Int, glyphs: GlyphSet = .unicode, _ body: (inout Canvas) -> Void) -> CellBuffer {
    var buffer = CellBuffer(width: width, height: height)
    buffer.draw(glyphs: glyphs, body)
    return buffer
}
