import Compiler
import JSON
import Localization
import Model

/// The `pixc expand` report: a challenge's rendered variants, as a learner sees them (text), or
/// their values and texts (JSON).
public enum ExpansionReport {
    struct Shown {
        let number: Int
        let id: String
        let values: [(name: String, value: String)]
        let challenge: Challenge
        let form: PixForm
    }

    static func shown(_ compiled: CompiledChallenge) -> [Shown] {
        if compiled.isRandomized {
            return compiled.variants.map { Shown(number: $0.number, id: $0.id, values: $0.values, challenge: $0.challenge, form: $0.form) }
        }
        return [Shown(number: 1, id: compiled.id, values: [], challenge: compiled.view.challenge, form: compiled.view.form)]
    }

    public static func text(_ compiled: CompiledChallenge, language: Language = .en) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            ExpansionMessages.catalogue.text(key, arguments, in: language)
        }
        func field(_ key: String, _ value: String) -> String {
            Self.field(key.isEmpty ? "" : text("field.\(key)"), value)
        }
        let variants = shown(compiled)
        var out = ""
        if !compiled.isRandomized {
            out += text("noDataset", ["id": compiled.id]) + "\n"
        } else {
            out += text(variants.count == 1 ? "variants.one" : "variants.many", ["id": compiled.id, "count": "\(variants.count)"])
            if let statistics = compiled.statistics {
                var details: [String] = []
                if statistics.method == .sampled {
                    details.append(text("drawn", ["rate": "\(Int((statistics.acceptanceRate * 100).rounded()))"]))
                }
                if let available = statistics.available {
                    details.append(available == variants.count ? text("everyPossible") : text("possible", ["count": "\(available)"]))
                }
                if !details.isEmpty { out += " (" + details.joined(separator: ", ") + ")" }
            }
            out += "\n"
        }
        for variant in variants {
            out += "\n" + text("variant", ["number": "\(variant.number)", "id": variant.id]) + "\n"
            if !variant.values.isEmpty {
                out += field("values", variant.values.map { "\($0.name) = \($0.value)" }.joined(separator: ", "))
            }
            out += field("instruction", variant.challenge.instruction.value.trimmingTrailingNewlines)
            out += media(variant.challenge, language: language)
            if variant.form.type.isChoice {
                for (index, option) in variant.form.options.enumerated() {
                    out += field(index == 0 ? "options" : "", "\(index + 1). \(option.text.value)\(option.isCorrect ? "  ✓" : "")")
                }
            } else {
                let layout = ProposalsLayout.prompts(variant.form.proposals, strings: language == .fr ? .french : .english)
                out += field("proposals", layout.text.trimmingTrailingNewlines)
                for (index, input) in layout.inputs.enumerated() {
                    var line = "[\(input.number)] \(input.label)"
                    if let placeholder = input.placeholder, !placeholder.isEmpty { line += text("placeholder", ["text": placeholder]) }
                    if let options = input.options { line += " [\(options.joined(separator: " | "))]" }
                    if let value = input.defaultValue { line += text("prefilled", ["value": value]) }
                    out += field(index == 0 ? "inputs" : "", line)
                }
                out += field("solution", variant.form.solution)
            }
            if let display = variant.challenge.solutionToDisplay { out += field("shownAfter", display.value) }
            if let tests = variant.challenge.tests {
                out += field("tests", text("tests", [
                    "accepted": tests.accept.map(describe).joined(separator: " · "), "rejected": tests.reject.map(describe).joined(separator: " · "),
                ]))
            }
        }
        return out
    }

    /// Illustration, attachments and simulator, as the learner gets them.
    static func media(_ challenge: Challenge, language: Language = .en) -> String {
        func text(_ key: String, _ arguments: KeyValuePairs<String, String> = [:]) -> String {
            ExpansionMessages.catalogue.text(key, arguments, in: language)
        }
        func field(_ key: String, _ value: String) -> String {
            Self.field(key.isEmpty ? "" : text("field.\(key)"), value)
        }
        var out = ""
        if let illustration = challenge.illustration {
            let source = illustration.file?.value ?? illustration.url?.value ?? "?"
            out += field("illustration", source + (illustration.alt.map { text("alt", ["alt": $0.value]) } ?? text("noAlt")))
        }
        for (index, attachment) in challenge.attachments.enumerated() {
            out += field(index == 0 ? "attachments" : "", attachment.value)
        }
        if let embed = challenge.embed {
            out += field("simulator", embed.url.value + (embed.title.map { " — \($0.value)" } ?? "") + (embed.height.map { ", \($0.value) px" } ?? ""))
        }
        if let timer = challenge.timer?.value { out += field("timer", "\(timer) s") }
        if challenge.focus?.value == true { out += field("focus", text("focusValue")) }
        return out
    }

    static func describe(_ test: TestAnswer) -> String {
        switch test {
        case .text(let text): return text.value
        case .keyed(let pairs, _): return "{" + pairs.map { "\($0.key.value): \($0.value.value)" }.joined(separator: ", ") + "}"
        }
    }

    static func field(_ name: String, _ value: String) -> String {
        let label = name.padding(toLength: 12, withPad: " ", startingAt: 0)
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var out = "  \(label) \(lines.first ?? "")\n"
        for line in lines.dropFirst() where !(line.isEmpty && line == lines.last) {
            // A paragraph break stays a blank line.
            out += line.isEmpty ? "\n" : "  \(String(repeating: " ", count: 12)) \(line)\n"
        }
        return out
    }

    public static func json(_ compiled: CompiledChallenge) -> String {
        var root = JSONObjectWriter()
        root.string("challenge", compiled.id)
        root.bool("randomized", compiled.isRandomized)
        if let statistics = compiled.statistics {
            var stats = JSONObjectWriter()
            stats.string("method", statistics.method.rawValue)
            if let available = statistics.available { stats.int("available", available) } else { stats.null("available") }
            stats.int("candidatesExamined", statistics.candidatesExamined)
            stats.int("candidatesAccepted", statistics.candidatesAccepted)
            root.raw("statistics", stats.result)
        }
        let variants = shown(compiled).map { variant -> String in
            var object = JSONObjectWriter()
            object.int("number", variant.number)
            object.string("id", variant.id)
            var values = JSONObjectWriter()
            for pair in variant.values { values.string(pair.name, pair.value) }
            object.raw("values", values.result)
            object.string("instruction", variant.challenge.instruction.value)
            object.string("proposals", variant.form.proposals)
            object.string("solution", variant.form.solution)
            if let display = variant.challenge.solutionToDisplay { object.string("solutionToDisplay", display.value) } else { object.null("solutionToDisplay") }
            if let illustration = variant.challenge.illustration {
                var shown = JSONObjectWriter()
                if let file = illustration.file?.value { shown.string("file", file) } else { shown.null("file") }
                if let url = illustration.url?.value { shown.string("url", url) } else { shown.null("url") }
                if let alt = illustration.alt?.value { shown.string("alt", alt) } else { shown.null("alt") }
                object.raw("illustration", shown.result)
            } else {
                object.null("illustration")
            }
            object.raw("attachments", JSONObjectWriter.array(variant.challenge.attachments.map { JSONString.literal($0.value, .lineSafe) }))
            return object.result
        }
        root.raw("variants", "[" + variants.joined(separator: ",") + "]")
        return root.result
    }
}

extension String {
    /// The text without its final line breaks.
    public var trimmingTrailingNewlines: String {
        var text = self
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }
}
