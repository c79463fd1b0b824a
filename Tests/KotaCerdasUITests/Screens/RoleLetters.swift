import KotaCerdasUI

/// The style layer of golden screens: one letter per cell naming its role, upper case
/// when bold. `Snapshots/roles-legend.txt` spells the letters out; the switch has no
/// default, so a new role cannot be added without a letter.
enum RoleLetters {
    static func letter(_ role: StyleRole) -> Character {
        switch role {
        case .normal: "n"
        case .title: "t"
        case .border: "l"
        case .muted: "m"
        case .ok: "o"
        case .watch: "w"
        case .off: "x"
        case .noData: "d"
        case .accent: "a"
        case .chart: "c"
        case .target: "g"
        case .header: "h"
        case .selection: "s"
        case .statusBar: "b"
        case .demo: "p"
        case .error: "e"
        case .match: "f"
        }
    }

    /// The letter of `cell`: its role's, upper case when bold. A wide character's
    /// continuation repeats it, so the layer has one letter per display column.
    static func letter(of cell: Cell) -> Character {
        let letter = letter(cell.role)
        return cell.bold ? Character(letter.uppercased()) : letter
    }

    /// Every cell of `buffer` as a letter, one line per row.
    static func layer(of buffer: CellBuffer) -> String {
        (0..<buffer.height).map { y in
            String((0..<buffer.width).map { x in letter(of: buffer[x, y]) })
        }.joined(separator: "\n") + "\n"
    }

    /// What each letter means, as recorded in `Snapshots/roles-legend.txt`.
    static var legend: String {
        "One letter per cell: the cell's style role; upper case when bold.\n"
            + StyleRole.allCases.map { "\(letter($0))  \($0.name)" }.joined(separator: "\n") + "\n"
    }
}
