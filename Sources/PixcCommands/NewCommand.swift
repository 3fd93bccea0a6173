import ArgumentParser
import Authoring
import Foundation
import Localization
import Vocabulary

extension ChallengeType: ExpressibleByArgument {}

struct New: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: CommandHelp.text("new.abstract"),
        discussion: CommandHelp.text("new.discussion"),
        subcommands: [NewTube.self, NewChallenge.self, NewDataset.self]
    ) }

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
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "challenge", abstract: CommandHelp.text("new.challenge.abstract")) }

    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("new.challenge.type", valueName: "type"))
    var type: ChallengeType?

    @Option(name: .long, help: CommandHelp.help("new.challenge.skill", valueName: "skill"))
    var skill: String?

    @Option(name: .long, help: CommandHelp.help("new.challenge.id", valueName: "id"))
    var id: String?

    @Option(name: .long, help: CommandHelp.help("new.challenge.locale", valueName: "locale"))
    var locale: String = "fr"

    @Option(name: .long, help: CommandHelp.help("new.challenge.dataset", valueName: "id"))
    var dataset: String?

    @Option(name: .long, help: CommandHelp.help("new.challenge.out", valueName: "file"))
    var out: String?

    func validate() throws {
        guard ChallengeLocaleList.known.contains(locale) else {
            throw ValidationError(CommandMessages.catalogue.text("new.invalid", ["value": locale, "values": ChallengeLocaleList.known.joined(separator: ", ")]))
        }
    }

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
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "tube", abstract: CommandHelp.text("new.tube.abstract")) }

    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("new.tube.name", valueName: "name"))
    var name: String?

    @Option(name: .long, help: CommandHelp.help("new.tube.competence", valueName: "index"))
    var competence: String?

    @Option(name: .long, help: CommandHelp.help("new.tube.thematic", valueName: "key"))
    var thematic: String?

    @Option(name: .long, help: CommandHelp.help("new.tube.framework", valueName: "id"))
    var framework: String?

    @Option(name: .long, help: CommandHelp.help("new.tube.title", valueName: "text"))
    var title: String?

    @Option(name: .long, help: CommandHelp.help("new.tube.description", valueName: "text"))
    var description: String?

    @Option(name: .long, help: CommandHelp.help("new.tube.out", valueName: "file"))
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
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "dataset", abstract: CommandHelp.text("new.dataset.abstract")) }

    @OptionGroup var languageOptions: LanguageOptions
    @OptionGroup var rootOptions: RootOptions

    @Option(name: .long, help: CommandHelp.help("new.dataset.id", valueName: "id"))
    var id: String?

    @Option(name: .long, help: CommandHelp.help("new.dataset.row", valueName: "name"))
    var row: String = "ligne"

    @Option(name: .long, help: CommandHelp.help("new.dataset.out", valueName: "file"))
    var out: String?

    func validate() throws {
        if let problem = slugProblem(row, what: "row") { throw ValidationError(problem) }
    }

    func run() throws {
        let root = try rootOptions.resolveRoot()
        let questions = Questions(console: Console.current)
        let id = try questions.value(id, option: "id", what: "dataset") { slugProblem($0, what: "dataset") }
        let path = "Challenges/datasets/\(id).yaml"
        let text = Scaffold.dataset(.init(id: id, row: row), path: relativePath(out, root: root, default: path))
        try writeNewFile(text, path: path, root: root, out: out)
    }
}
