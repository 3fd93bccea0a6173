import ArgumentParser
import Foundation
import Localization
import Release
import Schemas

struct SchemaCommand: ParsableCommand, LanguageSelecting {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schemas of referentials, tubes, challenges and datasets, for editors.",
        discussion: """
        Writes referential.schema.json, tube.schema.json, challenge.schema.json and \
        dataset.schema.json, generated from the keys pixc reads. Editors that speak \
        yaml-language-server use them through the first line of each file: \
        `# yaml-language-server: $schema=<relative path>`.
        """
    )

    @OptionGroup var languageOptions: LanguageOptions

    @Option(name: .long, help: ArgumentHelp("Folder to write the schemas to. Default: schemas in the content repository (the current folder outside one).", valueName: "folder"))
    var out: String?

    func run() throws {
        let folder: URL
        if let out {
            folder = URL(fileURLWithPath: out).standardizedFileURL
        } else {
            let base = (try? RootOptions().resolveRoot()) ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
            folder = base.appendingPathComponent("schemas")
        }
        let files = ContentSchemas.files()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for file in files {
                try OutputWriter.replaceFile(folder.appendingPathComponent(file.name), with: Data(file.bytes))
            }
        } catch {
            throw UsageFailure(message: CommandMessages.catalogue.text("schema.writeFailed", ["folder": folder.path, "reason": "\(error.localizedDescription)"]))
        }
        Console.current.out(CommandMessages.catalogue.text("schema.written", ["count": "\(files.count)", "folder": folder.path]) + "\n")
    }
}
