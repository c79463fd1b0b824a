import KotaCerdasCore

/// Every word the screens show, in Indonesian and English: the one table of UI strings.
/// Screens name a key; the table gives the words, so no UI text is scattered in views.
public enum UIText: Hashable, Sendable {
    // Frame
    case demo
    case asOf
    case sources(Int)
    case sourcesFailing(Int)
    case sourcesStale(Int)
    case sourcesLoading(Int)
    case noSources
    case sourcesOK
    case tooSmall
    case tooSmallNeeds(String, String)
    /// The title bar's warning, e.g. `1 source failing`.
    case sourcesFailingInTitle(Int)
    case kioskPaused

    // Sources
    case dataSources
    case sourceKind(SourceStatus.Kind)
    case sourceState(SourceStatus.State)
    case columnKind, columnFormat, columnLocation, columnLastSuccess, columnInterval
    case never
    case onChange
    case every(String)
    /// Cached data stands in; the age of the cache is given.
    case showingCache(String)
    case waitingForData
    case noSourceDelivered

    // Status words
    case indicatorStatus(IndicatorStanding)
    /// One word, for counts on the home panels.
    case indicatorStatusShort(IndicatorStanding)
    case programStatus(ProgramStatus)
    /// One word, for counts on the home panels.
    case programStatusShort(ProgramStatus)
    case trend(Trend)

    // Home
    case score
    case programs
    case indicators
    case updated(String)
    case stale
    case cached
    case noIndicators
    case noPrograms

    // Hints in the status bar
    case hintMove, hintOpen, hintBack, hintSwitch, hintFilter, hintSort, hintHelp, hintQuit
    case hintKeep, hintClear
    case dimensionJump

    // Dimension
    case columnName, columnValue, columnTarget, columnStatus, columnTrend, columnUpdated
    case columnOwner, columnProgress, columnAbsorption, columnEnd
    case sortedBy(String)
    case dataOrder
    case filter
    case noMatches
    case rowsShown(Int, Int)

    // Indicator detail
    case history
    case legendWarn, legendCritical
    case current
    case baseline
    case attainment
    case why
    case source
    case description
    case linkedPrograms
    case better(BetterDirection)
    case reason(Reason)

    // Programme detail
    case progress
    case elapsed
    case ahead(Int)
    case behind(Int)
    case onSchedule
    case budget
    case allocated
    case spent
    case absorption
    case owner
    case area
    case schedule
    case milestones
    case milestoneDone, milestoneOverdue, milestoneUpcoming
    case linkedIndicators
    case none

    // Help
    case help
    case helpMove, helpOpen, helpBack, helpSwitchTable, helpJump, helpFilter, helpSort
    case helpTopBottom, helpPage, helpHelp, helpSources, helpKiosk, helpTheme, helpLanguage, helpReload, helpQuit
    case helpExport

    // Sharing
    /// The export's file names, e.g. `kotacerdas-….svg + .html`.
    case exported(String)
    /// Why an export failed.
    case exportFailed(String)
    case exportedAt
    case noExportFolder
    case helpMouse, helpMouseInOneRow, helpMouseClick, helpMouseDoubleClick, helpMouseWheel
    case helpClose
    // Theme preview (`kotacerdas themes`)
    case previewSelection, previewStatusBar

    // Jump palette
    case helpPalette, hintPalette, hintClose
    case paletteTitle
    case paletteKind(PaletteKind)
    case paletteEmptyQuery
    case paletteMatches(Int, Int)
    case paletteNoMatch(String)
    case paletteScore(String)

    // Cities
    /// The title bar of the cities view, e.g. `4 cities compared`.
    case citiesCompared(Int)
    case columnRank, columnCity, columnOverall, columnCategory, columnStatuses
    /// How the overall column is made: from the named index where a city publishes one.
    case overallFromIndex(String)
    case overallFromDimensions
    case dimensionsNotShown(Int)
    /// A city whose document carries only an index score, no dimensions.
    case indexOnly
    case indexScore, indexRank, indexCategory, indexSource
    case note

