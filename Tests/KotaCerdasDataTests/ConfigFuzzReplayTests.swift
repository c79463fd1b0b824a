import Testing
import KotaCerdasData

/// Every config input the fuzzer kept, replayed through `Configuration.parse(text:file:)`
/// as `Fuzz/Targets/config` does: a configuration or an error that names the file.
@Suite struct ConfigFuzzReplayTests {
    @Test func everyKeptConfigParsesOrNamesTheFileInItsError() {
        let inputs = FuzzInputs.all("config")
        #expect(inputs.count >= 5)
        for input in inputs {
            guard let text = String(validating: input.bytes, as: UTF8.self) else { continue }
            do {
                _ = try Configuration.parse(text: text, file: "fuzz.toml")
            } catch {
                #expect(error.description.hasPrefix("fuzz.toml: ") && !error.message.isEmpty, "\(input.name): \(error)")
            }
        }
    }
}

/// toml++ aborted the program on a table header without a name and on a `}` where an
/// array expects a value (Fuzz/Crashers/config).
@Suite struct TOMLAbortTests {
    private func message(_ text: String) -> String? {
        do {
            _ = try Configuration.parse(text: text, file: "config.toml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theFuzzCrasherIsASyntaxError() throws {
        let crasher = try #require(FuzzInputs.files("Crashers", "config").first { $0.name == "toml-header-without-name" })
        let text = try #require(String(validating: crasher.bytes, as: UTF8.self))
        #expect(message(text) == "config.toml: line 1, column 2: a table header needs a name after '[', like [kiosk] or [[sources]]")
    }

    @Test func theBraceInAnArrayCrasherIsASyntaxError() throws {
        let crasher = try #require(FuzzInputs.files("Crashers", "config").first { $0.name == "toml-brace-in-array" })
        let text = try #require(String(validating: crasher.bytes, as: UTF8.self))
        let column = text.split(separator: "\n")[1].firstIndex(of: "}").map { text.split(separator: "\n")[1].utf8.distance(
            from: text.split(separator: "\n")[1].startIndex, to: $0) + 1 }
        #expect(message(text) == "config.toml: line 2, column \(column ?? 0): '}' in an array; an array ends with ']'")
    }

    @Test(arguments: ["views = [}", "views = [\"home\", }", "views = [\n  # a comment\n  }", "views = [[{ a = 1 }, }]]"])
    func aBraceWhereAnArrayExpectsAValueIsAnError(_ text: String) {
        #expect(message("[kiosk]\n" + text + "\n")?.contains("'}' in an array; an array ends with ']'") == true,
                "\(message(text) ?? "no error")")
    }

    @Test(arguments: [
        ("[\n", "line 1, column 2"),
        ("theme = \"mono\"\n[=]\n", "line 2, column 2"),
        ("[[ #\n", "line 1, column 4"),
        ("\u{FEFF}[ \t.kiosk]\n", "line 1, column 4"),
        ("views = [\n  \"home\",\n]\n[\n", "line 4, column 2"),
        ("theme = \"\"\"\n[\n\"\"\"\n[{\n", "line 4, column 2"),
    ])
    func aHeaderWithoutANameIsAnErrorWithItsPlace(text: String, place: String) {
        #expect(message(text)?.hasPrefix("config.toml: \(place): a table header needs a name") == true, "\(message(text) ?? "no error")")
    }

    /// `[` inside values, strings and comments is not a header.
    @Test func bracketsInValuesStringsAndCommentsAreLeftToTheTOMLParser() throws {
        let text = """
            # [ a comment
            theme = "[\\"]"
            language = '''
            [
            '''
            [kiosk]
            views = [
              "home",  # [ }
              'governance', "}",
            ]
            [[sources]]
            location = "demo"
            """
        let configuration = try Configuration.parse(text: text, file: "config.toml")
        #expect(configuration.theme == "[\"]")
        #expect(configuration.language == "[\n")
        #expect(configuration.kiosk.views == ["home", "governance", "}"])
        #expect(message("[]\n")?.contains("blank bare keys") == true, "toml++ reports what it can report itself")
    }
}
