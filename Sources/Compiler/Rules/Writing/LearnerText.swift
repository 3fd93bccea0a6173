import Model

/// The texts of a challenge a learner reads: instruction, proposals, options, input labels and
/// placeholders, select options, solution to display, illustration text. Answers, tests and
/// web addresses are not read as prose.
enum LearnerText {
    static func of(_ challenge: Challenge) -> [Text] {
        var texts: [Text] = []
        // Room for them all, but the rare select options: the array is built for every rule that
        // reads prose, on every variant.
        texts.reserveCapacity(7 + (challenge.options?.count ?? 0) + 2 * (challenge.inputs?.count ?? 0))
        texts.append(challenge.instruction)
        func add(_ text: Text?) { if let text { texts.append(text) } }
        add(challenge.alternativeInstruction)
        add(challenge.proposals)
        for option in challenge.options ?? [] { texts.append(option.text) }
        for input in challenge.inputs ?? [] {
            add(input.placeholder)
            add(input.label)
            texts.append(contentsOf: input.options ?? [])
        }
        add(challenge.solutionToDisplay)
        add(challenge.embed?.title)
        add(challenge.illustration?.alt)
        return texts
    }
}

extension String {
    /// Whether the text holds `{{`, an expression of a template (a byte search: Foundation's
    /// `contains` showed in profiles of large repositories).
    var holdsExpression: Bool {
        // Over the contiguous bytes when there are (a native string's): stepping through the
        // UTF-8 view costs several times more.
        utf8.withContiguousStorageIfAvailable(Self.holdsDoubleBrace) ?? Self.holdsDoubleBrace(utf8)
    }

    private static func holdsDoubleBrace<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "{"), previous == byte { return true }
            previous = byte
        }
        return false
    }
}
