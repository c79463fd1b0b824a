// Every client of the app draws, reads keys or picks themes with the kit's types
// (`Screen.render` returns a `CellBuffer`, `AppState` holds a `GlyphMode` of the kit's
// glyphs), so importing the app brings the kit along.
@_exported import KotaCerdasKit
