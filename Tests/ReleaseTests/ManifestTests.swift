import Foundation
import JSON
import Testing
@testable import Release

@Suite("Manifest")
struct ManifestTests {
    static let sources = [
        SourceFileDigest(path: "Referential/crcn.yaml", contents: Data("domains: []\n".utf8)),
        SourceFileDigest(path: "Challenges/1.1/recherche/tube.yaml", contents: Data("tube: \"@recherche\"\n".utf8)),
        SourceFileDigest(path: "Challenges/1.1/recherche/annee.yaml", contents: Data("id: challenge-annee\n".utf8)),
    ]

    static let variants = [
        VariantRecord(challengeId: "challenge-annee-v1", variantId: "v-8f3a", prototypeId: "challenge-annee",
                      values: ["organisme.nom": "la bibliothèque", "organisme.annee": "1992"]),
    ]

    static var bundle: ReleaseBundle {
        ReleaseBundle(release: Fixtures.release, toolVersion: "0.1.0", sources: sources, releaseDate: "2025-02-01",
                      variants: variants)
    }

    func readError(_ data: Data) -> ReleaseReadError? {
        do {
            _ = try Manifest.read(from: data)
            return nil
        } catch {
            return error
        }
    }

    /// The manifest JSON as a tree, altered by a test and written back.
    func manifestJSON(_ change: (inout [String: JSONValue]) -> Void) -> Data {
        guard case .object(var members) = Self.bundle.manifest.jsonValue else { return Data() }
        change(&members)
        return CanonicalJSON.data(.object(members))
    }

    @Test("the manifest describes the release bytes, counts and entities")
    func contents() {
        let bundle = Self.bundle
        let manifest = bundle.manifest
        #expect(manifest.tool == "pixc" && manifest.toolVersion == "0.1.0" && manifest.formatVersion == 1)
        #expect(manifest.releaseDate == "2025-02-01")
        #expect(manifest.release == FileDigest(path: "release.json", sha256: SHA256Hex.digest(bundle.releaseJSON)))
        #expect(manifest.counts[.challenge] == 3 && manifest.counts[.skill] == 2 && manifest.counts[.mission] == 1)
        #expect(manifest.entities.count == 13)
        #expect(manifest.entities.map(\.kind) == manifest.entities.map(\.kind).sorted())
        let skill = manifest.entities.first { $0.kind == .skill && $0.id == "skill-recherche2" }
        #expect(skill?.sha256 == SHA256Hex.digest(canonical: Fixtures.skill2.jsonValue))
        #expect(manifest.variants == Self.variants)
    }

