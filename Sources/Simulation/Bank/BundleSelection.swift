import Release

/// A challenge of a release chosen for the adaptive test, with the 2PL parameters the engine
/// uses: its calibration, or provisional values from its skill level when it has none.
struct SelectedChallenge: Sendable {
    let challenge: ReleaseChallenge
    let skill: ReleaseSkill
    let competence: ReleaseCompetence?
    let discrimination: Double
    let difficulty: Double
    let isCalibrated: Bool
}

/// Which challenges of a release an adaptive test draws from, shared by `pixc play` and
/// `pixc simulate`: the wanted statuses, locale and framework, in challenge-id order.
enum BundleSelection {
    static func select(
        release: Release,
        locale: String?,
        framework: String?,
        statuses: Set<String>,
        provisional: Bool
    ) -> (selected: [SelectedChallenge], skipped: [(id: String, reason: String)]) {
        let content = release.content
        let skills = Dictionary(content.skills.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let competences = Dictionary(content.competences.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let areas = Dictionary(content.areas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var selected: [SelectedChallenge] = []
        var skipped: [(id: String, reason: String)] = []
        // Code-point order: the order of Pix's repositories (`ORDER BY id`), which breaks ties
        // between equally informative challenges.
        let challenges = content.challenges.sorted { $0.id.unicodeScalars.lexicographicallyPrecedes($1.id.unicodeScalars) }
        for challenge in challenges {
            guard statuses.contains(challenge.status) else {
                skipped.append((challenge.id, "status \(challenge.status)"))
                continue
            }
            if let locale, !challenge.locales.contains(locale) {
                skipped.append((challenge.id, SimulationInputMessages.text("skipped.locale", ["locale": "\(locale)"])))
                continue
            }
            guard let skill = skills[challenge.skillId] else {
                skipped.append((challenge.id, SimulationInputMessages.text("skipped.skill")))
                continue
            }
            let competence = competences[skill.competenceId]
            if let framework, competence.flatMap({ areas[$0.areaId] })?.frameworkId != framework {
                skipped.append((challenge.id, SimulationInputMessages.text("skipped.framework", ["framework": "\(framework)"])))
                continue
            }
            if let alpha = challenge.alpha, let delta = challenge.delta {
                selected.append(SelectedChallenge(challenge: challenge, skill: skill, competence: competence,
                                                  discrimination: alpha, difficulty: delta, isCalibrated: true))
            } else if provisional {
                selected.append(SelectedChallenge(challenge: challenge, skill: skill, competence: competence,
                                                  discrimination: ProvisionalParameters.discrimination,
                                                  difficulty: ProvisionalParameters.difficulty(level: skill.level), isCalibrated: false))
            } else {
                skipped.append((challenge.id, SimulationInputMessages.text("skipped.uncalibrated")))
            }
        }
        return (selected, skipped)
    }
}

/// Parameters for a challenge that has not been calibrated yet: difficulty spread over the
/// capacity scale by skill level (level 1 → −2.3, level 4 → 0.4, level 8 → 4.0), discrimination
/// 1. Only for trying a bank out; never written to a bundle.
public enum ProvisionalParameters {
    public static let discrimination = 1.0

    public static func difficulty(level: Int) -> Double { Double(9 * level - 32) / 10 }
}
