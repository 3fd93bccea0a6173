import Compiler
import Diagnostics
import Grading
import Model
import Vocabulary

/// One page of the preview: a challenge as written, or one of its variants.
public struct PreviewPage: Sendable {
    /// `<challenge id>` for the challenge or its first variant, `<challenge id>.v<n>` for the
    /// others; the page is `challenges/<slug>.html`.
    public let slug: String
    public let challengeID: String
    public let variantNumber: Int?
    public let grading: GradingChallenge
    /// Authored options (QCU/QCM), for explaining a choice.
    public let optionCount: Int
    public let rightOptions: [Int]
    /// Authored option texts (Markdown as written), to name options in verdicts.
    public let optionTexts: [String]
    public let isFocused: Bool
    public let timer: Int?
}

/// The static preview site: every file in memory, by path, and the pages the server grades.
public struct PreviewSite: Sendable {
    public struct Options: Sendable {
        public var strings: PreviewStrings
        /// The assessment id mon-pix shuffles options with; the pages offer to change it.
        public var shuffleSeed: Int64

        public init(strings: PreviewStrings = .english, shuffleSeed: Int64 = 1) {
            self.strings = strings
            self.shuffleSeed = shuffleSeed
        }
    }

    /// Path (with `/`) → bytes, sorted by path when listed.
    public let files: [String: [UInt8]]
    public let pages: [String: PreviewPage]
    public let check: CheckResult

    public var sortedPaths: [String] { files.keys.sorted() }

    public static func build(_ check: CheckResult, fileSystem: ContentFileSystem, options: Options = Options()) -> PreviewSite {
        var builder = SiteBuilder(check: check, fileSystem: fileSystem, options: options)
        return builder.build()
    }

    public static func challengePath(_ slug: String) -> String { "challenges/\(slug).html" }
}

struct SiteBuilder {
    let check: CheckResult
    let fileSystem: ContentFileSystem
    let options: PreviewSite.Options
    var strings: PreviewStrings { options.strings }
    var files: [String: [UInt8]] = [:]
    var pages: [String: PreviewPage] = [:]

    init(check: CheckResult, fileSystem: ContentFileSystem, options: PreviewSite.Options) {
        self.check = check
        self.fileSystem = fileSystem
        self.options = options
    }

    /// Challenge ids can be anything an author typed: pages are named from a safe subset.
    static func slug(_ id: String) -> String {
        let safe = id.unicodeScalars.map { scalar -> String in
            let c = Character(scalar)
            return (c.isASCII && (c.isLetter || c.isNumber)) || c == "-" || c == "_" ? String(c) : "_"
        }.joined()
        return safe.isEmpty ? "_" : safe
    }

    mutating func build() -> PreviewSite {
        files["assets/preview.css"] = Array(Assets.css.utf8)
        files["assets/preview.js"] = Array(Assets.javascript.utf8)
        var entries: [HomePage.Entry] = []
        var usedSlugs: Set<String> = []
        for compiled in check.challenges {
            var base = Self.slug(compiled.id)
            while usedSlugs.contains(base) { base += "_" }
            usedSlugs.insert(base)
            let versions = ChallengePage.versions(of: compiled)
            let slugs = versions.indices.map { $0 == 0 ? base : "\(base).v\(versions[$0].number)" }
            let diagnostics = check.diagnostics.filter { $0.path == compiled.view.challenge.file.path }
            for (position, version) in versions.enumerated() {
                let page = ChallengePage(compiled: compiled, version: version, slug: slugs[position], allSlugs: slugs,
                                         versions: versions, diagnostics: diagnostics, options: options)
                files[PreviewSite.challengePath(slugs[position])] = Array(page.html().utf8)
                pages[slugs[position]] = page.gradingPage
            }
            for path in ChallengePage.referencedFiles(compiled.view.challenge) where files["files/" + path] == nil {
                if fileSystem.kind(of: path) == .file, let bytes = try? fileSystem.read(path) { files["files/" + path] = bytes }
            }
            entries.append(HomePage.Entry(compiled: compiled, slug: base, pageCount: versions.count,
                                          errors: diagnostics.filter { $0.severity == .error }.count,
                                          warnings: diagnostics.filter { $0.severity == .warning }.count))
        }
        files["index.html"] = Array(HomePage(check: check, entries: entries, strings: strings).html().utf8)
        return PreviewSite(files: files, pages: pages, check: check)
    }
}

/// Page scaffolding shared by every page.
enum Layout {
    static func page(title: String, root: String, strings: PreviewStrings, body: String, bodyAttributes: String = "") -> String {
        """
        <!doctype html>
        <html lang="\(strings.languageCode)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title)) · \(HTMLText.escape(strings.siteTitle))</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="\(root)assets/preview.css">
        </head>
        <body\(bodyAttributes)>
        <a class="skip-link" href="#main">\(HTMLText.escape(strings.skipToContent))</a>
        <div id="reload-notice" class="reload-notice" role="status" hidden><span>\(HTMLText.escape(strings.reloadNotice))</span> <button type="button" id="reload-button">\(HTMLText.escape(strings.reload))</button></div>
        \(body)
        <script src="\(root)assets/preview.js"></script>
        </body>
        </html>

        """
    }
}
