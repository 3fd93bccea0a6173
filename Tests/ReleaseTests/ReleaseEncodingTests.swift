import Foundation
import JSON
import Release
import Testing
import Vocabulary

@Suite("Release encoding")
struct ReleaseEncodingTests {
    @Test("a release entity has a fixed canonical text")
    func entityGolden() {
        let text = CanonicalJSON.string(Fixtures.framework.jsonValue, layout: .compact)
        #expect(text == #"{"id":"framework-pix","name":"Pix"}"#)
        let skill = CanonicalJSON.string(Fixtures.skill2.jsonValue, layout: .compact)
        #expect(skill == #"{"competenceId":"competence-1-1","hintStatus":null,"hint_i18n":{"fr":"Cherchez le site officiel"},"id":"skill-recherche2","learningMoreTutorialIds":["tutorial-moteurs"],"level":2,"name":"@recherche2","pixValue":2.5,"status":"actif","tubeId":"tube-recherche","tutorialIds":[],"version":1}"#)
    }

    @Test("release.json does not depend on the order entities were given in")
    func releaseDeterminism() {
        var shuffled = Fixtures.content
        shuffled.challenges.reverse()
        shuffled.skills.reverse()
        let a = Release(content: Fixtures.content).jsonData()
        let b = Release(content: shuffled).jsonData()
        #expect(a == b)
        #expect(a.last == UInt8(ascii: "\n"))
        // A golden digest: the same bytes on every machine and every run. (Python's
        // `json.dumps(sort_keys=True, indent=2, ensure_ascii=False)` + "\n" gives the same bytes.)
        #expect(SHA256Hex.digest(a) == ReleaseGolden.fixtureSHA256)
    }

    @Test("every challenge field is written, absent values as null")
    func challengeFields() throws {
        guard case .object(let fields) = Fixtures.qcu.jsonValue else {
            Issue.record("a challenge must be written as an object")
            return
        }
        #expect(fields.count == 39, "pix-editor's 37 fields, hasEmbedInternalValidation and noValidationNeeded")
        #expect(fields["hasEmbedInternalValidation"] == .bool(false))
        #expect(fields["timer"] == .null)
        #expect(fields["alpha"] == .null)
        #expect(fields["attachments"] == .array([]))
        #expect(fields["focusable"] == .bool(false))
        #expect(fields["shuffled"] == .bool(true))
    }
}
enum ReleaseGolden {
    static let fixtureSHA256 = "e31bc073f5300d83546c470ebc40101af93467b3b352d764c025bab5fe648280"
}
