import CalibrationFiles
import Crypto
import Diagnostics
import Foundation
import Release
import Model
import Vocabulary
import YAML

/// A shared dataset file (`Challenges/datasets/<id>.yaml`), decoded later by the Variants module.
public struct DatasetSource: Sendable {
    public let id: String
    public let file: SourceFile
    public let root: YAMLNode
}

/// Everything read from a content repository, before resolution.
public struct Repository: Sendable {
    public var referentials: [Referential] = []
    public var tubes: [Tube] = []
    public var challenges: [Challenge] = []
    public var datasets: [DatasetSource] = []
    /// Item parameters read from Calibration/*.csv, in file and line order.
    public var calibration: [CalibrationRecord] = []
    /// Every YAML file read, sorted by path (the digest of the sources is computed over them).
    public var sources: [SourceFile] = []
    /// The digests of the files read as a stream and not kept (calibration files).
    public var streamedSources: [FileDigest] = []
    public var diagnostics: [Diagnostic] = []
}

/// What kind of file a path holds.
public enum ContentKind: Sendable, Equatable {
    case referential
    case tube
    case challenge
    case dataset
    case calibration
}

public enum RepositoryLoader {
    public static let referentialFolder = "Referential"
    public static let challengesFolder = "Challenges"
    public static let datasetsFolder = "Challenges/datasets"

