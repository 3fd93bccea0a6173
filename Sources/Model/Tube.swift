import Diagnostics
import YAML

/// A tube ("sujet"): one progression axis of a competence, with its skills by level.
/// Written in `Challenges/<competence>/<tube>/tube.yaml`.
public struct Tube: Sendable {
    public let file: SourceFile
    /// `@recherche`
    public let name: Located<String>
    /// The framework id (`pix` for the CRCN, `crcne` for the CRCNÉ).
    public let framework: Located<String>?
    public let competence: Located<String>
    public let thematic: Located<String>
    public let title: Text
    public let description: Text
    public let skills: [Skill]
    public let span: Span

    /// The tube name without its `@`, used to build stable ids.
    public var bareName: String { name.value.hasPrefix("@") ? String(name.value.dropFirst()) : name.value }

    public func skill(level: Int) -> [Skill] { skills.filter { $0.level.value == level } }
}

public struct Skill: Sendable, Hashable {
    public let level: Located<Int>
    public let status: Located<SkillStatus>
    public let hint: Text?
    public let hintStatus: Located<HintStatus>?
    /// Skill version within its tube and level (a redefined skill gets a new version).
    public let version: Located<Int>?
    public let tutorials: [Located<String>]
    public let span: Span
}

extension Tube {
    public static var keys: [String] { ContentKeys.tube.names }
    public static var skillKeys: [String] { ContentKeys.skill.names }

    public static func decode(_ root: YAMLNode, file: SourceFile, sink: DiagnosticSink) -> Tube? {
        guard let fields = Fields(root, table: ContentKeys.tube, sink: sink) else { return nil }
        guard let name = fields.requiredString("name", hint: ModelMessages.text("hint.tube.name")),
              let competence = fields.requiredString("competence", hint: ModelMessages.text("hint.tube.competence")),
              let thematic = fields.requiredString("thematic", hint: ModelMessages.text("hint.tube.thematic")),
              let title = fields.requiredText("title", hint: ModelMessages.text("hint.tube.title")),
              let description = fields.requiredText("description", hint: ModelMessages.text("hint.tube.description")) else { return nil }
        let skills = fields.list("skills") { decodeSkill($0, sink: sink) } ?? []
        if fields["skills"] == nil {
            _ = fields.required("skills", hint: ModelMessages.text("hint.tube.skills"))
        }
        return Tube(file: file, name: name, framework: fields.string("framework"), competence: competence, thematic: thematic,
                    title: title, description: description, skills: skills, span: fields.span)
    }

    private static func decodeSkill(_ node: YAMLNode, sink: DiagnosticSink) -> Skill? {
        guard let fields = Fields(node, table: ContentKeys.skill, sink: sink) else { return nil }
        guard let levelNode = fields.required("level", hint: ModelMessages.text("hint.skill.level")),
              let level = Fields.integer(levelNode, key: "level", in: nil, sink: sink),
              let status = fields.requiredChoice("status", SkillStatus.self, hint: ModelMessages.text("hint.skill.status")) else { return nil }
        let tutorials = (fields.texts("tutorials") ?? []).map { Located($0.value, span: $0.span) }
        return Skill(level: level, status: status, hint: fields.text("hint"), hintStatus: fields.choice("hintStatus", HintStatus.self),
                     version: fields.integer("version", in: 1...999), tutorials: tutorials, span: fields.span)
    }
}
