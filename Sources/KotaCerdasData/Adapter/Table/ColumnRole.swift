/// What a table's column holds, and the header names, Indonesian and English, that say so.
///
/// Headers are compared normalised (`HeaderName`), so `Nama_Indikator`, `nama indikator`
/// and `NAMA-INDIKATOR` are the same column.
public enum ColumnRole: String, CaseIterable, Sendable {
    /// The indicator's id in the document.
    case id
    /// The indicator's name, as people read it.
    case indicator
    /// When a value was measured (long tables: one row per period).
    case period
    /// The value itself (long tables).
    case value
    case unit
    case dimension
    case target
    case baseline
    case better
    case warn
    case critical
    case source

    /// The config key naming this column: `indicator-column`, `period-column`, ….
    public var configKey: String { rawValue + "-column" }

    /// Header names that mean this role, normalised.
    var headerNames: Set<String> {
        switch self {
        case .id: ["id", "kode", "kode indikator", "id indikator", "indikator id", "indicator id", "indicator code"]
        case .indicator: ["indikator", "indicator", "nama indikator", "indicator name", "nama", "name", "uraian"]
        case .period: ["at", "periode", "period", "tanggal", "date", "tahun", "year", "waktu", "time"]
        case .value: ["nilai", "value", "capaian", "realisasi"]
        case .unit: ["satuan", "unit", "units"]
        case .dimension: ["dimensi", "dimension", "pilar", "pillar"]
        case .target: ["target"]
        case .baseline: ["baseline", "nilai awal", "kondisi awal"]
        case .better: ["better", "arah", "polaritas", "polarity"]
        case .warn: ["warn", "waspada", "peringatan"]
        case .critical: ["critical", "kritis"]
        case .source: ["sumber", "sumber data", "source", "data source"]
        }
    }

    /// The role a header names, if any.
    static func named(_ header: String) -> ColumnRole? {
        guard !isBookkeeping(header) else { return nil }
        let normalised = HeaderName.normalise(header)
        return allCases.first { $0.headerNames.contains(normalised) }
    }

    /// Headers of bookkeeping columns that are never an indicator's name: a row number,
    /// the portal's record id, a search rank.
    static func isBookkeeping(_ header: String) -> Bool {
        header == "_id" || ["no", "nomor", "#", "rank", "full count"].contains(HeaderName.normalise(header))
    }
}

/// Header names as compared: lowercased, `_`, `-`, `.` and runs of spaces as one space, trimmed.
enum HeaderName {
    static func normalise(_ header: String) -> String {
        header.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "." || $0 == "\t" })
            .joined(separator: " ")
    }
}
