import Testing
@testable import KotaCerdasCore

@Suite struct DocumentMergeTests {
    func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text) }

    @Test func arraysOfIdentifiedObjectsMergeByIDAndNewOnesAreAppendedInOrder() throws {
        let base = try json(#"[{"id":"a","v":1,"keep":true},{"id":"b","v":2}]"#)
        let overlay = try json(#"[{"id":"c","v":30},{"id":"a","v":10},{"id":"d","v":40}]"#)
        #expect(DocumentMerge.merge(base, overlay) == (try json(
            #"[{"id":"a","v":10,"keep":true},{"id":"b","v":2},{"id":"c","v":30},{"id":"d","v":40}]"#)))
    }

    @Test func anOverlayThatRepeatsAnIDMergesBothIntoOneElement() throws {
        let merged = DocumentMerge.merge(try json(#"[{"id":"a","v":1}]"#), try json(#"[{"id":"b","v":2},{"id":"b","w":3}]"#))
        #expect(merged == (try json(#"[{"id":"a","v":1},{"id":"b","v":2,"w":3}]"#)))
    }

    @Test func anEmptyOrUnidentifiedOverlayReplaces() throws {
        #expect(DocumentMerge.merge(try json(#"[{"id":"a"}]"#), try json("[]")) == .array([]))
        #expect(DocumentMerge.merge(try json(#"[{"id":"a"}]"#), try json("[1,2]")) == (try json("[1,2]")))
    }

    @Test func dimensionsOnlyAdaptersFilledAreNamedFromTheFrameworksOrAsOther() throws {
        let document = try json(#"{"dimensions":[{"id":"branding"},{"id":"living","name":"Hidup"},{"id":"energi"}]}"#)
        let (named, ids) = DocumentSkeleton.nameUnnamedDimensions(in: document)
        #expect(ids == ["branding", "energi"])
        #expect(named["dimensions"] == (try json(
            #"[{"id":"branding","name":{"en":"Smart Branding","id":"Branding Daerah Cerdas"}},{"id":"living","name":"Hidup"},"#
                + #"{"id":"energi","name":{"en":"Other (energi)","id":"Lainnya (energi)"}}]"#)))
    }

    @Test func aDraftBecomesAWholeIndicatorOfTheFormat() throws {
        let draft = IndicatorDraft(
            id: "pm25", name: LocalizedText("PM2.5"), unit: LocalizedText("µg/m³"), value: 31.5, better: .lower,
            history: [.init(at: "2026-10", value: 29), .init(at: "2026-11", value: nil)], updatedAt: "2026-11-30")
        let result = DocumentDecoder.decode(IndicatorDraft.partialDocument([("environment", draft)]))
        #expect(result.errors.isEmpty, "\(result.problems)")
        let indicator = try #require(result.document?.dimension(id: "environment")?.indicator(id: "pm25"))
        #expect(indicator.better == .lower)
        #expect(indicator.history.map(\.value) == [29, nil])
    }
}
