import KotaCerdasUI
import Testing

@Suite struct HelpOverlayTests {
    let help = HelpOverlay(title: "Bantuan", entries: [
        HelpEntry(key: "q", description: "keluar"),
        HelpEntry(key: "?", description: "bantuan"),
        HelpEntry(key: "/", description: "saring"),
        HelpEntry(key: "Enter", description: "buka"),
    ])

    @Test func twoColumnsWhenWide() {
        let text = drawn(width: 40, height: 6) { help.draw(on: &$0) }
        #expect(text == """
                                                    
              ╭─ Bantuan ───────────────────────╮   
              │ q      keluar    /      saring  │   
              │ ?      bantuan   Enter  buka    │   
              ╰─────────────────────────────────╯   
                                                    
            """)
    }

    @Test func oneColumnWhenNarrowDrawnOverTheScreen() {
        let text = drawn(width: 24, height: 7) { canvas in
            canvas.fill(with: "x")
            help.draw(on: &canvas)
        }
        #expect(text == """
            xxx╭─ Bantuan ──────╮xxx
            xxx│ q      keluar  │xxx
            xxx│ ?      bantuan │xxx
            xxx│ /      saring  │xxx
            xxx│ Enter  buka    │xxx
            xxx╰────────────────╯xxx
            xxxxxxxxxxxxxxxxxxxxxxxx
            """)
    }
}
