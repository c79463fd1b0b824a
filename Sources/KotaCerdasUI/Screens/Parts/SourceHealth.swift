import KotaCerdasCore

/// The sources' states at the state's clock, worked out once per frame (in `ViewContext`)
/// for every view that reports them: title bar, bottom bar, home panels, sources screen.
struct SourceHealth {
    let sources: [SourceStatus]
    let states: [SourceStatus.State]

    init(_ state: AppState) {
        sources = state.sources
        states = state.sources.map { $0.state(at: state.now) }
    }

    func count(_ wanted: SourceStatus.State) -> Int { states.filter { $0 == wanted }.count }

    /// The cache standing in for live sources that have not answered yet, if any.
    var cache: SourceStatus? { sources.first { $0.kind == .cache } }

    /// Whether a source that fed the figures has stopped delivering, so what is on
    /// screen may be older than it looks.
    var hasStaleData: Bool { count(.stale) + count(.failing) > 0 }
}

extension ViewContext {
    /// Sources reuse the status symbols: ok is good, stale needs watching, failing is
    /// bad, loading has nothing yet.
    func symbol(_ state: SourceStatus.State) -> String {
        switch state {
        case .ok: glyphs.statusOK
        case .stale: glyphs.statusWatch
        case .failing: glyphs.statusOff
        case .loading: glyphs.statusNoData
        }
    }

    func role(_ state: SourceStatus.State) -> StyleRole {
        switch state {
        case .ok: .ok
        case .stale: .watch
        case .failing: .off
        case .loading: .noData
        }
    }
}
