import KotaCerdasCore
import KotaCerdasUI
import Testing

/// `snapshot --view` and the kiosk playlist print the valid ids when a view is unknown;
/// ids come from the data and must not reach the terminal as controls.
@Suite struct HostileRouteTests {
    @Test func anUnknownViewListsHostileIdsEscaped() throws {
        let json = HostileRenderingTests.everyTextField("\u{1B}]0;pwned\u{07}")
        let document = HostileScreens.document(json)
        let dimension = document.dimensions[0].id
        for path in ["nowhere", "\(dimension)/indicators/none", "\(dimension)/programs/none", "nowhere\u{1B}[2J"] {
            let error = #expect(throws: RoutePath.Error.self) { try RoutePath.route(path, in: document) }
            let message = try #require(error?.description)
            #expect(HostileScreens.controls(in: message) == [], "\(message.debugDescription)")
            #expect(message.contains(#"\u{1B}]0;pwned\u{7}"#) || path.hasPrefix("nowhere"), "the id stays readable: \(message)")
        }
        let error = #expect(throws: RoutePath.Error.self) { try RoutePath.route("nowhere", in: document) }
        #expect(error?.description.hasSuffix(#"with dimensions: dim-\u{1B}]0;pwned\u{7}"#) == true)
    }
}
