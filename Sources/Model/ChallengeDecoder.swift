import Diagnostics
import Vocabulary
import YAML

extension Challenge {
    /// Every key a challenge file may use, in the order docs/authoring.md presents them.
    public static var keys: [String] { ContentKeys.challenge.names }

    public static func decode(_ root: YAMLNode, file: SourceFile, sink: DiagnosticSink) -> Challenge? {
        guard let fields = Fields(root, table: ContentKeys.challenge, sink: sink) else { return nil }
        let id = fields.requiredString("id", hint: ModelMessages.text("hint.challenge.id"))
        let skill = fields.requiredString("skill", hint: ModelMessages.text("hint.challenge.skill"))
        let type = fields.requiredChoice("type", ChallengeType.self, hint: ModelMessages.text("hint.challenge.type"))
        let status = fields.requiredChoice("status", ChallengeStatus.self, hint: ModelMessages.text("hint.challenge.status"))
        let instruction = fields.requiredText("instruction", hint: ModelMessages.text("hint.challenge.instruction"))
        guard let id, let skill, let type, let status, let instruction else {
            // Keep checking the other keys so the author sees every problem at once.
            _ = decodeRest(fields, type: type?.value, sink: sink)
            return nil
        }
        let rest = decodeRest(fields, type: type.value, sink: sink)
        var challenge = Challenge(
            file: file, span: fields.span,
            id: id, skill: skill, type: type, status: status,
            locales: rest.locales, instruction: instruction, alternativeInstruction: fields.text("alternativeInstruction"),
            options: rest.options, shuffled: fields.bool("shuffled"), proposals: fields.text("proposals"), inputs: rest.inputs,
            answers: rest.answers, solution: fields.text("solution"), solutionToDisplay: fields.text("solutionToDisplay"),
            tolerances: rest.tolerances, format: fields.choice("format", InputFormat.self),
            dataset: fields.string("dataset"), data: fields["data"], variants: rest.variants,
            timer: fields.integer("timer", unit: "seconds"), focus: fields.bool("focus"), autoReply: fields.bool("autoReply"),
            embed: rest.embed, illustration: rest.illustration, attachments: rest.attachments,
            variantOf: fields.string("variantOf"), version: fields.integer("version", in: 1...999),
            pedagogy: fields.choice("pedagogy", Pedagogy.self), declinable: fields.choice("declinable", Declinable.self),
            accessibility: rest.accessibility, deafAndHardOfHearing: fields.choice("deafAndHardOfHearing", SimpleAccessibility.self),
            responsive: fields.choice("responsive", Responsive.self), spoil: fields.choice("spoil", Spoil.self),
            authors: (fields.texts("authors") ?? []).map { Located($0.value, span: $0.span) },
            geography: fields.text("geography"), urlsToConsult: fields.texts("urlsToConsult") ?? [],
            contextualizedFields: rest.contextualizedFields,
            requireGafamWebsiteAccess: fields.bool("requireGafamWebsiteAccess"),
            isIncompatibleIpadCertif: fields.bool("isIncompatibleIpadCertif"),
            isAwarenessChallenge: fields.bool("isAwarenessChallenge"), toRephrase: fields.bool("toRephrase"),
            hasEmbedInternalValidation: fields.bool("hasEmbedInternalValidation"),
            noValidationNeeded: fields.bool("noValidationNeeded"),
            tests: rest.tests
        )
        challenge.misspelledKeys = fields.unknownKeys().filter { fields.mapping.entry($0.intended) == nil }
        return challenge
    }

    private struct Rest {
        var locales: [Located<String>] = []
        var options: [ChoiceOption]?
        var inputs: [InputSpec]?
        var answers: Answers?
        var tolerances: Located<[Tolerance]>?
        var variants: Located<VariantRequest>?
        var embed: Embed?
        var illustration: Illustration?
        var attachments: [Located<String>] = []
        var accessibility: Accessibility?
        var contextualizedFields: [Located<ContextualizedField>] = []
        var tests: AuthorTests?
    }

