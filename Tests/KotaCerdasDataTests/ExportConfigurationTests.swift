import Foundation
import Testing
@testable import KotaCerdasData

/// The config's `[export]` table: where `e` saves screens.
@Suite struct ExportConfigurationTests {
    @Test func theFolderIsAbsoluteOrUnderHome() throws {
        let absolute = try ConfigurationParser.parse("[export]\nfolder = \"/srv/kota/exports\"\n", file: "c.toml")
        #expect(absolute.export.folder == "/srv/kota/exports")
        let home = try ConfigurationParser.parse("[export]\nfolder = \"~/Dokumen/kota\"\n", file: "c.toml")
        #expect(home.export.folder == URL(fileURLWithPath: NSHomeDirectory()).appendingPathComponent("Dokumen/kota").path)
    }

    @Test(arguments: ["folder = \"exports\"", "folder = 3", "place = \"/tmp\""])
    func aBadFolderIsRefusedByName(line: String) {
        #expect {
            _ = try ConfigurationParser.parse("[export]\n\(line)\n", file: "c.toml")
        } throws: { error in
            "\(error)".contains("c.toml") && "\(error)".contains("export")
        }
    }

    @Test func withoutAFolderScreensGoUnderTheDataHome() {
        let none = ExportConfiguration()
        #expect(none.resolvedFolder(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/u"]) == "/data/kotacerdas/exports")
        #expect(none.resolvedFolder(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/kotacerdas/exports")
    }
}
