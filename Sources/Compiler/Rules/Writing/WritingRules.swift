import Diagnostics
import Model

/// Rules about traps a new author falls into without an error anywhere else: a list that was a
/// decimal, a tolerance that eats a decimal comma, names outside Pix's alphabet, French elision
/// and typography, variants that ask the same question (one file per rule in this folder).
enum WritingRules {
    static let repositoryRules: [any RepositoryRule] = [
        FileNamesInAlphabet(),
        TubeNameInAlphabet(),
        ActiveSkillsWithoutValidatedChallenges(),
    ]

    static let challengeRules: [any ChallengeRule] = [
        NumbersThatWereADecimal(),
        DecimalAnswerWithPunctuationTolerance(),
        NumberFormatWithoutEffect(),
        ChallengeIDInAlphabet(),
        ElisionInVariants(),
        StraightApostrophes(),
        NoBreakSpaces(),
        ByteUnits(),
    ]

    /// Checks that compare the variants of a challenge (run by `VariantCheck`).
    static let otherDescriptors: [DiagnosticDescriptor] = [SameQuestionInOtherWords.descriptor]
}

extension Span {
    /// The whole line(s) of this span, from the first character of its first line to just after
    /// the line break ending its last line (for fixes that delete a `key: value` line).
    var wholeLines: Span {
        let bytes = file.bytes
        var start = self.start
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        var end = self.end
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end < bytes.count { end += 1 }
        return Span(file: file, start: start, end: end)
    }

    /// An empty span just after the line break that ends this span's line (to insert a line).
    var afterLine: Span {
        let bytes = file.bytes
        var end = self.end
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        if end < bytes.count { end += 1 }
        return Span(file: file, start: end, end: end)
    }
}
