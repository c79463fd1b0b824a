import KotaCerdasCore

extension AppState {
    /// Applies one key press.
    mutating func handle(key: Key) -> [AppEffect] {
        if case .dimension(let id) = route, dimensionView(id)[dimensionView(id).focusedTable].isEditingFilter {
            pauseKiosk()
            return editFilter(key: key, dimensionID: id)
        }
        if route == .palette {
            pauseKiosk()
            return editPalette(key: key)
        }
        let action = KeyTable.action(for: key)
        if action == .toggleKiosk {
            toggleKiosk()
            return []
        }
        pauseKiosk()
        guard let action else { return [] }
        switch action {
        case .quit: return [.quit]
        case .reload: return [.reloadSources]
        case .exportScreen: return [.exportScreen]
        case .toggleLanguage: language = language.other
        case .nextTheme: return cycleTheme()
        case .help: toggle(.help)
        case .sources: toggle(.sources)
        case .palette: openPalette()
        case .alerts: toggle(.alerts)
        default:
            // Moving around a screen that is not shown would surprise the user later.
            guard size.isUsable else { return [] }
            navigate(action)
        }
        return []
    }

    private mutating func navigate(_ action: KeyAction) {
        switch action {
        case .back where !overlays.isEmpty:
            overlays.removeLast()
            detailSelectionID = nil
        case .back where returnFromJump(): break
        case .jump(let number): jump(toDimension: number)
        default: route.entry.apply(action, to: &self)
        }
    }

    private mutating func cycleTheme() -> [AppEffect] {
        guard let index = themeNames.firstIndex(of: themeName) else { return [] }
        themeName = themeNames[(index + 1) % themeNames.count]
        return [.useTheme(themeName)]
    }

    /// `?` and `i`: opens `page` over the back stack, or closes it when it is on top. An
    /// overlay on top gives way to a page (the help closes when the sources open).
    private mutating func toggle(_ page: Route) {
        if route == page {
            overlays.removeLast()
            return
        }
        while let top = overlays.last, top.entry.layer == .overlay, page.entry.layer != .overlay { overlays.removeLast() }
        if route != page { overlays.append(page) }
    }

    private mutating func editFilter(key: Key, dimensionID: String) -> [AppEffect] {
        var view = dimensionView(dimensionID)
        var table = view[view.focusedTable]
        switch TextEntry.apply(key, to: table.filter, bindings: KeyTable.filterEditing) {
        case .quit: return [.quit]
        case .action(.keepFilter): table.isEditingFilter = false
        case .action(.clearFilter):
            table.isEditingFilter = false
            table.filter = ""
        case .action(let move):
            applyToTables(move, dimensionID: dimensionID)
            return []
        case .edited(let filter): table.filter = filter
        case .ignored: return []
        }
        table.scroll = 0
        view[view.focusedTable] = table
        dimensionViews[dimensionID] = view
        return []
    }
}
