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

    init(store: SnapshotStore, initial: Snapshot?, configuration: Configuration, display: DisplayOptions) throws {
        self.store = store
        themes = ThemeLibrary.bundled()
        let language = configuration.language.flatMap(Language.init(rawValue:))
            ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let themeName = configuration.theme ?? "default"
        let theme = try themes.theme(named: themeName)
        session = try TerminalSession()
        presenter = Presenter(session: session, style: TerminalTheme.styles(theme))
        loop = try EventLoop(session: session, presenter: presenter)
        state = AppState(
            document: initial?.document ?? CityDocument(city: City(id: "", name: ""), dimensions: []),
            sources: initial?.sources ?? [], now: Date(), language: language, themeName: themeName,
            themeNames: themes.names, glyphMode: display.ascii || !session.isUTF8 ? .ascii : .unicode,
            size: TerminalSize(width: session.width, height: session.height))
        if let view = display.view {
            state.route = try RoutePath.route(view, in: state.document)
        }
    }

    /// Runs until the user quits or a signal arrives; returns the process exit code.
    func run() throws -> Int32 {
        defer {
            feeds.forEach { $0.cancel() }
            session.restore()
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

    private func handle(_ event: LoopEvent<Message>) -> LoopDecision {
        let themeBefore = state.themeName
        let effects: [AppEffect]
        switch event {
        case .input(let input):
            effects = update(&state, .input(input))
        case .message(.snapshot(let snapshot)):
            effects = update(&state, .dataChanged(snapshot.document, snapshot.sources))
        case .message(.health(let statuses)):
            effects = update(&state, .dataChanged(state.document, statuses))
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
        if state.themeName != themeBefore, let theme = try? themes.theme(named: state.themeName) {
            presenter.setStyle(TerminalTheme.styles(theme))
        }
        return .redraw
    }

    private func render(width: Int, height: Int) -> CellBuffer {
        state.size = TerminalSize(width: width, height: height)
        return Screen.render(state)
    }

    /// The clock on screen shows minutes: wake at the next whole minute, not before.
    private func nextTick() -> Duration? {
        let now = Date().timeIntervalSince1970
        let untilMinute = 60 - now.truncatingRemainder(dividingBy: 60)
        return .milliseconds(Int((untilMinute * 1000).rounded(.up)))
    }
}
