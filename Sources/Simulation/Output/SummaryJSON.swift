import Engine
import JSON
import Release

extension SimulationSummary {
    /// summary.json, in pixc's canonical JSON (keys sorted, numbers as JavaScript prints them;
    /// a figure that cannot be computed, such as the bias of an empty band, is null).
    public var json: String {
        CanonicalJSON.string(jsonValue)
    }

    var jsonValue: JSONValue {
        .object([
            "inputs": inputs,
            "overall": precision(overall, extra: [
                "correlation": number(correlation),
                "minimumLength": .integer(minimumLength),
                "maximumLength": .integer(maximumLength),
            ]),
            "bands": .array(bands.map { band in
                precision(band.precision, extra: ["from": bound(band.from), "to": bound(band.to), "share": .number(band.share)])
            }),
            "scores": scores.map(scoresValue) ?? .null,
            "answersPerCompetence": .array(answersPerCompetence.map { entry in
                .object(["competence": .string(entry.competence), "answers": .integer(entry.answers)])
            }),
            "exposure": .object([
                "maximumRate": .number(exposure.maximumRate),
                "maximumRateChallenge": .string(exposure.maximumRateChallenge),
                "neverUsed": .integer(exposure.neverUsed),
                "neverUsedShare": .number(exposure.neverUsedShare),
                "overlapRate": .number(exposure.overlapRate),
                "chiSquare": .number(exposure.chiSquare),
            ]),
            "diagnostics": diagnosticsValue,
            "competencePix": competencePix.map { list in
                .array(list.map { entry in
                    .object([
                        "competence": .string(entry.competence),
                        "meanEarnedPix": .number(entry.meanEarned),
                        "meanImpliedPix": .number(entry.meanImplied),
                        "meanGap": .number(entry.meanGap),
                        "sameLevelShare": .number(entry.sameLevelShare),
                    ])
                })
            } ?? .null,
            "pretest": pretest.map(pretestValue) ?? .null,
        ])
    }

    private func pretestValue(_ pretest: PretestSummary) -> JSONValue {
        .object([
            "source": .string(pretest.source),
            "path": pretest.path.map(JSONValue.string) ?? .null,
            "digest": pretest.digest.map(JSONValue.string) ?? .null,
            "challenges": .array(pretest.ids.indices.map { index in
                .object([
                    "id": .string(pretest.ids[index]),
                    "trueDiscrimination": .number(pretest.trueDiscrimination[index]),
                    "trueDifficulty": .number(pretest.trueDifficulty[index]),
                ])
            }),
            "perSession": .integer(pretest.perSession),
            "nominalLength": .integer(pretest.nominalLength),
            "targetRMSE": .number(pretest.targetRMSE),
            "targetReachedAt": pretest.targetReachedAt.map(JSONValue.integer) ?? .null,
            "sizes": .array(pretest.sizes.map { size in
                .object([
                    "learners": .integer(size.learners),
                    "estimated": .integer(size.estimated),
                    "minimumAnswers": .integer(size.minimumAnswers),
                    "meanAnswers": .number(size.meanAnswers),
                    "difficulty": .object([
                        "rmse": number(size.difficultyRMSE),
                        "bias": number(size.difficultyBias),
                        "correlation": number(size.difficultyCorrelation),
                        "meanStandardError": number(size.meanDifficultyStandardError),
                    ]),
                    "discrimination": .object([
                        "rmse": number(size.discriminationRMSE),
                        "correlation": number(size.discriminationCorrelation),
                    ]),
                    "flagged": .integer(size.flagged),
                    "converged": .bool(size.converged),
                    "anchors": .integer(size.anchors),
                    "population": .object(["mean": .number(size.populationMean), "sd": .number(size.populationSD)]),
                ])
            }),
        ])
    }

    private var inputs: JSONValue {
        var bank: [String: JSONValue] = [
            "digest": .string(bankDigest),
            "challenges": .integer(challenges),
            "provisional": .integer(provisionalIds.count),
            "provisionalChallenges": .array(provisionalIds.map(JSONValue.string)),
        ]
        switch bankSource {
        case let .bundle(path, framework, statuses, locale, calibratedOnly):
            bank["source"] = .string("bundle")
            bank["path"] = .string(path)
            bank["framework"] = framework.map(JSONValue.string) ?? .null
            bank["statuses"] = .array(statuses.map(JSONValue.string))
            bank["locale"] = locale.map(JSONValue.string) ?? .null
            bank["calibratedOnly"] = .bool(calibratedOnly)
            bank["skippedChallenges"] = .integer(skippedChallenges)
        case .items(let path):
            bank["source"] = .string("items")
            bank["path"] = .string(path)
        }
        var population: [String: JSONValue] = ["learners": .integer(learners)]
        switch request.population {
        case .distribution:
            population["capacity"] = .string(populationDescription)
        case .file:
            population["capacities"] = .string(populationDescription)
            population["digest"] = populationDigest.map(JSONValue.string) ?? .null
        }
        return .object([
            "bank": .object(bank),
            "truth": request.truthPath.map { path in
                .object(["path": .string(path), "digest": truthDigest.map(JSONValue.string) ?? .null])
            } ?? .null,
            "population": .object(population),
            "seed": .string(String(request.seed)),
            "engine": engineValue,
            "bands": .object(["low": .number(request.bands.low), "high": .number(request.bands.high), "width": .number(request.bands.width)]),
            "standardErrorThreshold": .number(request.standardErrorThreshold),
            "trace": .bool(request.writesTrace),
            "answers": .bool(request.writesAnswers),
        ])
    }