    // Alerts
    case alerts(AlertText)

    /// Why an indicator has its status, with the level that decided it already formatted.
    public enum Reason: Hashable, Sendable {
        case atOrAboveWarn(String), belowWarn(String), belowCritical(String)
        case atOrBelowWarn(String), aboveWarn(String), aboveCritical(String)
        case withinDeviation(String), beyondWarnDeviation(String), beyondCriticalDeviation(String)
        case noValue, noTarget
        case atOrAboveTarget(String), atOrBelowTarget(String)
        /// Good but short of the target: the target, then the warn level it is within.
        case belowTargetWithinWarn(String, String), aboveTargetWithinWarn(String, String)
    }

    /// The words in `language`.
    public func text(_ language: Language) -> String {
        let (indonesian, english) = words
        return language == .indonesian ? indonesian : english
    }

    private var words: (String, String) {
        switch self {
        case .demo: ("DEMO", "DEMO")
        case .asOf: ("data per", "data as of")
        case .sources(let n): ("\(n) sumber", n == 1 ? "1 source" : "\(n) sources")
        case .sourcesFailing(let n): ("\(n) gagal", "\(n) failing")
        case .sourcesStale(let n): ("\(n) usang", "\(n) stale")
        case .sourcesLoading(let n): ("\(n) memuat", "\(n) loading")
        case .noSources: ("data bawaan", "bundled data")
        case .sourcesOK: ("semua baik", "all ok")
        case .tooSmall: ("Terminal terlalu kecil", "Terminal too small")
        case .tooSmallNeeds(let minimum, let now): ("Perlu minimal \(minimum), kini \(now)", "Needs at least \(minimum), now \(now)")
        case .sourcesFailingInTitle(let n): ("\(n) sumber gagal", n == 1 ? "1 source failing" : "\(n) sources failing")
        case .kioskPaused: ("jeda", "paused")
        case .alerts(let word): word.words

        case .dataSources: ("Sumber data", "Data sources")
        case .sourceKind(.file): ("berkas", "file")
        case .sourceKind(.http): ("HTTP", "HTTP")
        case .sourceKind(.cache): ("cache", "cache")
        case .sourceKind(.bundled): ("bawaan", "bundled")
        case .sourceKind(.push): ("kiriman", "push")
        case .sourceState(.ok): ("baik", "ok")
        case .sourceState(.stale): ("usang", "stale")
        case .sourceState(.failing): ("gagal", "failing")
        case .sourceState(.loading): ("memuat", "loading")
        case .columnKind: ("Jenis", "Kind")
        case .columnFormat: ("Format", "Format")
        case .columnLocation: ("Lokasi", "Location")
        case .columnLastSuccess: ("Terakhir berhasil", "Last success")
        case .columnInterval: ("Interval", "Interval")
        case .never: ("belum pernah", "never")
        case .onChange: ("saat berubah", "on change")
        case .every(let duration): ("tiap \(duration)", "every \(duration)")
        case .showingCache(let age): ("Menampilkan data cache dari \(age): sumber langsung belum menjawab",
                                      "Showing cached data from \(age): live sources have not answered yet")
        case .waitingForData: ("Menunggu data", "Waiting for data")
        case .noSourceDelivered: ("Belum ada sumber yang mengirim data.", "No source has delivered data yet.")

        case .indicatorStatus(.targetMet): ("Target tercapai", "Target met")
        case .indicatorStatus(.onTrack): ("Mendekati target", "On track")
        case .indicatorStatus(.watch): ("Waspada", "Watch")
        case .indicatorStatus(.offTarget): ("Di luar target", "Off target")
        case .indicatorStatus(.noData): ("Tanpa data", "No data")
        case .programStatus(.planned): ("Direncanakan", "Planned")
        case .programStatus(.onTrack): ("Sesuai jadwal", "On track")
        case .programStatus(.atRisk): ("Berisiko", "At risk")
        case .programStatus(.delayed): ("Terlambat", "Delayed")
        case .programStatus(.completed): ("Selesai", "Completed")
        case .programStatus(.cancelled): ("Dibatalkan", "Cancelled")
        case .indicatorStatusShort(.targetMet): ("tercapai", "met")
        case .indicatorStatusShort(.onTrack): ("mendekati", "on track")
        case .indicatorStatusShort(.watch): ("waspada", "watch")
        case .indicatorStatusShort(.offTarget): ("meleset", "off")
        case .indicatorStatusShort(.noData): ("kosong", "no data")
        case .programStatusShort(.planned): ("rencana", "planned")
        case .programStatusShort(.onTrack): ("lancar", "on track")
        case .programStatusShort(.atRisk): ("berisiko", "at risk")
        case .programStatusShort(.delayed): ("terlambat", "late")
        case .programStatusShort(.completed): ("selesai", "done")
        case .programStatusShort(.cancelled): ("batal", "cancelled")
        case .trend(.improving): ("membaik", "improving")
        case .trend(.steady): ("stabil", "steady")
        case .trend(.worsening): ("memburuk", "worsening")
        case .trend(.unknown): ("belum ada tren", "no trend yet")

        case .score: ("Skor", "Score")
        case .programs: ("Program", "Programmes")
        case .indicators: ("Indikator", "Indicators")
        case .updated(let age): ("diperbarui \(age)", "updated \(age)")
        case .stale: ("usang", "stale")
        case .cached: ("cache", "cached")
        case .noIndicators: ("Belum ada indikator", "No indicators yet")
        case .noPrograms: ("Belum ada program", "No programmes yet")

        case .hintMove: ("pindah", "move")
        case .hintOpen: ("buka", "open")
        case .hintBack: ("kembali", "back")
        case .hintSwitch: ("tabel", "table")
        case .hintFilter: ("saring", "filter")
        case .hintSort: ("urut", "sort")
        case .hintHelp: ("bantuan", "help")
        case .hintQuit: ("keluar", "quit")
        case .hintKeep: ("simpan", "keep")
        case .hintClear: ("hapus", "clear")
        case .dimensionJump: ("dimensi", "dimension")

        case .columnName: ("Nama", "Name")
        case .columnValue: ("Nilai", "Value")
        case .columnTarget: ("Target", "Target")
        case .columnStatus: ("Status", "Status")
        case .columnTrend: ("Tren", "Trend")
        case .columnUpdated: ("Diperbarui", "Updated")
        case .columnOwner: ("Pelaksana", "Owner")
        case .columnProgress: ("Kemajuan", "Progress")
        case .columnAbsorption: ("Serapan", "Spent")
        case .columnEnd: ("Selesai", "Ends")
        case .sortedBy(let column): ("urut: \(column)", "sort: \(column)")
        case .dataOrder: ("urutan data", "data order")
        case .filter: ("saring", "filter")
        case .noMatches: ("Tidak ada yang cocok", "Nothing matches")
        case .rowsShown(let shown, let total): ("\(shown) dari \(total)", "\(shown) of \(total)")

        case .history: ("Riwayat", "History")
        case .legendWarn: ("waspada", "warn")
        case .legendCritical: ("kritis", "critical")
        case .current: ("Nilai kini", "Current")
        case .baseline: ("Nilai awal", "Baseline")
        case .attainment: ("Capaian", "Attainment")
        case .why: ("Sebab", "Why")
        case .source: ("Sumber", "Source")
        case .description: ("Keterangan", "About")
        case .linkedPrograms: ("Program terkait", "Linked programmes")
        case .better(.higher): ("makin tinggi makin baik", "higher is better")
        case .better(.lower): ("makin rendah makin baik", "lower is better")
        case .better(.target): ("makin dekat target makin baik", "closest to target is best")
        case .reason(let reason): reason.words

        case .progress: ("Kemajuan", "Progress")
        case .elapsed: ("Waktu berjalan", "Time elapsed")
        case .ahead(let days): ("\(days) hari lebih cepat", days == 1 ? "1 day ahead" : "\(days) days ahead")
        case .behind(let days): ("\(days) hari terlambat", days == 1 ? "1 day behind" : "\(days) days behind")
        case .onSchedule: ("sesuai jadwal", "on schedule")
        case .budget: ("Anggaran", "Budget")
        case .allocated: ("Pagu", "Allocated")
        case .spent: ("Realisasi", "Spent")
        case .absorption: ("Serapan", "Absorption")
        case .owner: ("Pelaksana", "Owner")
        case .area: ("Bidang", "Area")
        case .schedule: ("Jadwal", "Schedule")
        case .milestones: ("Tahapan", "Milestones")
        case .milestoneDone: ("selesai", "done")
        case .milestoneOverdue: ("lewat tenggat", "overdue")
        case .milestoneUpcoming: ("mendatang", "upcoming")
        case .linkedIndicators: ("Indikator terkait", "Linked indicators")
        case .none: ("Tidak ada", "None")

        case .help: ("Bantuan", "Help")
        case .helpMove: ("pindah fokus: panel di beranda, baris di tabel", "move the focus: panels on home, rows in tables")
        case .helpOpen: ("buka dimensi, indikator atau program yang terpilih", "open the focused dimension, indicator or programme")
        case .helpBack: ("kembali satu tingkat (lihat jejak di atas)", "back one level (the breadcrumbs show where you are)")
        case .helpSwitchTable: ("pindah antara tabel indikator dan program", "switch between the indicators and programmes tables")
        case .helpJump: ("langsung ke dimensi ke-N", "jump to dimension N")
        case .helpFilter: ("saring tabel sambil mengetik; Enter simpan, Esc hapus", "filter the table by typing; Enter keeps it, Esc clears it")
        case .helpSort: ("ganti kolom urutan", "cycle the sort column")
        case .helpTopBottom: ("ke awal / ke akhir", "top / bottom")
        case .helpPage: ("halaman naik / turun", "page up / down")
        case .helpHelp: ("bantuan ini", "this help")
        case .helpSources: ("kesehatan sumber data dan galatnya", "health of the data sources and their errors")
        case .helpKiosk: ("putar tampilan (kios) mulai / henti; tombol lain menjeda", "start / stop the kiosk rotation; any other key pauses it")
        case .helpTheme: ("tema berikutnya", "next theme")
        case .helpLanguage: ("ganti bahasa antara id dan en", "switch the language between id and en")
        case .helpReload: ("muat ulang semua sumber data", "reload all data sources now")
        case .helpQuit: ("keluar", "quit")
        case .helpExport: ("simpan layar ini sebagai SVG dan HTML", "save this screen as SVG and HTML")
        case .exported(let names): ("Tersimpan: \(names)", "Saved: \(names)")
        case .exportFailed(let reason): ("Gagal menyimpan: \(reason)", "Export failed: \(reason)")
        case .exportedAt: ("diambil dengan kotacerdas", "taken with kotacerdas")
        case .noExportFolder: ("tidak ada folder ekspor", "no export folder")
        case .helpMouse: ("Tetikus", "Mouse")
        case .helpMouseClick: ("klik: pilih panel atau baris", "click: focus a panel or row")
        case .helpMouseInOneRow: ("klik: pilih · klik ganda: buka · roda: gulir", "click: focus · double-click: open · wheel: scroll")
        case .helpMouseDoubleClick: ("klik ganda: buka", "double-click: open")
        case .helpMouseWheel: ("roda: gulir", "wheel: scroll")
        case .helpClose: ("Esc menutup bantuan", "Esc closes the help")
        case .previewSelection: ("pilihan", "selected")
        case .previewStatusBar: ("bilah status", "status bar")

        case .helpPalette: ("cari dimensi, indikator atau program dari nama/id", "find a dimension, indicator or programme by name or id")
        case .hintPalette: ("cari", "find")
        case .hintClose: ("tutup", "close")
        case .paletteTitle: ("Cari", "Find")
        case .paletteKind(.dimension): ("dimensi", "dimension")
        case .paletteKind(.indicator): ("indikator", "indicator")
        case .paletteKind(.program): ("program", "programme")
        case .paletteEmptyQuery: ("Ketik sebagian nama atau id", "Type part of a name or id")
        case .paletteMatches(let shown, let total):
            shown == total ? ("\(total) cocok", total == 1 ? "1 match" : "\(total) matches")
                : ("\(shown) teratas dari \(total) cocok", "best \(shown) of \(total) matches")
        case .paletteNoMatch(let query): ("Tidak ada yang cocok dengan “\(query)”", "Nothing matches “\(query)”")
        case .paletteScore(let score): ("skor \(score)", "score \(score)")
        case .citiesCompared(let n): ("Perbandingan \(n) kota", n == 1 ? "1 city" : "\(n) cities compared")
        case .columnRank: ("#", "#")
        case .columnCity: ("Kota", "City")
        case .columnOverall: ("Skor", "Overall")
        case .columnCategory: ("Kategori", "Category")
        case .columnStatuses: ("Indikator", "Indicators")
        case .overallFromIndex(let name): ("Skor: \(name) bila kota memilikinya, selain itu rerata skor dimensi",
                                           "Overall: the \(name) score where a city has one, else the mean of its dimension scores")
        case .overallFromDimensions: ("Skor: rerata skor dimensi", "Overall: the mean of the dimension scores")
        case .dimensionsNotShown(let n): ("+\(n) dimensi tidak muat; perlebar terminal", "+\(n) dimensions do not fit; widen the terminal")
        case .indexOnly: ("Data kota ini hanya berisi skor indeks, tanpa indikator per dimensi.",
                          "This city's data holds only an index score, without indicators per dimension.")
        case .indexScore: ("Skor", "Score")
        case .indexRank: ("Peringkat", "Rank")
        case .indexCategory: ("Kategori", "Category")
        case .indexSource: ("Sumber", "Source")
        case .note: ("Catatan", "Note")
        }
    }
}

