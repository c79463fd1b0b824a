extension DocumentDecoder {
    /// Parses and decodes `bytes`. A syntax error is returned as the only problem.
    public static func decode(bytes: [UInt8]) -> Result {
        do {
            return decode(try JSONParser.parse(bytes))
        } catch {
            return Result(document: nil, problems: [Problem(syntax: error)], isPartial: false)
        }
    }
}
