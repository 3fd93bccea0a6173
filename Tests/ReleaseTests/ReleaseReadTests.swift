import Foundation
import JSON
import Release
import Testing

@Suite("Reading a release")
struct ReleaseReadTests {
    func readError(_ data: Data, checkingReferences: Bool = true) -> ReleaseReadError? {
        do {
            _ = try Release.read(from: data, checkingReferences: checkingReferences)
            return nil
        } catch {
            return error
        }
    }

    func problems(_ data: Data) -> [ReleaseProblem] {
        readError(data)?.problems ?? []
    }

    @Test("write then read gives the same release, in id order")
    func roundTrip() throws {
        let release = Release(id: 42, createdAt: "2025-01-31T00:00:00.000Z", content: Fixtures.content)
        let read = try Release.read(from: release.jsonData())
        #expect(read == Release(id: 42, createdAt: "2025-01-31T00:00:00.000Z", content: Fixtures.content.sortedById))
        #expect(read.jsonData() == release.jsonData())
        #expect(read.content.challenges.first { $0.id == Fixtures.prototype.id } == Fixtures.prototype)
    }

    @Test("the fixture is consistent")
    func fixtureIsValid() {
        #expect(ReleaseValidator.problems(in: Fixtures.content).isEmpty)
    }

    @Test("Codable goes through the same field tables")
    func codable() throws {
        let data = try JSONEncoder().encode(Fixtures.release)
        #expect(try JSONDecoder().decode(Release.self, from: data) == Release(content: Fixtures.content.sortedById))
        let challenge = try JSONDecoder().decode(ReleaseChallenge.self, from: JSONEncoder().encode(Fixtures.prototype))
        #expect(challenge == Fixtures.prototype)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(ReleaseSkill.self, from: Data(#"{"id": "s"}"#.utf8)) }
    }

    @Test("a bare content object reads as a release without id or date")
    func bareContent() throws {
        guard let content = Fixtures.release.jsonValue["content"] else { return }
        let read = try Release.read(from: CanonicalJSON.data(content))
        #expect(read.id == nil && read.createdAt == nil)
        #expect(read.content == Fixtures.content.sortedById)
    }

    @Test("a truncated file is reported as invalid JSON with its position")
    func truncated() {
        let data = Fixtures.release.jsonData()
        guard case .invalidJSON(let error)? = readError(data.prefix(data.count / 2)) else {
            Issue.record("expected invalidJSON")
            return
        }
        #expect(error.offset <= data.count / 2)
        #expect(error.line > 1)
        #expect(error.message.contains("truncated"))
    }

    @Test("foreign JSON is not a Pix release", arguments: ["[]", #"{"foo": 1}"#, "{}", "42", #""release""#])
    func foreign(_ text: String) {
        guard case .foreignDocument(let reason)? = readError(Fixtures.data(text)) else {
            Issue.record("expected foreignDocument for \(text)")
            return
        }
        #expect(reason.hasPrefix("this is not a Pix release"))
    }

    @Test("the message of a foreign document says what was found")
    func foreignMessages() {
        #expect(readError(Fixtures.data("[]"))?.description == "this is not a Pix release: the document is an array, but a release is an object with a \"content\" object (or the collections frameworks, areas, competences, thematics, tubes, skills, challenges directly)")
        #expect(readError(Fixtures.data(#"{"foo": 1}"#))?.description == "this is not a Pix release: expected an object with \"content\" or the collections frameworks, areas, competences, thematics, tubes, skills, challenges, found the keys \"foo\"")
    }

    @Test("a missing field names the collection, index, id and field")
    func missingField() {
        let data = Fixtures.releaseJSON(altering: .challenge, at: 1) { $0["skillId"] = nil }
        let found = problems(data)
        #expect(found.count == 1)
        #expect(found.first?.kind == .missingField)
        #expect(found.first?.entity == .challenge)
        #expect(found.first?.index == 1)
        #expect(found.first?.id == "challenge-annee-v1")
        #expect(found.first?.field == "skillId")
        #expect(found.first?.description == #"challenges[1] (id "challenge-annee-v1"): field "skillId" is missing"#)
    }

    @Test("a field of the wrong type says what was expected and found")
    func wrongType() {
        let data = Fixtures.releaseJSON(altering: .challenge, at: 0) { $0["timer"] = .string("12") }
        #expect(problems(data).map(\.description) == [#"challenges[0] (id "challenge-annee"): field "timer" must be an integer or null, found a string ("12")"#])

        let skill = Fixtures.releaseJSON(altering: .skill, at: 0) { $0["level"] = .double(1.5) }
        #expect(problems(skill).map(\.description) == [#"skills[0] (id "skill-recherche1"): field "level" must be an integer, found a number (1.5)"#])

        let i18n = Fixtures.releaseJSON(altering: .area, at: 0) { $0["title_i18n"] = .object(["fr": .integer(1)]) }
        #expect(problems(i18n).first?.message == #"field "title_i18n" must be an object of translations by locale, found an object"#)
    }

    @Test("every problem is reported, not only the first")
    func severalProblems() {
        let data = Fixtures.releaseJSON { content in
            content["tubes"] = .string("none")
            content["thematics"] = nil
            if case .array(var challenges)? = content["challenges"], case .object(var first) = challenges[0] {
                first["type"] = nil
                first["locales"] = .array([.integer(1)])
                challenges[0] = .object(first)
                challenges.append(.string("oops"))
                content["challenges"] = .array(challenges)
            }
        }
        #expect(problems(data).map(\.description) == [
            #"content: the collection "thematics" is missing"#,
            #"content: the collection "tubes" must be an array, found a string ("none")"#,
            #"challenges[0] (id "challenge-annee"): field "type" is missing"#,
            #"challenges[0] (id "challenge-annee"): field "locales" must be an array of strings, found an array"#,
            #"challenges[3]: a challenge must be an object, found a string ("oops")"#,
        ])
    }

