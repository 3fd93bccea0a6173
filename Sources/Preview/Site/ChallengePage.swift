import Compiler
import Diagnostics
import Foundation
import Grading
import Model
import Vocabulary

/// A challenge page: the file's problems, the variants, the challenge as the learner sees it
/// (instruction, illustration, attachments, simulator, timer and focus notices, the answer
/// inputs), then, behind a toggle, the solution and the author tests.
struct ChallengePage {
    /// One version of a challenge: the challenge as written, or a rendered variant.
    struct Version {
        let number: Int
        let variantID: String?
        let values: [(name: String, value: String)]
        let challenge: Challenge
        let form: PixForm
    }

    let compiled: CompiledChallenge
    let version: Version
    let slug: String
    let allSlugs: [String]
    let versions: [Version]
    let diagnostics: [Diagnostic]
    let options: PreviewSite.Options
    var strings: PreviewStrings { options.strings }
    var challenge: Challenge { version.challenge }
    var form: PixForm { version.form }

    static func versions(of compiled: CompiledChallenge) -> [Version] {
        if compiled.isRandomized, !compiled.variants.isEmpty {
            return compiled.variants.map { Version(number: $0.number, variantID: $0.id, values: $0.values, challenge: $0.challenge, form: $0.form) }
        }
        return [Version(number: 1, variantID: nil, values: [], challenge: compiled.view.challenge, form: compiled.view.form)]
    }

    /// Repository paths of the files a challenge shows (illustration, attachments).
    static func referencedFiles(_ challenge: Challenge) -> [String] {
        var relative = challenge.attachments.map(\.value)
        if let file = challenge.illustration?.file?.value { relative.append(file) }
        return relative.compactMap { repositoryPath($0, next: challenge) }
    }

    static func repositoryPath(_ relative: String, next challenge: Challenge) -> String? {
        guard DiskFileSystem.isSafeRelative(relative) else { return nil }
        let folder = challenge.file.path.split(separator: "/").dropLast().joined(separator: "/")
        return folder.isEmpty ? relative : folder + "/" + relative
    }

    var gradingPage: PreviewPage {
        PreviewPage(slug: slug, challengeID: compiled.id, variantNumber: compiled.isRandomized ? version.number : nil,
                    grading: form.gradingChallenge, optionCount: form.options.count,
                    rightOptions: form.options.indices.filter { form.options[$0].isCorrect }.map { $0 + 1 },
                    optionTexts: form.options.map(\.text.value),
                    isFocused: challenge.focus?.value ?? false, timer: challenge.timer?.value)
    }

    func html() -> String {
        var body = "<header class=\"site-header\"><nav aria-label=\"\(HTMLText.escape(strings.breadcrumb))\"><ol class=\"breadcrumb\">"
        body += "<li><a href=\"../index.html\">\(HTMLText.escape(strings.home))</a></li>"
        if let skill = compiled.view.skill {
            if let competence = skill.competence {
                body += "<li>\(HTMLText.escape(competence.index.value)) \(HTMLText.escape(competence.name.value))</li>"
            }
            body += "<li>\(HTMLText.escape(skill.tube.name.value))</li><li>\(HTMLText.escape(skill.name))</li>"
        }
        body += "</ol></nav></header>"
        body += "<main id=\"main\">"
        body += "<h1><span lang=\"fr\">\(HTMLText.escape(compiled.id))</span>"
        if compiled.isRandomized, versions.count > 1 { body += " <span class=\"variant-number\">· \(HTMLText.escape(strings.variantLink(version.number)))</span>" }
        body += "</h1>"
        body += "<p class=\"facts\"><span>\(HTMLText.escape(strings.type)): \(HTMLText.escape(challenge.type.value.rawValue))</span> "
        body += "<span>\(HTMLText.escape(strings.status)): <span lang=\"fr\">\(HTMLText.escape(challenge.status.value.rawValue))</span></span></p>"
        body += diagnosticsSection()
        body += variantsSection()
        body += challengeSection()
        body += authorSection()
        body += "</main>"
        var attributes = " data-page=\"\(HTMLText.escape(slug))\" data-type=\"\(HTMLText.escape(form.type.rawValue))\""
        if form.type.isChoice, form.shuffled { attributes += " data-seed=\"\(options.shuffleSeed)\"" }
        if let timer = challenge.timer?.value, timer > 0 { attributes += " data-timer=\"\(timer)\"" }
        if challenge.focus?.value == true { attributes += " data-focus=\"true\"" }
        let title = compiled.id + (compiled.isRandomized && versions.count > 1 ? " · \(strings.variantLink(version.number))" : "")
        return Layout.page(title: title, root: "../", strings: strings, body: body, bodyAttributes: attributes)
    }

    // MARK: Sections

