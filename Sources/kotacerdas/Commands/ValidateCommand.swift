import ArgumentParser
import Foundation
import KotaCerdasCore

/// `kotacerdas validate FILE…`: checks city documents against the data format.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check city data files against the kotacerdas/v1 format.",
        discussion: """
            Prints one line per problem: the file, the exact place and what is wrong. \
            Warnings are printed but do not fail the check.
            Exit status: 0 all files valid, 1 a file has errors, 2 a file cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("The files to check.", valueName: "file"))
    var files: [String]

    @Flag(name: .shortAndLong, help: "Print only problems, not the per-file summary.")
    var quiet = false

    mutating func run() throws {
        var report = ValidationReport(quiet: quiet)
        for file in files {
            report.check(file: file)
        }
        for line in report.lines { print(line) }
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
