import ArgumentParser
import Foundation
import KotaCerdasCore
import KotaCerdasData
import KotaCerdasUI

/// `kotacerdas snapshot`: prints one frame of a screen, for tests, documentation and
/// checking data without a live terminal.
struct SnapshotCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: "Print one frame of a dashboard screen and exit.",
        discussion: """
            Prints exactly H lines of exactly W columns. The clock defaults to the data's \
            "asOf" time, so the same data always gives the same frame.
            Views: home, help, sources, alerts, <dimension>, <dimension>/indicators/<id>, <dimension>/programs/<id>.
            Exit status: 0 printed, 1 the data cannot be read or is invalid (problems on \
            stderr), 2 a bad option (unknown view, theme or size).
            """
    )

    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Frame size; default: the terminal's size, else 120x40.", valueName: "WxH"))
    var size: String?

    @OptionGroup var display: DisplayOptions

    @Option(name: .long, help: ArgumentHelp("Print ANSI colours; auto: when stdout is a terminal.", valueName: "never|always|auto"))
    var color: ColorChoice = .auto

    @Option(name: .long, help: ArgumentHelp("The clock for ages and schedules; default: the data's asOf.", valueName: "ISO8601"))
    var now: String?

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case never, always, auto
    }

    func run() async throws {
        let frameSize = try parseSize()
        let configuration = try sourceOptions.configuration(flags: display.configurationFlags)
        let theme = configuration.theme ?? "default"
        let library = ThemeLibrary.bundled()
        let look: Theme
        do {
            let choice = try library.resolve(theme)
            look = choice.theme
            if let note = choice.note { StandardError.write("kotacerdas snapshot: " + note) }
        } catch {
            throw usage("--theme: \(error.description)")
        }
        var clock: Date?
        if let now {
            guard let date = DataDate(now) else { throw usage("--now: not an ISO 8601 date: \(now)") }
            clock = date.instant
        }
        let (document, sources): (CityDocument, [SourceStatus])
        do {
            (document, sources) = try await SnapshotSources.load(configuration)
        } catch let failure as SnapshotSources.Failure {
            failure.lines.forEach(StandardError.write)
            throw ExitCode(1)
        }
        let route: Route
        do {
            route = try RoutePath.route(display.view ?? "home", in: document)
        } catch {
            throw usage("--view: \(error.description)")
        }
        var state = AppState(
            document: document, sources: sources, now: clock ?? document.asOf?.instant ?? Date(timeIntervalSince1970: 0),
            language: configuration.language.flatMap(Language.init(rawValue:))
                ?? Language.fromEnvironment(ProcessInfo.processInfo.environment),
            themeName: theme, themeNames: library.names, glyphMode: display.ascii ? .ascii : .unicode,
            size: TerminalSize(width: frameSize.width, height: frameSize.height))
        state.route = route
        state.alerts = keptAlerts(configuration)
        let buffer = Screen.render(state)
        let useColor = color == .always || (color == .auto && TerminalProbe.isTerminal)
        if useColor {
            print(AnsiRenderer(theme: look).render(buffer))
        } else {
            print(buffer.plainText)
        }
    }

    /// The dashboard's alert book for these sources, read only: its alerts are shown as
    /// the wall showed them (view `alerts`, the title's count, the ticker).
    private func keptAlerts(_ configuration: Configuration) -> AlertBook {
        let rules = configuration.alerts.rules
        let file = AlertBookFile(directory: SnapshotCache.defaultDirectory(), configuration: configuration)
        let loaded = file.load(capacity: rules.capacity, setAside: false)
        if let problem = loaded.problem { StandardError.write("kotacerdas snapshot: " + problem) }
        return loaded.book
    }

    private func parseSize() throws -> (width: Int, height: Int) {
        guard let size else { return TerminalProbe.size ?? (120, 40) }
        let parts = size.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              (1...1000).contains(width), (1...1000).contains(height) else {
            throw usage("--size: expected WxH with numbers from 1 to 1000, e.g. 120x40, found \"\(size)\"")
        }
        return (width, height)
    }

    private func usage(_ message: String) -> ExitCode {
        StandardError.write("kotacerdas snapshot: " + message)
        return ExitCode(2)
    }
}
