import KotaCerdasUI
import Testing

@Suite struct TableTests {
    let columns = [TableColumn("Kota"), .numeric("Skor", width: .fixed(5))]
    let rows: [[TableCell]] = [
        ["Jakarta", "81,2"], ["Bandung", "77,0"], ["Surabaya", "79,5"], ["Makassar", TableCell("70,1", role: .watch)],
    ]

    @Test func scrollsToKeepTheSelectionVisibleAndShowsArrows() {
        var offset = -1
        let buffer = drawnBuffer(width: 16, height: 3) { canvas in
            offset = Table(columns: columns, rows: rows, selectedRow: 2).draw(on: &canvas)
        }
        #expect(buffer.plainText == """
            Kota       Skor 
            Bandung    77,0▲
            Surabaya   79,5▼
            """)
        #expect(offset == 1)
        #expect(buffer[9, 2].role == .selection)
        #expect(buffer[0, 1].role == .normal)
        #expect(buffer[0, 0].role == .header)
    }

    @Test func everythingVisibleNeedsNoArrowsAndKeepsCellRoles() {
        let buffer = drawnBuffer(width: 16, height: 6) { Table(columns: columns, rows: rows).draw(on: &$0) }
        #expect(buffer.plainText == """
            Kota        Skor
            Jakarta     81,2
            Bandung     77,0
            Surabaya    79,5
            Makassar    70,1
                            
            """)
        #expect(buffer[12, 4].role == .watch)
    }

    @Test func longCellsAreCutWithEllipsis() {
        let text = drawn(width: 15, height: 2) { Table(columns: columns, rows: [["Kabupaten Bogor", "1234567"]]).draw(on: &$0) }
        #expect(text == "Kota       Skor\nKabupate… 1234…")
    }

    @Test func offsetFollowsTheSelectionAndStaysInRange() {
        #expect(Table.visibleOffset(selectedRow: 0, preferred: 3, rowCount: 10, visibleRows: 4) == 0)
        #expect(Table.visibleOffset(selectedRow: 9, preferred: 0, rowCount: 10, visibleRows: 4) == 6)
        #expect(Table.visibleOffset(selectedRow: 5, preferred: 4, rowCount: 10, visibleRows: 4) == 4)
        #expect(Table.visibleOffset(selectedRow: nil, preferred: 50, rowCount: 10, visibleRows: 4) == 6)
        #expect(Table.visibleOffset(selectedRow: nil, preferred: 3, rowCount: 2, visibleRows: 4) == 0)
    }

    @Test func flexibleColumnsShareTheSpaceByWeight() {
        let columns = [TableColumn("A", width: .flexible(weight: 2)), TableColumn("B"), .numeric("C", width: .fixed(3))]
        let text = drawn(width: 15, height: 1) { Table(columns: columns, rows: []).draw(on: &$0) }
        #expect(text == "A       B     C")
    }

    @Test func asciiScrollArrows() {
        let text = drawn(width: 16, height: 3, glyphs: .ascii) { Table(columns: columns, rows: rows, selectedRow: 2).draw(on: &$0) }
        #expect(text.hasSuffix("79,5v"))
        #expect(text.contains("77,0^"))
    }
}
