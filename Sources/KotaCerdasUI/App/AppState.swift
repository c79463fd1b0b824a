import Foundation
import KotaCerdasCore

/// Everything a frame is drawn from: the data, the clock, where the user is and what
/// they chose. Changed only by `update(_:_:)`; drawn by `Screen.render(_:)`.
public struct AppState: Equatable, Sendable {
    /// The city's data; an empty stand-in while `isWaitingForData`. With several cities,
    /// the one opened from the cities view (see `AppState+Cities`).
    public var document: CityDocument
    /// Every city the sources describe, in their order; `[document]` for one city.
    public internal(set) var cities: [CityDocument]
    /// The cities view's table: the selected city (by id) and the sort column.
    public var citiesTable = TableState()
    /// True from a start without data until the first `.dataChanged`: home then says
    /// it is waiting and lists the sources, instead of showing an empty city.
    public internal(set) var isWaitingForData: Bool
    /// The health of every data source, in the order they were given.
    public var sources: [SourceStatus]
    /// The time ages and schedules are measured against; set by ticks, never read from
    /// the wall clock in a view, so a frame is a pure function of the state.
    public var now: Date
    /// The level of the city the user navigated to: home, a dimension, an indicator or
    /// a programme.
    public var screen: Route = .home
    /// Pages and overlays opened over `screen` (sources, help), the last on top: the
    /// back stack that Esc unwinds.
    public var overlays: [Route] = []
    /// The focused dimension panel on the home screen, by dimension id.
    public var homeFocusID: String?
    /// The first visible panel row on the home screen when the panels do not all fit.
    public var homeScroll = 0
    /// Each dimension screen's focus, selection, sort and filter, by dimension id.
    public var dimensionViews: [String: DimensionViewState] = [:]
    /// The linked programme (on an indicator) or indicator (on a programme) that Enter opens.
    public var detailSelectionID: String?
    public var language: Language
    /// The theme in use; the edge resolves it to colours.
    public var themeName: String
    /// The themes `t` cycles through, in order.
    public var themeNames: [String]
    public var glyphMode: GlyphMode
    public var size: TerminalSize
    /// What `K` rotates through.
    public var kioskPlaylist: KioskPlaylist
    /// A view asked for (`--view`) before any data arrived, opened with the first data.
    public var pendingView: String?
    /// A city asked for (`--city`) before any data arrived, opened with the first data.
    public var pendingCity: String?
    /// The kiosk rotation; nil when off.
    public internal(set) var kiosk: Kiosk?
    /// The jump palette's query and selection, and the way back from what it opened.
    public var palette = PaletteState()
    /// The wall layout's size and the burn-in shift, used while the kiosk is on.
    public var kioskDisplay = KioskDisplay()
    /// A short message in the bottom bar (where an export went), until it expires.
    public internal(set) var notice: Notice?
    /// Every alert kept, and what the debounce remembers; see `AppState+Alerts`.
    public var alerts = AlertBook()
    /// How alerts are debounced and bounded (`[alerts]` in the config).
    public var alertRules = AlertRules()
    /// The alert command and how its last run ended, when one is configured.
    public var alertCommand: AlertCommandReport?
    /// The selected row of the alerts view, newest first.
    public var alertSelection = 0

    /// A state showing the home screen of `document`, or the waiting screen when
    /// `document` is nil (no source has delivered yet). With `kiosk`, the rotation
    /// starts at once; without, `K` starts the default playlist.
    public init(
        document: CityDocument?,
        sources: [SourceStatus] = [],
        now: Date,
        language: Language,
        themeName: String = "default",
        themeNames: [String] = ["default"],
        glyphMode: GlyphMode = .unicode,
        size: TerminalSize,
        kiosk: KioskPlaylist? = nil,
        cities: [CityDocument] = []
    ) {
        self.document = document ?? cities.first ?? .awaitingData
        self.cities = cities.isEmpty ? [self.document] : cities
        isWaitingForData = document == nil && cities.isEmpty
        self.sources = sources
        self.now = now
        self.language = language
        self.themeName = themeName
        self.themeNames = themeNames.contains(themeName) ? themeNames : [themeName] + themeNames
        self.glyphMode = glyphMode
        self.size = size
        kioskPlaylist = kiosk ?? KioskPlaylist()
        homeFocusID = self.document.dimensions.first?.id
        if self.cities.count > 1 { screen = .cities }
        if kiosk != nil { startKiosk() }
    }

    /// What the user looks at: the top of the back stack. Setting a screen closes every
    /// page and overlay; setting a page or overlay opens it alone over the screen.
    public var route: Route {
        get { overlays.last ?? screen }
        set {
            if newValue.isStacked {
                overlays = [newValue]
            } else {
                screen = newValue
                overlays = []
            }
        }
    }

    /// The screen and everything opened over it, bottom first.
    public var backStack: [Route] { [screen] + overlays }

    /// The state of `dimensionID`'s screen (a fresh one until the user changes it).
    public func dimensionView(_ dimensionID: String) -> DimensionViewState {
        dimensionViews[dimensionID] ?? DimensionViewState()
    }

    /// The index of the focused panel on the home screen.
    public var homeFocusIndex: Int {
        document.dimensions.firstIndex { $0.id == homeFocusID } ?? 0
    }
}
