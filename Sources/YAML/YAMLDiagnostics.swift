import Diagnostics

/// Diagnostic codes of the YAML reader (PIX01xx).
public enum YAMLDiagnostics {
    public static let syntax = DiagnosticDescriptor(
        "PIX0101", .error,
        title: "YAML syntax error",
        explanation: """
        The file is not valid YAML, so pixc cannot read it. The most common causes are an
        indentation that does not match the lines above, a value containing `: ` that is not in
        quotes, and a quote that is opened but never closed. pixc points at the place where the
        YAML reader gave up; the mistake is on that line or just above it.
        """,
        wrong: ExampleChallenge.with(["instruction": "instruction: Note: cherchez sur le site officiel de la CNIL son année de création."]),
        right: ExampleChallenge.with(["instruction": "instruction: \"Note : cherchez sur le site officiel de la CNIL son année de création.\""])
    )

    public static let tab = DiagnosticDescriptor(
        "PIX0102", .error,
        title: "Tab used for indentation",
        explanation: """
        YAML only accepts spaces to indent lines. A tab looks like spaces in most editors, which
        makes this mistake hard to see. Replace each tab at the start of the line with spaces (two
        per level), and set your editor to insert spaces when you press Tab.
        """,
        wrong: ExampleChallenge.with(["answers": "answers:\n\t- \"1978\""]),
        right: ExampleChallenge.with(["answers": "answers:\n  - \"1978\""])
    )

    public static let duplicateKey = DiagnosticDescriptor(
        "PIX0103", .error,
        title: "Key written twice in the same mapping",
        explanation: """
        A key appears twice at the same level. YAML would silently keep only one of the two
        values, so an edit could be lost without anyone noticing; pixc refuses the file and shows
        both places. Keep one of them.
        """,
        wrong: ExampleChallenge.with(appending: ["status: validé"]),
        right: ExampleChallenge.with(["status": "status: validé"])
    )

    public static let aliasBomb = DiagnosticDescriptor(
        "PIX0104", .error,
        title: "Aliases expand to too many values",
        explanation: """
        YAML anchors (`&name`) and aliases (`*name`) let a file repeat a value without writing it
        again. Aliases that refer to lists of aliases multiply: ten levels of ten make ten billion
        values (the "billion laughs" attack). pixc counts what aliases add and stops reading a
        document when they would add more than 100,000 values or ten times what is written.
        """,
        wrong: Example(path: "Challenges/datasets/rires.yaml", """
        a: &a ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
        f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
        """),
        right: Example(path: "Challenges/datasets/rires.yaml", """
        row: rire
        key: mot
        rows:
          - {mot: ha, fois: &trois "3"}
          - {mot: hi, fois: *trois}
        """)
    )

    public static let unknownAlias = DiagnosticDescriptor(
        "PIX0105", .error,
        title: "Alias to an undefined anchor",
        explanation: """
        An alias `*name` repeats the value marked with the anchor `&name`. The anchor must be
        written earlier in the same document.
        """,
        wrong: ExampleChallenge.with(["answers": "answers: *annees"]),
        right: ExampleChallenge.with(["answers": "answers: &annees [\"1978\"]"])
    )

    public static let ignoredTag = DiagnosticDescriptor(
        "PIX0106", .warning,
        title: "YAML tag ignored",
        explanation: """
        YAML tags such as `!!int` or `!custom` ask a YAML library to convert a value. pixc never
        converts values implicitly: each field of the schema decides how to read its text (so
        `0612` stays `0612`). Tags therefore have no effect; remove them.
        """,
        wrong: ExampleChallenge.with(["answers": "answers: [!!int 1978]"]),
        right: ExampleChallenge.with()
    )

    public static let multipleDocuments = DiagnosticDescriptor(
        "PIX0107", .error,
        title: "More than one YAML document in a file",
        explanation: """
        A line `---` starts a new YAML document. pixc reads one document per file (one challenge,
        one tube, one dataset), so a second document would be ignored. Split it into its own file.
        """,
        wrong: ExampleChallenge.with(appending: ["---", "id: recherche-annee-arcep"]),
        right: ExampleChallenge.with(prepending: ["---"])
    )

    public static let encoding = DiagnosticDescriptor(
        "PIX0108", .error,
        title: "File is not UTF-8",
        explanation: """
        pixc reads files encoded in UTF-8, the encoding of every modern editor and of git
        repositories. A file saved as Latin-1 or Windows-1252 shows accented letters as invalid
        bytes: pixc points at the first one. Re-save the file as UTF-8 and check its accents.
        A UTF-8 byte-order mark at the start of a file is accepted.
        """
    )

    public static let tooDeep = DiagnosticDescriptor(
        "PIX0109", .error,
        title: "Values nested too deeply",
        explanation: """
        Lists and mappings are nested more than 200 levels deep. No pixc file needs this; such a
        file is either broken or built to exhaust the tool, so pixc stops reading it.
        """,
        wrong: ExampleChallenge.with(["answers": "answers: " + String(repeating: "[", count: 201) + "\"1978\"" + String(repeating: "]", count: 201)]),
        right: ExampleChallenge.with()
    )

    public static let all: [DiagnosticDescriptor] = [
        syntax, tab, duplicateKey, aliasBomb, unknownAlias, ignoredTag, multipleDocuments, encoding, tooDeep,
    ]
}
