/// Every text of the preview site that is not challenge content, in one place so a French
/// catalogue can replace it (the site's users are French-speaking teams). Texts that Pix itself
/// shows (the numbered input label, the link title, the answer instructions) are marked.
public struct PreviewStrings: Sendable {
    public var languageCode = "en"
    public var siteTitle = "pixc preview"
    public var skipToContent = "Skip to the content"
    public var home = "All challenges"
    public var homeIntro = "Every challenge as a learner sees it on Pix. Open one to see its variants, answer it and be graded as Pix grades."
    public var searchLabel = "Search by id or text"
    public var searchHint = "Type part of an id, an instruction or an option; the list below is filtered as you type."
    public var noSearchResult = "No challenge matches."
    public var allChallenges: @Sendable (Int) -> String = { "All \($0) challenges" }
    public var coverage = "Referential and coverage"
    public var gaps = "Gaps"
    public var competencesWithoutValidated = "Competences without any validé challenge"
    public var skillsWithoutChallenge = "Skills without any challenge"
    public var levelsWithoutSkill = "Levels without any skill"
    public var none = "none"
    public var level = "Level"
    public var skill = "Skill"
    public var skillStatus = "Skill status"
    public var challengesColumn = "Challenges"
    public var noChallenge = "no challenge"
    public var diagnosticsTotal: @Sendable (Int, Int) -> String = { errors, warnings in
        "pixc check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }
    public var challengeCount: @Sendable (Int, Int) -> String = { challenges, pages in
        "\(challenges) challenge\(challenges == 1 ? "" : "s"), \(pages) page\(pages == 1 ? "" : "s") with their variants"
    }
    public var countsByStatus: @Sendable ([(String, Int)]) -> String = { counts in
        let shown = counts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0)" }
        return shown.isEmpty ? "none" : shown.joined(separator: ", ")
    }

    // Challenge page
    public var breadcrumb = "Breadcrumb"
    public var problemsInFile = "Problems in this file"
    public var line = "line"
    public var help = "help"
    public var variants = "Variants"
    public var variantLink: @Sendable (Int) -> String = { "Variant \($0)" }
    public var variantValues = "Values drawn for this variant"
    public var asWritten = "As written (no dataset)"
    public var challengeHeading = "The challenge as the learner sees it"
    public var illustration = "Illustration"
    public var externalIllustration: @Sendable (String) -> String = { "External image, not loaded offline: \($0)" }
    public var attachments = "Attachments"
    public var downloadFile: @Sendable (String) -> String = { "Download the file (\($0))" }
    public var embedPlaceholder: @Sendable (String, String, Int?) -> String = { title, url, height in
        "Simulator “\(title)” (\(url)\(height.map { ", \($0) px high" } ?? "")): not loaded, the preview works offline."
    }
    public var untitledEmbed = "untitled"
    public var alternativeInstruction = "Show the text alternative"
    public var timerNotice: @Sendable (Int) -> String = { "Timed challenge: the learner has \(PreviewStrings.duration($0)) to answer." }
    public var startTimer = "Start the timer"
    public var timeLeft = "Time left"
    public var timeIsUp = "Time is up: a right answer now counts as timed out (timedout)."
    public var focusNotice = "Focused challenge: the learner must stay on this page. In a certification, a right answer given after leaving it counts as focusedOut."
    public var focusLost = "You left the page."
    /// Pix: `pages.challenge.parts.answer-instructions.qcu` / `.qcm`.
    public var chooseOne = "Choose the right answer:"
    public var chooseSeveral = "Choose every right answer:"
    public var yourAnswer = "Your answer"
    /// Pix: `pages.challenge.answer-input.numbered-label`.
    public var numberedLabel: @Sendable (String) -> String = { "Answer \($0)" }
    /// Pix: `navigation.external-link-title`.
    public var newWindow = "opens in a new window"
    public var selectPlaceholder = "Choose"
    public var autoReplyNotice = "The simulator sends the answer (autoReply): Pix shows no field to the learner."
    public var autoReplyAnswer = "Answer the simulator would send"
    public var shuffleNotice = "Options shown in the order Pix shows them to the learners of assessment"
    public var notShuffled = "Options in the written order (shuffled: non)."
    public var reshuffle = "Reshuffle"
    public var certificationCheckbox = "Grade as in a certification"
    public var check = "Check my answer"
    public var needsServer = "Grading needs the server: run `pixc preview --serve` and open the address it prints."
    public var gradingFailed = "The server could not grade this answer."
    public var reloadNotice = "The content changed on disk and the preview was rebuilt."
    public var reload = "Reload"
    public var authorView = "Solution, tolerances and author tests"
    public var solutionPix = "Solution (Pix syntax)"
    public var proposalsPix = "Proposals (Pix syntax)"
    public var acceptedAnswers = "Accepted answers"
    public var solutionToDisplay = "Solution shown to the learner (solutionToDisplay)"
    public var tolerances = "Tolerances"
    public var format = "Format"
    public var noTolerance = "none"
    public var testsAccept = "Author tests that must be accepted"
    public var testsReject = "Author tests that must be rejected"
    public var noTests = "No author tests."
    public var renderingNotes = "How Pix renders this text"
    public var tableNote = "This text contains a Markdown table: Pix (showdown without its table option) shows it as plain lines with “|”."
    public var status = "Status"
    public var type = "Type"

