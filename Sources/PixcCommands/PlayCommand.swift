import ArgumentParser
import Engine
import Foundation
import Grading
import Localization
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
        guard length >= 1 else { throw ValidationError(RunMessages.catalogue.text("play.lengthTooSmall")) }
    }

    func run() throws {
        let console = Console.current
        let messages = RunMessages.catalogue
        let folder = try rootOptions.bundleFolder(bundle)
        let (release, _) = try BundleReader.readForCommand(folder)
        let bank = BundleBank(release: release, locale: locale, framework: framework, provisional: !calibratedOnly,
                              includeProposed: includeProposed, only: only.isEmpty ? nil : only)
        guard !bank.items.isEmpty else {
            let what = messages.text(includeProposed ? "play.nothingToPlay.validatedOrProposed" : "play.nothingToPlay.validated")
            let among = only.isEmpty ? "" : messages.text("play.nothingToPlay.among", ["ids": only.joined(separator: ", ")])
            let calibrated = calibratedOnly ? messages.text("play.nothingToPlay.uncalibrated") : ""
            throw UsageFailure(message: messages.text("play.nothingToPlay", ["folder": folder, "what": what, "among": among, "calibrated": calibrated]))
        }
        var configuration = FlashConfiguration.v3Certification
        configuration.maximumAssessmentLength = length
        var session = PlaySession(bank: bank, configuration: configuration, initialCapacity: initialCapacity, seed: seed)
        let provisional = bank.items.filter { !$0.isCalibrated }.count
        console.out(messages.text(provisional > 0 ? "play.startProvisional" : "play.start", [
            "challenges": Numbers.integer(bank.items.count), "provisional": Numbers.integer(provisional), "length": Numbers.integer(length),
        ]) + "\n")
        questions: for number in 1...length {
            let item: BundleBank.Item
            switch try session.next() {
            case .success(let next): item = next
            case .failure(let reason):
                console.out("\n" + messages.text(reason == .maximumLengthReached ? "play.end.allAsked" : "play.end.noChallenge") + "\n")
                break questions
            }
            let order = Self.optionOrder(item, seed: seed)
            console.out(Self.question(item, number: number, length: length, order: order))
            guard let answer = Self.ask(item, order: order, console: console) else {
                console.out("\n" + messages.text("play.stopped") + "\n")
                break
            }
            let turn = try session.answer(answer, to: item)
            console.out(messages.text("play.turn", [
                "status": messages.text("play.status.\(turn.status.rawValue)"),
                "capacity": Numbers.fixed(turn.estimate.capacity, digits: 2), "error": Numbers.fixed(turn.estimate.errorRate, digits: 2),
            ]) + (session.score.map { messages.text("play.turnScore", ["score": Numbers.integer($0)]) } ?? "") + "\n")
        }
        if !session.turns.isEmpty {
            let right = session.turns.filter { $0.status == .ok }.count
            console.out("\n" + messages.text("play.right", ["right": Numbers.integer(right), "total": Numbers.integer(session.turns.count)]))
            if let last = session.turns.last {
                console.out(messages.text("play.finalCapacity", [
                    "capacity": Numbers.fixed(last.estimate.capacity, digits: 2), "error": Numbers.fixed(last.estimate.errorRate, digits: 2),
                ]))
            }
            console.out(session.score.map { messages.text("play.finalScore", ["score": Numbers.integer($0)]) + "\n" } ?? "\n")
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
        let messages = RunMessages.catalogue
        var out = "\n[\(number)/\(length)] \(challenge.id) · \(item.skillName) (\(item.competenceIndex)) · "
        out += item.isCalibrated
            ? messages.text("play.calibrated", ["a": Numbers.fixed(item.calibrated.discriminant, digits: 2), "b": Numbers.fixed(item.calibrated.difficulty, digits: 2)])
            : messages.text("play.provisional", ["b": Numbers.fixed(item.calibrated.difficulty, digits: 1)])
        out += challenge.timer.map { messages.text("play.timer", ["seconds": "\($0)"]) } ?? ""
        out += "\n\n" + challenge.instruction.trimmingWhitespace() + "\n"
        if !challenge.attachments.isEmpty { out += messages.text("play.attachments", ["files": challenge.attachments.joined(separator: ", ")]) + "\n" }
        if let url = challenge.illustrationUrl {
            out += messages.text("play.illustration", ["url": url]) + (challenge.illustrationAlt.map { " (\($0))" } ?? "") + "\n"
        }
        if let embed = challenge.embedUrl { out += messages.text("play.simulator", ["url": embed]) + "\n" }
        switch item.grading.type {
        case .qcu, .qcm:
            let options = OptionList.texts(challenge.proposals)
            for (shown, position) in order.enumerated() where options.indices.contains(position) {
                out += "  \(shown + 1). \(options[position])\n"
            }
        case .qroc, .qrocmInd, .qrocmDep:
            out += "\n" + ProposalsLayout.prompts(challenge.proposals, strings: Localization.current == .fr ? .french : .english).text.trimmingWhitespace() + "\n"
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
            console.out(RunMessages.catalogue.text(item.grading.type == .qcu ? "play.ask.option" : "play.ask.options"))
            guard let line = console.readLine(), line.trimmingWhitespace().lowercased() != "q" else { return nil }
            return line.isEmpty ? .abandoned : .text(authoredNumbers(line, order: order))
        case .qroc, .qrocmInd, .qrocmDep:
            var fields: [AnswerField] = []
            let inputs = ProposalsLayout.prompts(item.challenge.proposals, strings: Localization.current == .fr ? .french : .english).inputs
            if inputs.isEmpty {
                // An answer sent by a simulator (autoReply): typed here instead.
                console.out(RunMessages.catalogue.text("play.ask.answer"))
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
