import CalibrationFiles
import Diagnostics

/// Diagnostic codes of the compiler that are not rules: building the Pix form of a challenge
/// (PIX04xx) and the bundle (PIX06xx).
public enum CompilerDiagnostics {
    public static let all: [DiagnosticDescriptor] = AnswerDiagnostics.all + CalibrationDiagnostics.all + LockDiagnostics.all + BundleDiagnostics.all
        + FileSystemDiagnostics.all
}

/// Problems found while reading a challenge's question and answers into Pix's form.
public enum AnswerDiagnostics {
    static let path = "Challenges/1.1/recherche/annee-cnil.yaml"

    public static let inputsMismatch = DiagnosticDescriptor(
        "PIX0412", .error,
        title: "Input described but not in the proposals",
        explanation: """
        `inputs` describes the inputs written in `proposals` as `${key}` (their placeholder, label
        or select options). An entry whose key does not appear in `proposals` describes nothing,
        usually because of a typo in the key.
        """,
        wrong: Example(path: path, """
        id: recherche-annee-cnil
        skill: "@recherche2"
        type: QROC
        status: proposé
        instruction: En quelle année la CNIL a-t-elle été créée ?
        proposals: "Année : ${annee}"
        inputs:
          - key: anne
            placeholder: AAAA
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978"]
          reject: ["1987"]
        """),
        right: Example(path: path, """
        id: recherche-annee-cnil
        skill: "@recherche2"
        type: QROC
        status: proposé
        instruction: En quelle année la CNIL a-t-elle été créée ?
        proposals: "Année : ${annee}"
        inputs:
          - key: annee
            placeholder: AAAA
        answers: ["1978"]
        format: nombre
        tests:
          accept: ["1978"]
          reject: ["1987"]
        """)
    )

    public static let pixSyntax = DiagnosticDescriptor(
        "PIX0413", .error,
        title: "Invalid Pix syntax",
        explanation: """
        Content migrated from Pix may keep Pix's string syntax: options as `- option` lines, inputs
        as `${key#placeholder§label options=["a","b"]}` blocks, and `solution` as option numbers
        (QCU, QCM), one answer per line (QROC) or YAML (QROCM). This text does not follow that
        syntax, so Pix would not read it as intended. The structured keys (`options`, `inputs`,
        `answers`) avoid these pitfalls.
        """,
        wrong: Example(path: path, """
        id: recherche-moteur
        skill: "@recherche2"
        type: QCU
        status: proposé
        instruction: Lequel de ces sites est un moteur de recherche ?
        proposals: |
          - Qwant
          - Wikipédia
        solution: Qwant
        tests:
          accept: ["1"]
          reject: ["2"]
        """),
        right: Example(path: path, """
        id: recherche-moteur
        skill: "@recherche2"
        type: QCU
        status: proposé
        instruction: Lequel de ces sites est un moteur de recherche ?
        proposals: |
          - Qwant
          - Wikipédia
        solution: "1"
        tests:
          accept: ["1"]
          reject: ["2"]
        """)
    )

    public static let all: [DiagnosticDescriptor] = [inputsMismatch, pixSyntax]
}