    private static func decodeRest(_ fields: Fields, type: ChallengeType?, sink: DiagnosticSink) -> Rest {
        var rest = Rest()
        rest.locales = (fields.texts("locales") ?? []).map { Located($0.value, span: $0.span) }
        rest.options = fields.list("options") { decodeOption($0, sink: sink) }
        rest.inputs = fields.list("inputs") { decodeInput($0, sink: sink) }
        if let node = fields["answers"] { rest.answers = decodeAnswers(node, type: type, sink: sink) }
        if let node = fields["tolerances"] { rest.tolerances = decodeTolerances(node, sink: sink) }
        if let node = fields["variants"] { rest.variants = decodeVariantRequest(node, sink: sink) }
        if let node = fields["embed"] { rest.embed = decodeEmbed(node, sink: sink) }
        if let node = fields["illustration"] { rest.illustration = decodeIllustration(node, sink: sink) }
        rest.attachments = (fields.texts("attachments") ?? []).map { Located($0.value, span: $0.span) }
        if let node = fields["accessibility"] { rest.accessibility = decodeAccessibility(node, sink: sink) }
        if let node = fields["contextualizedFields"], let texts = Fields.texts(node, key: "contextualizedFields", sink: sink) {
            rest.contextualizedFields = texts.compactMap { text in
                Fields.choice(.scalar(text.source), key: "contextualizedFields", ContextualizedField.self, sink: sink)
            }
        }
        if let node = fields["tests"] { rest.tests = decodeTests(node, sink: sink) }
        return rest
    }

    private static func decodeOption(_ node: YAMLNode, sink: DiagnosticSink) -> ChoiceOption? {
        if case .scalar(let scalar) = node {
            // Shorthand: a bare text is a wrong option.
            return ChoiceOption(text: Text(scalar), correct: nil, span: scalar.span)
        }
        guard let fields = Fields(node, table: ContentKeys.option, sink: sink),
              let text = fields.requiredText("text", hint: ModelMessages.text("hint.option.text")) else { return nil }
        return ChoiceOption(text: text, correct: fields.bool("correct"), span: fields.span)
    }

    private static func decodeInput(_ node: YAMLNode, sink: DiagnosticSink) -> InputSpec? {
        guard let fields = Fields(node, table: ContentKeys.input, sink: sink),
              let key = fields.requiredString("key", hint: ModelMessages.text("hint.input.key")) else { return nil }
        return InputSpec(key: key, placeholder: fields.text("placeholder"), label: fields.text("label"),
                         defaultValue: fields.text("default"), options: fields.texts("options"), span: fields.span)
    }

    private static func decodeAnswers(_ node: YAMLNode, type: ChallengeType?, sink: DiagnosticSink) -> Answers? {
        switch type {
        case .qcu?, .qcm?:
            sink.report(ModelDiagnostics.misplacedKey(
                ModelMessages.text("answers.onChoice", ["type": type?.rawValue ?? ""]),
                at: node.span,
                help: ModelMessages.text("answers.onChoice.help")
            ))
            return nil
        case nil:
            // The type is missing or unknown, and reported as such: the shape `answers` should
            // have depends on it, so judging it now would only add a second, misleading error.
            return nil
        case .qroc?:
            guard let texts = Fields.texts(node, key: "answers", sink: sink) else { return nil }
            return .accepted(texts, span: node.span)
        case .qrocmInd?:
            guard case .mapping(let mapping) = node else {
                sink.report(ModelDiagnostics.wrongKind(ModelMessages.text("answers.qrocmInd", ["kind": node.kindDescription]), at: node.span, help: ModelMessages.text("answers.qrocmInd.help")))
                return nil
            }
            var result: [InputAnswers] = []
            for entry in mapping.entries {
                guard let key = entry.key.scalar else { continue }
                let accepted = Fields.texts(entry.value, key: key.text, sink: sink) ?? []
                result.append(InputAnswers(key: Located(key.text, span: key.span), accepted: accepted))
            }
            return .byInput(result, span: node.span)
        case .qrocmDep?:
            switch node {
            case .mapping(let mapping):
                let groups = mapping.entries.compactMap { entry -> AnswerGroup? in
                    guard let key = entry.key.scalar else { return nil }
                    let accepted = Fields.texts(entry.value, key: key.text, sink: sink) ?? []
                    return AnswerGroup(name: Located(key.text, span: key.span), accepted: accepted, span: entry.key.span.union(entry.value.span))
                }
                return .groups(groups, span: node.span)
            case .sequence(let sequence):
                let groups = sequence.items.compactMap { item -> AnswerGroup? in
                    guard let accepted = Fields.texts(item, key: "answers", sink: sink) else { return nil }
                    return AnswerGroup(name: nil, accepted: accepted, span: item.span)
                }
                return .groups(groups, span: node.span)
            case .scalar:
                sink.report(ModelDiagnostics.wrongKind(ModelMessages.text("answers.qrocmDep"), at: node.span, help: ModelMessages.text("answers.qrocmDep.help")))
                return nil
            }
        }
    }