private extension UIText.Reason {
    var words: (String, String) {
        switch self {
        case .atOrAboveWarn(let v): ("pada atau di atas ambang waspada \(v)", "at or above warn level \(v)")
        case .belowWarn(let v): ("di bawah ambang waspada \(v)", "below warn level \(v)")
        case .belowCritical(let v): ("di bawah ambang kritis \(v)", "below critical level \(v)")
        case .atOrBelowWarn(let v): ("pada atau di bawah ambang waspada \(v)", "at or below warn level \(v)")
        case .aboveWarn(let v): ("di atas ambang waspada \(v)", "above warn level \(v)")
        case .aboveCritical(let v): ("di atas ambang kritis \(v)", "above critical level \(v)")
        case .withinDeviation(let v): ("selisih dari target dalam batas \(v)", "within \(v) of the target")
        case .beyondWarnDeviation(let v): ("selisih dari target lebih dari \(v)", "more than \(v) from the target")
        case .beyondCriticalDeviation(let v): ("selisih dari target lebih dari batas kritis \(v)", "more than the critical \(v) from the target")
        case .noValue: ("belum ada nilai terkini", "no current value")
        case .noTarget: ("tidak ada target atau ambang", "no target or alert levels")
        case .atOrAboveTarget(let t): ("pada atau di atas target \(t)", "at or above the target \(t)")
        case .atOrBelowTarget(let t): ("pada atau di bawah target \(t)", "at or below the target \(t)")
        case .belowTargetWithinWarn(let t, let w):
            ("di bawah target \(t), dalam ambang waspada \(w)", "below the target \(t), within warn level \(w)")
        case .aboveTargetWithinWarn(let t, let w):
            ("di atas target \(t), dalam ambang waspada \(w)", "above the target \(t), within warn level \(w)")
        }
    }
}
