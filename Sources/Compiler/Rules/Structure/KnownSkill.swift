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
                "`\(name)` is a tube, not a skill",
                at: written.span,
                labels: [Label(tube.name.span, "the tube is defined here")],
                help: Help(skills.isEmpty
                    ? "the tube lists no skill yet: add one to its `skills` in \(tube.file.path), then name it here (`\(name)1` for level 1)"
                    : "name one of its skills, the tube's name followed by a level: " + String.codeList(skills))
            )]
        }
        if let (tube, level) = tubeAndLevel(of: name, in: index) {
            let levels = Array(Set(tube.skills.map(\.level.value))).sorted().map(String.init)
            let listed = levels.isEmpty ? "it lists no skill yet" : "its levels are " + levels.joined(separator: ", ")
            return [descriptor(
                "the skill `\(name)` does not exist: the tube `\(tube.name.value)` has no level \(level)",
                at: written.span,
                labels: [Label(tube.name.span, "the tube is defined here")],
                help: Help("\(listed); choose one of them, or add level \(level) to the tube's `skills` in \(tube.file.path)")
            )]
        }
        if let suggestion = Suggestion.closest(to: name, in: index.skillNameCandidates) {
            return [descriptor(
                "unknown skill `\(name)`",
                at: written.span,
                help: Help.didYouMean(suggestion, fix: written.span.scalarReplacement(suggestion).maybeIncorrect)
            )]
        }
        let tubes = index.tubesByName.keys.sorted()
        let known = tubes.isEmpty ? "no tube is defined yet: write a `tube.yaml` first" : "the tubes are " + String.codeList(Array(tubes.prefix(12))) + (tubes.count > 12 ? "…" : "")
        return [descriptor(
            "unknown skill `\(name)`",
            at: written.span,
            help: Help("a skill is a tube's name followed by a level, like `@recherche2`; \(known)")
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