    static func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }

    /// The kind of a content file from its place in the repository, nil for files that are not
    /// content (attachments, name lists).
    public static func kind(ofPath path: String) -> ContentKind? {
        if path.hasPrefix(CalibrationReader.folder + "/"), path.hasSuffix(".csv") { return .calibration }
        guard isYAML(path) else { return nil }
        if path.hasPrefix(referentialFolder + "/") { return .referential }
        if path.hasPrefix(datasetsFolder + "/") { return .dataset }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        if name == "tube.yaml" || name == "tube.yml" { return .tube }
        return .challenge
    }

    /// The content files of a repository, sorted.
    public static func contentPaths(in fileSystem: ContentFileSystem) -> [String] {
        contentListing(in: fileSystem).files
    }

    /// The content files of a repository, sorted, and the entries of its content folders that
    /// cannot be read as files.
    public static func contentListing(in fileSystem: ContentFileSystem) -> FolderListing {
        var result = FolderListing()
        for folder in [referentialFolder, challengesFolder, CalibrationReader.folder] {
            let listing = fileSystem.listing(under: folder)
            result.files += listing.files.filter { kind(ofPath: $0) != nil }
            result.problems += listing.problems
        }
        result.files.sort()
        return result
    }

    /// Reads and decodes every content file. Files are parsed in parallel; the result does not
    /// depend on the order in which they finish.
    /// `certificationKey`: the rows of Pix-format calibration files to keep (`CORE` by default).
    public static func load(from fileSystem: ContentFileSystem, paths: [String]? = nil, certificationKey: String = CalibrationReader.coreCertificationKey,
                            timings: PhaseTimings? = nil) -> Repository {
        let listing = timings.measure("list files") { paths.map { FolderListing(files: $0.sorted()) } ?? contentListing(in: fileSystem) }
        let files = listing.files
        let batches = ParallelMap.map(count: (files.count + batchSize - 1) / batchSize) { batch in
            loadBatch(Array(files[(batch * batchSize)..<min(files.count, (batch + 1) * batchSize)]), from: fileSystem, certificationKey: certificationKey, timings: timings)
        }
        return assemble(batches.flatMap { $0 }, listingProblems: listing.problems)
    }

    /// The repository made of files already read, in the order given (sorted by path), after what
    /// could not be listed.
    static func assemble(_ results: [FileResult], listingProblems: [FileSystemProblem] = []) -> Repository {
        var repository = Repository()
        repository.diagnostics = listingProblems.map(FileSystemDiagnostics.diagnostic(for:))
        // Reserved, not grown by doubling: a challenge is about 2 KB, and the list is held
        // through the whole check (about 25 MB of slack on 20,000 challenges otherwise).
        var challengeCount = 0
        for result in results { if case .challenge? = result.content { challengeCount += 1 } }
        repository.challenges.reserveCapacity(challengeCount)
        repository.sources.reserveCapacity(results.count)
        for result in results {
            if let file = result.file { repository.sources.append(file) }
            if let digest = result.streamedDigest { repository.streamedSources.append(digest) }
            repository.diagnostics.append(contentsOf: result.diagnostics)
            switch result.content {
            case .referential(let referential)?: repository.referentials.append(referential)
            case .tube(let tube)?: repository.tubes.append(tube)
            case .challenge(let challenge)?: repository.challenges.append(challenge)
            case .dataset(let dataset)?: repository.datasets.append(dataset)
            case .calibration(let records)?: repository.calibration.append(contentsOf: records)
            case nil: break
            }
        }
        return repository
    }

    enum Decoded: Sendable {
        case referential(Referential)
        case tube(Tube)
        case challenge(Challenge)
        case dataset(DatasetSource)
        case calibration([CalibrationRecord])
    }

    struct FileResult: Sendable {
        var file: SourceFile?
        var content: Decoded?
        var diagnostics: [Diagnostic]
        var streamedDigest: FileDigest?
    }

    static func loadFile(_ path: String, from fileSystem: ContentFileSystem, certificationKey: String = CalibrationReader.coreCertificationKey,
                         timings: PhaseTimings? = nil) -> FileResult {
        if kind(ofPath: path) == .calibration {
            // Streamed: a calibration file can be large, and only its records are kept.
            do {
                let source = HashingSource(try fileSystem.byteSource(path))
                let (records, problems) = CalibrationReader.read(source, path: path, certificationKey: certificationKey)
                let digest = source.finish()
                return FileResult(file: nil, content: .calibration(records), diagnostics: problems, streamedDigest: FileDigest(path: path, sha256: digest))
            } catch {
                return FileResult(file: nil, content: nil, diagnostics: [ModelDiagnostics.unreadableFile(CompilerDiagnosticMessages.text("Repository.1", ["error": "\(error)"]), at: nil, path: path)])
            }
        }
        let bytes: [UInt8]
        do {
            bytes = try timings.accumulate("  cpu: read files") { try fileSystem.read(path) }
        } catch {
            return FileResult(file: nil, content: nil, diagnostics: [unreadable(path, error)])
        }
        let file = timings.accumulate("  cpu: read files") { SourceFile(path: path, bytes: bytes) }
        let parsed = timings.accumulate("  cpu: parse YAML") { YAMLReader.readSingleDocument(file) }
        return timings.accumulate("  cpu: decode") { decode(file, path: path, root: parsed.root, yamlDiagnostics: parsed.diagnostics) }
    }

    /// Files loaded in a row by one thread, each step over the whole batch: all read, then all
    /// parsed, then all decoded.
    static let batchSize = 16

    /// Like `loadFile` for each path, in order. Parsing the batch's files one after another keeps
    /// libyaml's code and buffers warm from one file to the next (decoding in between evicted them),
    /// and each phase's CPU clock is read once per batch instead of once per file: reading and
    /// parsing the 50 MB corpus of `Scripts/bench yaml` alone took 6 to 12 % less CPU time in
    /// batches of 16 than file by file (larger batches did no better).
    static func loadBatch(_ paths: [String], from fileSystem: ContentFileSystem, certificationKey: String, timings: PhaseTimings?) -> [FileResult] {
        var results = [FileResult?](repeating: nil, count: paths.count)
        var readable: [Int] = []
        for (index, path) in paths.enumerated() {
            if kind(ofPath: path) == .calibration {
                results[index] = loadFile(path, from: fileSystem, certificationKey: certificationKey, timings: timings)
            } else {
                readable.append(index)
            }
        }
        var sources: [(index: Int, file: SourceFile)] = []
        sources.reserveCapacity(readable.count)
        timings.accumulate("  cpu: read files") {
            for index in readable {
                do {
                    sources.append((index, SourceFile(path: paths[index], bytes: try fileSystem.read(paths[index]))))
                } catch {
                    results[index] = FileResult(file: nil, content: nil, diagnostics: [unreadable(paths[index], error)])
                }
            }
        }
        let parsed = timings.accumulate("  cpu: parse YAML") { sources.map { YAMLReader.readSingleDocument($0.file) } }
        timings.accumulate("  cpu: decode") {
            for (position, source) in sources.enumerated() {
                results[source.index] = decode(source.file, path: paths[source.index], root: parsed[position].root, yamlDiagnostics: parsed[position].diagnostics)
            }
        }
        return results.compactMap { $0 }
    }

    /// The content of a file read as YAML, with the reader's diagnostics and the decoder's.
    static func decode(_ file: SourceFile, path: String, root: YAMLNode?, yamlDiagnostics: [Diagnostic]) -> FileResult {
        let contentKind = kind(ofPath: path)
        var diagnostics = yamlDiagnostics
        guard !diagnostics.contains(where: { $0.severity == .error && $0.code != YAMLDiagnostics.multipleDocuments.code }) else {
            return FileResult(file: file, content: nil, diagnostics: diagnostics)
        }
        guard let root, !(root.scalar?.isNull ?? false) else {
            diagnostics.append(ModelDiagnostics.emptyFile(
                CompilerDiagnosticMessages.text("Repository.2"),
                at: Span(file: file, start: 0, end: 0),
                help: CompilerDiagnosticMessages.text("Repository.3")
            ))
            return FileResult(file: file, content: nil, diagnostics: diagnostics)
        }
        let sink = DiagnosticSink()
        var content: Decoded?
        switch contentKind ?? guessKind(root) {
        case .referential:
            content = Referential.decode(root, file: file, sink: sink).map { .referential($0) }
        case .tube:
            content = Tube.decode(root, file: file, sink: sink).map { .tube($0) }
        case .challenge:
            content = Challenge.decode(root, file: file, sink: sink).map { .challenge($0) }
        case .calibration:
            break
        case .dataset:
            let name = path.split(separator: "/").last.map(String.init) ?? path
            let id = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : String(name.dropLast(4))
            content = .dataset(DatasetSource(id: id, file: file, root: root))
        }
        diagnostics.append(contentsOf: sink.diagnostics)
        return FileResult(file: file, content: content, diagnostics: diagnostics)
    }

    static func unreadable(_ path: String, _ error: Error) -> Diagnostic {
        guard let error = error as? FileSystemError else {
            return ModelDiagnostics.unreadableFile(CompilerDiagnosticMessages.text("Repository.1", ["error": "\(error)"]), at: nil, path: path, help: Help(CompilerDiagnosticMessages.text("Repository.4")))
        }
        if error.size != nil {
            return FileSystemDiagnostics.tooLarge(CompilerDiagnosticMessages.text("Repository.5", ["reason": "\(error.reason)"]), at: nil, path: path,
                                                  help: Help(CompilerDiagnosticMessages.text("Repository.6")))
        }
        return ModelDiagnostics.unreadableFile(CompilerDiagnosticMessages.text("Repository.7", ["reason": "\(error.reason)"]), at: nil, path: path,
                                               help: Help(CompilerDiagnosticMessages.text("Repository.8")))
    }

    /// For a file given outside the usual folders: decide from its keys.
    static func guessKind(_ root: YAMLNode) -> ContentKind {
        guard let mapping = root.mapping else { return .challenge }
        if mapping["domains"] != nil || mapping["framework"] != nil { return .referential }
        if mapping["skills"] != nil { return .tube }
        if mapping["type"] == nil, mapping["rows"] != nil || mapping["values"] != nil { return .dataset }
        return .challenge
    }
}

/// A byte source that computes the SHA-256 of what is read through it (for the sources digest).
final class HashingSource: ByteSource {
    private var base: any ByteSource
    private var hasher = SHA256()

    init(_ base: any ByteSource) { self.base = base }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let count = try base.read(into: buffer)
        if count > 0 { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[0..<count])) }
        return count
    }

    /// The hex digest of everything read, after reading the rest.
    func finish() -> String {
        var scratch = [UInt8](repeating: 0, count: 1 << 16)
        while let count = try? scratch.withUnsafeMutableBytes({ try read(into: $0) }), count > 0 {}
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
