import ArgumentParser
import Engine
import Foundation
import Grading
import Release
import Simulation

struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take an adaptive test on a built bundle, in the terminal, to feel the test your challenges make.",
        discussion: """
        The flash engine (Pix's v3 certification rules) picks each question among the validé \
        challenges of the bundle, you answer, Pix's grading decides, and the capacity and its \
        error rate are shown after each answer. Challenges without calibration get provisional \
        parameters from their skill level (difficulty 0.9 × level − 3.2, discrimination 1), marked \
        as such. Answer QCU/QCM with option numbers (2, or 1,3), QROC with text; an empty answer \
        skips the question; q quits.
        """
    )

    @Option(name: .long, help: ArgumentHelp("The bundle folder (default: dist in the repository).", valueName: "folder"))
    var bundle: String?

    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: ArgumentHelp("Only challenges in this locale.", valueName: "locale"))
    var locale: String?

    @Option(name: .long, help: ArgumentHelp("Only this framework's challenges (pix, the CRCN, as Pix's certification; or crcne).", valueName: "id"))
    var framework: String = "pix"

    @Option(name: .long, help: "Seed of the engine's random pick among the 5 best challenges.")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Number of questions (Pix v3 certification: 32).")
    var length: Int = 32

    @Option(name: .long, help: "Initial capacity (Pix v3 certification: -3).")
    var initialCapacity: Double = -3

    @Flag(name: .long, help: "Use only calibrated challenges (no provisional parameters).")
    var calibratedOnly = false

    func run() throws {
        let console = Console.current
        let folder = try bundle ?? rootOptions.resolveRoot().appendingPathComponent("dist").path
        let (release, _) = try BundleReader.readForCommand(folder)
        let bank = BundleBank(release: release, locale: locale, framework: framework, provisional: !calibratedOnly)
        guard !bank.items.isEmpty else {
            throw UsageFailure(message: "\(folder): no validé challenge to play\(calibratedOnly ? " (none is calibrated)" : "")")
        }
        guard length >= 1 else { throw UsageFailure(message: "--length must be at least 1") }
        var configuration = FlashConfiguration.v3Certification
        configuration.maximumAssessmentLength = length
        var session = PlaySession(bank: bank, configuration: configuration, initialCapacity: initialCapacity, seed: seed)
        let provisional = bank.items.filter { !$0.isCalibrated }.count
        console.out("pixc play: \(bank.items.count) challenges\(provisional > 0 ? " (\(provisional) with provisional parameters)" : ""), \(length) questions. Empty answer: skip; q: quit.\n")
        questions: for number in 1...length {
            let item: BundleBank.Item
            switch try session.next() {
            case .success(let next): item = next
            case .failure(let reason):
                console.out("\nThe test ends: \(reason == .maximumLengthReached ? "all questions asked" : "no eligible challenge left").\n")
                break questions
            }
            console.out(Self.question(item, number: number, length: length))
            guard let answer = Self.ask(item, console: console) else {
                console.out("\nStopped.\n")
                break
            }
            let turn = try session.answer(answer, to: item)
            console.out(String(format: "→ %@ · capacity %.2f (± %.2f)", turn.status.rawValue, turn.estimate.capacity, turn.estimate.errorRate)
                        + (session.score.map { " · v3 score \($0)" } ?? "") + "\n")
        }
        if !session.turns.isEmpty {
            let right = session.turns.filter { $0.status == .ok }.count
            console.out("\n\(right)/\(session.turns.count) right")
            if let last = session.turns.last {
                console.out(String(format: ", final capacity %.2f (± %.2f)", last.estimate.capacity, last.estimate.errorRate))
            }
            console.out(session.score.map { ", v3 score \($0)/895\n" } ?? "\n")
        }
    }

    static func question(_ item: BundleBank.Item, number: Int, length: Int) -> String {
        let challenge = item.challenge
        var out = "\n[\(number)/\(length)] \(challenge.id) · \(item.skillName) (\(item.competenceIndex)) · "
        out += item.isCalibrated ? String(format: "a %.2f, b %.2f", item.calibrated.discriminant, item.calibrated.difficulty)
                                 : String(format: "provisional b %.1f", item.calibrated.difficulty)
        out += challenge.timer.map { " · timer \($0) s" } ?? ""
        out += "\n\n" + challenge.instruction.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        if !challenge.attachments.isEmpty { out += "attachments: " + challenge.attachments.joined(separator: ", ") + "\n" }
        if let url = challenge.illustrationUrl { out += "illustration: \(url)" + (challenge.illustrationAlt.map { " (\($0))" } ?? "") + "\n" }
        if let embed = challenge.embedUrl { out += "simulator: \(embed)\n" }
        switch item.grading.type {
        case .qcu, .qcm:
            for (index, option) in OptionList.texts(challenge.proposals).enumerated() { out += "  \(index + 1). \(option)\n" }
        case .qroc, .qrocmInd, .qrocmDep:
            out += "\n" + challenge.proposals.trimmingCharacters(in: .whitespacesAndNewlines) + "\n"
        }
        return out
    }

    /// Reads the learner's answer; nil to quit.
    static func ask(_ item: BundleBank.Item, console: Console) -> Answer? {
        switch item.grading.type {
        case .qcu, .qcm, .qroc:
            let prompt = item.grading.type == .qroc ? "answer" : (item.grading.type == .qcu ? "option number" : "option numbers (1,3)")
            console.out("\(prompt)> ")
            guard let line = console.readLine(), line.trimmingCharacters(in: .whitespaces).lowercased() != "q" else { return nil }
            return line.isEmpty ? .abandoned : .text(line)
        case .qrocmInd, .qrocmDep:
            var fields: [AnswerField] = []
            for block in ProposalsSyntax.parse(item.challenge.proposals).blocks {
                let options = block.options.map { " [\($0.joined(separator: " | "))]" } ?? ""
                console.out("\(block.key)\(options)> ")
                guard let line = console.readLine(), line.trimmingCharacters(in: .whitespaces).lowercased() != "q" else { return nil }
                fields.append(AnswerField(key: block.key, value: line))
            }
            return fields.allSatisfy { $0.value.isEmpty } ? .abandoned : .fields(fields)
        }
    }
}
