import Foundation
import KotaCerdasData
import KotaCerdasUI

/// The theme a command draws with, and the library `t` cycles through: the user's theme
/// folder over the bundled themes, plus the file `--theme PATH` names.
struct ThemeSelection {
    let library: ThemeLibrary
    let name: String
    let theme: Theme
    /// Why the built-in theme stands in, when it does.
    let note: String?

    /// The library of every theme this user has.
    static func library(environment: [String: String] = ProcessInfo.processInfo.environment) -> ThemeLibrary {
        ThemeLibrary.standard(userFolder: URL(fileURLWithPath: UserThemes.folder(environment: environment)))
    }

    /// Resolves `--theme` (or the config's `theme`): a name, or a path to a `.theme` file.
    /// Throws when no theme has the name, or the user's file cannot be used.
    init(_ requested: String?, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ThemeLoadError) {
        var library = Self.library(environment: environment)
        var name = requested ?? "default"
        if ThemeLibrary.isPath(name) {
            (library, name) = try library.including(fileAt: name)
        }
        let (theme, note) = try library.resolve(name)
        self.library = library
        self.name = name
        self.theme = theme
        self.note = note
    }
}
