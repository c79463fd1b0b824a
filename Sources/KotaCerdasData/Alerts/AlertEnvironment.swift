import Foundation
import KotaCerdasCore

/// The alert command's environment: the alert's fields as `KOTACERDAS_ALERT_*`
/// variables, never in the command's arguments, so no text from the data can become a
/// shell word or an option.
public enum AlertEnvironment {
    /// The variables for `change`, names in `language`.
    ///
    /// `EVENT` raised|cleared, `ID`, `KIND` indicator|program|source, `KEY`, `NAME`,
    /// `DIMENSION`, `FROM` (empty when the subject was bad when first seen), `TO`,
    /// `SEVERITY` warning|critical, `VALUE`, `TARGET`, `UNIT`, `DETAIL` (a source's error),
    /// `STARTED` and `ENDED` (ISO 8601, UTC; `ENDED` empty while ongoing).
    public static func variables(for change: AlertChange, language: Language) -> [String: String] {
        let alert = change.alert
        let fields: [(String, String)] = [
            ("EVENT", change.event.rawValue),
            ("ID", String(alert.id)),
            ("KIND", alert.subject.kind.rawValue),
            ("KEY", alert.subject.key),
            ("NAME", alert.subject.name.text(in: language)),
            ("DIMENSION", alert.subject.dimensionID ?? ""),
            ("FROM", alert.from?.word ?? ""),
            ("TO", alert.to.word),
            ("SEVERITY", String(describing: alert.to.severity)),
            ("VALUE", alert.value.map(JSONWriter.format) ?? ""),
            ("TARGET", alert.target.map(JSONWriter.format) ?? ""),
            ("UNIT", alert.unit?.text(in: language) ?? ""),
            ("DETAIL", alert.detail ?? ""),
            ("STARTED", timestamp(alert.started)),
            ("ENDED", alert.ended.map(timestamp) ?? ""),
        ]
        return Dictionary(uniqueKeysWithValues: fields.map { ("KOTACERDAS_ALERT_" + $0.0, clean($0.1)) })
    }

    private static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// Environment strings end at a NUL; a control character would garble a log line.
    private static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }
}
