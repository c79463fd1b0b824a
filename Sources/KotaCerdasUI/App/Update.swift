/// The only way the app's state changes: applies `event` to `state` and returns the
/// effects the edges must perform. Pure: no I/O, no clock, no randomness.
///
/// `frame` is the frame on screen when the event came: the mouse is answered from its hit
/// targets. A caller that has none (a test) gets one drawn from `state`.
public func update(_ state: inout AppState, _ event: AppEvent, frame: CellBuffer? = nil) -> [AppEffect] {
    // However the user leaves a screen opened from the palette, Esc no longer leads back.
    defer { state.forgetLeftJump() }
    switch event {
    case .input(.key(let key)):
        return state.handle(key: key)
    case .input(.mouse(let mouse)):
        state.pauseKiosk()
        state.handle(mouse: mouse, on: frame ?? Screen.render(state))
        return []
    case .input(.resize(let width, let height)):
        // Focus, selection and route stay as they are, so growing back after a "too
        // small" moment shows the same view; scrolling is re-fitted when drawn.
        state.size = TerminalSize(width: width, height: height)
        return []
    case .dataChanged(let document, let sources):
        state.replaceCities([document], sources: sources)
        return state.openPendingView() + state.assessAlerts()
    case .citiesChanged(let cities, let sources):
        state.replaceCities(cities, sources: sources)
        return state.openPendingView() + state.assessAlerts()
    case .healthChanged(let sources):
        state.sources = sources
        return state.assessAlerts()
    case .tick(let now):
        state.now = now
        state.advanceKiosk()
        state.expireNotice()
        return state.assessAlerts()
    case .exportFinished(let outcome, let time):
        state.notice = Notice(outcome, shownAt: time)
        return []
    case .alertCommandFinished(let failure):
        state.alertCommand?.record(failure, at: state.now)
        return []
    }
}
