import Localization
import Testing
import Vocabulary

@Suite struct ParallelMapTests {
    @Test func resultsAreInInputOrder() {
        let squares = ParallelMap.map(Array(0..<200)) { $0 * $0 }
        #expect(squares == (0..<200).map { $0 * $0 })
    }

    /// The workers are threads of `concurrentPerform`, not child tasks: without the language
    /// being carried over they would see the process's language (English), not the scope's.
    @Test(arguments: Language.allCases)
    func workersSeeTheLanguageOfTheCaller(language: Language) {
        let seen = Localization.withLanguage(language) {
            ParallelMap.map(count: 64) { _ in Localization.current }
        }
        #expect(seen == Array(repeating: language, count: 64))
    }
}
