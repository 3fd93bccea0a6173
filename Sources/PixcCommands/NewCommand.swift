import ArgumentParser
import Authoring
import Foundation
import Localization
import Vocabulary

extension ChallengeType: ExpressibleByArgument {}

struct New: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        abstract: "Write a new tube, challenge or dataset file, ready to fill in, that passes pixc check as it is.",
        discussion: """
        The file has short French comments that guide the author and the line that gives editors \
        its JSON Schema. On a terminal, pixc asks for what the options do not give; otherwise a \
        missing option is an error. pixc never replaces an existing file.
        """,
        subcommands: [NewTube.self, NewChallenge.self, NewDataset.self]
    )

    @OptionGroup var languageOptions: LanguageOptions
}

/// Asks for what the options did not give, on a terminal; elsewhere, says which option is missing.
struct Questions {
    let console: Console
    private var messages: Catalogue { CommandMessages.catalogue }

    func value(_ given: String?, option: String, what: String, check: (String) -> String? = { _ in nil }) throws -> String {
        if let given {
            if let problem = check(given) { throw UsageFailure(message: problem) }
            return given
        }
        let label = messages.text("new.what.\(what)")
        guard console.isInteractive else {
            throw UsageFailure(message: messages.text("new.missing", ["option": option, "what": label]))
        }
        for _ in 0..<3 {
            console.out(messages.text("new.prompt", ["what": label]))
            guard let line = console.readLine() else { break }
            let answer = line.trimmingWhitespace()
            if answer.isEmpty { continue }
            if let problem = check(answer) {
                console.err(problem + "\n")
                continue
            }
            return answer
        }
        throw UsageFailure(message: messages.text("new.missing", ["option": option, "what": label]))
    }
}

/// Writes the new file, relative to the repository root, and says where.
func writeNewFile(_ text: String, path: String, root: URL, out: String?) throws {
    let destination = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? root.appendingPathComponent(path)
    do throws(NewFileWriter.Failure) {
        try NewFileWriter.create(destination, text: text)
    } catch .exists(let existing) {
        throw UsageFailure(message: CommandMessages.catalogue.text("new.exists", ["path": existing]))
    } catch .system(let place, let reason) {
        throw UsageFailure(message: CommandMessages.catalogue.text("new.writeFailed", ["path": place, "reason": reason]))
    }
    Console.current.out(CommandMessages.catalogue.text("new.written", ["path": destination.path]) + "\n")
}

/// The repository-relative path of `--out`, for the schema line (nil when outside the repository).
func relativePath(_ out: String?, root: URL, default fallback: String) -> String {
    guard let out else { return fallback }
    let path = URL(fileURLWithPath: out).standardizedFileURL.path
    let rootPath = root.standardizedFileURL.path + "/"
    return path.hasPrefix(rootPath) ? String(path.dropFirst(rootPath.count)) : fallback
}

private func slugProblem(_ value: String, what: String) -> String? {
    let allowed = value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    return allowed && !value.isEmpty ? nil : CommandMessages.catalogue.text("new.badSlug", ["value": value, "what": CommandMessages.catalogue.text("new.what.\(what)")])
}

