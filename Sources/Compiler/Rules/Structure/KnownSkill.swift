import Diagnostics
import Model
import Vocabulary

/// A challenge assesses a skill that a tube defines.
struct KnownSkill: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0304", .error,
        title: "Unknown skill",
        explanation: """
        `skill` names the skill the challenge assesses: the name of a tube followed by a level,
        such as `@recherche2` for level 2 of the tube `@recherche`. The tube must be defined in a
        `tube.yaml` file, and that level must be listed under its `skills`. A challenge whose
        skill does not exist cannot be placed in the referential, so it is never served. Check
        the spelling (a capital letter counts), or add the level to the tube first.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", skill: "@recherhce2")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", skill: "@recherche2")])
    )

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        guard view.skill == nil else { return [] }
        let written = view.challenge.skill
        let name = written.value
        let index = context.index

        if let tube = index.tubesByName[name] {
            let skills = skillNames(of: tube)
            return [descriptor(
                RuleMessages.text("KnownSkill.1", ["name": "\(name)"]),
                at: written.span,
                labels: [Label(tube.name.span, RuleMessages.text("KnownSkill.2"))],
                help: Help(skills.isEmpty
                    ? RuleMessages.text("KnownSkill.3", ["tube": "\(tube.file.path)", "name": "\(name)"])
                    : RuleMessages.text("KnownSkill.4") + String.codeList(skills))
            )]
        }
        if let (tube, level) = tubeAndLevel(of: name, in: index) {
            let levels = Array(Set(tube.skills.map(\.level.value))).sorted().map(String.init)
            let listed = levels.isEmpty ? RuleMessages.text("KnownSkill.5") : RuleMessages.text("KnownSkill.6") + levels.joined(separator: ", ")
            return [descriptor(
                RuleMessages.text("KnownSkill.7", ["name": "\(name)", "name2": "\(tube.name.value)", "level": "\(level)"]),
                at: written.span,
                labels: [Label(tube.name.span, RuleMessages.text("KnownSkill.2"))],
                help: Help(RuleMessages.text("KnownSkill.8", ["listed": "\(listed)", "level": "\(level)", "tube": "\(tube.file.path)"]))
            )]
        }
        if let suggestion = Suggestion.closest(to: name, in: index.skillNameCandidates) {
            return [descriptor(
                RuleMessages.text("KnownSkill.9", ["name": "\(name)"]),
                at: written.span,
                help: Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion))
            )]
        }
        let tubes = index.tubesByName.keys.sorted()
        let known = tubes.isEmpty ? RuleMessages.text("KnownSkill.10") : RuleMessages.text("KnownSkill.11") + String.codeList(Array(tubes.prefix(12))) + (tubes.count > 12 ? "…" : "")
        return [descriptor(
            RuleMessages.text("KnownSkill.9", ["name": "\(name)"]),
            at: written.span,
            help: Help(RuleMessages.text("KnownSkill.12", ["known": "\(known)"]))
        )]
    }

    /// The tube whose name the skill name starts with, followed by a level that tube lacks.
    private func tubeAndLevel(of name: String, in index: ContentIndex) -> (Tube, Int)? {
        let candidates = index.tubesByName.values.compactMap { tube -> (Tube, Int)? in
            guard name.hasPrefix(tube.name.value) else { return nil }
            let rest = name.dropFirst(tube.name.value.count)
            guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && $0.isNumber }), let level = Int(rest) else { return nil }
            return (tube, level)
        }
        // The longest tube name wins (`@web1` over `@web` for `@web12`); ties cannot happen as names are keys.
        return candidates.max { $0.0.name.value.count < $1.0.name.value.count }
    }

    private func skillNames(of tube: Tube) -> [String] {
        Array(Set(tube.skills.map(\.level.value))).sorted().map { tube.name.value + String($0) }
    }
}
