import Diagnostics
import YAML

/// A competence framework (the CRCN, the CRCNÉ) as written in `Referential/*.yaml`.
public struct Referential: Sendable {
    public let file: SourceFile
    public let framework: Framework
    public let levels: [MasteryLevel]
    public let domains: [Domain]
    public let grid: EvaluationGrid?
    public let certification: CertificationRule?

    public var competences: [Competence] { domains.flatMap(\.competences) }

    public func competence(_ index: String) -> Competence? {
        competences.first { $0.index.value == index }
    }

    public var levelRange: ClosedRange<Int> {
        let numbers = levels.map(\.level.value)
        guard let low = numbers.min(), let high = numbers.max() else { return 1...8 }
        return low...high
    }
}

public struct Framework: Sendable, Hashable {
    public let id: Located<String>
    public let name: Text
    public let title: Text
    public let origin: Text
}

public struct MasteryLevel: Sendable, Hashable {
    public let level: Located<Int>
    public let grade: Text
    public let description: Text?
}

public struct Domain: Sendable, Hashable {
    public let code: Located<String>
    public let title: Text
    public let color: Located<AreaColor>?
    public let competences: [Competence]
    public let span: Span
}

public struct Competence: Sendable, Hashable {
    public let index: Located<String>
    public let name: Text
    public let description: Text
    public let thematics: [Thematic]
    public let domainCode: String
    public let span: Span

    public func thematic(_ key: String) -> Thematic? { thematics.first { $0.key.value == key } }
}

public struct Thematic: Sendable, Hashable {
    public let key: Located<String>
    public let name: Text
}

/// The evaluator's grid used beside the automated session (CRCNÉ).
public struct EvaluationGrid: Sendable, Hashable {
    public let phases: [GridPhase]
}

public struct GridPhase: Sendable, Hashable {
    public let key: Located<String>
    public let name: Text
    public let items: [GridItem]
}

public struct GridItem: Sendable, Hashable {
    public let key: Located<String>
    public let title: Text
    public let criteria: [Text]
}

/// How the certified level combines several evaluations.
public struct CertificationRule: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The highest level recognized by every evaluation, that is the lowest of their levels.
        case lowest
    }

    public let rule: Located<Kind>
    public let evaluations: [Located<String>]
    public let explanation: Text
}

extension Referential {
    /// Decodes a referential file; problems go to `sink`. Returns nil when the file is unusable.
    public static func decode(_ root: YAMLNode, file: SourceFile, sink: DiagnosticSink) -> Referential? {
        guard let fields = Fields(root, table: ContentKeys.referential, sink: sink) else { return nil }
        guard let frameworkNode = fields.required("framework", hint: ModelMessages.text("hint.referential.framework")),
              let framework = decodeFramework(frameworkNode, sink: sink) else { return nil }
        let levels = fields.list("levels") { decodeLevel($0, sink: sink) } ?? []
        if fields["levels"] == nil {
            _ = fields.required("levels", hint: ModelMessages.text("hint.referential.levels"))
        }
        let domains = fields.list("domains") { decodeDomain($0, sink: sink) } ?? []
        if fields["domains"] == nil {
            _ = fields.required("domains", hint: ModelMessages.text("hint.referential.domains"))
        }
        let grid = fields["grid"].flatMap { decodeGrid($0, sink: sink) }
        let certification = fields["certification"].flatMap { decodeCertification($0, sink: sink) }
        return Referential(file: file, framework: framework, levels: levels, domains: domains, grid: grid, certification: certification)
    }

    private static func decodeFramework(_ node: YAMLNode, sink: DiagnosticSink) -> Framework? {
        guard let fields = Fields(node, table: ContentKeys.framework, sink: sink) else { return nil }
        guard let id = fields.requiredString("id", hint: ModelMessages.text("hint.framework.id")),
              let name = fields.requiredText("name", hint: ModelMessages.text("hint.framework.name")),
              let title = fields.requiredText("title", hint: ModelMessages.text("hint.framework.title")),
              let origin = fields.requiredText("origin", hint: ModelMessages.text("hint.framework.origin")) else { return nil }
        return Framework(id: id, name: name, title: title, origin: origin)
    }

