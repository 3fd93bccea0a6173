import JSON
import Localization
import Vocabulary

/// `pixc stats --quality`: QCU a learner can answer without the skill. A right option much longer
/// than the others gives itself away (writers qualify the true statement and leave the wrong
/// ones short); a right option always at the same place in the QCU of a tube that Pix shows in
/// written order (`shuffled: non`) can be learnt.
public struct QualityReport: Sendable {
    public struct LongOption: Sendable, Equatable {
        public let challengeID: String
        public let path: String
        /// Characters of the right option, and the average of the others (rounded), in the variant
        /// where the gap is largest (the challenge itself when it has no dataset).
        public let rightLength: Int
        public let othersLength: Int
    }

    public struct SamePosition: Sendable, Equatable {
        public let tube: String
        /// 1-based written position of the right option.
        public let position: Int
        public let challengeIDs: [String]
    }

    public let longOptions: [LongOption]
    public let samePositions: [SamePosition]

    /// The right option is the longest and at least 1.5 times the others' average length.
    static let lengthRatio = 1.5

    public init(_ result: CheckResult) {
        var longOptions: [LongOption] = []
        var positions: [String: [(id: String, position: Int)]] = [:]
        for compiled in result.challenges where compiled.view.form.type == .qcu {
            let forms = compiled.variants.isEmpty ? [compiled.view.form] : compiled.variants.map(\.form)
            var worst: (right: Int, others: Int, ratio: Double)?
            for form in forms {
                guard let right = form.options.first(where: \.isCorrect), form.options.count >= 2 else { continue }
                let rightLength = right.text.value.count
                let others = form.options.filter { !$0.isCorrect }.map(\.text.value.count)
                let average = Double(others.reduce(0, +)) / Double(others.count)
                guard rightLength > (others.max() ?? 0), average > 0, Double(rightLength) >= Self.lengthRatio * average else { continue }
                let ratio = Double(rightLength) / average
                if worst.map({ ratio > $0.ratio }) ?? true { worst = (rightLength, Int(average.rounded()), ratio) }
            }
            if let worst {
                longOptions.append(LongOption(challengeID: compiled.id, path: compiled.view.challenge.file.path, rightLength: worst.right, othersLength: worst.others))
            }
            // A shuffled QCU is shown in another order to each learner: its written place tells nothing.
            if let tube = compiled.view.skill?.tube.name.value, !compiled.view.form.shuffled,
               let position = compiled.view.form.options.firstIndex(where: \.isCorrect) {
                positions[tube, default: []].append((compiled.id, position + 1))
            }
        }
        self.longOptions = longOptions.sorted { $0.challengeID < $1.challengeID }
        var samePositions: [SamePosition] = []
        for (tube, entries) in positions where entries.count >= 2 {
            guard let position = entries.first?.position, entries.allSatisfy({ $0.position == position }) else { continue }
            samePositions.append(SamePosition(tube: tube, position: position, challengeIDs: entries.map(\.id).sorted()))
        }
        self.samePositions = samePositions.sorted { $0.tube < $1.tube }
    }

    public var report: String {
        let catalogue = WritingMessages.catalogue
        var out = catalogue.text("quality.title") + "\n"
        out += "  " + catalogue.text("quality.long", ["count": String(longOptions.count)]) + "\n"
        for item in longOptions {
            out += "    " + catalogue.text("quality.longItem", ["id": item.challengeID, "path": item.path, "right": String(item.rightLength), "others": String(item.othersLength)]) + "\n"
        }
        out += "  " + catalogue.text("quality.position", ["count": String(samePositions.count)]) + "\n"
        for item in samePositions {
            out += "    " + catalogue.text("quality.positionItem", [
                "tube": item.tube, "position": String(item.position), "count": String(item.challengeIDs.count),
                "ids": item.challengeIDs.joined(separator: ", "),
            ]) + "\n"
        }
        return out
    }

    public var jsonReport: String {
        let long = longOptions.map { item in
            var object = JSONObjectWriter()
            object.string("challenge", item.challengeID)
            object.string("path", item.path)
            object.int("rightLength", item.rightLength)
            object.int("othersLength", item.othersLength)
            return object.result
        }
        let same = samePositions.map { item in
            var object = JSONObjectWriter()
            object.string("tube", item.tube)
            object.int("position", item.position)
            object.raw("challenges", JSONObjectWriter.array(item.challengeIDs.map { JSONString.literal($0, .lineSafe) }))
            return object.result
        }
        var object = JSONObjectWriter()
        object.raw("longRightOption", JSONObjectWriter.array(long))
        object.raw("sameRightPosition", JSONObjectWriter.array(same))
        return object.result
    }
}
