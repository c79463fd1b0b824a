import Foundation
import KotaCerdasCore
import KotaCerdasUI
import Testing

/// Every theme and document input the fuzzer kept, replayed through the same API and
/// held to the same rules as `Fuzz/Targets/theme` and `Fuzz/Targets/screens`.
@Suite struct FuzzReplayTests {
    @Test func everyKeptThemeParsesOrNamesALineOfTheFile() {
        let inputs = FuzzInputs.all("theme")
        #expect(inputs.count >= 5)
        for input in inputs {
            guard let text = String(validating: input.bytes, as: UTF8.self) else { continue }
            do {
                _ = try Theme.parse(text, name: "fuzz")
            } catch {
                // A line that cannot be read is named; otherwise a role is missing, by name.
                let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
                if let line = error.line {
                    #expect((1...lines).contains(line), "\(input.name): \(error)")
                } else {
                    #expect(error.message.hasPrefix("missing role '"), "\(input.name): \(error)")
                }
            }
        }
    }

    @Test func everyKeptDocumentDrawsEveryScreenCleanly() {
        let inputs = FuzzInputs.all("screens")
        #expect(inputs.count >= 5)
        for input in inputs {
            guard var trimmed = DocumentDecoder.decode(bytes: input.bytes).document else { continue }
            // The screens the fuzz target draws, fewer of them: this runs in debug builds.
            trimmed.dimensions = trimmed.dimensions.prefix(2).map { dimension in
                var dimension = dimension
                dimension.indicators = Array(dimension.indicators.prefix(2))
                dimension.programs = Array(dimension.programs.prefix(2))
                return dimension
            }
            for frame in HostileScreens.frames(of: trimmed, sizes: [(120, 40), (41, 13)]) where frame.language == .english {
                #expect(HostileScreens.problems(in: frame) == [], "\(input.name): \(frame.label)")
            }
        }
    }
}
