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
        all(cities: document.map { [$0] } ?? [], sources: sources, at: now)
    }

    /// The same over several cities: each subject is then keyed and named with its city
    /// (`indicator:<city>/<dimension>/<id>`, "Kota Malang · Poverty rate"), so the same
    /// indicator in two cities makes two alerts. One city keeps the plain keys.
    public static func all(cities: [CityDocument], sources: [SourceStatus], at now: Date) -> [AlertObservation] {
        var observations: [AlertObservation] = []
        for document in cities {
            let city = cities.count > 1 ? document.city : nil
            for dimension in document.dimensions {
                for indicator in dimension.indicators {
                    observations.append(AlertObservation(
                        subject: AlertSubject.indicator(indicator, in: dimension).placed(in: city),
                        status: .indicator(indicator.status), value: indicator.value, target: indicator.target,
                        unit: indicator.unit))
                }
                for program in dimension.programs {
                    observations.append(AlertObservation(
                        subject: AlertSubject.program(program, in: dimension).placed(in: city),
                        status: .program(program.status), value: program.progress.map { $0 * 100 }, unit: LocalizedText("%")))
                }
            }
        }
        for source in sources where [.file, .http].contains(source.kind) {
            observations.append(AlertObservation(
                subject: .source(source), status: .source(source.state(at: now)), detail: source.lastError))
        }
        return observations
    }
}
