import ArgumentParser
import Engine
import Foundation
import Grading
import Preview
import Release
import Simulation
import Vocabulary

struct Play: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("play.abstract"),
        discussion: CommandHelp.text("play.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @Option(name: .long, help: CommandHelp.help("play.bundle", valueName: "folder"))
    var bundle: String?

    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("play.locale", valueName: "locale"))
    var locale: String?

    @Option(name: .long, help: CommandHelp.help("play.framework", valueName: "id"))
    var framework: String = "pix"

    @Option(name: .long, help: CommandHelp.help("play.seed"))
    var seed: UInt64 = 1

    @Option(name: .long, help: CommandHelp.help("play.length"))
    var length: Int = 32

    @Option(name: .long, help: CommandHelp.help("play.initialCapacity"))
    var initialCapacity: Double = -3

    @Flag(name: .long, help: CommandHelp.help("play.calibratedOnly"))
    var calibratedOnly = false

    @Flag(name: .long, help: CommandHelp.help("play.includeProposed"))
    var includeProposed = false

    @Option(name: .long, parsing: .upToNextOption, help: CommandHelp.help("play.only", valueName: "id"))
    var only: [String] = []

    func validate() throws {
        guard length >= 1 else { throw ValidationError("--length must be at least 1") }
    }

    func run() throws {
        let console = Console.current
        let folder = try bundle ?? rootOptions.resolveRoot().appendingPathComponent("dist").path
        let (release, _) = try BundleReader.readForCommand(folder)
        let bank = BundleBank(release: release, locale: locale, framework: framework, provisional: !calibratedOnly,
                              includeProposed: includeProposed, only: only.isEmpty ? nil : only)
        guard !bank.items.isEmpty else {
            let what = includeProposed ? "validé or proposé" : "validé"
            throw UsageFailure(message: "\(folder): no \(what) challenge to play\(only.isEmpty ? "" : " among \(only.joined(separator: ", "))")\(calibratedOnly ? " (none is calibrated)" : "")")
        }
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
            let order = Self.optionOrder(item, seed: seed)
            console.out(Self.question(item, number: number, length: length, order: order))
            guard let answer = Self.ask(item, order: order, console: console) else {
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

    /// The authored option positions (0-based) in the order Pix shows them, the assessment id
    /// being the seed.
    static func optionOrder(_ item: BundleBank.Item, seed: UInt64) -> [Int] {
        guard item.grading.type == .qcu || item.grading.type == .qcm else { return [] }
        let count = OptionList.texts(item.challenge.proposals).count
        return PixShuffle.displayOrder(count: count, shuffled: item.challenge.shuffled, seed: Int64(truncatingIfNeeded: seed))
    }

    static func question(_ item: BundleBank.Item, number: Int, length: Int, order: [Int]) -> String {
        let challenge = item.challenge
        var out = "\n[\(number)/\(length)] \(challenge.id) · \(item.skillName) (\(item.competenceIndex)) · "
        out += item.isCalibrated ? String(format: "a %.2f, b %.2f", item.calibrated.discriminant, item.calibrated.difficulty)
                                 : String(format: "provisional b %.1f", item.calibrated.difficulty)
        out += challenge.timer.map { " · timer \($0) s" } ?? ""
        out += "\n\n" + challenge.instruction.trimmingWhitespace() + "\n"
        if !challenge.attachments.isEmpty { out += "attachments: " + challenge.attachments.joined(separator: ", ") + "\n" }
        if let url = challenge.illustrationUrl { out += "illustration: \(url)" + (challenge.illustrationAlt.map { " (\($0))" } ?? "") + "\n" }
        if let embed = challenge.embedUrl { out += "simulator: \(embed)\n" }
        switch item.grading.type {
        case .qcu, .qcm:
            let options = OptionList.texts(challenge.proposals)
            for (shown, position) in order.enumerated() where options.indices.contains(position) {
                out += "  \(shown + 1). \(options[position])\n"
            }
        case .qroc, .qrocmInd, .qrocmDep:
            out += "\n" + ProposalsLayout.prompts(challenge.proposals).text.trimmingWhitespace() + "\n"
        }
        return out
    }

    /// "2" or "1,3" as typed (numbers shown) → the authored numbers Pix's answer carries.
    static func authoredNumbers(_ typed: String, order: [Int]) -> String {
        typed.split(separator: ",", omittingEmptySubsequences: false).map { part in
            let trimmed = part.trimmingCharacters(in: .whitespaces)
            guard let shown = Int(trimmed), order.indices.contains(shown - 1) else { return trimmed }
            return String(order[shown - 1] + 1)
        }.joined(separator: ",")
    }

    /// Reads the learner's answer; nil to quit.
    static func ask(_ item: BundleBank.Item, order: [Int], console: Console) -> Answer? {
        switch item.grading.type {
        case .qcu, .qcm:
            console.out(item.grading.type == .qcu ? "option number> " : "option numbers (1,3)> ")
            guard let line = console.readLine(), line.trimmingWhitespace().lowercased() != "q" else { return nil }
            return line.isEmpty ? .abandoned : .text(authoredNumbers(line, order: order))
        case .qroc, .qrocmInd, .qrocmDep:
            var fields: [AnswerField] = []
            let inputs = ProposalsLayout.prompts(item.challenge.proposals).inputs
            if inputs.isEmpty {
                // An answer sent by a simulator (autoReply): typed here instead.
                console.out("answer> ")
                guard let line = console.readLine(), line.trimmingWhitespace().lowercased() != "q" else { return nil }
                return line.isEmpty ? .abandoned : .text(line)
            }
            for input in inputs {
                var prompt = "[\(input.number)] \(input.label)"
                if let placeholder = input.placeholder, !placeholder.isEmpty { prompt += " (\(placeholder))" }
                if let options = input.options { prompt += " [\(options.joined(separator: " | "))]" }
                console.out(prompt + "> ")
                guard let line = console.readLine(), line.trimmingWhitespace().lowercased() != "q" else { return nil }
                fields.append(AnswerField(key: input.key, value: line))
            }
            if item.grading.type == .qroc {
                let text = fields.first?.value ?? ""
                return text.isEmpty ? .abandoned : .text(text)
            }
            return fields.allSatisfy { $0.value.isEmpty } ? .abandoned : .fields(fields)
        }
    }
}
