/// The first row of a detail screen: the entity's name, its status at the right.
struct DetailHeader {
    let title: String
    let status: String
    let role: StyleRole

    func draw(on canvas: inout Canvas) {
        let statusWidth = status.displayWidth
        canvas.put(status, at: Point(x: canvas.width - 1 - statusWidth, y: 0), role: role, bold: true)
        canvas.put(title, at: Point(x: 1, y: 0), maxWidth: canvas.width - statusWidth - 4, role: .title, bold: true)
    }
}