    private var engineValue: JSONValue {
        switch request.engine {
        case .flash(let configuration):
            return .object([
                "name": .string("flash"),
                "maximumAssessmentLength": .integer(configuration.maximumAssessmentLength),
                "challengesBetweenSameCompetence": .integer(configuration.challengesBetweenSameCompetence),
                "limitToOneQuestionPerTube": .bool(configuration.limitToOneQuestionPerTube),
                "enablePassageByAllCompetences": .bool(configuration.enablePassageByAllCompetences),
                "variationPercent": configuration.variationPercent.map(JSONValue.number) ?? .null,
                "defaultCandidateCapacity": .number(configuration.defaultCandidateCapacity),
                "defaultProbabilityToPickChallenge": .number(configuration.defaultProbabilityToPickChallenge),
            ])
        case let .maxInfo(length, stopError):
            return .object([
                "name": .string("max-info"),
                "length": .integer(length),
                "stopError": stopError.map(JSONValue.number) ?? .null,
                "prior": .string("normal:0,1"),
                "grid": .object(["from": .number(EAPGrid.points[0]), "to": .number(EAPGrid.points[EAPGrid.count - 1]), "points": .integer(EAPGrid.count)]),
            ])
        case let .smartRandom(maximumLength, locale):
            return .object([
                "name": .string("smart-random"),
                "maximumLength": maximumLength.map(JSONValue.integer) ?? .null,
                "locale": .string(locale),
            ])
        }
    }

    private var diagnosticsValue: JSONValue {
        .object([
            "grid": .array(diagnostics.grid.map(JSONValue.number)),
            "bankInformation": .array(diagnostics.bankInformation.map(JSONValue.number)),
            "testInformation": .array(diagnostics.testInformation.map(JSONValue.number)),
            "expectedStandardError": .array(diagnostics.expectedStandardError.map(JSONValue.number)),
            "informationLength": .integer(diagnostics.length),
            "standardErrorThreshold": .number(diagnostics.threshold),
            "weakRanges": .array(diagnostics.weakRanges.map { .object(["from": .number($0.from), "to": .number($0.to)]) }),
            "newChallengeInformation": .number(diagnostics.newChallengeInformation),
            "gaps": .array(diagnostics.gaps.enumerated().map { rank, gap in
                .object([
                    "rank": .integer(rank + 1),
                    "competence": .string(gap.competence),
                    "from": bound(gap.from),
                    "to": bound(gap.to),
                    "challenges": .integer(gap.challenges),
                    "learnersShare": .number(gap.learnersShare),
                    "bestInformation": .number(gap.bestInformation),
                    "newChallengeInformation": .number(gap.newChallengeInformation),
                    "gain": .number(gap.gain),
                    "reason": .string(gap.reason.rawValue),
                ])
            }),
        ])
    }

    private func scoresValue(_ scores: Scores) -> JSONValue {
        .object([
            "mean": .number(scores.mean),
            "standardDeviation": .number(scores.standardDeviation),
            "percentiles": .object(Dictionary(uniqueKeysWithValues: scores.percentiles.map { ("p\($0.rank)", JSONValue.integer($0.score)) })),
            "histogram": .array(scores.histogram.map { .object(["from": .integer($0.from), "to": .integer($0.to), "learners": .integer($0.learners)]) }),
            "meshes": .array(scores.meshes.map { .object(["mesh": .string($0.mesh), "learners": .integer($0.learners)]) }),
        ])
    }

    private func precision(_ precision: Precision, extra: [String: JSONValue]) -> JSONValue {
        var members: [String: JSONValue] = [
            "learners": .integer(precision.learners),
            "undefinedEstimates": .integer(precision.undefinedEstimates),
            "bias": number(precision.bias),
            "rmse": number(precision.rmse),
            "meanErrorRate": number(precision.meanErrorRate),
            "coverage": number(precision.coverage),
            "meanLength": number(precision.meanLength),
            "correctRate": number(precision.correctRate),
        ]
        members.merge(extra) { _, new in new }
        return .object(members)
    }

    private func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

    /// A band bound; the outer bands' infinite bounds are null.
    private func bound(_ value: Double) -> JSONValue { value.isFinite ? .double(value) : .null }
}
