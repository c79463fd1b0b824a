import ArgumentParser
import Foundation
import KotaCerdasCore
import KotaCerdasData

/// `kotacerdas validate FILE…` checks city documents against the data format;
/// `kotacerdas validate --source SOURCE…` reads any source once and shows what it maps to.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check city data files, or show what a source (broker, portal, spreadsheet) maps to.",
        discussion: """
            For files: one line per problem, the file, the exact place and what is wrong. \
            Warnings are printed but do not fail the check. A .csv file is read as a spreadsheet \
            and shown as with --source.
            With --source (or the config's sources when no file is given): reads each source \
            once through its adapter and prints the dimensions, indicators and values it maps \
            to, and every record it skipped with the reason.
            Exit status: 0 all valid, 1 a file or mapped source has errors, 2 a file or source \
            cannot be read.
            """
    )

    @Argument(help: ArgumentHelp("The files to check.", valueName: "file"))
    var files: [String] = []

    @OptionGroup var sourceOptions: SourceOptions

    @Flag(name: .shortAndLong, help: "Print only problems, not the per-file summary or the mapped values.")
    var quiet = false

    func run() async throws {
        var configuration = try sourceOptions.configuration()
        let sizeLimit = configuration.sources.first?.maxBodyBytes ?? FileReader.defaultLimit
        var report = ValidationReport(quiet: quiet, sizeLimit: sizeLimit)
        var sources = sourceOptions.sources.isEmpty && !files.isEmpty ? [] : configuration.sources
        for file in files {
            let spec = SourceConfiguration(spec: SourceSpec(location: .file(path: file)), maxBodyBytes: sizeLimit)
            if spec.adapterKind == .v1 {
                report.check(file: file)
            } else {
                sources.append(spec)
            }
        }
        guard !files.isEmpty || !sources.isEmpty else {
            throw ValidationError("give files to check, or --source (or a config with sources) to preview")
        }
        configuration.sources = sources
        for line in report.lines { print(line) }
        var exitCode = report.exitCode
        for source in sources {
            let preview = await SourcePreview.read(source, city: configuration.city)
            for line in preview.lines(quiet: quiet) { print(line) }
            exitCode = max(exitCode, preview.exitCode)
        }
        if exitCode != 0 { throw ExitCode(exitCode) }
    }
}
