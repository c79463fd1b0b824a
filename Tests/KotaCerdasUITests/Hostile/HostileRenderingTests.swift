import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Documents that decode but are hostile or absurd, drawn on every screen (home, help,
/// sources, every dimension, indicator and programme; both languages; 120×40 and 80×24).
/// Whatever the data, each frame is exactly the screen's size and carries no control
/// character from the data, in its text or in its ANSI rendering. The renderings chosen
/// for each case are documented in docs/data-format.md, "Hostile input".
@Suite struct HostileRenderingTests {
    /// A complete document with `text` (after a readable prefix) in every human-readable
    /// member and every id, built as JSON so the text travels through the parser.
    static func everyTextField(_ text: String) -> String {
        func t(_ prefix: String) -> JSONValue { .string(prefix + text) }
        func localized(_ prefix: String) -> JSONValue {
            .object(JSONObject([("id", t(prefix)), ("en", t(prefix)), ("x" + text, t(prefix))]))
        }
        func object(_ members: [(String, JSONValue)]) -> JSONValue { .object(JSONObject(members)) }
        let indicator = object([
            ("id", t("ind-")), ("name", localized("Indeks ")), ("unit", t("%")), ("value", .number(64)),
            ("target", .number(80)), ("better", .string("higher")), ("warn", .number(70)), ("critical", .number(50)),
            ("history", .array([object([("at", .string("2026-08")), ("value", .number(60))]),
                                object([("at", .string("2026-09")), ("value", .number(62))])])),
            ("source", t("Dinas ")), ("updatedAt", .string("2026-10-30")), ("description", localized("Keterangan ")),
        ])
        let program = object([
            ("id", t("prog-")), ("name", localized("Program ")), ("area", .number(1)), ("owner", t("Dinas ")),
            ("status", .string("at-risk")), ("progress", .number(0.4)), ("start", .string("2026-01-01")),
            ("end", .string("2026-12-31")),
            ("budget", object([("currency", t("IDR")), ("allocated", .number(1_000_000)), ("spent", .number(400_000))])),
            ("indicators", .array([t("ind-")])),
            ("milestones", .array([object([("name", localized("Tahap ")), ("due", .string("2026-06-30")), ("done", .bool(false))])])),
            ("updatedAt", .string("2026-10-30T09:00:00+07:00")), ("description", localized("Uraian ")),
        ])
        let document = object([
            ("format", .string("kotacerdas/v1")),
            ("city", object([("id", t("kota-")), ("name", t("Kota ")), ("province", t("Provinsi ")), ("timezone", t("Asia/"))])),
            ("framework", object([("id", t("fw-")), ("name", localized("Kerangka "))])),
            ("asOf", .string("2026-10-31T17:00:00+07:00")),
            ("dimensions", .array([object([
                ("id", t("dim-")), ("name", localized("Tata Kelola ")), ("goal", localized("Tujuan ")),
                ("areas", .array([t("Bidang "), localized("Area ")])),
                ("indicators", .array([indicator])), ("programs", .array([program])),
            ])])),
        ])
        return JSONWriter.write(document)
    }

    static let attacks = [
        "\u{1B}]52;c;cm0gLXJmIH4=\u{07}",   // OSC 52: write the clipboard
        "\u{1B}]0;pwned\u{1B}\\",             // OSC 0: retitle the terminal
        "\u{1B}[2J\u{1B}[H\u{1B}[31m",        // CSI: clear, home, red
        "\u{1B}P+q544e\u{1B}\\",              // DCS
        "\u{9B}6n",                           // 8-bit CSI: report the cursor
        "\u{1B}",                             // a lone ESC at the end of a text
        "\u{00}\u{08}\u{7F}\u{85}",           // NUL, backspace, DEL, NEL
        "\u{202E}nimda\u{2066}\u{200F}",      // bidi overrides and isolates
        "a\tb\r\nc\u{2028}d",                 // layout breaks, shown as spaces
    ]

    @Test(arguments: attacks)
    func controlsInEveryTextFieldNeverReachTheTerminal(_ attack: String) {
        let document = HostileScreens.document(Self.everyTextField(attack))
        for frame in HostileScreens.frames(of: document) {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
        let home = HostileScreens.frames(of: document, sizes: [(200, 60)]).first!
        #expect(home.plain.contains("Kota "), "the readable part stays")
        #expect(home.plain.contains("Tata Kelola "))
    }

    @Test func aRemovedControlIsMarkedNotHidden() {
        let document = HostileScreens.document(Self.everyTextField("\u{1B}[2J"))
        let home = HostileScreens.frames(of: document, sizes: [(200, 60)]).first!
        #expect(home.plain.contains("Kota �"), "one visible placeholder for the whole sequence")
        let ascii = HostileScreens.frames(of: document, sizes: [(200, 60)], glyphMode: .ascii).first!
        #expect(ascii.plain.contains("Kota ?"))
        #expect(HostileScreens.problems(in: ascii) == [])
    }

    @Test func tenThousandCharacterTextsAreCutWithAnEllipsis() {
        let long = String(repeating: "Panjang ", count: 1_250)
        #expect(long.count == 10_000)
        let document = HostileScreens.document(Self.everyTextField(long))
        for frame in HostileScreens.frames(of: document) {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
        let home = HostileScreens.frames(of: document, sizes: [(120, 40)]).first!
        #expect(home.plain.split(separator: "\n").first?.contains("Kota Panjang Panjang") == true)
        #expect(home.plain.split(separator: "\n").first?.contains("…") == true)
    }

    @Test func wideAndCombiningCharactersKeepTheGrid() {
        let wide = String(repeating: "城市数据🏙️e\u{301}\u{301}", count: 500)
        let document = HostileScreens.document(Self.everyTextField(wide))
        for frame in HostileScreens.frames(of: document) {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
    }

    /// An indicator with `members` overriding the fixture's own, in the fixture city.
    static func indicator(_ members: String) -> CityDocument {
        HostileScreens.document(ScreenFixture.json.replacingOccurrences(
            of: #""unit": "indeks","#, with: #""unit": "indeks", \#(members),"#)
            .replacingOccurrences(of: #""value": 3.12, "target": 3.5, "baseline": 2.4, "better": "higher", "warn": 3.2, "critical": 2.5,"#,
                                  with: #""better": "higher","#))
    }

    @Test func negativeZeroIsShownAsZero() {
        let document = Self.indicator(#""value": -0, "target": -0.0, "baseline": -0"#)
        let frames = HostileScreens.frames(of: document, sizes: [(120, 40)])
        for frame in frames {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
            #expect(!frame.plain.contains("-0.00") && !frame.plain.contains("-0,00") && !frame.plain.contains(" -0 "), "\(frame.label)")
        }
        let detail = frames.first { $0.route == .indicator(dimensionID: "governance", id: "gov-spbe") && $0.language == .english }!
        #expect(detail.plain.contains("Current     0.00 indeks"))
        #expect(detail.plain.contains("Target      0.00 indeks"))
    }

    @Test func theLargestNumbersAreShownCutAndDrawNoChart() {
        let document = Self.indicator(#""value": 1.7976931348623157e308, "target": -1.7976931348623157e308, "baseline": 1e300"#)
        let frames = HostileScreens.frames(of: document)
        for frame in frames {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
        let detail = frames.first { $0.route == .indicator(dimensionID: "governance", id: "gov-spbe") && $0.language == .english }!
        #expect(detail.plain.contains("Current     179,769,313,486,231,"))
        #expect(detail.plain.contains("…"), "cut to its column with an ellipsis")
    }

    @Test func theSmallestNumbersAreShownAsZero() {
        let document = Self.indicator(#""value": 5e-324, "target": 1e-300"#)
        let frames = HostileScreens.frames(of: document, sizes: [(120, 40)])
        for frame in frames {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
            #expect(!frame.plain.contains("e-3"), "no exponent notation: \(frame.label)")
        }
        let detail = frames.first { $0.route == .indicator(dimensionID: "governance", id: "gov-spbe") && $0.language == .english }!
        #expect(detail.plain.contains("Current     0"))
    }

    @Test func emptyArraysEverywhereDrawEmptyScreensThatSaySo() {
        let empty = HostileScreens.document(#"""
            { "format": "kotacerdas/v1", "city": { "id": "kota", "name": "Kota Kosong" }, "asOf": "2026-10-31",
              "dimensions": [ { "id": "gov", "name": "Tata Kelola", "areas": [], "indicators": [], "programs": [] },
                { "id": "env", "name": "Lingkungan", "indicators": [
                  { "id": "i", "name": "Indikator", "better": "higher", "history": [] } ],
                  "programs": [ { "id": "p", "name": "Program", "status": "planned", "indicators": [], "milestones": [] } ] } ] }
            """#)
        let frames = HostileScreens.frames(of: empty)
        for frame in frames {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
        let governance = frames.first { $0.route == .dimension("gov") && $0.language == .english }!
        #expect(governance.plain.contains("No indicators yet"))
        #expect(governance.plain.contains("No programmes yet"))
        let none = HostileScreens.document(#"{ "format": "kotacerdas/v1", "city": { "id": "k", "name": "Kota Tanpa Dimensi" }, "dimensions": [] }"#)
        for frame in HostileScreens.frames(of: none) {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
        let home = HostileScreens.frames(of: none, sizes: [(80, 24)]).first { $0.language == .english }!
        #expect(home.plain.contains("No indicators yet"))
    }

    @Test func datesInTheYearsOneAndNineThousandNineHundredNinetyNineAreShownAsWritten() {
        let document = HostileScreens.document(ScreenFixture.json
            .replacingOccurrences(of: #""updatedAt": "2026-10-31T16:58:00+07:00""#, with: #""updatedAt": "0001-01-01""#)
            .replacingOccurrences(of: #"{ "at": "2026-05", "value": 2.7 }"#, with: #"{ "at": "0001", "value": 2.7 }"#)
            .replacingOccurrences(of: #"{ "at": "2026-09", "value": 3.0 }"#, with: #"{ "at": "9999-12-31", "value": 3.0 }"#)
            .replacingOccurrences(of: #""start": "2025-01-01", "end": "2026-12-31""#, with: #""start": "0001-01-01", "end": "9999-12-31""#))
        let frames = HostileScreens.frames(of: document)
        for frame in frames {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
        let indicator = frames.first { $0.route == .indicator(dimensionID: "governance", id: "gov-spbe") && $0.language == .english }!
        #expect(indicator.plain.contains("1 Jan 1"), "the year 1 as written, not 1970 or 2001")
        let program = frames.first { $0.route == .program(dimensionID: "governance", id: "gov-satu-data") && $0.language == .english }!
        #expect(program.plain.contains("31 Dec 9999"))
    }

    @Test func anAsOfInTheYearNineThousandNineHundredNinetyNineDrawsEveryScreen() {
        let document = HostileScreens.document(ScreenFixture.json
            .replacingOccurrences(of: #""asOf": "2026-10-31T17:00:00+07:00""#, with: #""asOf": "9999-12-31T23:59:59+07:00""#))
        let frames = HostileScreens.frames(of: document)
        for frame in frames {
            #expect(HostileScreens.problems(in: frame) == [], "\(frame.label)")
        }
        #expect(frames.first { $0.route == .home && $0.language == .english }!.plain.contains("31 Dec 9999"))
    }

    @Test func historyInReverseOrderIsDrawnOldestFirst() {
        let forward = #"[ { "at": "2026-05", "value": 2.7 }, { "at": "2026-06", "value": 2.8 }, { "at": "2026-07", "value": 2.85 },"#
            + "\n" + #"                       { "at": "2026-08", "value": 2.9 }, { "at": "2026-09", "value": 3.0 } ]"#
        let backward = #"[ { "at": "2026-09", "value": 3.0 }, { "at": "2026-08", "value": 2.9 }, { "at": "2026-07", "value": 2.85 }, { "at": "2026-06", "value": 2.8 }, { "at": "2026-05", "value": 2.7 } ]"#
        #expect(ScreenFixture.json.contains(forward))
        let sorted = HostileScreens.document(ScreenFixture.json)
        let reversed = HostileScreens.document(ScreenFixture.json.replacingOccurrences(of: forward, with: backward))
        #expect(reversed != sorted, "the document keeps the order it was given")
        let sortedFrames = HostileScreens.frames(of: sorted)
        let reversedFrames = HostileScreens.frames(of: reversed)
        for (expected, frame) in zip(sortedFrames, reversedFrames) {
            #expect(frame.plain == expected.plain, "\(frame.label)")
        }
    }
}
