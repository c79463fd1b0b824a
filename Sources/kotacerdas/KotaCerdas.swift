import ArgumentParser

/// The `kotacerdas` command: the live dashboard by default, plus tools around it.
struct KotaCerdas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kotacerdas",
        abstract: "A terminal dashboard for a city's smart-city programme.",
        discussion: """
            With no subcommand, opens the live dashboard on the bundled Sumenep sample \
            (or on the sources given with --source).
            """,
        version: "0.1.0",
        subcommands: [
            DashboardCommand.self, SnapshotCommand.self, ValidateCommand.self, ServeCommand.self, ThemesCommand.self,
            ExportCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )
}
