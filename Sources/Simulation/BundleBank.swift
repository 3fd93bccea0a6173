import Diagnostics
import Engine
import Grading
import Release
import Vocabulary
import YAML

/// The challenges of a built bundle as the adaptive engine sees them (items with IRT parameters)
/// and as the grading sees them (Pix syntax turned into a `GradingChallenge`).
public struct BundleBank: Sendable {
    public struct Item: Sendable {
        public let challenge: ReleaseChallenge
        public let calibrated: CalibratedChallenge
        public let grading: GradingChallenge
        /// True when discrimination and difficulty come from the calibration; false when they are
        /// provisional values derived from the skill level.
        public let isCalibrated: Bool
        public let skillName: String
        public let competenceIndex: String
    }

    public let items: [Item]
    /// Challenges left out, with the reason (not validé, other locale, unreadable solution).
    public let skipped: [(id: String, reason: String)]

    /// Provisional IRT parameters for a challenge that has not been calibrated yet
    /// (``ProvisionalParameters``).
    public static func provisionalDifficulty(level: Int) -> Double { ProvisionalParameters.difficulty(level: level) }

    /// `framework`: keep only that framework's challenges (Pix's v3 certification plays the core
    /// framework, `pix`); nil keeps all. `includeProposed` adds the `proposé` challenges to the
    /// `validé` ones (to try drafts); `only` keeps the challenges with these ids and their
    /// variants (`<id>--…`).
    public init(release: Release, locale: String? = nil, framework: String? = nil, provisional: Bool,
                includeProposed: Bool = false, only: [String]? = nil) {
        let selection = BundleSelection.select(release: release, locale: locale, framework: framework,
                                               statuses: includeProposed ? ["validé", "proposé"] : ["validé"], provisional: provisional)
        var items: [Item] = []
        var skipped = selection.skipped
        for selected in selection.selected {
            let challenge = selected.challenge
            if let only, !only.contains(where: { challenge.id == $0 || challenge.id.hasPrefix($0 + "--") }) {
                skipped.append((challenge.id, SimulationInputMessages.text("skipped.notAsked")))
                continue
            }
            guard let grading = Self.gradingChallenge(challenge) else {
                skipped.append((challenge.id, SimulationInputMessages.text("skipped.solution")))
                continue
            }
            let skill = selected.skill
            let calibrated = CalibratedChallenge(
                id: challenge.id, discriminant: selected.discrimination, difficulty: selected.difficulty, skillId: skill.id, tubeId: skill.tubeId,
                competenceId: skill.competenceId, status: .validé, locales: challenge.locales,
                blindnessCompatibility: challenge.accessibility1, colorBlindnessCompatibility: challenge.accessibility2)
            items.append(Item(challenge: challenge, calibrated: calibrated, grading: grading, isCalibrated: selected.isCalibrated,
                              skillName: skill.name, competenceIndex: selected.competence?.index ?? ""))
        }
        self.items = items
        self.skipped = skipped
    }

    public func item(_ id: String) -> Item? { items.first { $0.calibrated.id == id } }

    /// Pix syntax of a release challenge → what the Grading module grades.
    public static func gradingChallenge(_ challenge: ReleaseChallenge) -> GradingChallenge? {
        guard let type = ChallengeType(rawValue: challenge.type) else { return nil }
        let solution: Solution
        switch type {
        case .qcu: solution = .qcu(challenge.solution)
        case .qcm: solution = .qcm(challenge.solution)
        case .qroc: solution = .qroc(challenge.solution)
        case .qrocmInd, .qrocmDep:
            guard let entries = keyedSolution(challenge.solution) else { return nil }
            solution = type == .qrocmInd ? .qrocmInd(entries) : .qrocmDep(entries)
        }
        return GradingChallenge(type: type, proposals: challenge.proposals, solution: solution,
                                tolerances: Tolerances(t1: challenge.t1Status, t2: challenge.t2Status, t3: challenge.t3Status),
                                format: challenge.format)
    }

    /// A QROCM solution as Pix writes it: YAML mapping keys to lists of answers (read without
    /// implicit typing, like Pix's FAILSAFE schema).
    static func keyedSolution(_ text: String) -> [SolutionEntry]? {
        let (root, diagnostics) = YAMLReader.readSingleDocument(SourceFile(path: "solution", text: text))
        guard !diagnostics.contains(where: { $0.severity == .error }), let mapping = root?.mapping else { return nil }
        return mapping.entries.compactMap { entry in
            guard let key = entry.keyText else { return nil }
            switch entry.value {
            case .scalar(let scalar): return SolutionEntry(key: key, acceptedAnswers: scalar.isNull ? [] : [scalar.text])
            case .sequence(let sequence): return SolutionEntry(key: key, acceptedAnswers: sequence.items.compactMap { $0.scalar?.text })
            case .mapping: return nil
            }
        }
    }
}
