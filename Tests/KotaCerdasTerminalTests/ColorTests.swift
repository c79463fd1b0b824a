import KotaCerdasUI
import Testing
@testable import KotaCerdasTerminal

@Suite struct CursesColorTests {
    @Test func defaultStaysDefaultEverywhere() {
        for depth in ColorDepth.allCases {
            #expect(depth.curses(.terminalDefault) == -1)
        }
    }

    @Test func fewerColoursUseTheThemesBasicFallback() {
        let orange = ThemeColor.palette(208, basic: 11)
        #expect(ColorDepth.palette256.curses(orange) == 208)
        #expect(ColorDepth.ansi16.curses(orange) == 11)
        #expect(ColorDepth.ansi8.curses(orange) == 3, "bright yellow keeps its hue with 8 colours")
        #expect(ColorDepth.none.curses(orange) == -1)
        #expect(ColorDepth.ansi16.curses(.palette(196)) == 9, "without a stated fallback the nearest basic colour")
    }

    @Test func directColourPacksRGB() {
        #expect(ColorDepth.truecolor.curses(.palette(1)) == 1)
        #expect(ColorDepth.truecolor.curses(.palette(9)) == 0xFF0000, "direct entries have only 8 basic colours")
        #expect(ColorDepth.truecolor.curses(.palette(196)) == 0xFF0000)
        #expect(ColorDepth.truecolor.curses(.palette(244)) == 0x808080)
        #expect(ColorDepth.truecolor.curses(.rgb(RGB(red: 0xE6, green: 0x9F, blue: 0)) ) == 0xE69F00)
        #expect(ColorDepth.truecolor.curses(.rgb(RGB(red: 0, green: 0, blue: 3))) == 8, "near black never reads as a basic colour")
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
        var cache = ColorPairCache(depth: .none, hasDefaultColors: false, capacity: 10, allocate: allocator.allocate)
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
