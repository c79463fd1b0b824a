extension Configuration {
    /// The configuration written in `text`, with `file` named in errors; what `load`
    /// does once it has read the file, for text from elsewhere (tests, fuzzing).
    public static func parse(text: String, file: String) throws(ConfigurationError) -> Configuration {
        try ConfigurationParser.parse(text, file: file)
    }
}
