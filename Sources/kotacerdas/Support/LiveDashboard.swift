import Foundation
import KotaCerdasCore
import KotaCerdasData
import KotaCerdasTerminal
import KotaCerdasUI

/// The live dashboard's composition root: the terminal, its event loop and the program,
/// wired to the data store. Owns curses, so it lives on one thread from `init` to the
/// end of `run`; everything the dashboard decides is in `DashboardProgram`.
final class LiveDashboard {
    /// What the data layer tells the loop.
    enum Message: Sendable {
        case snapshot(Snapshot)
        case health([SourceStatus])
        /// The alert command finished a run; why it failed, or nil.
        case alertCommand(String?)
    }

    private let store: SnapshotStore
    private let session: TerminalSession
    private let loop: EventLoop<Message>
    private let program: DashboardProgram
    private var feeds: [Task<Void, Never>] = []
    /// What the user should know once the terminal is theirs again, from the start.
    private var exitNotes: [String] = []

    /// Sets up everything that can fail on the user's options (theme, view) before the
    /// terminal is taken over, so a mistake is a plain message, not a flash of curses.
    /// - Parameter cacheDirectory: where the alert book is kept; nil keeps none (`--no-cache`).
    init(
        store: SnapshotStore, initial: Snapshot?, configuration: Configuration, display: DisplayOptions,
        colors: ColorOptions, kiosk: Bool, cacheDirectory: String?
    ) throws {
        self.store = store
        let language = configuration.language.flatMap(Language.init(rawValue:))
            ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let themes = try ThemeSelection(configuration.theme)
        exitNotes += [themes.note].compactMap { $0 }
        // With data at hand a wrong city or view is refused now; without, it waits in the state.
        if let initial {
            var probe = AppState(
                document: initial.document, now: Date(), language: language, size: TerminalSize(width: 80, height: 24),
                cities: initial.documents)
            try probe.open(city: display.city, view: display.view)
        }
        session = try TerminalSession(colorChoice: colors.color, colorLimit: colors.colors)
        let presenter = Presenter(session: session, theme: themes.theme)
        loop = try EventLoop(session: session, presenter: presenter)
        var state = AppState(
            document: initial?.document, sources: initial?.sources ?? [], now: Date(), language: language,
            themeName: themes.name, themeNames: themes.library.usableNames,
            glyphMode: display.ascii || !session.isUTF8 ? .ascii : .unicode,
            size: TerminalSize(width: session.width, height: session.height), cities: initial?.documents ?? [])
        // The playlist is what K starts later, even when the rotation does not start now.
        state.useKioskSettings(configuration.kiosk)
        let alertFile = cacheDirectory.map { AlertBookFile(directory: $0, configuration: configuration) }
        state.alertRules = configuration.alerts.rules
        let loaded = alertFile?.load(capacity: state.alertRules.capacity)
        exitNotes += [loaded?.problem].compactMap { $0 }
        state.alerts = loaded?.book ?? AlertBook(capacity: state.alertRules.capacity)
        state.alertCommand = configuration.alerts.onAlert.map(AlertCommandReport.init)
        if kiosk { state.startKiosk() }
        if initial != nil { try state.open(city: display.city, view: display.view) }
        state.pendingView = initial == nil ? display.view : nil
        state.pendingCity = initial == nil ? display.city : nil
        let outlet = Self.alertOutlet(
            configuration.alerts, file: alertFile, presenter: presenter, mailbox: loop.mailbox, language: language)
        program = DashboardProgram(
            state: state, themes: themes.library, presenter: presenter, alerts: outlet,
            reload: { Task.detached { await store.refresh() } },
            exporter: ScreenExporter(folder: configuration.export.resolvedFolder()))
        if !session.isUTF8 {
            exitNotes.append("the locale is not UTF-8, so the dashboard drew with ASCII characters only; "
                + "set LANG=C.UTF-8 (or another UTF-8 locale) for the full display.")
        }
    }

    /// The bell and the alert command for raised alerts, and the book's file.
    private static func alertOutlet(
        _ settings: AlertConfiguration, file: AlertBookFile?, presenter: Presenter, mailbox: Mailbox<Message>,
        language: Language
    ) -> AlertOutlet {
        let command = settings.onAlert.map { arguments in
            AlertCommand(arguments: arguments, timeout: settings.commandTimeout ?? AlertCommand.defaultTimeout) {
                mailbox.post(.alertCommand($0))
            }
        }
        let bell = settings.bell ?? false
        return AlertOutlet(
            announce: { changes in
                if bell, changes.contains(where: { $0.event == .raised }) { presenter.bell() }
                for change in changes { command?.run(with: AlertEnvironment.variables(for: change, language: language)) }
            },
            save: { book in file?.save(book) })
    }

    /// Runs until the user quits or a signal arrives; returns the process exit code.
    func run() throws -> Int32 {
        defer {
            feeds.forEach { $0.cancel() }
            session.restore()
            // Said after the screen is restored, where they stay readable.
            for note in exitNotes + program.notes { StandardError.write("kotacerdas: " + note) }
        }
        startFeeds()
        let program = program
        let stop = try loop.run(handle: handle, present: program.present, nextTick: { program.nextTick(after: Date()) })
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

    /// Moves the program's clock to now, then hands it `event`: news from the data is
    /// judged, and alerts stamped, at the moment it came rather than at the last tick.
    private func sendNow(_ event: AppEvent) -> LoopDecision {
        let clock = program.send(.tick(Date()))
        let news = program.send(event)
        return clock == .unchanged ? news : (news == .quit ? .quit : .redraw)
    }

    /// Hands one event of the loop to the program.
    private func handle(_ event: LoopEvent<Message>) -> LoopDecision {
        switch event {
        case .input(let input): program.send(.input(input))
        case .message(.snapshot(let snapshot)): sendNow(.citiesChanged(snapshot.documents, snapshot.sources))
        case .message(.health(let statuses)): sendNow(.healthChanged(statuses))
        case .message(.alertCommand(let failure)): program.send(.alertCommandFinished(failure))
        case .tick: program.send(.tick(Date()))
        case .terminate: .quit
        }
    }
}
