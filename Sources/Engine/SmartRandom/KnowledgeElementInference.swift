import Vocabulary

/// Pix's `KnowledgeElement.createKnowledgeElementsForAnswer`: what one answer teaches about the
/// profile.
public enum KnowledgeElementInference {
    /// - Parameters:
    ///   - status: the answer's result (only `ok` validates).
    ///   - skill: the skill of the answered challenge.
    ///   - previous: the profile's knowledge elements so far; a skill with a validated or
    ///     invalidated element is "already assessed" and never gets a new one.
    ///   - targetSkills: the skills being assessed.
    /// - Returns: nothing if the skill is not targeted or already assessed; otherwise the
    ///   direct element first, then, for the other unassessed target skills of the same tube,
    ///   inferred elements: every easier skill validated after a success, every harder skill
    ///   invalidated after a failure (in target-skill order). Validated elements earn the
    ///   skill's pix value.
    public static func knowledgeElements(
        answerStatus status: AnswerStatus,
        skill: Skill,
        previous: [KnowledgeElement],
        targetSkills: [Skill]
    ) -> [KnowledgeElement] {
        let assessed = Set(previous.filter { $0.status == .validated || $0.status == .invalidated }.map(\.skillId))
        guard targetSkills.contains(where: { $0.id == skill.id }), !assessed.contains(skill.id),
              let directSkill = targetSkills.first(where: { $0.id == skill.id })
        else { return [] }

        let isCorrect = status.isCorrect
        var elements = [element(for: skill, validated: isCorrect, source: .direct)]
        for other in targetSkills where other.tube == directSkill.tube && !assessed.contains(other.id) {
            if isCorrect && other.difficulty < directSkill.difficulty {
                elements.append(element(for: other, validated: true, source: .inferred))
            }
            if !isCorrect && other.difficulty > directSkill.difficulty {
                elements.append(element(for: other, validated: false, source: .inferred))
            }
        }
        return elements
    }

    private static func element(for skill: Skill, validated: Bool, source: KnowledgeElement.Source) -> KnowledgeElement {
        KnowledgeElement(
            skillId: skill.id,
            status: validated ? .validated : .invalidated,
            source: source,
            earnedPix: validated ? skill.pixValue : 0,
            competenceId: skill.competenceId
        )
    }
}
