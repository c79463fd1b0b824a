import ArgumentParser
import KotaCerdasUI

/// `--color` and `--colors`: whether to use colour, and how many colours at most.
struct ColorOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Colour: auto (unless NO_COLOR is set, and for snapshot and themes only when stdout is a terminal), always or never.",
        valueName: "auto|always|never"))
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp(
        "How many colours to use at most: truecolor, 256, 16, 8 or none; default: what the terminal offers "
            + "(for printed ANSI: truecolor when COLORTERM says so, else 256).",
        valueName: "depth"))
    var colors: ColorDepth?

    /// The depth for ANSI printed without curses (`snapshot`, `themes`): `--colors`, else
    /// direct colour when the terminal announces it, else the 256-colour palette.
    func printedDepth(environment: [String: String]) -> ColorDepth {
        colors ?? (ColorSupport.announcesTruecolor(environment) ? .truecolor : .palette256)
    }
}

extension ColorChoice: ExpressibleByArgument {}
extension ColorDepth: ExpressibleByArgument {}
