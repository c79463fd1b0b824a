@testable import KotaCerdasCore

/// A small valid document as JSON text, with hooks to break one part of it per test.
enum Fixture {
    static func document(
        indicator: String = Fixture.indicator, program: String = Fixture.program, extraRoot: String = ""
    ) -> String {
        """
        {
          "format": "kotacerdas/v1",\(extraRoot)
          "city": { "id": "sumenep", "name": "Kabupaten Sumenep", "timezone": "Asia/Jakarta" },
          "asOf": "2026-10-31T17:00:00+07:00",
          "dimensions": [ {
            "id": "governance",
            "name": { "id": "Tata Pamong Pemerintahan Cerdas", "en": "Smart Governance" },
            "areas": [ "SDM", "Partisipasi", "Layanan" ],
            "indicators": [ \(indicator) ],
            "programs": [ \(program) ]
          } ]
        }
        """
    }

    static let indicator = """
        { "id": "gov-spbe", "name": { "id": "Indeks SPBE", "en": "SPBE index" }, "unit": "index",
          "value": 3.12, "target": 3.5, "baseline": 2.4, "better": "higher", "warn": 3.0, "critical": 2.5,
          "history": [ { "at": "2026-08", "value": 2.9 }, { "at": "2026-09", "value": 3.0 } ],
          "updatedAt": "2026-10-31T17:00:00+07:00" }
        """

    static let program = """
        { "id": "gov-satu-data", "name": "Satu Data", "area": 2, "owner": "Diskominfo", "status": "on-track",
          "progress": 0.62, "start": "2025-01-01", "end": "2026-12-31",
          "budget": { "currency": "IDR", "allocated": 4500000000, "spent": 2100000000 },
          "indicators": [ "gov-spbe" ],
          "milestones": [ { "name": "Portal", "due": "2026-03-31", "done": true } ] }
        """

    static func decode(_ text: String) throws -> DocumentDecoder.Result {
        DocumentDecoder.decode(try JSONParser.parse(text))
    }

    /// The problems of a decoded text as the lines `validate` prints after the file name.
    static func problems(_ text: String) throws -> [String] {
        try decode(text).problems.map(\.description)
    }
}
