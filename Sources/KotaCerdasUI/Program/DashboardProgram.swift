import Foundation

/// The dashboard as a program, after Bubble Tea's: the state, `update` applied to each
/// event, the view shown whenever the state changed, and the effects carried out through
/// the edges it is given. The terminal's event loop drives it; tests drive it alike with
/// a presenter that keeps the frames.
public final class DashboardProgram {
    public private(set) var state: AppState
    /// What the user should know once the terminal is theirs again.
    public private(set) var notes: [String] = []

    private let presenter: any FramePresenter
    private let themes: ThemeLibrary
    private let reload: () -> Void
    private let exporter: ScreenExporter?
    private let alerts: AlertOutlet
    /// The frame on screen: the mouse is answered from its hit targets.
    private var frame: CellBuffer?

    /// - Parameters:
    ///   - presenter: shows the frames, in the theme in use when the program starts.
    ///   - themes: where `t` finds the next theme.
    ///   - reload: asks every data source to read now (`r`).
    ///   - exporter: saves the screen (`e`); without one, `e` says there is no export folder.
    ///   - alerts: announces alerts and keeps the alert book.
    public init(
        state: AppState, themes: ThemeLibrary, presenter: any FramePresenter, alerts: AlertOutlet = AlertOutlet(),
        reload: @escaping () -> Void, exporter: ScreenExporter? = nil
    ) {
        self.state = state
        self.alerts = alerts
        self.themes = themes
        self.presenter = presenter
        self.reload = reload
        self.exporter = exporter
    }

    /// Applies `event` and carries out its effects; says whether a new frame is due (a
    /// key that means nothing here costs no drawing at all) or the program ends.
    public func send(_ event: AppEvent) -> LoopDecision {
        let before = state
        for effect in update(&state, event, frame: frame) {
            switch effect {
            case .quit: return .quit
            case .reloadSources: reload()
            case .useTheme(let name): useTheme(name)
            case .unknownView(let reason): note("--view: " + reason)
            case .exportScreen: exportScreen()
            case .announceAlerts(let changes): alerts.announce(changes)
            case .saveAlerts(let book): if let problem = alerts.save(book) { note(problem) }
            }
        }
        return state == before ? .unchanged : .redraw
    }

    /// Draws the state at its size and shows it.
    public func present() {
        let frame = Screen.render(state)
        self.frame = frame
        presenter.present(frame)
    }

    /// How long to sleep until the state next needs the clock: the next whole minute on
    /// screen, or the next kiosk switch.
    public func nextTick(after now: Date) -> Duration {
        let delay = state.nextWakeUp(after: now).timeIntervalSince(now)
        return .milliseconds(max(1, Int((delay * 1000).rounded(.up))))
    }

    /// Writes the frame on screen (or, before the first one, the state's) and shows where it went.
    private func exportScreen() {
        let time = Date()
        let outcome: ExportOutcome
        if let exporter {
            let theme = (try? themes.resolve(state.themeName).theme) ?? .fallback
            outcome = exporter.export(frame ?? Screen.render(state), of: state, theme: theme, at: time)
        } else {
            outcome = .failed(UIText.noExportFolder.text(state.language))
        }
        _ = update(&state, .exportFinished(outcome, time))
    }

    private func useTheme(_ name: String) {
        // Only names of themes that loaded come up here; a user's file edited since then
        // may have broken, and the built-in theme then stands in until the next `t`.
        do {
            let (theme, note) = try themes.resolve(name)
            if let note { self.note(note) }
            presenter.setTheme(theme)
        } catch {
            note(ThemeLibrary.fallbackNote(name, error))
            presenter.setTheme(.fallback)
        }
    }

    private func note(_ text: String) {
        if !notes.contains(text) { notes.append(text) }
    }
}
