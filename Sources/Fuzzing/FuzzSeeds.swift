import Compiler
import Diagnostics
import Foundation
import Grading
import Model
import YAML

/// First inputs for each fuzz target, made from a content repository (the shipped one), so that
/// the fuzzer starts from real challenges, datasets, calibrations and bundles.
public enum FuzzSeeds {
    public static func make(_ target: FuzzTarget, root: URL) -> [[UInt8]] {
        let fileSystem = DiskFileSystem(root: root)
        let files = RepositoryLoader.contentPaths(in: fileSystem)
        func read(_ path: String) -> [UInt8]? { try? fileSystem.read(path) }
        switch target {
        case .yaml:
            return files.filter { $0.hasSuffix(".yaml") }.compactMap(read) + fixtures(root, suffix: ".yaml")
        case .expressions:
            return expressionSeeds(files.filter { $0.hasSuffix(".yaml") }.compactMap { path in read(path).map { (path, $0) } })
        case .grading:
            return gradingSeeds(Checker.check(fileSystem))
        case .calibration:
            // Byte 0 chooses the reader: 0 a calibration file, 1 an answer log.
            let csv = files.filter { $0.hasSuffix(".csv") }.compactMap(read) + fixtures(root, suffix: ".csv")
            let calibrations = csv + [
                Array("challengeId,discrimination,difficulty\nrecherche-annee-cnil,1.25,-0.5\n".utf8),
                Array("challengeId;alpha;delta;responses\nrecherche-annee-cnil;1,2;0,3;150\n".utf8),
            ]
            let logs = csv + [
                Array("learner,challenge,result\nl1,recherche-annee-cnil,ok\nl1,recherche-annee-bnf,ko\nl2,recherche-annee-cnil,aband\n".utf8),
                Array("assessmentId;challengeId;result\n12;recherche-annee-cnil;ok\n13;recherche-annee-cnil;timedout\n".utf8),
            ]
            return calibrations.map { [0] + $0 } + logs.map { [1] + $0 }
        case .release:
            return releaseSeeds(root)
        case .replay:
            return replaySeeds
        }
    }

    /// Files with this suffix under Tests/Fixtures, when the repository has them.
    static func fixtures(_ root: URL, suffix: String) -> [[UInt8]] {
        let folder = root.appendingPathComponent("Tests/Fixtures")
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [[UInt8]] = []
        while let path = enumerator.nextObject() as? String {
            guard path.hasSuffix(suffix), !path.hasPrefix("hostile/"), let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) else { continue }
            result.append([UInt8](data))
        }
        return result.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// Expressions (mode 0), templates (mode 1) and `data:` blocks (mode 2) of the files.
    static func expressionSeeds(_ files: [(path: String, bytes: [UInt8])]) -> [[UInt8]] {
        var seeds = Set<[UInt8]>()
        for (path, bytes) in files {
            let file = SourceFile(path: path, bytes: bytes)
            guard let root = YAMLReader.readSingleDocument(file).root else { continue }
            if path.hasPrefix("Challenges/datasets/") { seeds.insert([2] + bytes) }
            if let data = root.mapping?["data"] {
                let column = data.span.startLocation.column
                seeds.insert([2] + Array((String(repeating: " ", count: max(0, column - 1)) + data.span.text).utf8))
                for section in ["values", "derived"] {
                    for entry in data.mapping?[section]?.mapping?.entries ?? [] {
                        if let text = entry.value.scalar?.text { seeds.insert([0] + Array(text.utf8)) }
                    }
                }
                for item in data.mapping?["constraints"]?.sequence?.items ?? [] {
                    if let text = item.scalar?.text { seeds.insert([0] + Array(text.utf8)) }
                }
            }
            for scalar in scalars(in: root) where scalar.text.contains("{{") {
                seeds.insert([1] + Array(scalar.text.utf8))
            }
        }
        return seeds.sorted { $0.lexicographicallyPrecedes($1) }
    }

