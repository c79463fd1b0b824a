/// A section title over a list, with a rule to the right edge: `Program terkait ───`.
enum SectionHeading {
    static func draw(_ title: String, on canvas: inout Canvas, y: Int) {
        let used = canvas.put(title, at: Point(x: 0, y: y), role: .header, bold: true)
        canvas.horizontalLine(at: Point(x: used + 1, y: y), length: canvas.width - used - 1)
    }
}
