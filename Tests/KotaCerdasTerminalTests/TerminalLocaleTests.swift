import Testing
@testable import KotaCerdasTerminal

@Suite struct TerminalLocaleTests {
    @Test func codesetNamesThatMeanUTF8() {
        #expect(TerminalLocale.isUTF8("UTF-8"))
        #expect(TerminalLocale.isUTF8("utf8"))
        #expect(!TerminalLocale.isUTF8("ANSI_X3.4-1968"))
        #expect(!TerminalLocale.isUTF8("ISO-8859-1"))
    }
}

@Suite struct LocaleConfigurationTests {
    @Test func anUnsetLocaleIsNotAChoice() {
        #expect(!TerminalLocale.isLocaleConfigured([:]))
        #expect(!TerminalLocale.isLocaleConfigured(["LANG": ""]))
    }

    @Test func anyOfTheCharacterSetVariablesIsAChoice() {
        #expect(TerminalLocale.isLocaleConfigured(["LANG": "C"]))
        #expect(TerminalLocale.isLocaleConfigured(["LC_CTYPE": "id_ID.ISO-8859-1"]))
        #expect(TerminalLocale.isLocaleConfigured(["LC_ALL": "POSIX"]))
    }
}
