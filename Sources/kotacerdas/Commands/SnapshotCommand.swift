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
            Prints exactly H lines of exactly W columns, or with --format svg or html the \
            same frame as an image or a web page, colours and box drawing on the cell grid. The clock defaults to the data's \
            "asOf" time, so the same data always gives the same frame.
            Views: home, help, sources, cities, alerts, <dimension>, <dimension>/indicators/<id>, <dimension>/programs/<id>. \
            With several cities, home is the cities view and --city ID picks the city the other views are in.
            --keys types keys on the view before the frame is taken, as a user would: \
            characters are themselves, special keys are named, e.g. ":miskin<Down><Enter>".
            Exit status: 0 printed, 1 the data cannot be read or is invalid (problems on \
            stderr), 2 a bad option (unknown view, theme or size).
            """
    )

    @OptionGroup var sourceOptions: SourceOptions

    @Option(name: .long, help: ArgumentHelp("Frame size; default: the terminal's size, else 120x40.", valueName: "WxH"))
    var size: String?

    @OptionGroup var display: DisplayOptions

    @OptionGroup var colorOptions: ColorOptions

    @Option(name: .long, help: ArgumentHelp(
        "text, ansi (text with colours), svg (an image) or html (a page); default: text, with colours as --color says.",
        valueName: "text|ansi|svg|html"))
    var format: Format?

    @Option(name: .long, help: ArgumentHelp("The clock for ages and schedules; default: the data's asOf.", valueName: "ISO8601"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp(
        "Keys to press on the view first, e.g. \":miskin<Down>\" (<Enter> <Esc> <Up> <Down> <PageDown> <BS> <lt> <C-c> …).",
        valueName: "keys"))
    var keys: String?

    @Flag(name: .long, help: "Draw what the kiosk shows: from the config's [kiosk] wall-size (default 160x45) home shows big digits; the burn-in margin is kept.")
    var kiosk = false

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, ansi, svg, html
    }

    func run() async throws {
        let frameSize = try parseSize()
        let pressed: [Key]
        do {
            pressed = try KeyNotation.keys(keys ?? "")
        } catch {
            throw usage("--keys: \(error.description)")
        }
        let configuration = try sourceOptions.configuration(flags: display.configurationFlags)
        let selection: ThemeSelection
        do {
            selection = try ThemeSelection(configuration.theme)
            if let note = selection.note { StandardError.write("kotacerdas snapshot: " + note) }
        } catch {
            throw usage("--theme: \(error.description)")
        }
        var clock: Date?
        if let now {
            guard let date = DataDate(now) else { throw usage("--now: not an ISO 8601 date: \(now)") }
            clock = date.instant
        }
        let (cities, sources): ([CityDocument], [SourceStatus])
        do {
            (cities, sources) = try await SnapshotSources.load(configuration)
        } catch let failure as SnapshotSources.Failure {
            failure.lines.forEach(StandardError.write)
            throw ExitCode(1)
        }
        let document = cities[0]
        var state = AppState(
            document: document, sources: sources, now: clock ?? document.asOf?.instant ?? Date(timeIntervalSince1970: 0),
            language: configuration.language.flatMap(Language.init(rawValue:))
                ?? Language.fromEnvironment(ProcessInfo.processInfo.environment),
            themeName: selection.name, themeNames: selection.library.usableNames, glyphMode: display.ascii ? .ascii : .unicode,
            size: TerminalSize(width: frameSize.width, height: frameSize.height), cities: cities)
        do {
            try state.open(city: display.city, view: display.view)
        } catch {
            throw usage((display.city != nil && display.view == nil ? "--city: " : "--view: ") + error.description)
        }
        state.alerts = keptAlerts(configuration)
        state.useKioskSettings(configuration.kiosk)
        if kiosk { state.startKiosk() }
        var look = selection.theme
        for key in pressed {
            // Quitting ends the typing; the frame shows where the keys led.
            let effects = update(&state, .input(.key(key)))
            if effects.contains(.quit) { break }
            // `t` changes the theme the frame is printed in.
            for case .useTheme(let name) in effects { look = (try? selection.library.resolve(name).theme) ?? look }
        }
        let buffer = Screen.render(state)
        let environment = ProcessInfo.processInfo.environment
        let wantsColor = colorOptions.color.wantsColor(isTerminal: TerminalProbe.isTerminal, environment: environment)
        switch format ?? (wantsColor ? .ansi : .text) {
        case .text: print(buffer.plainText)
        case .ansi: print(AnsiRenderer(theme: look, depth: colorOptions.printedDepth(environment: environment)).render(buffer))
        case .svg: print(SVGRenderer(theme: look).render(buffer, caption: SharedScreen.caption(for: state, takenAt: state.now)), terminator: "")
        case .html: print(HTMLRenderer(theme: look).render(buffer, caption: SharedScreen.caption(for: state, takenAt: state.now)), terminator: "")
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
        guard let parsed = ScreenSize(size, widths: 1...1000, heights: 1...1000) else {
            throw usage("--size: expected WxH with numbers from 1 to 1000, e.g. 120x40, found \"\(size)\"")
        }
        return (parsed.width, parsed.height)
    }

    private func usage(_ message: String) -> ExitCode {
        StandardError.write("kotacerdas snapshot: " + message)
        return ExitCode(2)
    }
}
