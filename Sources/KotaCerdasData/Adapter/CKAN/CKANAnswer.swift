import KotaCerdasCore

/// One answer of CKAN's `datastore_search` action, as much of it as the adapter reads:
/// `{"success": true, "result": {"fields": [{"id": …}], "records": […], "total": N, …}}`.
/// A `{"success": false, "error": {…}}` answer is an error with CKAN's own words.
struct CKANAnswer {
    /// Column ids in the resource's order (`result.fields`).
    var fields: [String]
    /// Records as objects by column id, or as arrays in field order (`records_format=lists`).
    var records: [JSONValue]
    /// How many records match; nil when the portal does not say (`include_total=false`).
    var total: Int?
    /// True when the total is the database's estimate for a large table, not a count.
    var totalWasEstimated: Bool
    var resourceID: String?

    init(_ page: FetchedPage) throws(AdapterError) {
        try PageSniffer.refuseHTML(page)
        let root: JSONValue
        do {
            root = try JSONParser.parse(page.body)
        } catch {
            throw AdapterError("not a CKAN answer: \(error)")
        }
        if let message = Self.errorMessage(root) { throw AdapterError(message) }
        guard root["success"] == .bool(true), case .object(let result)? = root["result"] else {
            throw AdapterError("not a CKAN datastore_search answer: expected {\"success\": true, \"result\": {…}}")
        }
        guard case .array(let records)? = result["records"] else {
            throw AdapterError("not a CKAN datastore_search answer: the result has no \"records\" array")
        }
        self.records = records
        if case .array(let fields)? = result["fields"] {
            self.fields = fields.compactMap { field in
                if case .string(let id)? = field["id"] { return id }
                return nil
            }
        } else {
            // Without a field list, the first record's keys are the columns.
            fields = records.first?.objectValue?.keys ?? []
        }
        if case .number(let total)? = result["total"], total >= 0, total == total.rounded() {
            self.total = Int(exactly: total)
        }
        totalWasEstimated = result["total_was_estimated"] == .bool(true)
        if case .string(let id)? = result["resource_id"] { resourceID = id }
    }

    /// CKAN's explanation in a `{"success": false, "error": {…}}` answer, or nil for any
    /// other document: `CKAN Not Found Error: Not found: Resource was not found.`,
    /// `CKAN Validation Error: resource_id: Not found: Resource "x" was not found.`
    static func errorMessage(_ root: JSONValue) -> String? {
        guard root["success"] == .bool(false) else { return nil }
        guard case .object(let error)? = root["error"] else { return "CKAN refused the request (success: false, no error given)" }
        var kind = "error"
        var details: [String] = []
        for (key, value) in error.members {
            switch (key, value) {
            case ("__type", .string(let type)): kind = type
            case ("message", .string(let message)): details.insert(message, at: 0)
            case (_, .array(let messages)):
                details.append(key + ": " + messages.map { if case .string(let text) = $0 { text } else { $0.summary } }.joined(separator: "; "))
            case (_, .string(let message)): details.append(key + ": " + message)
            default: continue
            }
        }
        return "CKAN \(kind)" + (details.isEmpty ? "" : ": " + details.joined(separator: "; "))
    }
}
