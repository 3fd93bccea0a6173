import Diagnostics
import Model

/// Complete files for the examples of the structure rules. Every challenge is a QROC whose
/// answers and author tests are right, so an example shows the one problem it is about and
/// nothing else.
enum StructureExamples {
    static let recherche = "Challenges/1.1/recherche"

    /// The `@requetes` tube most structure examples use, varied only in what an example is about.
    /// `skills` are YAML flow mappings (`"{level: 3, status: actif}"`); none writes `skills: []`.
    static func requetesTube(framework: String? = nil, competence: String = "1.1", thematic: String = "moteur-recherche",
                             skills: [String] = ["{level: 3, status: en construction}"]) -> ExampleFile {
        var lines = ["name: \"@requetes\""]
        if let framework { lines.append("framework: \(framework)") }
        lines += [
            "competence: \"\(competence)\"",
            "thematic: \(thematic)",
            "title: Affiner une recherche",
            "description: Utiliser les opérateurs d’un moteur de recherche.",
        ]
        lines.append(skills.isEmpty ? "skills: []" : "skills:")
        lines += skills.map { "  - \($0)" }
        return file("Challenges/1.1/requetes/tube.yaml", lines.joined(separator: "\n"))
    }
    static let tableur = "Challenges/1.3/tableur"

    /// A question with its accepted answer and a likely mistake.
    struct Question {
        let instruction: String
        let answer: String
        let mistake: String

        static let cnil = Question(instruction: "En quelle année la CNIL a-t-elle été créée ?", answer: "1978", mistake: "1987")
        static let arcom = Question(instruction: "En quelle année l’Arcom a-t-elle été créée ?", answer: "2022", mistake: "1989")
        static let wikipedia = Question(instruction: "En quelle année Wikipédia a-t-elle été lancée ?", answer: "2001", mistake: "1991")
        static let ventes = Question(instruction: "Ouvrez le fichier joint. Combien d’articles ont été vendus en janvier ?", answer: "120", mistake: "95")
    }

    /// A challenge file; `extra` is written after `status` (top-level keys, one per line).
    static func challenge(_ id: String, skill: String = "@recherche2", status: String = "proposé", question: Question = .cnil, extra: String = "") -> String {
        let lines = [
            "id: \(id)",
            "skill: \"\(skill)\"",
            "type: QROC",
            "status: \(status)",
        ] + (extra.isEmpty ? [] : [extra]) + [
            "instruction: \(question.instruction)",
            "proposals: \"Réponse : ${reponse}\"",
            "answers: [\"\(question.answer)\"]",
            "format: nombre",
            "tests:",
            "  accept: [\"\(question.answer)\"]",
            "  reject: [\"\(question.mistake)\"]",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func file(_ path: String, _ text: String) -> ExampleFile { ExampleFile(path: path, text: text) }

    /// A challenge file at `<folder>/<id>.yaml`.
    static func challengeFile(_ id: String, in folder: String = recherche, skill: String = "@recherche2", status: String = "proposé", question: Question = .cnil, extra: String = "") -> ExampleFile {
        ExampleFile(path: "\(folder)/\(id).yaml", text: challenge(id, skill: skill, status: status, question: question, extra: extra))
    }
}

extension Span {
    /// A fix-it writing `value` in place of the scalar at this span, keeping the author's quotes,
    /// and adding double quotes when a plain scalar could not hold the value (`@recherche2`).
    func scalarReplacement(_ value: String) -> Replacement {
        let written = text
        if written.count >= 2, let first = written.first, first == "\"" || first == "'", written.last == first {
            let quote = String(first)
            let escaped = first == "\"" ? value.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") : value.replacingAll("'", with: "''")
            return Replacement(span: subspan(quote.utf8.count..<(length - quote.utf8.count)), text: escaped)
        }
        return Replacement(span: self, text: Self.needsQuotes(value) ? "\"\(value.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\""))\"" : value)
    }

    private static func needsQuotes(_ value: String) -> Bool {
        guard let first = value.first else { return true }
        if "@`*&!|>'\"%[]{},#?:-".contains(first) || first.isWhitespace || value.last?.isWhitespace == true { return true }
        return value.contains(": ") || value.contains(" #")
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }

    /// `a`, `b`, `c` style list of backquoted values, for messages.
    static func codeList(_ values: [String]) -> String {
        values.map { "`\($0)`" }.joined(separator: ", ")
    }
}

