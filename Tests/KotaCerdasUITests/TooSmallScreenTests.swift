import KotaCerdasUI
import Testing

@Suite struct TooSmallScreenTests {
    @Test func messageIsWrappedAndCentred() {
        let text = drawn(width: 20, height: 5) { canvas in
            canvas.fill(with: "#")
            TooSmallScreen(message: "Terminal too small: 30×8, need at least 40×12").draw(on: &canvas)
        }
        #expect(text == """
                                
            Terminal too small: 
            30×8, need at least 
                   40×12        
                                
            """)
    }
}