    static func scalars(in node: YAMLNode) -> [YAMLScalar] {
        var result: [YAMLScalar] = []
        var pending = [node]
        while let next = pending.popLast() {
            switch next {
            case .scalar(let scalar): result.append(scalar)
            case .sequence(let sequence): pending.append(contentsOf: sequence.items)
            case .mapping(let mapping): pending.append(contentsOf: mapping.entries.map(\.value))
            }
        }
        return result
    }

    /// Each challenge's Pix form with its author tests as answers.
    static func gradingSeeds(_ result: CheckResult) -> [[UInt8]] {
        var seeds: [[UInt8]] = []
        for compiled in result.challenges {
            let challenges = compiled.isRandomized ? Array(compiled.variants.prefix(2).map { ($0.challenge, $0.form) }) : [(compiled.view.challenge, compiled.view.form)]
            for (challenge, form) in challenges {
                let grading = form.gradingChallenge
                guard let typeIndex = FuzzGrading.types.firstIndex(of: grading.type) else { continue }
                var control = UInt8(typeIndex)
                if grading.format == "nombre" { control |= 8 }
                var parts = [grading.proposals]
                switch grading.solution {
                case .qcu(let text), .qcm(let text), .qroc(let text): parts.append(text)
                case .qrocmInd(let entries), .qrocmDep(let entries):
                    parts.append(entries.map { "\($0.key): " + $0.acceptedAnswers.joined(separator: " | ") }.joined(separator: "\n"))
                }
                for test in (challenge.tests?.accept ?? []) + (challenge.tests?.reject ?? []) {
                    switch test {
                    case .text(let text): parts.append(text.value)
                    case .keyed(let pairs, _): parts.append(pairs.map { "\($0.key.value)=\($0.value.value)" }.joined(separator: "\u{1F}"))
                    }
                }
                seeds.append([control] + Array(parts.joined(separator: "\u{1E}").utf8))
            }
        }
        return seeds
    }

    /// The repository's bundle, built in a temporary folder: release (0), manifest (1), diff (2).
    static func releaseSeeds(_ root: URL) -> [[UInt8]] {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("pixc-fuzz-seeds-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        var options = BuildOptions(output: out)
        options.locked = true
        var seeds: [[UInt8]] = [
            [0] + Array(#"{"content":{"frameworks":[],"areas":[],"competences":[],"thematics":[],"tubes":[],"skills":[],"challenges":[]},"createdAt":null,"id":null}"#.utf8),
        ]
        // `--locked` never writes variants.lock; the bundle goes to the temporary folder.
        guard let outcome = try? Builder.build(root: root, options: options), outcome.succeeded,
              let release = FileManager.default.contents(atPath: out.appendingPathComponent("release.json").path),
              let manifest = FileManager.default.contents(atPath: out.appendingPathComponent("manifest.json").path) else { return seeds }
        seeds += [[0] + [UInt8](release), [1] + [UInt8](manifest), [2] + [UInt8](release)]
        return seeds
    }

    static let replaySeeds: [[UInt8]] = [
        """
        {"initialCapacity": -3, "variationPercent": 0.5,
         "items": [{"id": "a", "discriminant": 1, "difficulty": -2, "skill": "s1", "tube": "t1", "competence": "c1"},
                   {"id": "b", "discriminant": 1.5, "difficulty": 0, "skill": "s2", "tube": "t2", "competence": "c2"}],
         "answers": [{"challengeId": "a", "result": "ok"}, {"challengeId": "b", "result": "ko"}]}
        """,
        """
        {"items": [{"id": "a", "discriminant": 2.1, "difficulty": 0.4, "skill": "s1", "tube": "t1", "competence": "c1"}],
         "answers": [{"challengeId": "a", "result": "aband"}]}
        """,
        #"{"initialCapacity": null, "variationPercent": null, "items": [], "answers": []}"#,
    ].map { Array($0.utf8) }
}
