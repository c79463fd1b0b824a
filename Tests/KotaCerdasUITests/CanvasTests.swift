import KotaCerdasUI
import Testing

@Suite struct CanvasTests {
    @Test func textThatFitsIsWrittenWhole() {
        var used = 0
        let text = drawn(width: 14, height: 1) { used = $0.put("Pemerintahan", at: Point(x: 1, y: 0)) }
        #expect(text == " Pemerintahan ")
        #expect(used == 12)
    }

    @Test func longTextIsCutWithEllipsisAtTheLastColumn() {
        let text = drawn(width: 8, height: 1) { $0.put("Pemerintahan", at: Point(x: 0, y: 0)) }
        #expect(text == "Pemerin…")
    }

    @Test func maxWidthCutsBeforeTheEdge() {
        let text = drawn(width: 10, height: 1) { $0.put("Pemerintahan", at: Point(x: 0, y: 0), maxWidth: 5) }
        #expect(text == "Peme…     ")
    }

    @Test func wideCharactersTakeTwoCells() {
        let buffer = drawnBuffer(width: 8, height: 1) { $0.put("智慧城市", at: Point(x: 0, y: 0)) }
        #expect(buffer.plainText == "智慧城市")
        #expect(buffer[1, 0].isContinuation)
    }

    @Test func wideCharacterThatCannotFitBeforeEllipsisLeavesASpace() {
        #expect(drawn(width: 4, height: 1) { $0.put("智慧城市", at: Point(x: 0, y: 0)) } == "智… ")
        #expect(drawn(width: 5, height: 1) { $0.put("智慧城市", at: Point(x: 0, y: 0)) } == "智慧…")
        #expect(drawn(width: 3, height: 1) { $0.put("a智慧", at: Point(x: 0, y: 0)) } == "a… ")
    }

    @Test func emojiAndCombiningMarksKeepColumnsAligned() {
        let text = drawn(width: 6, height: 2) { canvas in
            canvas.put("🚦e\u{301}👩‍💻🇮🇩", at: Point(x: 0, y: 0))
            canvas.put("abcdefghi", at: Point(x: 0, y: 1))
        }
        #expect(text == "🚦e\u{301}👩‍💻…\nabcde…")
    }

    @Test func nestedRegionNeverWritesOutside() {
        let text = drawn(width: 10, height: 3) { canvas in
            canvas.fill(with: ".")
            canvas.region(Rect(x: 2, y: 1, width: 4, height: 5)) { inner in
                inner.fill(with: "#")
                inner.put("overflow", at: Point(x: 1, y: 0))
                inner.put("x", at: Point(x: 9, y: 0))
                inner.put("y", at: Point(x: 0, y: 9))
                inner.horizontalLine(at: Point(x: -3, y: 1), length: 20)
            }
        }
        #expect(text == "..........\n..#ov…....\n..────....")
    }

    @Test func alignmentWithinAWidth() {
        let text = drawn(width: 8, height: 3) { canvas in
            canvas.put("ab", at: Point(x: 0, y: 0), width: 8, alignment: .left)
            canvas.put("ab", at: Point(x: 0, y: 1), width: 8, alignment: .center)
            canvas.put("智慧", at: Point(x: 0, y: 2), width: 8, alignment: .right)
        }
        #expect(text == "ab      \n   ab   \n    智慧")
    }

    @Test func wideCharacterCutByTheLeftEdgeShowsAsSpace() {
        #expect(drawn(width: 4, height: 1) { $0.put("智ab", at: Point(x: -1, y: 0)) } == " ab ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        let text = drawn(width: 4, height: 1) { canvas in
            canvas.put("智慧", at: Point(x: 0, y: 0))
            canvas.put("x", at: Point(x: 1, y: 0))
        }
        #expect(text == " x慧")
    }

    @Test func escapeSequencesInDataArePlaceholders() {
        let text = drawn(width: 10, height: 1, glyphs: .ascii) { $0.put("\u{1B}[2JKota\u{1B}]0;x\u{07}", at: Point(x: 0, y: 0)) }
        #expect(text == "?Kota?    ")
    }

    @Test func asciiEllipsis() {
        #expect(drawn(width: 5, height: 1, glyphs: .ascii) { $0.put("Pemerintahan", at: Point(x: 0, y: 0)) } == "Peme~")
    }

    @Test func bufferPutUsesTheWholeScreen() {
        var buffer = CellBuffer(width: 6, height: 1)
        let used = buffer.put("Jakarta Pusat", at: Point(x: 1, y: 0), role: .title)
        #expect(buffer.plainText == " Jaka…")
        #expect(used == 5)
        #expect(buffer[1, 0].role == .title)
    }

    @Test func wrappingBreaksAtSpacesAndInsideLongWords() {
        #expect("Terminal too small: 30×8, need at least 40×12".wrapped(toWidth: 20)
            == ["Terminal too small:", "30×8, need at least", "40×12"])
        #expect("Pemerintahan".wrapped(toWidth: 5) == ["Pemer", "intah", "an"])
        #expect("智慧城市".wrapped(toWidth: 5) == ["智慧", "城市"])
    }

    @Test func drawingInARectOfTheBufferStaysInsideIt() {
        var buffer = CellBuffer(width: 6, height: 2)
        buffer.draw(glyphs: .unicode, in: Rect(x: 4, y: 1, width: 10, height: 10)) { canvas in
            canvas.fill(with: "#")
            canvas.put("智慧", at: Point(x: 0, y: 0))
        }
        #expect(buffer.plainText == "      \n    … ")
    }
}
