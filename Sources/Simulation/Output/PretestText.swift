/// The texts of pretest planning, in the report and the command's summary; one catalogue per
/// language, beside `ReportText`'s.
public struct PretestText: Sendable {
    public let heading: String
    public let explanation: @Sendable (_ count: String, _ perSession: String, _ length: String, _ source: String) -> String
    public let fromProvisional: String
    public let fromItems: @Sendable (_ path: String) -> String
    public let chartTitle: String
    public let learnersAxis: String
    public let rmseAxis: String
    public let difficultySeries: String
    public let discriminationSeries: String
    public let targetSeries: @Sendable (_ target: String) -> String
    public let learnersColumn: String
    public let answersColumn: String
    public let difficultyRMSEColumn: String
    public let difficultyBiasColumn: String
    public let difficultyCorrelationColumn: String
    public let standardErrorColumn: String
    public let discriminationRMSEColumn: String
    public let discriminationCorrelationColumn: String
    public let flaggedColumn: String
    public let reached: @Sendable (_ learners: String, _ target: String) -> String
    public let notReached: @Sendable (_ target: String, _ largest: String, _ rmse: String) -> String
    public let notConverged: @Sendable (_ learners: String) -> String
    public let unanswered: @Sendable (_ learners: String, _ count: String) -> String
    public let noCorrelation: String
    /// The command's lines.
    public let summaryHeading: @Sendable (_ count: String, _ single: Bool, _ perSession: String) -> String
    public let summaryLine: @Sendable (_ learners: String, _ answers: String, _ bRMSE: String, _ bCorrelation: String, _ aRMSE: String, _ aCorrelation: String) -> String

    public static let english = PretestText(
        heading: "Pretest planning: how many learners the new challenges need",
        explanation: { count, perSession, length, source in
            "Pretest challenges: \(count) (\(source)): each session got \(perSession) of them at random positions among its first \(length) questions, answered from their true parameters and counted neither in the score nor in the capacity estimate. For each number of learners, the answers of the first learners were calibrated as pixc calibrate does, the live challenges anchored at the parameters the engine used, and the estimates compared with the truth."
        },
        fromProvisional: "the bank's provisional challenges, true parameters from the truth file or their provisional ones",
        fromItems: { path in "from \(path)" },
        chartTitle: "Error of the pretest challenges' estimates by number of learners",
        learnersAxis: "Learners",
        rmseAxis: "RMSE against the truth",
        difficultySeries: "Difficulty RMSE",
        discriminationSeries: "Discrimination RMSE",
        targetSeries: { target in "Target difficulty RMSE \(target)" },
        learnersColumn: "Learners",
        answersColumn: "Answers per challenge (mean, fewest)",
        difficultyRMSEColumn: "Difficulty RMSE",
        difficultyBiasColumn: "Difficulty bias",
        difficultyCorrelationColumn: "Difficulty correlation",
        standardErrorColumn: "Mean standard error",
        discriminationRMSEColumn: "Discrimination RMSE",
        discriminationCorrelationColumn: "Discrimination correlation",
        flaggedColumn: "Flagged",
        reached: { learners, target in "The difficulty's RMSE falls under \(target) from \(learners) learners on (at that number and every larger one tried)." },
        notReached: { target, largest, rmse in "None of the numbers of learners tried brings the difficulty's RMSE under \(target): at \(largest) learners it is still \(rmse). Try more learners, or more pretest questions per session." },
        notConverged: { learners in "The calibration from \(learners) learners did not converge: its figures are not reliable." },
        unanswered: { learners, count in "With \(learners) learners, \(count) pretest challenges got no answer and could not be estimated." },
        noCorrelation: "A correlation shows “–” when the true values do not vary (such as the provisional discrimination 1 of every challenge).",
        summaryHeading: { count, single, perSession in "pretest: \(count) challenge\(single ? "" : "s"), \(perSession) per session; learners: difficulty RMSE (correlation), discrimination RMSE (correlation)" },
        summaryLine: { learners, answers, bRMSE, bCorrelation, aRMSE, aCorrelation in
            "  \(learners) learners (\(answers) answers a challenge on average): difficulty \(bRMSE) (\(bCorrelation)), discrimination \(aRMSE) (\(aCorrelation))"
        }
    )
}
