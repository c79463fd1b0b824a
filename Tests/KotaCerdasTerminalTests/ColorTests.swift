import Testing
@testable import KotaCerdasTerminal

@Suite struct ColorDepthTests {
    @Test func depthFollowsTheColourCount() {
        #expect(ColorDepth(colors: 0) == .monochrome)
        #expect(ColorDepth(colors: 8) == .ansi8)
        #expect(ColorDepth(colors: 16) == .ansi16)
        #expect(ColorDepth(colors: 88) == .ansi16)
        #expect(ColorDepth(colors: 256) == .palette256)
        #expect(ColorDepth(colors: 1 << 24) == .direct)
    }

    @Test func defaultStaysDefaultEverywhere() {
        for depth in [ColorDepth.monochrome, .ansi8, .ansi16, .palette256, .direct] {
            #expect(depth.map(-1) == -1)
        }
    }

    @Test func mappingDown() {
        #expect(ColorDepth.palette256.map(208) == 208)
        #expect(ColorDepth.monochrome.map(196) == -1)
        // Bright red keeps its hue with 8 colours; the 256-palette red and orange find their nearest.
        #expect(ColorDepth.ansi8.map(9) == 1)
        #expect(ColorDepth.ansi16.map(196) == 9)
        #expect(ColorDepth.ansi8.map(196) == 1)
        #expect(ColorDepth.ansi8.map(208) == 3)
        #expect(ColorDepth.ansi16.map(46) == 10)
        #expect(ColorDepth.ansi16.map(232) == 0)
        #expect(ColorDepth.ansi16.map(255) == 7)
        #expect(ColorDepth.ansi16.map(231) == 15)
    }

    @Test func directColourPacksRGB() {
        #expect(ColorDepth.direct.map(1) == 1)
        #expect(ColorDepth.direct.map(196) == 0xFF0000)
        #expect(ColorDepth.direct.map(244) == 0x808080)
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
        let first = cache.pair(foreground: 196, background: 17)
        let second = cache.pair(foreground: 46, background: -1)
        #expect(cache.pair(foreground: 196, background: 17) == first)
        #expect(first != second)
        #expect(allocator.calls.count == 2)
    }

    @Test func pairNumbersAboveEightBitsSurvive() {
        let allocator = Allocator()
        allocator.next = 300
        var cache = ColorPairCache(depth: .palette256, hasDefaultColors: true, capacity: 1000, allocate: allocator.allocate)
        #expect(cache.pair(foreground: 1, background: 2) == 300)
    }

    @Test func defaultColoursUsePairZeroWithoutAllocating() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .palette256, hasDefaultColors: true, capacity: 10, allocate: allocator.allocate)
        #expect(cache.pair(foreground: -1, background: -1) == 0)
        #expect(allocator.calls.isEmpty)
    }

    @Test func withoutDefaultColoursMinusOneBecomesWhiteOnBlack() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .ansi8, hasDefaultColors: false, capacity: 10, allocate: allocator.allocate)
        #expect(cache.pair(foreground: -1, background: -1) == 0)
        _ = cache.pair(foreground: 1, background: -1)
        #expect(allocator.calls.map(\.1) == [0])
    }

    @Test func coloursAreMappedBeforeCaching() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .ansi16, hasDefaultColors: true, capacity: 10, allocate: allocator.allocate)
        let red = cache.pair(foreground: 196, background: -1)
        #expect(cache.pair(foreground: 9, background: -1) == red)
        #expect(allocator.calls.count == 1)
        #expect(allocator.calls.first?.0 == 9)
    }

    @Test func monochromeNeverAllocates() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .monochrome, hasDefaultColors: false, capacity: 10, allocate: allocator.allocate)
        #expect(cache.pair(foreground: 196, background: 21) == 0)
        #expect(allocator.calls.isEmpty)
    }

    @Test func aFullTableFallsBackToPairZero() {
        let allocator = Allocator()
        var cache = ColorPairCache(depth: .palette256, hasDefaultColors: true, capacity: 1, allocate: allocator.allocate)
        #expect(cache.pair(foreground: 1, background: 2) == 1)
        #expect(cache.pair(foreground: 3, background: 4) == 0)
        #expect(cache.pair(foreground: 1, background: 2) == 1)
        #expect(allocator.calls.count == 1)
    }
}
