import Compiler
import Diagnostics
import Foundation
import Release
import Testing

/// The release fields Pix's API reads beyond pix-editor's allow-list, absolute asset URLs, and
/// the release id derived from the content.
@Suite("Release fields Pix reads")
struct ReleaseFieldsTests {
    static let embedChallenge = """
    id: recherche-simulateur
    skill: "@recherche2"
    type: QROC
    status: proposé
    locales: [fr, fr-fr]
    instruction: Trouvez le mot caché dans le simulateur.
    proposals: "${mot}"
    answers: ["pix"]
    embed: {url: "https://epreuves.pix.fr/simulateur.html", title: Simulateur, height: 400}
    hasEmbedInternalValidation: oui
    noValidationNeeded: oui
    tests:
      accept: ["pix"]
      reject: ["xip"]
    """

    static func built(extra: [String: String] = [:], assetsBaseURL: String? = nil) -> BuiltRelease {
        var files = ReleaseBuilderTests.files
        files["Challenges/1.1/recherche/simulateur.yaml"] = embedChallenge
        files.merge(extra) { _, new in new }
        let fileSystem = ExampleContext.fileSystem.merging(MemoryFileSystem(texts: files))
        let result = Checker.check(fileSystem)
        #expect(result.errorCount == 0, "\(HumanRenderer().render(result.diagnostics))")
        return ReleaseBuilder.build(result, fileSystem: fileSystem, assetsBaseURL: assetsBaseURL)
    }

    @Test func tubesCarryTitleAndDescription() throws {
        let tube = try #require(Self.built().release.content.tubes.first { $0.name == "@recherche" })
        #expect(tube.title == tube.practicalTitle_i18n.fr)
        #expect(tube.description == tube.practicalDescription_i18n.fr)
        #expect(tube.title?.isEmpty == false)
        guard case .object(let fields) = tube.jsonValue else { Issue.record("a tube is an object"); return }
        #expect(fields["title"] == .string(tube.title ?? ""))
    }

    @Test func validationFlagsAreAuthorableWithPixDefaults() throws {
        let content = Self.built().release.content
        let embed = try #require(content.challenges.first { $0.id == "recherche-simulateur" })
        #expect(embed.hasEmbedInternalValidation && embed.noValidationNeeded)
        let plain = try #require(content.challenges.first { $0.id == "recherche-moteur" })
        #expect(!plain.hasEmbedInternalValidation && !plain.noValidationNeeded, "Pix's default is false")
        guard case .object(let fields) = plain.jsonValue else { Issue.record("a challenge is an object"); return }
        #expect(fields["hasEmbedInternalValidation"] == .bool(false))
        #expect(fields["noValidationNeeded"] == .bool(false))
        // Written out and read back.
        let read = try Release.read(from: Self.built().release.jsonData())
        #expect(read.content.challenges.first { $0.id == "recherche-simulateur" }?.noValidationNeeded == true)
    }

    @Test func assetURLsAreAbsoluteWithABaseURL() throws {
        let base = try #require(AssetsBaseURL.parse("https://contenu.example.fr/pix/"))
        #expect(base == "https://contenu.example.fr/pix")
        let rows = Self.built(assetsBaseURL: base).release.content.challenges.filter { $0.id.hasPrefix("tableur-taille") }
        #expect(!rows.isEmpty)
        for row in rows {
            #expect(row.attachments.count == 1)
            #expect(row.attachments.allSatisfy { $0.hasPrefix("https://contenu.example.fr/pix/attachments/") && $0.hasSuffix(".csv") })
        }
        let local = Self.built().release.content.challenges.first { $0.id == "tableur-taille" }
        #expect(local?.attachments.first?.hasPrefix("attachments/") == true)
    }

    @Test(arguments: ["ftp://example.org", "example.org/pix", "https://", "https://example.org/?a=1", "https://example.org/#x", "https://exa mple.org", ""])
    func badBaseURLsAreRefused(_ text: String) {
        #expect(AssetsBaseURL.parse(text) == nil)
    }

    @Test func releaseIDComesFromTheContent() throws {
        func bundle(_ built: BuiltRelease, date: String? = nil) -> ReleaseBundle {
            ReleaseBundle(release: built.release, toolVersion: "test", sources: built.sources, releaseDate: date)
        }
        let first = bundle(Self.built())
        let again = bundle(Self.built(), date: "2026-12-03")
        let id = try #require(first.release.id)
        #expect(id > 0 && id < 1 << 53)
        #expect(again.release.id == id, "the date is not content")
        #expect(first.releaseJSON.range(of: Data("\"id\": \(id)".utf8)) != nil)
        var edited = ReleaseBuilderTests.files
        edited["Challenges/1.1/recherche/moteur.yaml"] = edited["Challenges/1.1/recherche/moteur.yaml"]?
            .replacingOccurrences(of: "Lequel de ces sites", with: "Lequel des sites suivants")
        let changed = bundle(Self.built(extra: edited))
        #expect(changed.release.id != id)
    }
}
