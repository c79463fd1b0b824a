/// Recognises the summary rows of published tables (`Jumlah`, `Total`, `Jumlah Total`,
/// `Grand Total`), which add up the rows above them and are no indicator of their own.
///
/// Only a name made entirely of such words counts, so `Jumlah penduduk miskin` (the number
/// of poor residents) is an indicator and stays.
enum TotalRow {
    private static let words: Set<String> = ["jumlah", "total", "grand", "sub", "subtotal", "keseluruhan", "seluruhnya", "semua"]
    private static let required: Set<String> = ["jumlah", "total", "subtotal"]

    static func isTotal(name: String) -> Bool {
        let parts = name.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return !parts.isEmpty && parts.allSatisfy(words.contains) && parts.contains(where: required.contains)
    }
}
