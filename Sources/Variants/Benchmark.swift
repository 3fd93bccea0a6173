import Diagnostics
import Expressions
import Model
import YAML

/// A synthetic workload for `Scripts/bench`: a dataset of drawn and derived values with
/// constraints, expanded to `variants` variants, each rendered through three texts. The caller
/// measures the time; the result says what was done so runs can be compared.
public enum VariantBenchmark {
    public struct Report: Sendable, Hashable {
        public let variants: Int
        public let renderedTexts: Int
        public let renderedBytes: Int
        public let acceptanceRate: Double
        public let method: ExpansionStatistics.Method
        public let problems: [String]
    }

    /// The `data:` block of the workload, as an author would write it.
    public static let data = """
        values:
          a: integer(1, 100000)
          b: integer(1, 100000)
          unite: pick(["Ko", "Mo", "Go"])
          prix: decimal(1, 50, step=0.05)
        derived:
          total: a * b
          ttc: round(prix * 1.2, 2)
        constraints:
          - a != b
          - total > 1000
        """

    public static let texts = [
        "Un fichier de {{ a }} {{ unite }} et un autre de {{ b }} {{ unite }} : ${total}",
        "{{ format(total) }}",
        "Prix TTC : {{ format(ttc, 2) }} €, {{ plural(a, \"fichier\") }}",
    ]

    public static func run(variants: Int) -> Report {
        let file = SourceFile(path: "Challenges/bench/data.yaml", text: data)
        let (root, yamlProblems) = YAMLReader.readSingleDocument(file)
        guard let root else { return failed(yamlProblems) }
        let (dataset, datasetProblems) = Dataset.decodeInline(root)
        guard let dataset, datasetProblems.isEmpty else { return failed(datasetProblems) }
        let plan = VariantPlan.build(challengeID: "bench-variants", shared: nil, inline: dataset)
        guard plan.diagnostics.isEmpty else { return failed(plan.diagnostics) }
        var templates: [Template] = []
        for text in texts {
            let source = SourceFile(path: "Challenges/bench/texts.yaml", text: text)
            let scalar = YAMLScalar(text: text, style: .plain, span: Span(file: source, start: 0, end: source.bytes.count))
            let compiled = plan.compileTemplate(scalar)
            guard let template = compiled.template else { return failed(compiled.diagnostics) }
            templates.append(template)
        }
        let expansion = plan.expand(.count(variants))
        var rendered = 0
        var bytes = 0
        var problems = expansion.diagnostics.map(\.message)
        for variant in expansion.variants {
            for template in templates {
                switch variant.render(template) {
                case .text(let text):
                    rendered += 1
                    bytes += text.utf8.count
                case .failure(let diagnostic):
                    problems.append(diagnostic.message)
                }
            }
        }
        return Report(
            variants: expansion.variants.count, renderedTexts: rendered, renderedBytes: bytes,
            acceptanceRate: expansion.statistics.acceptanceRate, method: expansion.statistics.method, problems: problems
        )
    }

    static func failed(_ diagnostics: [Diagnostic]) -> Report {
        Report(variants: 0, renderedTexts: 0, renderedBytes: 0, acceptanceRate: 0, method: .none, problems: diagnostics.map(\.message))
    }
}