    @Test("fields Pix leaves out when empty read as null, false or []")
    func pixOmissions() throws {
        let data = Fixtures.releaseJSON(altering: .challenge, at: 2) { fields in
            for key in ["timer", "embedUrl", "embedTitle", "embedHeight", "alternativeVersion", "attachments", "focusable",
                        "shuffled", "requireGafamWebsiteAccess", "toRephrase", "alpha", "delta", "genealogy"] {
                fields[key] = nil
            }
        }
        let release = try Release.read(from: data)
        let qcu = release.content.challenges[2]
        #expect(qcu.timer == nil && qcu.alpha == nil && qcu.genealogy == nil)
        #expect(qcu.attachments == [] && qcu.shuffled == false && qcu.focusable == false)
    }

    @Test("a reference to nothing is reported with its field")
    func danglingReference() {
        let data = Fixtures.releaseJSON(altering: .challenge, at: 2) { $0["skillId"] = .string("skill-inconnu") }
        let found = problems(data)
        #expect(found.map(\.description) == [#"challenges[2] (id "challenge-operateur"): skillId "skill-inconnu" does not match any skill"#])
        #expect(found.first?.kind == .danglingReference)

        let list = Fixtures.releaseJSON(altering: .tube, at: 0) { $0["skillIds"] = .array([.string("skill-recherche1"), .string("skill-x"), .string("skill-recherche2")]) }
        #expect(problems(list).map(\.description) == [#"tubes[0] (id "tube-recherche"): skillIds[1] "skill-x" does not match any skill"#])
    }

    @Test("a duplicate id points at the first entity with that id")
    func duplicateId() {
        let data = Fixtures.releaseJSON { content in
            if case .array(var skills)? = content["skills"] {
                skills.append(skills[0])
                content["skills"] = .array(skills)
            }
        }
        let found = problems(data)
        #expect(found.map(\.description) == [#"skills[2] (id "skill-recherche1"): duplicate id "skill-recherche1": skills[0] has the same id"#])
        #expect(found.first?.kind == .duplicateId)
    }

    @Test("links stored both ways must agree")
    func inconsistentLinks() {
        let data = Fixtures.releaseJSON(altering: .tube, at: 0) { $0["skillIds"] = .array([.string("skill-recherche1")]) }
        #expect(problems(data).map(\.description) == [#"skills[1] (id "skill-recherche2"): tube "tube-recherche" does not list this skill in its skillIds"#])

        let moved = Fixtures.releaseJSON(altering: .challenge, at: 2) { $0["skillId"] = .string("skill-recherche1") }
        #expect(readError(moved) == nil, "moving a challenge to another skill of the same competence is consistent")

        let competence = Fixtures.releaseJSON { content in
            content["competences"] = .array(
                (content["competences"]?.elements ?? [])
                + [ReleaseCompetence(id: "competence-1-2", index: "1.2", name_i18n: [:], description_i18n: [:], areaId: "area-1",
                                     skillIds: [], thematicIds: [], origin: "Pix").jsonValue])
        }
        #expect(problems(competence).map(\.description) == [#"competences[1] (id "competence-1-2"): area "area-1" does not list this competence in its competenceIds"#])

        let challenge = Fixtures.releaseJSON { content in
            content["competences"] = .array(
                (content["competences"]?.elements ?? [])
                + [ReleaseCompetence(id: "competence-1-2", index: "1.2", name_i18n: [:], description_i18n: [:], areaId: "area-1",
                                     skillIds: [], thematicIds: [], origin: "Pix").jsonValue])
            content["areas"] = .array([{
                var area = Fixtures.area
                area.competenceIds.append("competence-1-2")
                return area.jsonValue
            }()])
            if case .array(var challenges)? = content["challenges"], case .object(var first) = challenges[0] {
                first["competenceId"] = .string("competence-1-2")
                challenges[0] = .object(first)
                content["challenges"] = .array(challenges)
            }
        }
        #expect(problems(challenge).map(\.description) == [#"challenges[0] (id "challenge-annee"): competenceId is "competence-1-2", but its skill "skill-recherche1" belongs to "competence-1-1""#])
    }

