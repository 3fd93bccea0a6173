import Diagnostics
import Foundation
import Model
import Testing
import Vocabulary
import YAML

private func decode(_ text: String) -> (Challenge?, [Diagnostic]) {
    let file = SourceFile(path: "Challenges/x.yaml", text: text)
    let (root, diagnostics) = YAMLReader.readSingleDocument(file)
    let sink = DiagnosticSink()
    guard let root else { return (nil, diagnostics) }
    let challenge = Challenge.decode(root, file: file, sink: sink)
    return (challenge, diagnostics + sink.diagnostics)
}

private let base = """
id: recherche-annee
skill: "@recherche2"
type: QROC
status: validé
instruction: En quelle année ?
proposals: "${annee}"
answers: ["1978"]

"""

@Suite("Challenge decoding")
struct DecodingTests {
    @Test func everyValueKeepsItsSpan() throws {
        let (challenge, diagnostics) = decode(base)
        #expect(diagnostics.isEmpty)
        let decoded = try #require(challenge)
        #expect(decoded.id.value == "recherche-annee")
        #expect(decoded.id.span.startLocation.line == 1)
        #expect(decoded.type.value == .qroc)
        #expect(decoded.status.span.startLocation.column == 9)
        #expect(decoded.effectiveTolerances == [.t1, .t2, .t3])
        guard case .accepted(let answers, _)? = decoded.answers else {
            Issue.record("answers")
            return
        }
        #expect(answers.map(\.value) == ["1978"])
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let (_, diagnostics) = decode(base + "tolerance: [t1]\n")
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "PIX0202")
        #expect(diagnostic.help?.message == "did you mean `tolerances`?")
        #expect(diagnostic.help?.replacement?.text == "tolerances")
    }

    @Test(arguments: [("oui", true), ("non", false), ("true", true), ("False", false), ("yes", true)])
    func frenchAndEnglishBooleans(_ word: String, _ value: Bool) throws {
        let (challenge, diagnostics) = decode(base + "focus: \(word)\n")
        #expect(diagnostics.isEmpty)
        #expect(challenge?.focus?.value == value)
    }

    @Test func wrongValuesAreDiagnosed() {
        let (_, badBoolean) = decode(base + "focus: peut-être\n")
        #expect(badBoolean.map(\.code) == ["PIX0204"])
        let (_, badTimer) = decode(base + "timer: trente\n")
        #expect(badTimer.map(\.code) == ["PIX0204"])
        let (_, badStatus) = decode(base.replacingOccurrences(of: "status: validé", with: "status: valide"))
        #expect(badStatus.map(\.code) == ["PIX0204"])
        let (_, missing) = decode(base.replacingOccurrences(of: "skill: \"@recherche2\"\n", with: ""))
        #expect(missing.map(\.code) == ["PIX0203"])
    }

    @Test func accentInsensitiveValueIsAcceptedWithAFix() throws {
        let (challenge, diagnostics) = decode(base.replacingOccurrences(of: "status: validé", with: "status: VALIDÉ"))
        #expect(challenge?.status.value == .validé)
        #expect(diagnostics.first?.help?.replacement?.text == "validé")
    }

    @Test func tolerancesAndVariants() {
        let (none, _) = decode(base + "tolerances: aucune\nvariants: all\n")
        #expect(none?.tolerances?.value == [])
        #expect(none?.variants?.value == .all)
        let (some, _) = decode(base + "tolerances: [t2, t1, t2]\nvariants: 12\n")
        #expect(some?.tolerances?.value == [.t1, .t2])
        #expect(some?.variants?.value == .count(12))
    }

    @Test func answersFollowTheType() {
        let (independent, diagnostics) = decode(base.replacingOccurrences(of: "type: QROC", with: "type: QROCM-ind")
            .replacingOccurrences(of: "answers: [\"1978\"]", with: "answers:\n  annee: [\"1978\", \"78\"]"))
        #expect(diagnostics.isEmpty)
        guard case .byInput(let entries, _)? = independent?.answers else {
            Issue.record("QROCM-ind answers")
            return
        }
        #expect(entries.map(\.key.value) == ["annee"])
        #expect(entries.first?.accepted.map(\.value) == ["1978", "78"])
        let (_, choice) = decode(base.replacingOccurrences(of: "type: QROC", with: "type: QCU"))
        #expect(choice.map(\.code).contains("PIX0205"))
    }

    @Test func notAMapping() {
        let (challenge, diagnostics) = decode("- un\n- deux\n")
        #expect(challenge == nil)
        #expect(diagnostics.map(\.code) == ["PIX0201"])
    }
}

@Suite("Challenge status lists")
struct StatusListTests {
    @Test("comma-separated, forgiving case and accents")
    func parses() throws {
        #expect(try ChallengeStatus.list(parsing: "validé, proposé") == [.validé, .proposé])
        #expect(try ChallengeStatus.list(parsing: "Valide,perime") == [.validé, .périmé])
    }

    @Test("an unknown word is named, with the statuses")
    func unknown() {
        #expect(throws: ChallengeStatus.UnknownWord.self) { try ChallengeStatus.list(parsing: "validé, brouillon") }
        do {
            _ = try ChallengeStatus.list(parsing: "brouillon")
        } catch {
            #expect(error.description == "`brouillon` is not a status; the statuses are proposé, validé, archivé, périmé")
        }
    }
}
