import KotaCerdasUI
import Testing

/// The colour chain: each theme colour mapped down to what a depth can show.
@Suite struct ColorDepthTests {
    let orange = RGB(red: 0xE6, green: 0x9F, blue: 0x00)

    @Test func truecolorKeepsRGBAndTheBasicColoursAsIndices() {
        #expect(ColorDepth.truecolor.map(.rgb(orange)) == .rgb(orange))
        #expect(ColorDepth.truecolor.map(.palette(196)) == .rgb(RGB(red: 255, green: 0, blue: 0)))
        #expect(ColorDepth.truecolor.map(.palette(244)) == .rgb(RGB(red: 128, green: 128, blue: 128)))
        #expect(ColorDepth.truecolor.map(.palette(4)) == .indexed(4), "the user's own blue stays theirs")
    }

    @Test func palette256TakesTheNearestCubeOrGreyEntry() {
        #expect(ColorDepth.palette256.map(.palette(208)) == .indexed(208))
        #expect(ColorDepth.palette256.map(.rgb(orange)) == .indexed(178), "#e69f00 is nearest to 215,175,0")
        #expect(ColorDepth.palette256.map(.rgb(RGB(red: 0x80, green: 0x80, blue: 0x80))) == .indexed(244))
        #expect(ColorDepth.palette256.map(.rgb(RGB(red: 0, green: 0, blue: 0))) == .indexed(16),
                "never one of the 16 basic entries, which users redefine")
    }

    @Test func sixteenColoursUseTheBasicFallback() {
        #expect(ColorDepth.ansi16.map(.palette(208, basic: 11)) == .indexed(11), "the author's choice wins")
        #expect(ColorDepth.ansi16.map(.palette(196)) == .indexed(9))
        #expect(ColorDepth.ansi16.map(.rgb(RGB(red: 0x56, green: 0xB4, blue: 0xE9))) == .indexed(6),
                "sky blue is nearest to cyan")
        #expect(ColorDepth.ansi16.map(.rgb(RGB(red: 0xD5, green: 0x5E, blue: 0x00))) == .indexed(1))
    }

    @Test func eightColoursFoldBrightOntoBasicButKeepGreyVisible() {
        #expect(ColorDepth.ansi8.map(.palette(208, basic: 11)) == .indexed(3), "bright yellow keeps its hue")
        #expect(ColorDepth.ansi8.map(.palette(244, basic: 8)) == .indexed(7), "grey text would vanish as black")
        #expect(ColorDepth.ansi8.map(.palette(237, basic: 8), isBackground: true) == .indexed(0),
                "a grey background goes dark, under its light text")
        #expect(ColorDepth.ansi8.map(.palette(16, basic: 0)) == .indexed(0))
    }

    @Test func noColourAndTheDefaultStayTheTerminals() {
        for depth in ColorDepth.allCases {
            #expect(depth.map(.terminalDefault) == .terminalDefault)
        }
        #expect(ColorDepth.none.map(.rgb(orange)) == .terminalDefault)
        #expect(ColorDepth.none.map(.palette(196)) == .terminalDefault)
    }

    @Test func depthFollowsTerminfosColourCount() {
        #expect(ColorDepth(colors: 0) == ColorDepth.none)
        #expect(ColorDepth(colors: 8) == .ansi8)
        #expect(ColorDepth(colors: 16) == .ansi16)
        #expect(ColorDepth(colors: 88) == .ansi16)
        #expect(ColorDepth(colors: 256) == .palette256)
        #expect(ColorDepth(colors: 1 << 24) == .truecolor)
        #expect(ColorDepth.ansi8 < .palette256 && ColorDepth.palette256 < .truecolor)
    }

    @Test func paletteColoursDegradeToTheNearestBasicColour() {
        #expect(ThemeColor.palette(34) == .palette(34, basic: 2))
        #expect(ThemeColor.palette(196) == .palette(196, basic: 9))
        #expect(ThemeColor.palette(232) == .palette(232, basic: 0))
        #expect(ThemeColor.palette(250) == .palette(250, basic: 7))
        #expect(ThemeColor.palette(231) == .palette(231, basic: 15))
        #expect(ThemeColor.palette(3) == .palette(3, basic: 3))
    }

    @Test func perceptualDistanceWeighsGreenMost() {
        let grey = RGB(red: 128, green: 128, blue: 128)
        let greener = RGB(red: 128, green: 148, blue: 128)
        let bluer = RGB(red: 128, green: 128, blue: 148)
        #expect(grey.distance(to: greener) > grey.distance(to: bluer))
        #expect(grey.distance(to: grey) == 0)
    }
}

/// `--color`, `NO_COLOR` and `COLORTERM`: whether to colour, and at which depth.
@Suite struct ColorChoiceTests {
    @Test func noColorTurnsAutoOffButNotAnExplicitAlways() {
        let noColor = ["NO_COLOR": "1"]
        #expect(!ColorChoice.auto.wantsColor(isTerminal: true, environment: noColor))
        #expect(ColorChoice.always.wantsColor(isTerminal: true, environment: noColor))
        #expect(ColorChoice.always.wantsColor(isTerminal: false, environment: [:]))
        #expect(!ColorChoice.never.wantsColor(isTerminal: true, environment: [:]))
        #expect(ColorChoice.auto.wantsColor(isTerminal: true, environment: ["NO_COLOR": ""]), "set but empty does not count")
        #expect(!ColorChoice.auto.wantsColor(isTerminal: false, environment: [:]), "a pipe gets no colour")
    }

    @Test func depthIsTerminfosLoweredByTheUsersLimit() {
        #expect(ColorSupport.depth(terminfoColors: 256, limit: nil, choice: .auto, environment: [:]) == .palette256)
        #expect(ColorSupport.depth(terminfoColors: 256, limit: .ansi16, choice: .auto, environment: [:]) == .ansi16)
        #expect(ColorSupport.depth(terminfoColors: 8, limit: .truecolor, choice: .auto, environment: [:]) == .ansi8,
                "a limit never raises what the terminal shows")
        #expect(ColorSupport.depth(terminfoColors: 256, limit: nil, choice: .auto, environment: ["NO_COLOR": "x"]) == ColorDepth.none)
        #expect(ColorSupport.depth(terminfoColors: 256, limit: nil, choice: .always, environment: ["NO_COLOR": "x"]) == .palette256)
    }

    @Test func colortermAnnouncesDirectColourAndNamesTheDirectEntry() {
        let truecolor = ["COLORTERM": "truecolor"]
        #expect(ColorSupport.announcesTruecolor(truecolor))
        #expect(ColorSupport.announcesTruecolor(["COLORTERM": "24bit"]))
        #expect(!ColorSupport.announcesTruecolor(["COLORTERM": "yes"]))
        #expect(ColorSupport.directTerminal(for: "xterm-256color", environment: truecolor) == "xterm-direct")
        #expect(ColorSupport.directTerminal(for: "tmux-256color", environment: truecolor) == "tmux-direct")
        #expect(ColorSupport.directTerminal(for: "foot", environment: truecolor) == "foot-direct")
        #expect(ColorSupport.directTerminal(for: "xterm-direct", environment: truecolor) == nil, "already direct")
        #expect(ColorSupport.directTerminal(for: "xterm-256color", environment: [:]) == nil)
    }
}
