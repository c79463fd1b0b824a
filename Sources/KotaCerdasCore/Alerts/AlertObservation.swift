import Foundation

/// How one subject stands right now, as the alert engine sees it.
public struct AlertObservation: Hashable, Sendable {
    public var subject: AlertSubject
    public var status: AlertStatus
    public var value: Double?
    public var target: Double?
    public var unit: LocalizedText?
    public var detail: String?

    public init(
        subject: AlertSubject, status: AlertStatus, value: Double? = nil, target: Double? = nil,
        unit: LocalizedText? = nil, detail: String? = nil
    ) {
        self.subject = subject
        self.status = status
        self.value = value
        self.target = target
        self.unit = unit
        self.detail = detail
    }

    /// Every indicator and programme of `document` (nil while no data has come) and every
    /// live source, as they stand at `now`. The cache and bundled samples are not sources
    /// that can fail, so they are left out.
    public static func all(document: CityDocument?, sources: [SourceStatus], at now: Date) -> [AlertObservation] {
        var observations: [AlertObservation] = []
        for dimension in document?.dimensions ?? [] {
            for indicator in dimension.indicators {
                observations.append(AlertObservation(
                    subject: .indicator(indicator, in: dimension), status: .indicator(indicator.status),
                    value: indicator.value, target: indicator.target, unit: indicator.unit))
            }
            for program in dimension.programs {
                observations.append(AlertObservation(
                    subject: .program(program, in: dimension), status: .program(program.status),
                    value: program.progress.map { $0 * 100 }, unit: LocalizedText("%")))
            }
        }
        for source in sources where [.file, .http].contains(source.kind) {
            observations.append(AlertObservation(
                subject: .source(source), status: .source(source.state(at: now)), detail: source.lastError))
        }
        return observations
    }
}
