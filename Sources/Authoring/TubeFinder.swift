import Diagnostics
import Foundation
import Model
import YAML

/// Where the tubes of a repository are: the folder of each tube's `tube.yaml`, by name.
public enum TubeFinder {
    /// The repository-relative folder of the tube named `name` (`@recherche`), if any.
    public static func folder(ofTube name: String, root: URL) -> String? {
        let manager = FileManager.default
        let challenges = root.appendingPathComponent("Challenges")
        guard let enumerator = manager.enumerator(atPath: challenges.path) else { return nil }
        var found: [String] = []
        while let relative = enumerator.nextObject() as? String {
            guard relative.hasSuffix("tube.yaml"), (relative as NSString).lastPathComponent == "tube.yaml",
                  let data = manager.contents(atPath: challenges.appendingPathComponent(relative).path) else { continue }
            let file = SourceFile(path: "Challenges/" + relative, bytes: Array(data))
            let (root, _) = YAMLReader.readSingleDocument(file)
            guard let root, let tube = Tube.decode(root, file: file, sink: DiagnosticSink()), tube.name.value == name else { continue }
            found.append((("Challenges/" + relative) as NSString).deletingLastPathComponent)
        }
        return found.sorted().first
    }

    /// `@recherche` for the skill `@recherche2`.
    public static func tubeName(ofSkill skill: String) -> String? {
        let name = String(skill.reversed().drop { $0.isASCII && $0.isNumber }.reversed())
        guard name.count > 1, name.count < skill.count, name.hasPrefix("@") else { return nil }
        return name
    }
}
