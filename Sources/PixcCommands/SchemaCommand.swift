import ArgumentParser
import Foundation
import Localization
import Release
import Schemas

struct SchemaCommand: ParsableCommand, LanguageSelecting {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "schema",
        abstract: CommandHelp.text("schema.abstract"),
        discussion: CommandHelp.text("schema.discussion")
    ) }

    @OptionGroup var languageOptions: LanguageOptions

    @Option(name: .long, help: CommandHelp.help("schema.out", valueName: "folder"))
    var out: String?

    func run() throws {
        let folder: URL
        if let out {
            folder = URL(fileURLWithPath: out).standardizedFileURL
        } else {
            folder = RootOptions.enclosingRepositoryOrCurrentFolder().appendingPathComponent("schemas")
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
