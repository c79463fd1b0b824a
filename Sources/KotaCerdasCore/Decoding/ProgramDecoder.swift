/// Decodes one programme object of the data format.
enum ProgramDecoder {
    static let members = [
        "id", "name", "area", "owner", "status", "progress", "start", "end", "budget", "indicators",
        "milestones", "updatedAt", "description",
    ]

    static let budgetMembers = ["currency", "allocated", "spent"]
    static let milestoneMembers = ["name", "due", "done"]

    static func decode(_ value: JSONValue, at path: JSONPath, log: ProblemLog, partial: Bool) -> Program? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: partial) else { return nil }
        reader.warnAboutUnknownMembers(known: members)
        guard let id = reader.identity() else { return nil }
        let progress = reader.number("progress")
        if let progress, !(0...1).contains(progress) {
            log.error(path.member("progress"), "must be between 0 and 1 (a fraction), found \(JSONWriter.format(progress))")
        }
        let indicatorIDs = reader.elements("indicators").compactMap { element -> String? in
            guard case .string(let id) = element.value else {
                log.error(element.path, "expected an indicator id (a string), found \(element.value.summary)")
                return nil
            }
            return id
        }
        return Program(
            id: id,
            name: reader.text("name", required: true) ?? LocalizedText(id),
            area: reader.integer("area"),
            owner: reader.string("owner") ?? "",
            status: reader.choice("status", required: true) ?? .planned,
            progress: progress,
            start: reader.date("start"),
            end: reader.date("end"),
            budget: reader.value("budget").flatMap { decodeBudget($0, at: path.member("budget"), log: log) },
            indicatorIDs: indicatorIDs,
            milestones: reader.elements("milestones").compactMap { decodeMilestone($0.value, at: $0.path, log: log) },
            updatedAt: reader.date("updatedAt"),
            description: reader.text("description"))
    }

    private static func decodeBudget(_ value: JSONValue, at path: JSONPath, log: ProblemLog) -> Budget? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: false) else { return nil }
        reader.warnAboutUnknownMembers(known: budgetMembers)
        let allocated = reader.number("allocated", required: true)
        let spent = reader.number("spent") ?? 0
        for (key, amount) in [("allocated", allocated ?? 0), ("spent", spent)] where amount < 0 {
            log.error(path.member(key), "must not be negative, found \(JSONWriter.format(amount))")
        }
        guard let allocated else { return nil }
        return Budget(currency: reader.string("currency") ?? "IDR", allocated: allocated, spent: spent)
    }

    private static func decodeMilestone(_ value: JSONValue, at path: JSONPath, log: ProblemLog) -> Milestone? {
        guard let reader = ObjectReader(value, at: path, log: log, partial: false) else { return nil }
        reader.warnAboutUnknownMembers(known: milestoneMembers)
        guard let name = reader.text("name", required: true) else { return nil }
        return Milestone(name: name, due: reader.date("due"), done: reader.bool("done") ?? false)
    }
}
