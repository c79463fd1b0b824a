import KotaCerdasCore

extension AppState {
    /// Applies one key press.
    mutating func handle(key: Key) -> [AppEffect] {
        if case .dimension(let id) = route, dimensionView(id)[dimensionView(id).focusedTable].isEditingFilter {
            pauseKiosk()
            return editFilter(key: key, dimensionID: id)
        }
        let action = KeyMap.action(for: key)
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
        switch key {
        case .interrupt: return [.quit]
        case .enter: table.isEditingFilter = false
        case .escape:
            table.isEditingFilter = false
            table.filter = ""
        case .backspace: table.filter = String(table.filter.dropLast())
        case .character(let character): table.filter.append(character)
        case .up, .down, .pageUp, .pageDown:
            applyToTables(KeyMap.action(for: key) ?? .moveDown, dimensionID: dimensionID)
            return []
        default: return []
        }
        table.scroll = 0
        view[view.focusedTable] = table
        dimensionViews[dimensionID] = view
        return []
    }
}