struct NewChallenge: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(commandName: "challenge", abstract: "Write a new challenge in its tube's folder.")

    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: ArgumentHelp("QCU, QCM, QROC, QROCM-ind or QROCM-dep.", valueName: "type"))
    var type: ChallengeType?

    @Option(name: .long, help: ArgumentHelp("The skill assessed, for example @recherche2 (its tube gives the folder).", valueName: "skill"))
    var skill: String?

    @Option(name: .long, help: ArgumentHelp("The challenge's id (lowercase letters, digits, -), also its file name.", valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("The challenge's locale (default fr, written [fr, fr-fr]: Pix serves fr alone to no learner in France).", valueName: "locale"))
    var locale: String = "fr"

    @Option(name: .long, help: ArgumentHelp("A shared dataset (Challenges/datasets/<id>.yaml): one variant per row.", valueName: "id"))
    var dataset: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the file. Default: <tube folder>/<id>.yaml.", valueName: "file"))
    var out: String?

    func run() throws {
        let root = try rootOptions.resolveRoot()
        let messages = CommandMessages.catalogue
        let questions = Questions(console: Console.current)
        let typeText = try questions.value(type?.rawValue, option: "type", what: "type") { value in
            ChallengeType(rawValue: value) == nil
                ? messages.text("new.invalid", ["value": value, "values": ChallengeType.allCases.map(\.rawValue).joined(separator: ", ")])
                : nil
        }
        let skill = try questions.value(skill, option: "skill", what: "skill") { value in
            TubeFinder.tubeName(ofSkill: value) == nil ? messages.text("new.badSkill", ["skill": value]) : nil
        }
        let id = try questions.value(id, option: "id", what: "id") { slugProblem($0, what: "id") }
        guard let type = ChallengeType(rawValue: typeText), let tube = TubeFinder.tubeName(ofSkill: skill) else { return }
        guard ChallengeLocaleList.known.contains(locale) else {
            throw UsageFailure(message: messages.text("new.invalid", ["value": locale, "values": ChallengeLocaleList.known.joined(separator: ", ")]))
        }
        var folder: String
        if let found = TubeFinder.folder(ofTube: tube, root: root) {
            folder = found
        } else if out != nil {
            folder = "Challenges"
        } else {
            throw UsageFailure(message: messages.text("new.unknownTube", ["tube": tube, "skill": skill]))
        }
        var shared: (id: String, row: String, column: String)?
        if let dataset {
            guard let found = DatasetFinder.rowAndKey(ofDataset: dataset, root: root) else {
                throw UsageFailure(message: messages.text("new.unknownDataset", ["id": dataset]))
            }
            shared = (dataset, found.row, found.column)
        }
        folder += "/\(id).yaml"
        let path = relativePath(out, root: root, default: folder)
        let text = Scaffold.challenge(.init(id: id, type: type, skill: skill, locale: locale, dataset: shared), path: path)
        try writeNewFile(text, path: folder, root: root, out: out)
    }
}

struct NewTube: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(commandName: "tube", abstract: "Write a new tube (sujet) with its first skill.")

    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: ArgumentHelp("The tube's name: @ and a word, for example @recherche.", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("The competence index, for example 1.1.", valueName: "index"))
    var competence: String?

    @Option(name: .long, help: ArgumentHelp("The key of one of the competence's thematics (Referential/).", valueName: "key"))
    var thematic: String?

    @Option(name: .long, help: ArgumentHelp("pix (CRCN, default) or crcne (CRCNÉ).", valueName: "id"))
    var framework: String?

    @Option(name: .long, help: ArgumentHelp("The tube's practical title, as learners read it.", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("What the tube assesses, in one sentence.", valueName: "text"))
    var description: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the file. Default: Challenges/<competence>/<name>/tube.yaml.", valueName: "file"))
    var out: String?

    func run() throws {
        let root = try rootOptions.resolveRoot()
        let messages = CommandMessages.catalogue
        let questions = Questions(console: Console.current)
        let name = try questions.value(name, option: "name", what: "name") { value in
            value.hasPrefix("@") && slugProblem(String(value.dropFirst()), what: "name") == nil ? nil : messages.text("new.badTubeName", ["value": value])
        }
        let competence = try questions.value(competence, option: "competence", what: "competence") { value in
            !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") } ? nil : messages.text("new.badCompetence", ["value": value])
        }
        let thematic = try questions.value(thematic, option: "thematic", what: "thematic")
        let title = try questions.value(title, option: "title", what: "title")
        let description = try questions.value(description, option: "description", what: "description")
        let folder = "Challenges/\(competence)/\(name.dropFirst())/tube.yaml"
        let text = Scaffold.tube(.init(name: name, competence: competence, thematic: thematic, framework: framework, title: title, description: description),
                                 path: relativePath(out, root: root, default: folder))
        try writeNewFile(text, path: folder, root: root, out: out)
    }
}

struct NewDataset: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(commandName: "dataset", abstract: "Write a new shared dataset in Challenges/datasets/.")

    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: ArgumentHelp("The dataset's id (lowercase letters, digits, -), also its file name.", valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp("How templates name one row (default ligne): {{ ligne.nom }}.", valueName: "name"))
    var row: String = "ligne"

    @Option(name: .long, help: ArgumentHelp("Where to write the file. Default: Challenges/datasets/<id>.yaml.", valueName: "file"))
    var out: String?

    func run() throws {
        let root = try rootOptions.resolveRoot()
        let questions = Questions(console: Console.current)
        let id = try questions.value(id, option: "id", what: "dataset") { slugProblem($0, what: "dataset") }
        if let problem = slugProblem(row, what: "row") { throw UsageFailure(message: problem) }
        let path = "Challenges/datasets/\(id).yaml"
        let text = Scaffold.dataset(.init(id: id, row: row), path: relativePath(out, root: root, default: path))
        try writeNewFile(text, path: path, root: root, out: out)
    }
}
