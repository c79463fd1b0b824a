import ArgumentParser
import KotaCerdasCore
import KotaCerdasData
import KotaCerdasUI

/// How the dashboard looks: language, theme, glyphs and the start view.
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Language id or en; default: the config, else LC_ALL / LANG.", valueName: "id|en"))
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp(
        "Colour theme: a name (\(ThemeLibrary.bundled().names.joined(separator: ", ")), or your own; see `kotacerdas themes`) "
            + "or the path of a .theme file.",
        valueName: "name|path"))
    var theme: String?

    @Flag(name: .long, help: "Draw with ASCII characters only (also used when the locale is not UTF-8).")
    var ascii = false

    @Option(name: .long, help: ArgumentHelp("The screen to open first, e.g. governance or governance/indicators/<id>.", valueName: "route"))
    var view: String?

    @Option(name: .long, help: ArgumentHelp(
        "With sources of several cities, the city to open (by its city.id); --view is then a view in it.",
        valueName: "id"))
    var city: String?

    /// The settings these flags give, to lay over the config file's.
    var configurationFlags: Configuration {
        Configuration(theme: theme, language: lang?.rawValue)
    }
}
