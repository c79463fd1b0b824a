extension DocumentDecoder {
    /// Parses and decodes `bytes`. A syntax error is returned as the only problem.
    public static func decode(bytes: [UInt8]) -> Result {
        read(bytes: bytes).result
    }

    /// Parses and decodes `bytes`, keeping the parsed JSON (nil after a syntax error) for
    /// callers that pass the document on, such as `serve` taking a pushed document.
    public static func read(bytes: [UInt8]) -> (json: JSONValue?, result: Result) {
        do {
            let json = try JSONParser.parse(bytes)
            return (json, decode(json))
        } catch {
            return (nil, Result(document: nil, problems: [Problem(syntax: error)], isPartial: false))
        }
    }
}