    private static func decodeLevel(_ node: YAMLNode, sink: DiagnosticSink) -> MasteryLevel? {
        guard let fields = Fields(node, table: ContentKeys.level, sink: sink) else { return nil }
        guard let levelNode = fields.required("level", hint: ModelMessages.text("hint.level.level")),
              let level = Fields.integer(levelNode, key: "level", in: 1...8, sink: sink),
              let grade = fields.requiredText("grade", hint: ModelMessages.text("hint.level.grade")) else { return nil }
        return MasteryLevel(level: level, grade: grade, description: fields.text("description"))
    }

    private static func decodeDomain(_ node: YAMLNode, sink: DiagnosticSink) -> Domain? {
        guard let fields = Fields(node, table: ContentKeys.domain, sink: sink) else { return nil }
        guard let code = fields.requiredString("code", hint: ModelMessages.text("hint.domain.code")),
              let title = fields.requiredText("title", hint: ModelMessages.text("hint.domain.title")) else { return nil }
        let color = fields.choice("color", AreaColor.self)
        let competences = fields.list("competences") { decodeCompetence($0, domain: code.value, sink: sink) } ?? []
        return Domain(code: code, title: title, color: color, competences: competences, span: fields.span)
    }

    private static func decodeCompetence(_ node: YAMLNode, domain: String, sink: DiagnosticSink) -> Competence? {
        guard let fields = Fields(node, table: ContentKeys.competence, sink: sink) else { return nil }
        guard let index = fields.requiredString("index", hint: ModelMessages.text("hint.competence.index")),
              let name = fields.requiredText("name", hint: ModelMessages.text("hint.competence.name")),
              let description = fields.requiredText("description", hint: ModelMessages.text("hint.competence.description")) else { return nil }
        let thematics = fields.list("thematics") { item -> Thematic? in
            guard let thematic = Fields(item, table: ContentKeys.thematic, sink: sink),
                  let key = thematic.requiredString("key", hint: ModelMessages.text("hint.thematic.key")),
                  let name = thematic.requiredText("name", hint: ModelMessages.text("hint.thematic.name")) else { return nil }
            return Thematic(key: key, name: name)
        } ?? []
        return Competence(index: index, name: name, description: description, thematics: thematics, domainCode: domain, span: fields.span)
    }

    private static func decodeGrid(_ node: YAMLNode, sink: DiagnosticSink) -> EvaluationGrid? {
        guard let fields = Fields(node, table: ContentKeys.grid, sink: sink) else { return nil }
        let phases = fields.list("phases") { phaseNode -> GridPhase? in
            guard let phase = Fields(phaseNode, table: ContentKeys.gridPhase, sink: sink),
                  let key = phase.requiredString("key", hint: ModelMessages.text("hint.gridPhase.key")),
                  let name = phase.requiredText("name", hint: ModelMessages.text("hint.gridPhase.name")) else { return nil }
            let items = phase.list("items") { itemNode -> GridItem? in
                guard let item = Fields(itemNode, table: ContentKeys.gridItem, sink: sink),
                      let key = item.requiredString("key", hint: ModelMessages.text("hint.gridItem.key")),
                      let title = item.requiredText("title", hint: ModelMessages.text("hint.gridItem.title")) else { return nil }
                return GridItem(key: key, title: title, criteria: item.texts("criteria") ?? [])
            } ?? []
            return GridPhase(key: key, name: name, items: items)
        } ?? []
        return EvaluationGrid(phases: phases)
    }

    private static func decodeCertification(_ node: YAMLNode, sink: DiagnosticSink) -> CertificationRule? {
        guard let fields = Fields(node, table: ContentKeys.certification, sink: sink),
              let rule = fields.requiredChoice("rule", CertificationRule.Kind.self, hint: ModelMessages.text("hint.certification.rule")),
              let explanation = fields.requiredText("explanation", hint: ModelMessages.text("hint.certification.explanation")) else { return nil }
        let evaluations = (fields.texts("evaluations") ?? []).map { Located($0.value, span: $0.span) }
        return CertificationRule(rule: rule, evaluations: evaluations, explanation: explanation)
    }
}
