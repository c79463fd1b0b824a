import ArgumentParser
import Foundation
import KotaCerdasCore
import KotaCerdasUI

/// `kotacerdas themes`: every theme the dashboard can use, where its file is, and a
/// sample of its colours.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List every theme with a preview in its own colours.",
        discussion: """
            Themes are the bundled ones plus the .theme files in $XDG_CONFIG_HOME/kotacerdas/themes \
            (~/.config/kotacerdas/themes), where a file with a bundled theme's name replaces it. \
            A theme that cannot be used is listed with the line or role that is wrong.
            Exit status: 0 every theme can be used, 1 at least one cannot.
            """
    )

    @OptionGroup var colorOptions: ColorOptions

    @Option(help: ArgumentHelp("Language of the preview: id or en; default: LC_ALL / LANG.", valueName: "id|en"))
    var lang: Language?

    @Flag(help: "Draw the preview with ASCII characters only.")
    var ascii = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let library = ThemeSelection.library(environment: environment)
        let useColor = colorOptions.color.wantsColor(isTerminal: TerminalProbe.isTerminal, environment: environment)
        let depth = colorOptions.printedDepth(environment: environment)
        let preview = ThemePreview.render(
            language: lang ?? Language.fromEnvironment(environment), glyphMode: ascii ? .ascii : .unicode)
        let nameWidth = library.names.map(\.count).max() ?? 0
        var refused = 0
        for entry in library.entries {
            let name = entry.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let origin = Self.describe(entry)
            do {
                let theme = try ThemeLibrary.theme(contentsOf: entry.file)
                let sample = useColor ? AnsiRenderer(theme: theme, depth: depth).render(preview) : preview.plainText
                print("\(name)  \(sample)  \(origin)")
            } catch {
                refused += 1
                let blank = String(repeating: " ", count: preview.width)
                print("\(name)  \(blank)  \(origin): refused: \(Self.reason(error))")
            }
        }
        if refused > 0 { throw ExitCode(1) }
    }

    private static func describe(_ entry: ThemeEntry) -> String {
        switch entry.origin {
        case .bundled: "bundled"
        case .user: "user \(entry.file.path)" + (entry.overridesBundled ? " (replaces the bundled \(entry.name))" : "")
        case .file: "file \(entry.file.path)"
        }
    }

    /// The error without the path, which the line already shows.
    private static func reason(_ error: ThemeLoadError) -> String {
        switch error {
        case .invalid(_, let parseError): parseError.description
        case .unreadable(_, let reason): reason
        case .notFound: error.description
        }
    }
}
