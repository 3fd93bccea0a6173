import Model

/// Applies a text transformation to every field of a challenge that may hold `{{ … }}`
/// templates: instruction, alternative instruction, proposals, options, inputs (placeholder,
/// label, default, select options), answers, solution, solution to display, author tests, embed
/// URL and title, illustration alt text. Spans are kept: a rendered variant still points at the
/// author's template.
public enum ChallengeRendering {
    /// The texts of a challenge that may contain templates, in a fixed order.
    public static func templatedTexts(of challenge: Challenge) -> [Text] {
        var texts: [Text] = [challenge.instruction]
        func add(_ text: Text?) { if let text { texts.append(text) } }
        add(challenge.alternativeInstruction)
        add(challenge.proposals)
        for option in challenge.options ?? [] { texts.append(option.text) }
        for input in challenge.inputs ?? [] {
            add(input.placeholder)
            add(input.label)
            add(input.defaultValue)
            texts.append(contentsOf: input.options ?? [])
        }
        switch challenge.answers {
        case .accepted(let answers, _)?: texts.append(contentsOf: answers)
        case .byInput(let entries, _)?: texts.append(contentsOf: entries.flatMap(\.accepted))
        case .groups(let groups, _)?: texts.append(contentsOf: groups.flatMap(\.accepted))
        case nil: break
        }
        add(challenge.solution)
        add(challenge.solutionToDisplay)
        for test in (challenge.tests?.accept ?? []) + (challenge.tests?.reject ?? []) {
            switch test {
            case .text(let text): texts.append(text)
            case .keyed(let pairs, _): texts.append(contentsOf: pairs.map(\.value))
            }
        }
        add(challenge.embed?.url)
        add(challenge.embed?.title)
        add(challenge.illustration?.alt)
        return texts
    }

    /// A copy of the challenge with every templated text replaced by `transform(text)`.
    public static func render(_ challenge: Challenge, _ transform: (Text) -> String) -> Challenge {
        func map(_ text: Text) -> Text { Text(value: transform(text), source: text.source) }
        func map(_ text: Text?) -> Text? { text.map(map) }
        var copy = challenge
        copy.instruction = map(challenge.instruction)
        copy.alternativeInstruction = map(challenge.alternativeInstruction)
        copy.proposals = map(challenge.proposals)
        copy.options = challenge.options?.map { option in
            var rendered = option
            rendered.text = map(option.text)
            return rendered
        }
        copy.inputs = challenge.inputs?.map { input in
            var rendered = input
            rendered.placeholder = map(input.placeholder)
            rendered.label = map(input.label)
            rendered.defaultValue = map(input.defaultValue)
            rendered.options = input.options?.map(map)
            return rendered
        }
        switch challenge.answers {
        case .accepted(let answers, let span)?:
            copy.answers = .accepted(answers.map(map), span: span)
        case .byInput(let entries, let span)?:
            copy.answers = .byInput(entries.map { InputAnswers(key: $0.key, accepted: $0.accepted.map(map)) }, span: span)
        case .groups(let groups, let span)?:
            copy.answers = .groups(groups.map { AnswerGroup(name: $0.name, accepted: $0.accepted.map(map), span: $0.span) }, span: span)
        case nil:
            break
        }
        copy.solution = map(challenge.solution)
        copy.solutionToDisplay = map(challenge.solutionToDisplay)
        if let tests = challenge.tests {
            func mapTest(_ test: TestAnswer) -> TestAnswer {
                switch test {
                case .text(let text): return .text(map(text))
                case .keyed(let pairs, let span): return .keyed(pairs.map { ($0.key, map($0.value)) }, span: span)
                }
            }
            copy.tests = AuthorTests(accept: tests.accept.map(mapTest), reject: tests.reject.map(mapTest), span: tests.span)
        }
        if var embed = challenge.embed {
            embed.url = map(embed.url)
            embed.title = map(embed.title)
            copy.embed = embed
        }
        if var illustration = challenge.illustration {
            illustration.alt = map(illustration.alt)
            copy.illustration = illustration
        }
        return copy
    }
}
