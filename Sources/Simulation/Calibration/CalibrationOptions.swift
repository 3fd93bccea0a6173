import Localization
/// How `pixc calibrate` estimates: priors, stopping rule, quadrature, and the thresholds of its
/// flags. Every default is documented in docs/calibration.md.
public struct CalibrationOptions: Sendable {
    /// Normal prior on log(discrimination): the discrimination is log-normal, and the estimate is
    /// a maximum a posteriori on the log scale (the prior's peak is at exp(meanLog)).
    public struct DiscriminationPrior: Sendable, Hashable {
        public var meanLog: Double
        public var sdLog: Double
        public init(meanLog: Double = 0, sdLog: Double = 0.5) {
            self.meanLog = meanLog
            self.sdLog = sdLog
        }
    }

    /// Normal prior on difficulty, in units of the population: mean μ + mean·σ, spread sd·σ
    /// (μ = 0, σ = 1 without anchors).
    public struct DifficultyPrior: Sendable, Hashable {
        public var mean: Double
        public var sd: Double
        public init(mean: Double = 0, sd: Double = 2) {
            self.mean = mean
            self.sd = sd
        }
    }

    public var discriminationPrior: DiscriminationPrior? = DiscriminationPrior()
    public var difficultyPrior: DifficultyPrior? = DifficultyPrior()
    /// The EM stops when no parameter (discrimination, difficulty, population mean and spread)
    /// moves by more than this between two iterations.
    public var tolerance = 1e-4
    public var maximumIterations = 500
    /// Quadrature: `nodes` equally spaced points over ±`range` population standard deviations.
    public var quadratureNodes = 41
    public var quadratureRange = 5.0
    /// Challenges whose parameters are kept (anchoring); the population's mean and spread are
    /// then estimated.
    public var anchors: [String: AnchorParameters] = [:]
    /// E-step chunks run on every core when true; the result is the same either way.
    public var parallel = true

    // Flag thresholds.
    public var minimumAnswers = 100
    public var lowDiscrimination = 0.2
    public var highDiscrimination = 4.0
    /// Difficulty further than this many population standard deviations from its mean.
    public var difficultyRange = 4.0
    /// Standard deviation of the respondents' capacities (in population SDs) below which the slope
    /// is not identified.
    public var narrowCapacities = 0.3
    /// Significance level of the tests (anchor drift, level order, variants), before correction.
    public var significance = 0.05
    /// The language of the flags' and findings' messages (in every output, as the diagnostics are).
    public var language = Language.en

    public init() {}
}

/// The stored parameters of an anchored challenge.
public struct AnchorParameters: Sendable, Hashable {
    public var discrimination: Double
    public var difficulty: Double
    public init(discrimination: Double, difficulty: Double) {
        self.discrimination = discrimination
        self.difficulty = difficulty
    }
}
