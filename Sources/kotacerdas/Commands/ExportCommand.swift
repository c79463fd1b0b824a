import ArgumentParser
import Foundation
import KotaCerdasCore
import KotaCerdasData

/// `kotacerdas export`: a dimension's indicator or programme table as CSV for a
/// spreadsheet, with every column and the raw figures.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a dimension's indicators or programmes as CSV for a spreadsheet.",
        discussion: """
            UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends, one row per \
            indicator or programme with every column: raw numbers (never cut for display), \
            ISO dates. --locale id writes what a spreadsheet set to Indonesian opens as \
            columns and numbers: ";" between fields and decimal commas.
            Exit status: 0 written, 1 the data cannot be read or the file cannot be written, \
            2 a bad option (unknown dimension, table or delimiter).
            """
    )

    @OptionGroup var sourceOptions: SourceOptions

    @Option(help: ArgumentHelp("The dimension: its id (e.g. governance) or its number from 1.", valueName: "dimension"))
    var view: String

    @Option(help: ArgumentHelp("With sources of several cities, the city's id; default: the first city.", valueName: "id"))
    var city: String?

    @Option(help: ArgumentHelp("Which table.", valueName: "indicators|programs"))
    var table: TableExport.Table = .indicators

    @Option(help: ArgumentHelp("The file format.", valueName: "csv"))
    var format: Format = .csv

    @Option(help: ArgumentHelp(
        "Field separator: , ; tab or | (default , or ; with --locale id).", valueName: "character"))
    var delimiter: String?

    @Flag(name: .customLong("decimal-comma"), help: "Write decimals with a comma (81,3), as Indonesian spreadsheets read them.")
    var decimalComma = false

    @Option(help: ArgumentHelp("id: ; between fields and decimal commas; en: , and decimal points.", valueName: "id|en"))
    var locale: Language?

    @Option(help: ArgumentHelp("Language of names, units and descriptions; default: the config, else LC_ALL / LANG.", valueName: "id|en"))
    var lang: Language?

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv
    }

    func run() async throws {
        let separator = try parseDelimiter()
        let comma = decimalComma || locale == .indonesian
        if Character(separator) == "," && comma {
            throw usage("--decimal-comma needs a delimiter other than \",\" (e.g. --delimiter \";\" or --locale id)")
        }
        let configuration = try sourceOptions.configuration(flags: Configuration(language: lang?.rawValue))
        let cities: [CityDocument]
        do {
            (cities, _) = try await SnapshotSources.load(configuration)
        } catch let failure as SnapshotSources.Failure {
            failure.lines.forEach(StandardError.write)
            throw ExitCode(1)
        }
        guard let document = city.map({ id in cities.first { $0.city.id == id } }) ?? cities.first else {
            throw usage("--city: unknown city \"\(ControlCharacters.escaped(city ?? ""))\"; valid: "
                + cities.map(\.city.id).joined(separator: ", "))
        }
        guard let dimension = dimension(in: document) else {
            throw usage("--view: unknown dimension \"\(ControlCharacters.escaped(view))\"; valid: "
                + document.dimensions.enumerated().map { "\($0.offset + 1) \($0.element.id)" }.joined(separator: ", "))
        }
        let language = configuration.language.flatMap(Language.init(rawValue:))
            ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let writer = CSVWriter(delimiter: Character(separator))
        let rows = TableExport.rows(table, of: dimension, language: language, numbers: CSVNumber(decimalComma: comma))
        let text = CSVWriter.byteOrderMark + rows.map(writer.record).joined()
        try write(text)
    }

    /// The dimension `--view` names, by id or by its number on the home screen.
    private func dimension(in document: CityDocument) -> KotaCerdasCore.Dimension? {
        if let found = document.dimension(id: view) { return found }
        guard let number = Int(view), document.dimensions.indices.contains(number - 1) else { return nil }
        return document.dimensions[number - 1]
    }

    private func parseDelimiter() throws -> String {
        guard let delimiter else { return locale == .indonesian ? ";" : "," }
        switch delimiter {
        case ",", ";", "|": return delimiter
        case "tab", "\t", "\\t": return "\t"
        default: throw usage("--delimiter: expected , ; | or tab, found \"\(ControlCharacters.escaped(delimiter))\"")
        }
    }

    /// Standard output, or the file replaced whole (written beside it, then renamed), so a
    /// failure never leaves half a table where a good one was.
    private func write(_ text: String) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            // Foundation wraps the system's reason; say it as the system does.
            let cause = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = cause.map { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : $0.localizedDescription }
            StandardError.write("kotacerdas export: cannot write \(ControlCharacters.escaped(output)): "
                + (reason ?? error.localizedDescription))
            throw ExitCode(1)
        }
    }

    private func usage(_ message: String) -> ExitCode {
        StandardError.write("kotacerdas export: " + message)
        return ExitCode(2)
    }
}

extension TableExport.Table: ExpressibleByArgument {}
