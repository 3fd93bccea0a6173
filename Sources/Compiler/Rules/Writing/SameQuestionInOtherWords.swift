import Diagnostics
import Localization
import Model

/// Two variants with the same numbers and the same answer are one question in two wordings: a
/// learner who is told the answer of one answers the other.
enum SameQuestionInOtherWords {
    static let descriptor = DiagnosticDescriptor(
        "PIX0525", .warning,
        title: "Variants that differ only in wording",
        explanation: """
        Two variants of this challenge show the same numbers and have the same right answer; only
        their words differ (another device, another first name). For the learner it is the same
        question: an answer passed on from one variant fits the other, and the bank counts two
        variants where there is one. Let the numbers vary with the wording (a capacity that belongs
        to one device only, for instance), or add a constraint that rules out the repeated
        combinations.
        """,
        wrong: Example(path: "Challenges/1.3/tableur/espace-libre.yaml", """
        id: tableur-espace-libre
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: "{{ capitalize(support.nom) }} de 128 Go est rempli à {{ occupe }} %. Combien de gigaoctets restent libres ?"
        proposals: "${libre} Go"
        answers: ["{{ 128 * (100 - occupe) / 100 }}"]
        format: nombre
        data:
          row: support
          key: nom
          rows:
            - {nom: le disque}
            - {nom: le SSD}
          values:
            occupe: pick([25, 75])
        tests:
          accept: ["{{ 128 * (100 - occupe) / 100 }}"]
          reject: ["{{ 128 * occupe / 100 }}"]
        """),
        right: Example(path: "Challenges/1.3/tableur/espace-libre.yaml", """
        id: tableur-espace-libre
        skill: "@tableur2"
        type: QROC
        status: proposé
        instruction: "{{ capitalize(support.nom) }} de {{ support.capacite }} Go est rempli à {{ occupe }} %. Combien de gigaoctets restent libres ?"
        proposals: "${libre} Go"
        answers: ["{{ support.capacite * (100 - occupe) / 100 }}"]
        format: nombre
        data:
          row: support
          key: nom
          columns:
            capacite: number
          rows:
            - {nom: le disque, capacite: 1000}
            - {nom: le SSD, capacite: 256}
          values:
            occupe: pick([25, 75])
        tests:
          accept: ["{{ support.capacite * (100 - occupe) / 100 }}"]
          reject: ["{{ support.capacite * occupe / 100 }}"]
        """)
    )

    /// At most three pairs per challenge.
    static func check(_ variants: [CompiledVariant], challenge: Challenge) -> [Diagnostic] {
        struct Key: Hashable {
            let numbers: [String]
            let answer: String
        }
        var first: [Key: CompiledVariant] = [:]
        var diagnostics: [Diagnostic] = []
        let place = challenge.variants?.span ?? challenge.data?.span ?? challenge.dataset?.span ?? challenge.id.span
        let catalogue = WritingMessages.catalogue
        for variant in variants {
            // The keys of inputs (`${domaine1}`) are not numbers the learner reads.
            let numbers = LearnerText.of(variant.challenge).flatMap { text in
                Prose.pieces(of: text.value, keepingCode: true).flatMap { numbersIn($0.text) }
            }.sorted()
            guard !numbers.isEmpty else { continue }
            // For a QCU or a QCM the question is also its options: other distractors make
            // another question, whatever the numbers.
            let answer = variant.form.type.isChoice
                ? variant.form.options.map { ($0.isCorrect ? "+ " : "- ") + $0.text.value }.sorted().joined(separator: "\n")
                : variant.form.solution
            let key = Key(numbers: numbers, answer: answer)
            guard let earlier = first[key] else {
                first[key] = variant
                continue
            }
            // Identical variants are PIX0520's.
            guard earlier.id != variant.id else { continue }
            diagnostics.append(descriptor(
                catalogue.text("sameQuestion.message", ["first": String(earlier.number), "second": String(variant.number)]),
                at: place,
                help: Help(catalogue.text("sameQuestion.help"))))
            if diagnostics.count == 3 { break }
        }
        return diagnostics
    }

    /// The numbers of a text, thousands separators removed (`1 000` and `1000` are one number).
    static func numbersIn(_ text: Substring) -> [String] {
        // A number starts with an ASCII digit: most pieces of prose have none, and are not read.
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        return numbersReadByScalar(text) ?? numbersReadByCharacter(text)
    }

    /// `numbersIn` when every scalar of the text is a character of its own (as `ProseCharacters`
    /// reads it then), decoded from the UTF-8 without building the reading; nil as soon as a
    /// scalar may join another.
    private static func numbersReadByScalar(_ text: Substring) -> [String]? {
        let read = text.utf8.withContiguousStorageIfAvailable { bytes -> [String]? in
            var numbers: [String] = []
            var current: [UInt8] = []
            var pendingIsComma: Bool?
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                guard let (scalar, width) = ProseCharacters.decodeScalar(bytes, at: index), ProseCharacters.standsAlone(scalar) else { return nil }
                index += width
                let value = scalar.value
                if value >= 0x30, value <= 0x39 {
                    if pendingIsComma == true { current.append(UInt8(ascii: ",")) }
                    pendingIsComma = nil
                    current.append(lead)
                } else if !current.isEmpty, pendingIsComma == nil, value == 0x2C || value == 0x202F || value == 0xA0 {
                    pendingIsComma = value == 0x2C
                } else if !current.isEmpty {
                    numbers.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                    pendingIsComma = nil
                }
            }
            if !current.isEmpty { numbers.append(String(decoding: current, as: UTF8.self)) }
            return numbers
        }
        return read ?? nil
    }

    private static func numbersReadByCharacter(_ text: Substring) -> [String] {
        var numbers: [String] = []
        // The number read so far, as UTF-8 (digits and commas only), made a string once.
        var current: [UInt8] = []
        // The separator read after the digits so far: a comma is kept (« 3,5 » is one number),
        // a space dropped (« 1 000 »). Nil when there is none.
        var pendingIsComma: Bool?
        func flush() {
            if !current.isEmpty { numbers.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingIsComma = nil
        }
        let characters = ProseCharacters(text)
        let scalars = characters.scalars
        for index in scalars.indices {
            let value = scalars[index].value
            if value >= 0x30, value <= 0x39, characters.isSingleScalar(index) {
                if pendingIsComma == true { current.append(UInt8(ascii: ",")) }
                pendingIsComma = nil
                current.append(UInt8(truncatingIfNeeded: value))
            } else if !current.isEmpty, pendingIsComma == nil, characters.is(index, ",") || characters.is(index, "\u{202F}") || characters.is(index, "\u{A0}") {
                pendingIsComma = characters.is(index, ",")
            } else if !current.isEmpty {
                flush()
            }
        }
        flush()
        return numbers
    }
}