    // Verdicts
    public var verdictOK = "Right (ok)"
    public var verdictKO = "Wrong (ko)"
    public var verdictOther: @Sendable (String) -> String = { "Status: \($0)" }
    public var emptyAnswer = "Give an answer first."
    public var exactMatch: @Sendable (String) -> String = { "matches the accepted answer “\($0)” as typed" }
    public var treatedMatch: @Sendable (String, [String]) -> String = { accepted, tolerances in
        "matches “\(accepted)” once \(tolerances.joined(separator: " and ")) applied"
    }
    public var closeMatch: @Sendable (String, Int, Int) -> String = { accepted, distance, length in
        "accepted by t3: \(distance) edit\(distance == 1 ? "" : "s") from “\(accepted)” over \(length) character\(length == 1 ? "" : "s") (at most a quarter)"
    }
    public var numberMatch: @Sendable (String) -> String = { "equal as a number (format nombre): \($0)" }
    public var noMatch: @Sendable (String?, Int?) -> String = { nearest, distance in
        guard let nearest else { return "matches no accepted answer" }
        return "matches no accepted answer; the nearest is “\(nearest)”" + (distance.map { " (\($0) edit\($0 == 1 ? "" : "s"))" } ?? "")
    }
    public var selectNote = "a drop-down list: compared without any tolerance"
    public var groupNote: @Sendable (String) -> String = { "uses up the group “\($0)”" }
    public var toleranceName: @Sendable (String) -> String = { name in
        switch name {
        case "t1": return "t1 (case, accents, spaces)"
        case "t2": return "t2 (punctuation)"
        case "t3": return "t3 (small typos)"
        default: return name
        }
    }
    public var treatedAs: @Sendable (String) -> String = { "compared as “\($0)”" }
    public var choiceRight = "the chosen options are the right ones"
    public var choiceWrong: @Sendable (String, String) -> String = { chosen, right in "chosen: \(chosen); right: \(right)" }
    public var timedOutNote = "right, but given after the time ran out"
    public var focusedOutNote = "right, but the learner left the page during a certification"
    public var failureNote: @Sendable (String) -> String = { "Pix would fail on this answer: \($0)" }

    public init() {}

    public static let english = PreviewStrings()

    /// "1 min 30 s", "45 s".
    public static func duration(_ seconds: Int) -> String {
        let minutes = seconds / 60
        let rest = seconds % 60
        if minutes == 0 { return "\(rest) s" }
        return rest == 0 ? "\(minutes) min" : "\(minutes) min \(rest) s"
    }
}
