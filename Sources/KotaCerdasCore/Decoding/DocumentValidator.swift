/// Checks the rules that relate parts of a decoded document to each other.
///
/// Errors: duplicate ids, a programme area outside the dimension's list, a link to an
/// indicator the dimension does not have, a programme that ends before it starts.
/// Warnings (the data is still shown): spending above the allocation, history dates out
/// of order or repeated, thresholds on the wrong side of the target.
enum DocumentValidator {
    static func validate(_ document: CityDocument, log: ProblemLog) {
        var dimensionIDs = Set<String>()
        // Where each id was first used; made into a path only for a duplicate's message,
        // since a large city has a hundred thousand ids and hardly ever a duplicate.
        var entityIDs: [String: EntityPlace] = [:]
        entityIDs.reserveCapacity(document.dimensions.reduce(0) { $0 + $1.indicators.count + $1.programs.count })
        for (dimensionIndex, dimension) in document.dimensions.enumerated() {
            let dimensionPath = JSONPath.root.member("dimensions").index(dimensionIndex)
            if !dimensionIDs.insert(dimension.id).inserted {
                log.error(dimensionPath.member("id"), "duplicate dimension id \"\(dimension.id)\"")
            }
            for index in dimension.indicators.indices {
                let place = EntityPlace(dimension: dimensionIndex, list: "indicators", index: index)
                checkUnique(dimension.indicators[index].id, at: place, in: &entityIDs, log: log)
                checkHistory(dimension.indicators[index].history, at: place, log: log)
                checkThresholds(dimension.indicators[index], at: place, log: log)
            }
            let linksIndicators = dimension.programs.contains { !$0.indicatorIDs.isEmpty }
            let indicatorIDs = linksIndicators ? Set(dimension.indicators.map(\.id)) : []
            for index in dimension.programs.indices {
                let place = EntityPlace(dimension: dimensionIndex, list: "programs", index: index)
                checkUnique(dimension.programs[index].id, at: place, in: &entityIDs, log: log)
                checkProgram(dimension.programs[index], in: dimension, indicatorIDs: indicatorIDs, at: place.path, log: log)
            }
        }
    }

    /// An indicator or programme, by position: `dimensions[d].indicators[i]`.
    private struct EntityPlace {
        let dimension: Int
        let list: String
        let index: Int

        var path: JSONPath { JSONPath.root.member("dimensions").index(dimension).member(list).index(index) }
    }

    private static func checkUnique(_ id: String, at place: EntityPlace, in seen: inout [String: EntityPlace], log: ProblemLog) {
        if let first = seen[id] {
            log.error(place.path.member("id"), "duplicate id \"\(id)\" (first used at \(first.path))")
        } else {
            seen[id] = place
        }
    }

    private static func checkHistory(_ history: [HistoryPoint], at place: EntityPlace, log: ProblemLog) {
        for index in history.indices.dropFirst() {
            let previous = history[index - 1].at
            let current = history[index].at
            let message: String
            if current < previous {
                message = "\(current) comes before the previous point \(previous); history should be oldest first (it is sorted for display)"
            } else if current == previous {
                message = "repeats the date \(current) of the previous point"
            } else {
                continue
            }
            log.warning(place.path.member("history").index(index).member("at"), message)
        }
    }

    private static func checkThresholds(_ indicator: Indicator, at place: EntityPlace, log: ProblemLog) {
        guard indicator.warn != nil || indicator.critical != nil else { return }
        let path = place.path
        let thresholds = [("warn", indicator.warn), ("critical", indicator.critical)]
        if indicator.better == .target {
            for (key, limit) in thresholds {
                if let limit, limit <= 0 {
                    log.error(path.member(key), "with \"better\": \"target\" this is an allowed deviation and must be above 0, found \(JSONWriter.format(limit))")
                }
            }
            if let warn = indicator.warn, let critical = indicator.critical, warn > critical {
                log.warning(path.member("warn"), "allows a larger deviation (\(JSONWriter.format(warn))) than critical (\(JSONWriter.format(critical)))")
            }
            return
        }
        let worseIsLower = indicator.better == .higher
        if let warn = indicator.warn, let critical = indicator.critical,
           worseIsLower ? critical > warn : critical < warn {
            log.warning(path.member("critical"), "lies on the better side of warn (\(JSONWriter.format(warn))) for \"better\": \"\(indicator.better.rawValue)\"")
        }
        guard let target = indicator.target else { return }
        for (key, limit) in thresholds {
            guard let limit else { continue }
            if worseIsLower ? limit > target : limit < target {
                log.warning(path.member(key), "\(JSONWriter.format(limit)) lies on the better side of the target \(JSONWriter.format(target))")
            }
        }
    }

    private static func checkProgram(
        _ program: Program, in dimension: Dimension, indicatorIDs: Set<String>, at path: JSONPath, log: ProblemLog
    ) {
        if let area = program.area, !dimension.areas.isEmpty, !(1...dimension.areas.count).contains(area) {
            log.error(path.member("area"), "area \(area) does not exist; dimension \"\(dimension.id)\" has areas 1…\(dimension.areas.count)")
        }
        for (index, id) in program.indicatorIDs.enumerated() where !indicatorIDs.contains(id) {
            log.error(path.member("indicators").index(index), "no indicator \"\(id)\" in dimension \"\(dimension.id)\"")
        }
        if let start = program.start, let end = program.end, end < start {
            log.error(path.member("end"), "\(end) is before the start \(start)")
        }
        if let budget = program.budget, budget.spent > budget.allocated {
            log.warning(path.member("budget").member("spent"), "spent \(JSONWriter.format(budget.spent)) is more than allocated \(JSONWriter.format(budget.allocated))")
        }
    }
}
