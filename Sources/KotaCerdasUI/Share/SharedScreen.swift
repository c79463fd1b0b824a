import Foundation
import KotaCerdasCore

/// What a shared copy of a screen says about itself and how its files are named.
public enum SharedScreen {
    /// The title (`Kabupaten Sumenep › Smart Governance`) and details (the data's date,
    /// when it was taken) of the screen `state` shows, taken at `time`.
    public static func caption(for state: AppState, takenAt time: Date) -> FrameCaption {
        let context = ViewContext(state)
        let title = ([state.document.city.name] + state.route.entry.breadcrumbs(context))
            .joined(separator: " " + context.glyphs.separator + " ")
        var details: [String] = []
        if let asOf = state.document.asOf {
            details.append(context.text(.asOf) + " " + context.dates.date(asOf))
        }
        details.append(context.text(.exportedAt) + " " + context.dates.day(time) + " " + context.dates.clock(time))
        return FrameCaption(title: title, details: details, language: state.language.rawValue)
    }

    /// `kotacerdas-<city>-<view>-<YYYYMMDD-HHMMSS>`, the time in the city's zone; the
    /// city and view ids folded to lower-case letters, digits and hyphens, so the name
    /// is safe in every file system and shell.
    public static func fileStem(for state: AppState, takenAt time: Date) -> String {
        let stamp = ViewContext(state).dates.fileStamp(time)
        return ["kotacerdas", slug(state.document.city.id), slug(RoutePath.path(of: state.route)), stamp].joined(separator: "-")
    }

    private static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var slug = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-"), !slug.isEmpty {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String((slug.isEmpty ? "screen" : slug).prefix(60))
    }
}
