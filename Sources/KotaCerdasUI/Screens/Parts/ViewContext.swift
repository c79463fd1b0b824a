import Foundation
import KotaCerdasCore

/// What every view needs besides its own data: the words, glyphs and formats of the
/// state's language and glyph mode, and the state's clock.
struct ViewContext {
    let state: AppState
    let glyphs: GlyphSet
    let numbers: NumberFormat
    let money: MoneyFormat
    let ages: AgeFormat
    let dates: DateText
    /// The sources' states, for every part of the frame that reports them.
    let health: SourceHealth
    /// Home shows the wall layout; decided on the whole terminal, before the burn-in
    /// margin is taken off the frame.
    var showsWall = false

    init(_ state: AppState) {
        self.state = state
        glyphs = state.glyphMode.glyphs
        numbers = NumberFormat(state.language)
        money = MoneyFormat(state.language)
        ages = AgeFormat(state.language)
        dates = DateText(state.language, timeZoneIdentifier: state.document.city.timezone)
        health = SourceHealth(state)
    }

    var language: Language { state.language }
    var document: CityDocument { state.document }

    /// Shown for a missing figure: the formats' dash, or a hyphen in ASCII mode.
    var unavailable: String { glyphs.isUnicode ? NumberFormat.unavailable : "-" }

    func text(_ key: UIText) -> String { key.text(state.language) }

    func name(_ text: LocalizedText) -> String { text.text(in: state.language) }

    /// How long ago `date` was, measured against the state's clock.
    func age(of date: DataDate) -> String { ages.relative(from: date.instant, to: state.now) }

    /// Data older than this is marked stale: city figures come monthly, so a little
    /// more than one period without news means a feed has stopped.
    static let staleAfter: TimeInterval = 45 * 86_400

    func isStale(_ date: DataDate) -> Bool { state.now.timeIntervalSince(date.instant) > Self.staleAfter }
}