    @Test("the source digest is sha256sum's output, sorted by path, hashed")
    func sourceDigest() {
        let sources = Self.bundle.manifest.sources
        #expect(sources.files.map(\.path) == [
            "Challenges/1.1/recherche/annee.yaml", "Challenges/1.1/recherche/tube.yaml", "Referential/crcn.yaml",
        ])
        let listing = sources.files.map { "\($0.sha256)  \($0.path)\n" }.joined()
        #expect(sources.sha256 == SHA256Hex.digest(listing))
        #expect(sources.files[2].sha256 == SHA256Hex.digest("domains: []\n"))
        // Independent of the order the compiler found the files in.
        #expect(SourceDigest(files: Self.sources.reversed()) == sources)
    }

    @Test("manifest.json is canonical and reads back equal")
    func roundTrip() throws {
        let bundle = Self.bundle
        let read = try Manifest.read(from: bundle.manifestJSON)
        #expect(read == bundle.manifest)
        #expect(read.jsonData() == bundle.manifestJSON)
        #expect(try JSONDecoder().decode(Manifest.self, from: bundle.manifestJSON) == bundle.manifest)
        #expect(ReleaseBundle(release: Fixtures.release, toolVersion: "0.1.0", sources: Self.sources.reversed(),
                              releaseDate: "2025-02-01", variants: Self.variants).manifestJSON == bundle.manifestJSON)
    }

    @Test("without a release date the manifest holds null, never a clock reading")
    func noDate() throws {
        let bundle = ReleaseBundle(release: Fixtures.release, toolVersion: "0.1.0", sources: [])
        #expect(bundle.manifest.jsonValue["releaseDate"] == .null)
        #expect(try Manifest.read(from: bundle.manifestJSON).releaseDate == nil)
    }

    @Test("a release verifies against its own manifest")
    func verifies() {
        let bundle = Self.bundle
        #expect(bundle.manifest.problems(verifying: bundle.releaseJSON).isEmpty)
    }

    @Test("a release edited after the build does not verify, and the entity is named")
    func tampered() {
        let edited = Fixtures.releaseJSON(altering: .challenge, at: 2) { $0["solution"] = .string("2") }
        let problems = Self.bundle.manifest.problems(verifying: edited)
        #expect(problems.map(\.kind) == [.digestMismatch, .digestMismatch])
        #expect(problems.first?.location == "manifest.release")
        #expect(problems.last?.description == #"release.json: challenge "challenge-operateur": its content differs from the manifest's digest"#)

        let removed = Fixtures.releaseJSON { $0["tutorials"] = .array([]) }
        let removal = Self.bundle.manifest.problems(verifying: removed).map(\.description)
        #expect(removal.contains("manifest.counts: the manifest counts 1 tutorials, release.json has 0"))
        #expect(removal.contains(#"manifest.entities: tutorial "tutorial-moteurs" is listed but absent from release.json"#))
    }

    @Test("a release given as a manifest is refused")
    func foreign() {
        #expect(readError(Fixtures.release.jsonData())?.description == "this is not a pixc manifest: it looks like a release (release.json), not a manifest")
        #expect(readError(Fixtures.data("[]"))?.description.hasPrefix("this is not a pixc manifest") == true)
        if case .invalidJSON? = readError(Self.bundle.manifestJSON.prefix(40)) {} else { Issue.record("expected invalidJSON") }
    }

    @Test("an unsupported format version is refused")
    func version() {
        let data = manifestJSON { $0["formatVersion"] = .integer(2) }
        #expect(readError(data)?.problems.map(\.description) == ["manifest: format version 2 is not supported; this pixc reads version 1"])
    }

    @Test("malformed digests, duplicates and wrong counts are all reported")
    func inconsistent() {
        let data = manifestJSON { members in
            guard case .object(var sources)? = members["sources"], case .array(var files)? = sources["files"],
                  case .array(var entities)? = members["entities"], case .object(var counts)? = members["counts"] else { return }
            files.append(files[0])
            sources["files"] = .array(files)
            members["sources"] = .object(sources)
            if case .object(var first) = entities[0] {
                first["sha256"] = .string("ABC")
                entities[0] = .object(first)
            }
            members["entities"] = .array(entities)
            counts["skills"] = .integer(5)
            members["counts"] = .object(counts)
        }
        let descriptions = readError(data)?.problems.map(\.description) ?? []
        #expect(descriptions.contains(#"manifest.sources.files[3]: the path "Challenges/1.1/recherche/annee.yaml" is listed twice (first at files[0])"#))
        #expect(descriptions.contains(where: { $0.hasPrefix("manifest.sources: the overall digest") }))
        #expect(descriptions.contains(#"manifest.entities[0]: "ABC" is not a SHA-256 digest (64 lowercase hexadecimal digits)"#))
        #expect(descriptions.contains("manifest.counts: counts 5 skills, but 2 are listed in entities"))
        #expect(descriptions.count == 4)
    }

    @Test("missing and mistyped manifest fields are located")
    func shape() {
        let data = manifestJSON { members in
            members["toolVersion"] = nil
            members["variants"] = .array([.object(["challengeId": .string("c"), "variantId": .integer(3), "prototypeId": .string("p"),
                                                   "values": .object([:])])])
        }
        #expect(readError(data)?.problems.map(\.description) == [
            #"manifest: field "toolVersion" is missing"#,
            #"manifest.variants[0]: field "variantId" must be a string, found a number (3)"#,
        ])
    }
}

@Suite("Bundle encoding")
struct BundleEncodingTests {
    /// The bundle writes each entity on its own, in parallel; the bytes must be exactly those of
    /// the release encoded as one document.
    @Test(arguments: [nil, "2026-11-23"] as [String?])
    func entityByEntityEqualsWholeDocument(_ date: String?) {
        var release = Fixtures.release
        release.createdAt = date
        let bundle = ReleaseBundle(release: release, toolVersion: "0.1.0", sources: [])
        // The bundle gives the release its content id; the rest is the release as given.
        #expect(release.id == nil && bundle.release.id != nil)
        #expect(bundle.releaseJSON == bundle.release.jsonData())
        release.id = bundle.release.id
        #expect(bundle.release == release)
        var empty = Release(content: ReleaseContent())
        empty.createdAt = date
        let emptyBundle = ReleaseBundle(release: empty, toolVersion: "0.1.0", sources: [])
        #expect(emptyBundle.releaseJSON == emptyBundle.release.jsonData())
        #expect(emptyBundle.release.id != bundle.release.id)
    }
}

@Suite("Pretty form from compact bytes")
struct PrettyFromCompactTests {
    @Test func equalsTheWriter() {
        var values: [JSONValue] = Fixtures.release.content.challenges.map(\.jsonValue) + Fixtures.release.content.skills.map(\.jsonValue)
        values.append(.object(["a": .array([]), "b": .object([:]), "c": .string("{[\"x\": 1],}\\\""), "d": .array([.integer(1), .object(["e": .null])])]))
        // Deeper than one row of indentation spaces (64).
        var deep = JSONValue.string("fond \\\" »")
        for level in 0..<40 { deep = .object(["n\(level)": .array([deep, .integer(level)])]) }
        values.append(deep)
        for value in values {
            for depth in [0, 3] {
                let compact = CanonicalJSON.bytes(value, layout: .compact)
                #expect(CanonicalJSON.pretty(fromCompact: compact, depth: depth) == CanonicalJSON.bytes(value, depth: depth))
            }
        }
    }
}