    func diagnosticsSection() -> String {
        guard !diagnostics.isEmpty else { return "" }
        var out = "<section class=\"diagnostics\" aria-labelledby=\"problems-title\"><h2 id=\"problems-title\">\(HTMLText.escape(strings.problemsInFile))</h2><ul>"
        for diagnostic in diagnostics {
            let location = diagnostic.location.map { " \(strings.line) \($0.line):\($0.column)" } ?? ""
            out += "<li class=\"diagnostic \(diagnostic.severity.rawValue)\"><strong>\(HTMLText.escape(diagnostic.severity.rawValue)) \(HTMLText.escape(diagnostic.code.rawValue))</strong>"
            out += "<span class=\"where\">\(HTMLText.escape(challenge.file.path))\(HTMLText.escape(location))</span> "
            out += "<span class=\"message\">\(HTMLText.escape(diagnostic.message))</span>"
            for note in diagnostic.notes { out += "<span class=\"note\">\(HTMLText.escape(note))</span>" }
            if let help = diagnostic.help { out += "<span class=\"help\">\(HTMLText.escape(strings.help)): \(HTMLText.escape(help.message))</span>" }
            out += "</li>"
        }
        return out + "</ul></section>"
    }

    func variantsSection() -> String {
        guard compiled.isRandomized else { return "" }
        var out = "<nav class=\"variants\" aria-labelledby=\"variants-title\"><h2 id=\"variants-title\">\(HTMLText.escape(strings.variants))</h2><ul>"
        for (position, other) in versions.enumerated() {
            let label = HTMLText.escape(strings.variantLink(other.number))
            if other.number == version.number {
                out += "<li><a href=\"\(HTMLText.escape(allSlugs[position])).html\" aria-current=\"page\">\(label)</a></li>"
            } else {
                out += "<li><a href=\"\(HTMLText.escape(allSlugs[position])).html\">\(label)</a></li>"
            }
        }
        out += "</ul></nav>"
        if !version.values.isEmpty {
            out += "<details class=\"values\"><summary>\(HTMLText.escape(strings.variantValues))</summary><dl lang=\"fr\">"
            for pair in version.values { out += "<dt>\(HTMLText.escape(pair.name))</dt><dd>\(HTMLText.escape(pair.value))</dd>" }
            out += "</dl></details>"
        }
        return out
    }

    func challengeSection() -> String {
        var out = "<section class=\"challenge\" aria-labelledby=\"challenge-title\"><h2 id=\"challenge-title\">\(HTMLText.escape(strings.challengeHeading))</h2>"
        if let timer = challenge.timer?.value, timer > 0 {
            out += "<div class=\"notice timer\"><p>\(HTMLText.escape(strings.timerNotice(timer)))</p>"
            out += "<p><button type=\"button\" id=\"start-timer\">\(HTMLText.escape(strings.startTimer))</button> "
            out += "<span>\(HTMLText.escape(strings.timeLeft)): <span id=\"time-left\" role=\"timer\">\(PreviewStrings.duration(timer))</span></span></p>"
            out += "<p id=\"time-up\" class=\"warning\" hidden>\(HTMLText.escape(strings.timeIsUp))</p></div>"
        }
        if challenge.focus?.value == true {
            out += "<div class=\"notice focus\"><p>\(HTMLText.escape(strings.focusNotice))</p><p id=\"focus-lost\" class=\"warning\" role=\"alert\" hidden>\(HTMLText.escape(strings.focusLost))</p></div>"
        }
        out += "<div class=\"challenge-statement\" lang=\"fr\">"
        out += "<div class=\"instruction\">" + PixMarkdown.html(challenge.instruction.value, context: .instruction(linkTitleSuffix: strings.newWindow)) + "</div>"
        out += illustration()
        out += attachments()
        out += embed()
        if let alternative = challenge.alternativeInstruction?.value, !alternative.isEmpty {
            out += "<details class=\"alternative\"><summary lang=\"\(strings.languageCode)\">\(HTMLText.escape(strings.alternativeInstruction))</summary>"
            out += PixMarkdown.html(alternative, context: .filtered) + "</details>"
        }
        out += "</div>"
        out += "<form id=\"answer-form\" class=\"answer\" novalidate>"
        out += "<h3 class=\"sr-only\">\(HTMLText.escape(strings.yourAnswer))</h3>"
        out += AnswerArea(form: form, strings: strings, seed: options.shuffleSeed, autoReply: challenge.autoReply?.value ?? false).html()
        if challenge.focus?.value == true {
            out += "<p><input type=\"checkbox\" id=\"certification\"> <label for=\"certification\">\(HTMLText.escape(strings.certificationCheckbox))</label></p>"
        }
        out += "<p class=\"actions\"><button type=\"submit\" class=\"primary\">\(HTMLText.escape(strings.check))</button></p>"
        out += "<div id=\"verdict\" class=\"verdict\" role=\"status\" aria-live=\"polite\"></div>"
        out += "<template id=\"texts\" data-needs-server=\"\(HTMLText.escape(strings.needsServer))\" data-failed=\"\(HTMLText.escape(strings.gradingFailed))\" data-empty=\"\(HTMLText.escape(strings.emptyAnswer))\"></template>"
        out += "</form>"
        return out + "</section>"
    }