    private static func decodeTolerances(_ node: YAMLNode, sink: DiagnosticSink) -> Located<[Tolerance]>? {
        if case .scalar(let scalar) = node, ["aucune", "none"].contains(scalar.text.trimmingWhitespace().lowercased()) {
            return Located([], span: scalar.span)
        }
        guard let texts = Fields.texts(node, key: "tolerances", sink: sink) else { return nil }
        var values: [Tolerance] = []
        for text in texts {
            if let value = Fields.choice(.scalar(text.source), key: "tolerances", Tolerance.self, sink: sink) {
                values.append(value.value)
            }
        }
        return Located(Array(Set(values)).sorted(), span: node.span)
    }

    private static func decodeVariantRequest(_ node: YAMLNode, sink: DiagnosticSink) -> Located<VariantRequest>? {
        if case .scalar(let scalar) = node, ["all", "toutes", "tous"].contains(scalar.text.trimmingWhitespace().lowercased()) {
            return Located(.all, span: scalar.span)
        }
        guard let count = Fields.integer(node, key: "variants", in: 1...100_000, sink: sink) else { return nil }
        return Located(.count(count.value), span: count.span)
    }

    private static func decodeEmbed(_ node: YAMLNode, sink: DiagnosticSink) -> Embed? {
        guard let fields = Fields(node, table: ContentKeys.embed, sink: sink),
              let url = fields.requiredText("url", hint: ModelMessages.text("hint.embed.url")) else { return nil }
        return Embed(url: url, title: fields.text("title"), height: fields.integer("height", in: 1...10_000, unit: "pixels"), span: fields.span)
    }

    private static func decodeIllustration(_ node: YAMLNode, sink: DiagnosticSink) -> Illustration? {
        guard let fields = Fields(node, table: ContentKeys.illustration, sink: sink) else { return nil }
        return Illustration(file: fields.string("file"), url: fields.text("url"), alt: fields.text("alt"), span: fields.span)
    }

    private static func decodeAccessibility(_ node: YAMLNode, sink: DiagnosticSink) -> Accessibility? {
        guard let fields = Fields(node, table: ContentKeys.accessibility, sink: sink) else { return nil }
        return Accessibility(blind: fields.choice("blind", BlindAccessibility.self), colorBlind: fields.choice("colorBlind", SimpleAccessibility.self), span: fields.span)
    }

    private static func decodeTests(_ node: YAMLNode, sink: DiagnosticSink) -> AuthorTests? {
        guard let fields = Fields(node, table: ContentKeys.tests, sink: sink) else { return nil }
        let accept = fields.list("accept") { decodeTestAnswer($0, sink: sink) } ?? []
        let reject = fields.list("reject") { decodeTestAnswer($0, sink: sink) } ?? []
        return AuthorTests(accept: accept, reject: reject, span: fields.span)
    }

    private static func decodeTestAnswer(_ node: YAMLNode, sink: DiagnosticSink) -> TestAnswer? {
        switch node {
        case .scalar(let scalar):
            return .text(Text(scalar))
        case .mapping(let mapping):
            var pairs: [(key: Located<String>, value: Text)] = []
            for entry in mapping.entries {
                guard let key = entry.key.scalar, let value = Fields.text(entry.value, key: key.text, sink: sink) else { continue }
                pairs.append((Located(key.text, span: key.span), value))
            }
            return .keyed(pairs, span: mapping.span)
        case .sequence:
            sink.report(ModelDiagnostics.wrongKind(ModelMessages.text("testAnswer.list"), at: node.span, help: ModelMessages.text("testAnswer.list.help")))
            return nil
        }
    }
}
