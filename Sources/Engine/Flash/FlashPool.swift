/// The pool a v3 certification draws from, built as Pix's `get-next-challenge` builds it.
public enum FlashPool {
    /// - Parameters:
    ///   - answered: the challenges already answered, with the parameters they were answered
    ///     with (whatever their status or locale now).
    ///   - bank: the current calibrated bank; only `validé` challenges in `locale` (when given)
    ///     are new draws.
    ///   - liveAlertChallengeIds: challenges with a proctor-validated live alert: every
    ///     challenge of their skills is excluded.
    ///   - accessibilityAdjustmentNeeded: keep only accessible challenges (answered ones
    ///     included, as Pix filters the whole pool).
    /// - Returns: the answered challenges first (so their stored parameters win over a
    ///   recalibration), then the new draws, each challenge id once.
    public static func certificationPool(
        answered: [CalibratedChallenge],
        bank: [CalibratedChallenge],
        locale: String?,
        accessibilityAdjustmentNeeded: Bool,
        liveAlertChallengeIds: Set<String> = []
    ) -> [CalibratedChallenge] {
        let drawable = bank.filter { challenge in
            challenge.status == .validé && (locale.map { challenge.locales.contains($0) } ?? true)
        }
        var seen = Set<String>()
        var pool: [CalibratedChallenge] = []
        for challenge in answered + drawable where seen.insert(challenge.id).inserted {
            pool.append(challenge)
        }
        let alertedSkills = Set(pool.filter { liveAlertChallengeIds.contains($0.id) }.map(\.skillId))
        pool.removeAll { alertedSkills.contains($0.skillId) }
        if accessibilityAdjustmentNeeded {
            pool.removeAll { !$0.isAccessible }
        }
        return pool
    }

    /// The answers the algorithm sees: answers to challenges with a validated live alert are
    /// removed.
    public static func answersExcludingLiveAlerts(
        _ answers: [FlashAnswer],
        liveAlertChallengeIds: Set<String>
    ) -> [FlashAnswer] {
        answers.filter { !liveAlertChallengeIds.contains($0.challengeId) }
    }
}
