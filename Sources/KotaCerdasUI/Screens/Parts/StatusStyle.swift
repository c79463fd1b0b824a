import KotaCerdasCore

/// The symbol, word and role of each status, so status is never told by colour alone.
extension ViewContext {
    /// On track keeps the good colour but not the tick: a tick says the target is met.
    func symbol(_ standing: IndicatorStanding) -> String {
        switch standing {
        case .targetMet: glyphs.statusOK
        case .onTrack: glyphs.isUnicode ? "≈" : "~"
        case .watch: glyphs.statusWatch
        case .offTarget: glyphs.statusOff
        case .noData: glyphs.statusNoData
        }
    }

    func role(_ status: IndicatorStatus) -> StyleRole {
        switch status {
        case .onTarget: .ok
        case .watch: .watch
        case .offTarget: .off
        case .noData: .noData
        }
    }

    func role(_ standing: IndicatorStanding) -> StyleRole { role(standing.status) }

    /// `✓ Target tercapai`, `≈ Mendekati target`
    func label(_ standing: IndicatorStanding) -> String { symbol(standing) + " " + text(.indicatorStatus(standing)) }

    /// Programmes reuse the indicator symbols where the meaning is the same (on track is
    /// good, at risk needs watching, delayed is bad) and add their own for the rest.
    func symbol(_ status: ProgramStatus) -> String {
        switch status {
        case .onTrack: glyphs.statusOK
        case .atRisk: glyphs.statusWatch
        case .delayed: glyphs.statusOff
        case .planned: glyphs.isUnicode ? "○" : "o"
        case .completed: glyphs.isUnicode ? "●" : "*"
        case .cancelled: glyphs.isUnicode ? "⊘" : "/"
        }
    }

    func role(_ status: ProgramStatus) -> StyleRole {
        switch status {
        case .onTrack, .completed: .ok
        case .atRisk: .watch
        case .delayed: .off
        case .planned: .normal
        case .cancelled: .muted
        }
    }

    func label(_ status: ProgramStatus) -> String { symbol(status) + " " + text(.programStatus(status)) }

    func symbol(_ trend: Trend) -> String {
        switch trend {
        case .improving: glyphs.arrowUp
        case .worsening: glyphs.arrowDown
        case .steady: glyphs.isUnicode ? "▶" : ">"
        case .unknown: " "
        }
    }
}
