import KotaCerdasUI
import Testing

@Suite struct PanelTests {
    @Test func titleAtLeftBadgeAtRightAndInnerRect() {
        var inner = Rect(x: 0, y: 0, width: 0, height: 0)
        let text = drawn(width: 20, height: 4) { inner = Panel(title: "Mobilitas", badge: "OK").draw(on: &$0) }
        #expect(text == """
            ╭─ Mobilitas ─ OK ─╮
            │                  │
            │                  │
            ╰──────────────────╯
            """)
        #expect(inner == Rect(x: 1, y: 1, width: 18, height: 2))
    }

    @Test func longTitleIsCutAndCrowdedBadgeLeftOut() {
        let text = drawn(width: 12, height: 2) { Panel(title: "Mobilitas", badge: "OK").draw(on: &$0) }
        #expect(text == "╭─ Mobili…─╮\n╰──────────╯")
    }

    @Test func focusedPanelUsesTheAccentBorder() {
        let focused = drawnBuffer(width: 6, height: 3) { Panel(title: "", isFocused: true).draw(on: &$0) }
        let plain = drawnBuffer(width: 6, height: 3) { Panel(title: "").draw(on: &$0) }
        #expect(focused[0, 0].role == .accent)
        #expect(focused[5, 1].role == .accent)
        #expect(plain[0, 0].role == .border)
    }

    @Test func asciiBorders() {
        let text = drawn(width: 20, height: 3, glyphs: .ascii) { Panel(title: "Mobilitas", badge: "OK").draw(on: &$0) }
        #expect(text == "+- Mobilitas - OK -+\n|                  |\n+------------------+")
    }

    @Test func contentDrawnInTheInnerRectStaysInside() {
        let text = drawn(width: 10, height: 3) { canvas in
            let inner = Panel(title: "A").draw(on: &canvas)
            canvas.region(inner) { $0.put("Pemerintahan Kota", at: Point(x: 0, y: 0)) }
        }
        #expect(text == "╭─ A ────╮\n│Pemerin…│\n╰────────╯")
    }
}
