import KotaCerdasUI
import Testing

@Suite struct StatusBarTests {
    @Test func rightTextWinsWhenSpaceIsShort() {
        let buffer = drawnBuffer(width: 30, height: 1) { StatusBar(left: "q keluar  ? bantuan", right: "2 mnt lalu").draw(on: &$0) }
        #expect(buffer.plainText == " q keluar  ? bant… 2 mnt lalu ")
        #expect(buffer[0, 0].role == .statusBar)
        #expect(buffer[29, 0].role == .statusBar)
    }

    @Test func bothFitWithPadding() {
        let text = drawn(width: 24, height: 1) { StatusBar(left: "q keluar", right: "12:00").draw(on: &$0) }
        #expect(text == " q keluar         12:00 ")
    }

    @Test func tooNarrowForTheRightTextShowsTheLeft() {
        #expect(drawn(width: 6, height: 1) { StatusBar(left: "keluar", right: "2 mnt lalu").draw(on: &$0) } == " kel… ")
    }
}