@Suite("Direct entity encoding")
struct DirectEncodingTests {
    @Test func fieldByFieldEqualsTheGenericWriter() {
        let content = Fixtures.release.content
        for index in content.challenges.indices {
            #expect(content.encodedEntity(of: .challenge, at: index).compact == CanonicalJSON.bytes(content.challenges[index].jsonValue, layout: .compact))
        }
        for index in content.skills.indices {
            #expect(content.encodedEntity(of: .skill, at: index).compact == CanonicalJSON.bytes(content.skills[index].jsonValue, layout: .compact))
        }
        let full = ReleaseChallenge(
            id: "c\"1", type: "QROC", instruction: "Cle\u{301} « x »\n\t\u{1}", alternativeInstruction: "alt", proposals: "${a}", solution: "1\n2",
            solutionToDisplay: "s", t1Status: true, t2Status: false, t3Status: true, status: "validé", skillId: "s", competenceId: "c",
            timer: 30, embedUrl: "https://x.fr/a/b", embedTitle: "t", embedHeight: 400, autoReply: true, focusable: true, format: "nombre",
            shuffled: true, locales: ["fr", "fr-fr"], illustrationUrl: "attachments/x.png", illustrationAlt: "a", attachments: ["a", "b"],
            genealogy: "Décliné 1", alternativeVersion: 3, responsive: "Non", accessibility1: "OK", accessibility2: "KO",
            requireGafamWebsiteAccess: true, isIncompatibleIpadCertif: true, isAwarenessChallenge: true, toRephrase: true,
            deafAndHardOfHearing: "RAS", alpha: 1.0, delta: -0.1234567890123)
        #expect(full.canonicalCompactBytes == CanonicalJSON.bytes(full.jsonValue, layout: .compact))
        for index in content.areas.indices {
            #expect(content.encodedEntity(of: .area, at: index).compact == CanonicalJSON.bytes(content.areas[index].jsonValue, layout: .compact))
        }
    }
}

@Suite("Manifest encoding")
struct ManifestEncodingTests {
    /// The manifest's records are written field by field: the same bytes as their field tables,
    /// whatever their strings hold (quotes, controls, decomposed accents, keys out of order).
    @Test func recordsWrittenDirectlyEqualTheirFieldTables() {
        let texts = ["", "a", "c\"1\\", "Cle\u{301} « x »\n\t\u{1}", "é", "\u{2028}<tag>", "🎲 dé"]
        for (index, text) in texts.enumerated() {
            let entity = EntityDigest(kind: EntityKind.allCases[index % EntityKind.allCases.count], id: text, sha256: "ab\(text)")
            #expect(entity.canonicalCompactBytes == CanonicalJSON.bytes(entity.fieldObject, layout: .compact))
            let values = Dictionary(uniqueKeysWithValues: texts.enumerated().map { ("\(texts[($0.offset + index) % texts.count])\($0.offset)", $0.element) })
            let record = VariantRecord(challengeId: text, variantId: "\(text)--v", prototypeId: "p\(text)", values: index == 0 ? [:] : values)
            #expect(record.canonicalCompactBytes == CanonicalJSON.bytes(record.fieldObject, layout: .compact))
        }
    }

    /// release.json made in several parts has the bytes and digest of the one-part encoding,
    /// and the disk gets exactly those bytes.
    @Test func releaseInPartsIsTheSameDocument() throws {
        let whole = EncodedRelease(Fixtures.release)
        #expect(whole.parts.count == 1)
        let split = EncodedRelease(Fixtures.release, blockSize: 300)
        #expect(split.parts.count > 3)
        let joined = split.parts.reduce(into: Data()) { $0.append($1) }
        #expect(joined == whole.parts[0])
        var identified = Fixtures.release
        identified.id = whole.release.id
        #expect(joined == identified.jsonData())
        #expect(SHA256Hex.digest(parts: split.parts) == SHA256Hex.digest(joined))
        #expect(split.entities == whole.entities)
        #expect(split.release.id == whole.release.id)
        let bundle = ReleaseBundle(encoded: split, toolVersion: "0.1.0", sources: [])
        #expect(bundle.releaseJSON == joined)
        #expect(bundle.manifest.release.sha256 == SHA256Hex.digest(joined))
    }

    @Test func parallelArraysEqualTheWholeDocument() {
        let variants = (0..<50).map { VariantRecord(challengeId: "c\($0)", variantId: "c\($0)--ab", prototypeId: "c", values: ["taille": "\($0)", "nom": "é\($0)"]) }
        let bundle = ReleaseBundle(release: Fixtures.release, toolVersion: "0.1.0", sources: [], releaseDate: "2026-11-23", variants: variants)
        #expect(bundle.manifestJSON == CanonicalJSON.data(bundle.manifest.jsonValue, layout: .pretty))
        let empty = ReleaseBundle(release: Release(content: ReleaseContent()), toolVersion: "0.1.0", sources: [])
        #expect(empty.manifestJSON == CanonicalJSON.data(empty.manifest.jsonValue, layout: .pretty))
    }
}
