import KotaCerdasCore

extension AppState {
    /// Applies one key press.
    mutating func handle(key: Key) -> [AppEffect] {
        if case .dimension(let id) = route, dimensionView(id)[dimensionView(id).focusedTable].isEditingFilter {
            pauseKiosk()
            return editFilter(key: key, dimensionID: id)
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
        case .toggleLanguage: language = language.other
        case .nextTheme: cycleTheme()
        case .help: toggleHelp()
        case .sources: toggleSources()
        default:
            // Moving around a screen that is not shown would surprise the user later.
            guard size.isUsable else { return [] }
            navigate(action)
        }
        return []
    }

    private mutating func navigate(_ action: KeyAction) {
        switch action {
        case .back: goBack()
        case .jump(let number): jump(toDimension: number)
        case .open: openFocused()
        default:
            switch route {
            case .home: moveHomeFocus(action)
            case .dimension(let id): applyToTables(action, dimensionID: id)
            case .indicator, .program: moveDetailSelection(action)
            case .help, .sources: break
            }
        }
    }

    private mutating func cycleTheme() {
        guard let index = themeNames.firstIndex(of: themeName) else { return }
        themeName = themeNames[(index + 1) % themeNames.count]
    }

    private mutating func toggleHelp() {
        if route == .help {
            route = routeBeforeHelp
        } else {
            routeBeforeHelp = route
            route = .help
        }
    }

    private mutating func toggleSources() {
        if route == .sources {
            route = routeBeforeSources
        } else {
            routeBeforeSources = route == .help ? routeBeforeHelp : route
            route = .sources
        }
    }

    private mutating func editFilter(key: Key, dimensionID: String) -> [AppEffect] {
        var view = dimensionView(dimensionID)
        var table = view[view.focusedTable]
        switch (key, KeyTable.filterEditing.action(for: key)) {
        case (.interrupt, _): return [.quit]
        case (_, .keepFilter): table.isEditingFilter = false
        case (_, .clearFilter):
            table.isEditingFilter = false
            table.filter = ""
        case (_, let move?):
            applyToTables(move, dimensionID: dimensionID)
            return []
        case (.backspace, nil): table.filter = String(table.filter.dropLast())
        case (.character(let character), nil): table.filter.append(character)
        default: return []
        }
        table.scroll = 0
        view[view.focusedTable] = table
        dimensionViews[dimensionID] = view
        return []
    }
}
