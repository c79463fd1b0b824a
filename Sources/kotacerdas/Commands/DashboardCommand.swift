import ArgumentParser
import Foundation
import KotaCerdasCore
import KotaCerdasData
import KotaCerdasTerminal
import KotaCerdasUI

/// `kotacerdas` / `kotacerdas dashboard`: the live dashboard in the terminal.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the live dashboard (the default command).",
        discussion: """
            Keys: arrows or h j k l move, Enter opens, Esc goes back, ? lists every key, q quits.
            Exit status: 0 quit, 1 bad data or configuration, 2 an unknown --view or --theme, \
            3 TERM not set, 4 unknown TERM, \
            5 standard output is not a terminal, 6 standard input is not a terminal, \
            7 a system call failed, 128+N ended by signal N (130 for Ctrl-C, which the terminal sends as SIGINT).
            """
    )

    @OptionGroup var sourceOptions: SourceOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var colorOptions: ColorOptions

    @Flag(name: .customLong("no-cache"), help: "Do not keep or show the last good data and the alerts from disk.")
    var noCache = false

    @Flag(help: "Rotate through the views (the config's [kiosk] views, else home and every dimension); K pauses.")
    var kiosk = false

    @Option(help: ArgumentHelp("How long each view stays in kiosk mode, e.g. 20s or 2m.", valueName: "duration"))
    var rotate: String?

    /// Runs on the main thread (see `main.swift`): the data layer starts and stops in
    /// tasks, while the terminal's event loop keeps this thread.
    mutating func run() throws {
        var flags = display.configurationFlags
        if let rotate {
            do {
                flags.kiosk.rotate = try DurationText.seconds(rotate, in: .rotate)
            } catch {
                throw ValidationError("--rotate: \(error)")
            }
        }
        let configuration = try sourceOptions.configuration(flags: flags)
        let cacheDirectory = noCache ? nil : SnapshotCache.defaultDirectory()
        let store = try DataStack.store(for: configuration, cacheDirectory: cacheDirectory)
        let initial = try Blocking.run {
            await store.start()
            // Local files answer within milliseconds: waiting briefly avoids flashing the
            // "waiting for data" screen, without holding up a dashboard on a slow endpoint.
            _ = await store.settle(timeout: .milliseconds(400))
            return await store.current
        }
        defer { try? Blocking.run { await store.stop() } }
        let exitCode: Int32
        do {
            exitCode = try LiveDashboard(
                store: store, initial: initial, configuration: configuration, display: display,
                colors: colorOptions, kiosk: kiosk || rotate != nil, cacheDirectory: cacheDirectory
            ).run()
        } catch let error as TerminalError {
            StandardError.write("kotacerdas: \(error.description)")
            throw ExitCode(error.exitCode)
        } catch let error as ThemeLoadError {
            StandardError.write("kotacerdas: --theme: \(error.description)")
            throw ExitCode(2)
        } catch let error as RoutePath.Error {
            StandardError.write("kotacerdas: --view: \(error.description)")
            throw ExitCode(2)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
