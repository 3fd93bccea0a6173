import Diagnostics

/// The challenge most diagnostic examples start from, changed one line at a time, so that each
/// example shows only what its diagnostic is about.
public enum ExampleChallenge {
    public static let path = "Challenges/1.1/recherche/annee-cnil.yaml"

    static let lines: [(key: String, line: String)] = [
        ("id", "id: recherche-annee-cnil"),
        ("skill", "skill: \"@recherche2\""),
        ("type", "type: QROC"),
        ("status", "status: proposé"),
        ("instruction", "instruction: En quelle année la CNIL a-t-elle été créée ?"),
        ("proposals", "proposals: \"Année : ${annee#AAAA}\""),
        ("answers", "answers: [\"1978\"]"),
        ("format", "format: nombre"),
        ("tests", "tests:\n  accept: [\"1978\"]\n  reject: [\"1987\"]"),
    ]

    /// The base challenge with the lines of some keys replaced (an empty text removes the line),
    /// and lines added before and after.
    public static func with(_ replacements: [String: String] = [:], prepending: [String] = [], appending: [String] = []) -> Example {
        var text = prepending
        for (key, line) in lines {
            if let replacement = replacements[key] {
                if !replacement.isEmpty { text.append(replacement) }
            } else {
                text.append(line)
            }
        }
        text.append(contentsOf: appending)
        return Example(path: path, text.joined(separator: "\n") + "\n")
    }
}