    func illustration() -> String {
        guard let illustration = challenge.illustration else { return "" }
        let alt = illustration.alt?.value ?? ""
        var out = "<figure class=\"illustration\">"
        if let file = illustration.file?.value, let path = Self.repositoryPath(file, next: challenge) {
            out += "<img src=\"../files/\(HTMLText.escape(path))\" alt=\"\(HTMLText.escape(alt))\">"
        } else if let url = illustration.url?.value {
            out += "<div class=\"placeholder\" role=\"img\" aria-label=\"\(HTMLText.escape(alt))\">\(HTMLText.escape(strings.externalIllustration(url)))</div>"
        }
        return out + "</figure>"
    }

    func attachments() -> String {
        guard !challenge.attachments.isEmpty else { return "" }
        var out = "<div class=\"attachments\"><h3 lang=\"\(strings.languageCode)\">\(HTMLText.escape(strings.attachments))</h3><ul>"
        for attachment in challenge.attachments {
            guard let path = Self.repositoryPath(attachment.value, next: challenge) else { continue }
            let name = attachment.value.split(separator: "/").last.map(String.init) ?? attachment.value
            let ext = name.contains(".") ? "." + (name.split(separator: ".").last.map(String.init) ?? "") : name
            out += "<li><a href=\"../files/\(HTMLText.escape(path))\" download>\(HTMLText.escape(strings.downloadFile(ext)))</a> <span class=\"file-name\">\(HTMLText.escape(name))</span></li>"
        }
        return out + "</ul></div>"
    }

    func embed() -> String {
        guard let embed = challenge.embed else { return "" }
        let title = embed.title?.value ?? strings.untitledEmbed
        let height = embed.height?.value
        let style = height.map { " style=\"min-height: \(min(max($0, 80), 1200))px\"" } ?? ""
        return "<div class=\"embed-placeholder\"\(style)><p>\(HTMLText.escape(strings.embedPlaceholder(title, embed.url.value, height)))</p></div>"
    }

    func authorSection() -> String {
        var out = "<section class=\"author\" aria-labelledby=\"author-title\"><details><summary><h2 id=\"author-title\">\(HTMLText.escape(strings.authorView))</h2></summary>"
        out += "<dl>"
        out += "<dt>\(HTMLText.escape(strings.tolerances))</dt><dd>\(HTMLText.escape(form.tolerances.isEmpty ? strings.noTolerance : form.tolerances.map { strings.toleranceName($0.rawValue) }.joined(separator: ", ")))</dd>"
        out += "<dt>\(HTMLText.escape(strings.format))</dt><dd>\(HTMLText.escape(form.format.rawValue))</dd>"
        out += "</dl>"
        if !form.type.isChoice {
            out += "<h3>\(HTMLText.escape(strings.proposalsPix))</h3><pre lang=\"fr\">\(HTMLText.escape(form.proposals))</pre>"
        }
        out += "<h3>\(HTMLText.escape(strings.solutionPix))</h3><pre lang=\"fr\">\(HTMLText.escape(form.solution))</pre>"
        if let display = challenge.solutionToDisplay?.value {
            out += "<h3>\(HTMLText.escape(strings.solutionToDisplay))</h3><div class=\"solution-to-display\" lang=\"fr\">" + PixMarkdown.html(display, context: .filtered) + "</div>"
        }
        if let tests = challenge.tests {
            out += "<h3>\(HTMLText.escape(strings.testsAccept))</h3>" + testList(tests.accept)
            out += "<h3>\(HTMLText.escape(strings.testsReject))</h3>" + testList(tests.reject)
        } else {
            out += "<p>\(HTMLText.escape(strings.noTests))</p>"
        }
        let notes = Self.renderingNotes(challenge, strings: strings)
        if !notes.isEmpty {
            out += "<h3>\(HTMLText.escape(strings.renderingNotes))</h3><ul>" + notes.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        }
        return out + "</details></section>"
    }

    func testList(_ tests: [TestAnswer]) -> String {
        guard !tests.isEmpty else { return "<p>\(HTMLText.escape(strings.none))</p>" }
        var out = "<ul class=\"tests\" lang=\"fr\">"
        for test in tests {
            switch test {
            case .text(let text): out += "<li><code>\(HTMLText.escape(text.value))</code></li>"
            case .keyed(let pairs, _):
                out += "<li>" + pairs.map { "<code>\(HTMLText.escape($0.key.value))</code> = <code>\(HTMLText.escape($0.value.value))</code>" }.joined(separator: ", ") + "</li>"
            }
        }
        return out + "</ul>"
    }

    /// Things Pix shows differently from what an author may expect.
    static func renderingNotes(_ challenge: Challenge, strings: PreviewStrings) -> [String] {
        let texts = [challenge.instruction.value, challenge.solutionToDisplay?.value ?? ""]
        let hasTable = texts.contains { text in
            text.split(separator: "\n").contains { line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                return trimmed.hasPrefix("|") && trimmed.contains("---")
            }
        }
        return hasTable ? [strings.tableNote] : []
    }
}
