import ArgumentParser
import KotaCerdasCore

/// `--lang id|en`.
extension Language: ExpressibleByArgument {}
