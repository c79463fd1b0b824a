import Foundation
import KotaCerdasCore
import KotaCerdasData
import KotaCerdasTerminal
import KotaCerdasUI

/// The running dashboard: the terminal, the event loop and the app state, wired to the
/// data store. Owns curses, so it lives on one thread from `init` to the end of `run`.
final class LiveDashboard {
    /// What the data layer tells the loop.
    enum Message: Sendable {
        case snapshot(Snapshot)
        case health([SourceStatus])
    }

    private let store: SnapshotStore
    private let session: TerminalSession
    private let presenter: Presenter
    private let loop: EventLoop<Message>
    private let themes: ThemeLibrary
    private var state: AppState
    private var feeds: [Task<Void, Never>] = []
    /// `--view` given before any data arrived: opened with the first document.
    private var pendingView: String?
    /// What the user should know once the terminal is theirs again.
    private var exitNotes: [String] = []

    /// Sets up everything that can fail on the user's options (theme, view) before the
    /// terminal is taken over, so a mistake is a plain message, not a flash of curses.
    init(store: SnapshotStore, initial: Snapshot?, configuration: Configuration, display: DisplayOptions, kiosk: Bool)
        throws {
        self.store = store
        themes = ThemeLibrary.bundled()
        let language = configuration.language.flatMap(Language.init(rawValue:))
            ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let themeName = configuration.theme ?? "default"
        let (theme, themeNote) = try themes.resolve(themeName)
        exitNotes += [themeNote].compactMap { $0 }
        var route = Route.home
        if let view = display.view {
            if let document = initial?.document {
                route = try RoutePath.route(view, in: document)
            } else {
                pendingView = view
            }
        }
        session = try TerminalSession()
        presenter = Presenter(session: session, theme: theme)
        loop = try EventLoop(session: session, presenter: presenter)
        let playlist = KioskPlaylist(
            views: configuration.kiosk.views ?? [], dwell: configuration.kiosk.rotate ?? KioskPlaylist.defaultDwell)
        state = AppState(
            document: initial?.document, sources: initial?.sources ?? [], now: Date(), language: language,
            themeName: themeName, themeNames: themes.names,
            glyphMode: display.ascii || !session.isUTF8 ? .ascii : .unicode,
            size: TerminalSize(width: session.width, height: session.height))
        // The playlist is what K starts later, even when the rotation does not start now.
        state.kioskPlaylist = playlist
        if kiosk { state.startKiosk() }
        state.route = route
        if !session.isUTF8 {
            exitNotes.append("the locale is not UTF-8, so the dashboard drew with ASCII characters only; "
                + "set LANG=C.UTF-8 (or another UTF-8 locale) for the full display.")
        }
    }

    /// Runs until the user quits or a signal arrives; returns the process exit code.
    func run() throws -> Int32 {
        defer {
            feeds.forEach { $0.cancel() }
            session.restore()
            // Said after the screen is restored, where they stay readable.
            for note in exitNotes { StandardError.write("kotacerdas: " + note) }
        }
        startFeeds()
        let stop = try loop.run(handle: handle, render: render, nextTick: nextTick)
        return stop?.exitCode ?? 0
    }

    /// Forwards the store's snapshots and health changes into the loop's mailbox.
    private func startFeeds() {
        let mailbox = loop.mailbox
        let snapshots = store.snapshots()
        let health = store.health()
        feeds = [
            Task.detached {
                for await snapshot in snapshots { mailbox.post(.snapshot(snapshot)) }
            },
            Task.detached {
                for await statuses in health { mailbox.post(.health(statuses)) }
            },
        ]
    }

    /// Applies one event; a frame is drawn only when the state changed (a key that means
    /// nothing here costs no rendering at all).
    private func handle(_ event: LoopEvent<Message>) -> LoopDecision {
        let before = state
        let effects: [AppEffect]
        switch event {
        case .input(let input):
            effects = update(&state, .input(input))
        case .message(.snapshot(let snapshot)):
            effects = update(&state, .dataChanged(snapshot.document, snapshot.sources))
            if let view = pendingView {
                pendingView = nil
                do {
                    state.route = try RoutePath.route(view, in: snapshot.document)
                } catch {
                    exitNotes.append("--view: \(error.description)")
                }
            }
        case .message(.health(let statuses)):
            effects = update(&state, .healthChanged(statuses))
        case .tick:
            effects = update(&state, .tick(Date()))
        case .terminate:
            return .quit
        }
        for effect in effects {
            switch effect {
            case .quit:
                return .quit
            case .reloadSources:
                let store = store
                Task.detached { await store.refresh() }
            }
        }
        if state.themeName != before.themeName {
            // Only names the library listed can come up here, so none is unknown.
            let (theme, note) = (try? themes.resolve(state.themeName)) ?? (.fallback, nil)
            if let note, !exitNotes.contains(note) { exitNotes.append(note) }
            presenter.setTheme(theme)
        }
        return state == before ? .unchanged : .redraw
    }

    private func render(width: Int, height: Int) -> CellBuffer {
        state.size = TerminalSize(width: width, height: height)
        return Screen.render(state)
    }

    /// Sleeps until the state next needs the clock: the next whole minute on screen, or
    /// the next kiosk switch.
    private func nextTick() -> Duration? {
        let now = Date()
        let delay = state.nextWakeUp(after: now).timeIntervalSince(now)
        return .milliseconds(max(1, Int((delay * 1000).rounded(.up))))
    }
}
