import KotaCerdasUI
import Testing
@testable import KotaCerdasTerminal

@Suite struct TerminalColorsTests {
    @Test func depthFollowsTheColourCount() {
        #expect(TerminalColors(colors: 0) == .monochrome)
        #expect(TerminalColors(colors: 8) == .ansi8)
        #expect(TerminalColors(colors: 16) == .ansi16)
        #expect(TerminalColors(colors: 88) == .ansi16)
        #expect(TerminalColors(colors: 256) == .palette256)
        #expect(TerminalColors(colors: 1 << 24) == .direct)
    }

    @Test func defaultStaysDefaultEverywhere() {
        for depth in [TerminalColors.monochrome, .ansi8, .ansi16, .palette256, .direct] {
            #expect(depth.curses(.terminalDefault) == -1)
        }
    }

    @Test func fewerColoursUseTheThemesBasicFallback() {
        let orange = ThemeColor.palette(208, basic: 11)
        #expect(TerminalColors.palette256.curses(orange) == 208)
        #expect(TerminalColors.ansi16.curses(orange) == 11)
        #expect(TerminalColors.ansi8.curses(orange) == 3, "bright yellow keeps its hue with 8 colours")
        #expect(TerminalColors.monochrome.curses(orange) == -1)
        #expect(TerminalColors.ansi16.curses(.palette(196)) == 9, "without a stated fallback the nearest basic colour")
    }

    @Test func directColourPacksRGB() {
        #expect(TerminalColors.direct.curses(.palette(1)) == 1)
        #expect(TerminalColors.direct.curses(.palette(196)) == 0xFF0000)
        #expect(TerminalColors.direct.curses(.palette(244)) == 0x808080)
    }
}

@Suite struct ColorPairCacheTests {
    private final class Allocator {
        var calls: [(Int32, Int32)] = []
        var next: Int32 = 1
        func allocate(_ foreground: Int32, _ background: Int32) -> Int32 {
            calls.append((foreground, background))
            defer { next += 1 }
            return next
        }
    }

    @Test func eachCombinationIsAllocatedOnce() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .palette256, hasDefaultColors: true, capacity: 100, allocate: allocator.allocate)
        let first = cache.pair(foreground: .palette(196), background: .palette(17))
        let second = cache.pair(foreground: .palette(46), background: .terminalDefault)
        #expect(cache.pair(foreground: .palette(196), background: .palette(17)) == first)
        #expect(first != second)
        #expect(allocator.calls.count == 2)
    }

    @Test func pairNumbersAboveEightBitsSurvive() {
        let allocator = Allocator()
        allocator.next = 300
        var cache = ColorPairCache(depth: .palette256, hasDefaultColors: true, capacity: 1000, allocate: allocator.allocate)
        #expect(cache.pair(foreground: .palette(1), background: .palette(2)) == 300)
    }

    @Test func defaultColoursUsePairZeroWithoutAllocating() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .palette256, hasDefaultColors: true, capacity: 10, allocate: allocator.allocate)
        #expect(cache.pair(foreground: .terminalDefault, background: .terminalDefault) == 0)
        #expect(allocator.calls.isEmpty)
    }

    @Test func withoutDefaultColoursMinusOneBecomesWhiteOnBlack() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .ansi8, hasDefaultColors: false, capacity: 10, allocate: allocator.allocate)
        #expect(cache.pair(foreground: .terminalDefault, background: .terminalDefault) == 0)
        _ = cache.pair(foreground: .palette(1), background: .terminalDefault)
        #expect(allocator.calls.map(\.1) == [0])
    }

    @Test func coloursAreMappedBeforeCaching() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .ansi16, hasDefaultColors: true, capacity: 10, allocate: allocator.allocate)
        let red = cache.pair(foreground: .palette(196), background: .terminalDefault)
        #expect(cache.pair(foreground: .palette(9), background: .terminalDefault) == red)
        #expect(allocator.calls.count == 1)
        #expect(allocator.calls.first?.0 == 9)
    }

    @Test func monochromeNeverAllocates() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .monochrome, hasDefaultColors: false, capacity: 10, allocate: allocator.allocate)
        #expect(cache.pair(foreground: .palette(196), background: .palette(21)) == 0)
        #expect(allocator.calls.isEmpty)
    }

    @Test func aFullTableFallsBackToPairZero() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .palette256, hasDefaultColors: true, capacity: 1, allocate: allocator.allocate)
        #expect(cache.pair(foreground: .palette(1), background: .palette(2)) == 1)
        #expect(cache.pair(foreground: .palette(3), background: .palette(4)) == 0)
        #expect(cache.pair(foreground: .palette(1), background: .palette(2)) == 1)
        #expect(allocator.calls.count == 1)
    }
}