/// Each item whose key an earlier item already has, with that first item: the rules that want
/// names, ids or locales written once report the repeats at their place.
enum Repeats {
    static func of<Item, Key: Hashable>(_ items: [Item], key: (Item) -> Key) -> [(repeated: Item, first: Item)] {
        var first: [Key: Item] = [:]
        var repeats: [(repeated: Item, first: Item)] = []
        for item in items {
            let itemKey = key(item)
            if let original = first[itemKey] {
                repeats.append((item, original))
            } else {
                first[itemKey] = item
            }
        }
        return repeats
    }
}

/// Paths of files a challenge points at (attachments, illustrations), which are written relative
/// to the challenge file's folder.
enum ContentPath {
    /// The folder of a repository path (`Challenges/1.3/tableur` for `Challenges/1.3/tableur/x.yaml`).
    static func folder(of path: String) -> String {
        // An ASCII path's characters are its bytes (CR LF aside, which holds no slash): split
        // them, without breaking the path into characters (twice per challenge).
        if path.utf8.allSatisfy({ $0 < 0x80 }) {
            let pieces = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
            guard let last = pieces.last, let first = pieces.first else { return "" }
            // The bytes from the first piece to the end of the one before the last, with every
            // run of slashes between them made one.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(path.utf8.count)
            for piece in pieces where piece.startIndex < last.startIndex {
                if piece.startIndex != first.startIndex { bytes.append(UInt8(ascii: "/")) }
                bytes.append(contentsOf: piece)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty else { return "" }
        parts.removeLast()
        return parts.joined(separator: "/")
    }

    /// True when the path is absolute, starts from a home folder or a drive, or climbs with `..`:
    /// it does not name a file of the challenge's folder.
    static func leavesFolder(_ path: String) -> Bool {
        let normalized = path.replacingAll("\\", with: "/")
        if normalized.hasPrefix("/") || normalized.hasPrefix("~") { return true }
        let parts = normalized.split(separator: "/")
        if let first = parts.first, first.count == 2, first.last == ":", first.first?.isLetter == true { return true }
        return parts.contains("..")
    }

    /// The repository path of `relative`, written in a file of `folder`; `.` components are dropped.
    static func resolve(_ relative: String, in folder: String) -> String {
        let parts = (folder.split(separator: "/") + relative.split(separator: "/")).filter { $0 != "." }
        return parts.joined(separator: "/")
    }

    /// The files of a folder and its subfolders that are not content files, relative to it:
    /// the candidates for "did you mean" when an attachment is not found.
    static func assets(in folder: String, fileSystem: ContentFileSystem) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return fileSystem.files(under: folder).filter { RepositoryLoader.kind(ofPath: $0) == nil && $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }.sorted()
    }
}

extension Challenge {
    /// Files the challenge points at, each with what it is for ("attachment", "illustration").
    /// Paths with template placeholders are left out: they only name a file once a variant is rendered.
    var referencedFiles: [(path: Located<String>, role: String)] {
        var result = attachments.map { (path: $0, role: RuleMessages.text("role.attachment")) }
        if let file = illustration?.file { result.append((path: file, role: RuleMessages.text("role.illustration"))) }
        return result.filter { !$0.path.value.contains("{{") }
    }
}

extension Skill {
    /// The version, 1 when not written.
    var effectiveVersion: Int { version?.value ?? 1 }
}

extension Challenge {
    /// The prototype version, 1 when not written (Pix "Version prototype").
    var effectiveVersion: Int { version?.value ?? 1 }
}

extension ContentIndex {
    /// The framework a tube belongs to: as written, else the default (`pix`).
    func frameworkID(of tube: Tube) -> String { tube.framework?.value ?? Self.defaultFramework }

    /// True when a file under `Referential/` could not be decoded: problems of references to the
    /// referential are then consequences, not causes, and are not reported.
    var hasBrokenReferential: Bool {
        let decoded = Set(repository.referentials.map(\.file.path))
        let failedSource = repository.sources.contains { $0.path.hasPrefix(RepositoryLoader.referentialFolder + "/") && !decoded.contains($0.path) }
        let readingCodes = Set([ModelDiagnostics.unreadableFile.code] + FileSystemDiagnostics.all.map(\.code))
        let unreadable = repository.diagnostics.contains { readingCodes.contains($0.code) && ($0.path ?? "").hasPrefix(RepositoryLoader.referentialFolder + "/") }
        return failedSource || unreadable
    }
}
