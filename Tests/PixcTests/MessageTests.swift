import Compiler
import Foundation
import Testing

@Suite("Messages")
struct MessageTests {
    @Test func expandOnAFileThatCannotBeReadSaysSoAndShowsTheErrors() throws {
        let broken = cleanChallenge.replacingOccurrences(of: "type: QROC", with: "type: [QROC")
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": broken])
        let run = pixc(["expand", "recherche-annee-cnil", "--root", repository.url.path])
        #expect(run.code == 1)
        #expect(run.err.contains("`recherche-annee-cnil` is in Challenges/1.1/recherche/annee-cnil.yaml, which has an error that keeps the challenge from being read"), "\(run.err)")
        #expect(run.out.contains("Challenges/1.1/recherche/annee-cnil.yaml:"), "the error itself is shown")
        #expect(!run.err.contains("no challenge has the id"))
        let byPath = pixc(["expand", "Challenges/1.1/recherche/annee-cnil.yaml", "--root", repository.url.path])
        #expect(byPath.code == 1)
        #expect(byPath.err.hasPrefix("Challenges/1.1/recherche/annee-cnil.yaml has an error"))
        // An id that no file declares is still "not found", with exit code 2.
        #expect(pixc(["expand", "autre-id", "--root", repository.url.path]).code == 2)
    }

    @Test func expandOnAChallengeWithErrorsWarnsBeforeTheVariants() throws {
        let wrong = cleanChallenge.replacingOccurrences(of: "reject: [\"1987\"]", with: "reject: [\"1978\"]")
        let repository = try TemporaryRepository(["Challenges/1.1/recherche/annee-cnil.yaml": wrong])
        let run = pixc(["expand", "recherche-annee-cnil", "--root", repository.url.path])
        #expect(run.code == 1)
        #expect(run.err.contains("Challenges/1.1/recherche/annee-cnil.yaml has an error (shown after the variants)"), "\(run.err)")
        #expect(run.out.contains("── variant 1"))
        #expect(run.out.contains("error["))
    }
}