    @Test("references can be left unchecked")
    func uncheckedReferences() throws {
        let data = Fixtures.releaseJSON(altering: .challenge, at: 2) { $0["skillId"] = .string("skill-inconnu") }
        #expect(try Release.read(from: data, checkingReferences: false).content.challenges[2].skillId == "skill-inconnu")
    }

    @Test("a release in the shape of pix-editor's own test fixture is read")
    func pixShaped() throws {
        // Shape of `api/tests/acceptance/application/releases/releases-controller_test.js`:
        // key order of Pix, an `nl` translation, no `attachments` on a challenge without any,
        // no `alternativeVersion`, no tutorials/courses/missions collections.
        let text = """
        {"id": 7, "createdAt": "2024-10-23T09:55:55.000Z", "content": {
          "frameworks": [{"id": "recFramework0", "name": "Pix"}],
          "areas": [{"id": "recArea0", "name": "1. Titre", "code": "1", "title_i18n": {"fr": "Titre", "en": "Title", "nl": "Titel"},
                     "competenceIds": ["recCompetence0"], "competenceAirtableIds": ["recCompetence123"], "color": "jaffa",
                     "frameworkId": "recFramework0"}],
          "competences": [{"id": "recCompetence0", "index": "1.1", "name_i18n": {"fr": "Nom", "en": null}, "areaId": "recArea0",
                           "origin": "Pix", "skillIds": ["recSkill0"], "thematicIds": ["recThematic0"], "description_i18n": {"fr": "D"}}],
          "thematics": [{"id": "recThematic0", "name_i18n": {"fr": "Nom"}, "competenceId": "recCompetence0", "tubeIds": ["recTube0"], "index": 0}],
          "tubes": [{"id": "recTube0", "name": "@tube", "practicalTitle_i18n": {"fr": "T"}, "practicalDescription_i18n": {"fr": "D"},
                     "competenceId": "recCompetence0", "thematicId": "recThematic0", "skillIds": ["recSkill0"],
                     "isMobileCompliant": true, "isTabletCompliant": false}],
          "skills": [{"id": "recSkill0", "name": "@tube1", "hint_i18n": {"fr": "Indice"}, "hintStatus": "Proposé",
                      "tutorialIds": [], "learningMoreTutorialIds": [], "pixValue": 8, "competenceId": "recCompetence0",
                      "status": "actif", "tubeId": "recTube0", "version": 1, "level": 1}],
          "challenges": [{"id": "recChallenge0", "instruction": "Consigne", "proposals": "${a}", "type": "QROC", "solution": "x",
                          "solutionToDisplay": "x", "t1Status": false, "t2Status": true, "t3Status": false, "status": "validé",
                          "skillId": "recSkill0", "embedUrl": "https://e.pix.fr", "embedTitle": "Embed title", "embedHeight": 500,
                          "timer": 12, "competenceId": "recCompetence0", "illustrationAlt": "Alt", "illustrationUrl": null,
                          "format": "mots", "autoReply": false, "locales": ["fr-fr"], "alternativeInstruction": "Alt",
                          "focusable": false, "delta": 0.5, "alpha": 0.9, "responsive": "Smartphone", "genealogy": "Prototype 1",
                          "accessibility1": "RAS", "accessibility2": "OK", "requireGafamWebsiteAccess": true,
                          "isIncompatibleIpadCertif": true, "deafAndHardOfHearing": "OK", "isAwarenessChallenge": true, "toRephrase": true}]
        }}
        """
        let release = try Release.read(from: Fixtures.data(text))
        #expect(release.id == 7)
        #expect(release.content.areas.first?.title_i18n["nl"] == "Titel")
        #expect(release.content.competences.first?.name_i18n.en == nil)
        #expect(release.content.skills.first?.pixValue == 8)
        #expect(release.content.challenges.first?.attachments == [])
        #expect(release.content.challenges.first?.alpha == 0.9)
        #expect(release.content.tutorials.isEmpty && release.content.missions.isEmpty)
    }
}

extension JSONValue {
    var elements: [JSONValue] {
        if case .array(let elements) = self { return elements }
        return []
    }
}
