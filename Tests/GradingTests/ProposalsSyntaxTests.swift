import Grading
import Testing
import Vocabulary

struct BlockCase: Sendable, CustomTestStringConvertible {
    var source: String
    var block: ResponseBlock
    var testDescription: String { visible(source) }
}

private func onlyBlock(_ source: String) -> ResponseBlock? {
    let parsed = ProposalsSyntax.parse(source)
    guard parsed.parts.count == 1, case .block(let block) = parsed.parts[0].part else { return nil }
    return block
}

@Suite("Proposals syntax")
struct ProposalsSyntaxTests {
    // Restated from mon-pix tests/unit/utils/proposals-parser/input-block_test.js (the cases that
    // are whole blocks).
    @Test(arguments: [
        BlockCase(source: "${banana}", block: ResponseBlock(key: "banana")),
        BlockCase(source: "${banana$}", block: ResponseBlock(key: "banana$")),
        BlockCase(source: "${banana#potato}", block: ResponseBlock(key: "banana", placeholder: "potato")),
        BlockCase(source: "${banana§salad}", block: ResponseBlock(key: "banana", ariaLabel: "salad")),
        BlockCase(source: "${banana#potato§salad}", block: ResponseBlock(key: "banana", placeholder: "potato", ariaLabel: "salad")),
        BlockCase(source: #"${banana#potato§salad value="pickle"}"#,
                  block: ResponseBlock(key: "banana", placeholder: "potato", ariaLabel: "salad", defaultValue: "pickle")),
        BlockCase(source: #"${banana§salad value="pickle"}"#, block: ResponseBlock(key: "banana", ariaLabel: "salad", defaultValue: "pickle")),
        BlockCase(source: #"${banana#potato value="pickle"}"#, block: ResponseBlock(key: "banana", placeholder: "potato", defaultValue: "pickle")),
        BlockCase(source: #"${banana value="pickle"}"#, block: ResponseBlock(key: "banana", defaultValue: "pickle")),
        BlockCase(source: "${banana value=}", block: ResponseBlock(key: "banana", defaultValue: "")),
        BlockCase(source: "${banana value=pickle}", block: ResponseBlock(key: "banana", defaultValue: "pickle")),
        BlockCase(source: #"${banana value="pickle}"#, block: ResponseBlock(key: "banana", defaultValue: "\"pickle")),
        BlockCase(source: "${a#JJ/MM/AAAA§Date de naissance}", block: ResponseBlock(key: "a", placeholder: "JJ/MM/AAAA", ariaLabel: "Date de naissance")),
        BlockCase(source: "${ a # b }", block: ResponseBlock(key: " a ", placeholder: " b ")),
    ])
    func inputBlocks(_ example: BlockCase) {
        #expect(onlyBlock(example.source) == example.block)
    }

    // Restated from mon-pix tests/unit/utils/proposals-parser/select-block_test.js.
    @Test(arguments: [
        BlockCase(source: #"${banana options=["mango","potato"]}"#, block: ResponseBlock(key: "banana", kind: .select(options: ["mango", "potato"]))),
        BlockCase(source: #"${banana options=["mango","potato$"]}"#, block: ResponseBlock(key: "banana", kind: .select(options: ["mango", "potato$"]))),
        BlockCase(source: #"${banana options=["banana/mango"]}"#, block: ResponseBlock(key: "banana", kind: .select(options: ["banana/mango"]))),
        BlockCase(source: #"${banana options=["\"mango\""]}"#, block: ResponseBlock(key: "banana", kind: .select(options: ["\"mango\""]))),
        BlockCase(source: #"${banana#Ceci est le place holder options=["mango","potato"]}"#,
                  block: ResponseBlock(key: "banana", kind: .select(options: ["mango", "potato"]), placeholder: "Ceci est le place holder")),
        BlockCase(source: #"${banana§Ceci est le aria label options=["mango","potato"]}"#,
                  block: ResponseBlock(key: "banana", kind: .select(options: ["mango", "potato"]), ariaLabel: "Ceci est le aria label")),
        BlockCase(source: #"${banana#Ceci est le place holder§Ceci est le aria label options=["mango","potato"]}"#,
                  block: ResponseBlock(key: "banana", kind: .select(options: ["mango", "potato"]),
                                       placeholder: "Ceci est le place holder", ariaLabel: "Ceci est le aria label")),
        BlockCase(source: #"${a options=[ "x" , "\u00e9\n" ]}"#, block: ResponseBlock(key: "a", kind: .select(options: ["x", "é\n"]))),
    ])
    func selectBlocks(_ example: BlockCase) {
        #expect(onlyBlock(example.source) == example.block)
        #expect(ProposalsSyntax.parse(example.source).problems.isEmpty)
    }

    @Test func textAroundBlocks() {
        let source = "Taille : ${taille#Ko} Ko\n- ${unite options=[\"Ko\",\"Mo\"]}."
        let parsed = ProposalsSyntax.parse(source)
        #expect(parsed.parts.map(\.part) == [
            .text("Taille : "), .block(ResponseBlock(key: "taille", placeholder: "Ko")), .text(" Ko\n- "),
            .block(ResponseBlock(key: "unite", kind: .select(options: ["Ko", "Mo"]))), .text("."),
        ])
        #expect(parsed.blocks.map(\.key) == ["taille", "unite"])
        let bytes = Array(source.utf8)
        #expect(parsed.parts.map { String(decoding: bytes[$0.range], as: UTF8.self) }
                == ["Taille : ", "${taille#Ko}", " Ko\n- ", "${unite options=[\"Ko\",\"Mo\"]}", "."])
    }

    @Test func rangesAreUTF8Offsets() {
        let parsed = ProposalsSyntax.parse("Élève : ${nom}")
        #expect(parsed.parts.map(\.range) == [0..<10, 10..<16])
    }

    @Test(arguments: [
        ("Avant ${} après", ProposalsProblem.Kind.emptyBlock, 6..<9),
        ("Prix : ${ euros", .strayBlockOpening, 7..<9),
        ("${a\nb}", .blockSpansLines, 0..<6),
        ("${#ph}", .emptyKey, 0..<6),
        ("${#ph}", .apiKeyDiffers(apiKey: "#ph"), 0..<6),
        (#"${a value="x"}"#, .apiKeyDiffers(apiKey: #"a value="x""#), 0..<14),
        ("${a} ${a}", .duplicateKey("a"), 5..<9),
        ("${a options=[1,2]}", .invalidSelectOptions, 0..<18),
        (#"${a options=["b}"]}"#, .invalidSelectOptions, 0..<16),
    ])
    func problems(_ source: String, _ kind: ProposalsProblem.Kind, _ range: Range<Int>) {
        #expect(ProposalsSyntax.parse(source).problems.contains(ProposalsProblem(kind: kind, range: range)),
                "\(ProposalsSyntax.parse(source).problems)")
    }

    @Test func wellFormedProposalsHaveNoProblem() {
        #expect(ProposalsSyntax.parse("Le ${a#JJ/MM/AAAA§Date de naissance} et ${b options=[\"x\"]} ${c}").problems.isEmpty)
    }

    @Test func apiBlocksAsTheSolutionAdapterBuildsThem() {
        #expect(ProposalsSyntax.apiBlocks(#"${a options=["x"]} ${1} ${b#ph} ${c§l} ${d OPTIONS=["x"]}"#) == [
            PixAPIBlock(key: "1", isSelect: false), PixAPIBlock(key: "a", isSelect: true),
            PixAPIBlock(key: "b", isSelect: false), PixAPIBlock(key: "c", isSelect: false),
            PixAPIBlock(key: "d", isSelect: false),
        ])
        // A block over two lines is invisible to the API; a repeated key takes its last type.
        #expect(ProposalsSyntax.apiBlocks("${a\n} ${b} ${b options=[]}") == [PixAPIBlock(key: "b", isSelect: true)])
        #expect(ProposalsSyntax.apiBlocks("${a} ${}") == nil)
        #expect(ProposalsSyntax.apiBlocks("no blocks") == [])
    }

    @Test func renderRoundTrips() throws {
        let parts: [ProposalsPart] = [
            .text("Date : "),
            .block(ResponseBlock(key: "date", placeholder: "JJ/MM/AAAA", ariaLabel: "Date de naissance")),
            .text(" ; taille "),
            .block(ResponseBlock(key: "unite", kind: .select(options: ["Ko", "Mo", "a}b", "x=y", "#1 §2", "\"q\"", "l1\nl2"]), placeholder: "Choisir")),
            .block(ResponseBlock(key: "nom", defaultValue: "valeur = {défaut} # §")),
            .text(" fin $"),
        ]
        let rendered = try ProposalsSyntax.render(parts)
        #expect(ProposalsSyntax.parse(rendered).parts.map(\.part) == parts)
        let problems = ProposalsSyntax.parse(rendered).problems
        #expect(problems == [ProposalsProblem(kind: .apiKeyDiffers(apiKey: #"nom value="valeur \u003d {d\#u{E9}faut\u007d \u0023 \u00a7""#), range: problems.first?.range ?? 0..<0)])
        #expect(try ProposalsSyntax.render(ResponseBlock(key: "a", kind: .select(options: ["x"]))) == #"${a options=["x"]}"#)
        #expect(try ProposalsSyntax.render([.text("a"), .text(""), .text("b")]) == "ab")
    }

    @Test(arguments: [
        ProposalsPart.block(ResponseBlock(key: "")),
        .block(ResponseBlock(key: "a#b")),
        .block(ResponseBlock(key: "a b", placeholder: " x")),
        .block(ResponseBlock(key: "a", ariaLabel: "x}")),
        .block(ResponseBlock(key: "a", placeholder: "value=1")),
        .block(ResponseBlock(key: "a", kind: .select(options: ["x"]), defaultValue: "x")),
        .text("prix ${ euros"),
    ])
    func renderRefusesWhatWouldNotReadBack(_ part: ProposalsPart) {
        #expect(throws: PixSyntaxError.self) { try ProposalsSyntax.render([part]) }
    }
}

@Suite("Keyed solution syntax")
struct KeyedSolutionSyntaxTests {
    @Test func rendersDoubleQuotedYAML() {
        let yaml = KeyedSolutionSyntax.render([
            SolutionEntry(key: "Google", acceptedAnswers: ["Google", "google.fr"]),
            SolutionEntry(key: "nom composé", acceptedAnswers: ["d'or", "\"cité\"", "a\\b", "tab\there", "l1\nl2", "\u{A0}nbsp"]),
            SolutionEntry(key: "vide", acceptedAnswers: []),
        ])
        #expect(yaml == """
            "Google":
            - "Google"
            - "google.fr"
            "nom composé":
            - "d'or"
            - "\\"cité\\""
            - "a\\\\b"
            - "tab\\there"
            - "l1\\nl2"
            - "\u{A0}nbsp"
            "vide": []

            """)
        #expect(KeyedSolutionSyntax.render([]) == "{}")
        #expect(KeyedSolutionSyntax.quoted("\u{7}\u{1F}\u{85}\u{2028}\u{FEFF}") == #""\a\x1F\N\L\uFEFF""#)
    }
}

@Suite("Examiner")
struct ExaminerTests {
    let challenge = qroc("Paris")

    @Test func abandonment() {
        #expect(grade(.abandoned, for: challenge).status == .aband)
        #expect(grade(.text("#ABAND#"), for: challenge).status == .aband)
        #expect(grade(.text("#aband#"), for: challenge).status == .ko)
        let keyed = GradingChallenge(type: .qrocmInd, proposals: "${a}", solution: .qrocmInd([SolutionEntry(key: "a", acceptedAnswers: ["x"])]))
        #expect(grade(.text("#ABAND#"), for: keyed).status == .aband)
        // Even a challenge Pix could not grade records the skip.
        #expect(grade(.abandoned, for: qroc("x", proposals: "${}")).status == .aband)
    }

    @Test(arguments: [
        (AnswerContext(), "Paris", AnswerStatus.ok),
        (AnswerContext(hasTimedOut: true), "Paris", .timedout),
        (AnswerContext(hasTimedOut: true), "Lyon", .ko),
        (AnswerContext(isFocusedChallenge: true, hasFocusedOut: true, isCertification: true), "Paris", .focusedOut),
        (AnswerContext(isFocusedChallenge: true, hasFocusedOut: true, isCertification: true), "Lyon", .ko),
        (AnswerContext(isFocusedChallenge: true, hasFocusedOut: true, isCertification: false), "Paris", .ok),
        (AnswerContext(isFocusedChallenge: false, hasFocusedOut: true, isCertification: true), "Paris", .ok),
        (AnswerContext(isFocusedChallenge: true, hasFocusedOut: false, isCertification: true), "Paris", .ok),
        (AnswerContext(hasTimedOut: true, isFocusedChallenge: true, hasFocusedOut: true, isCertification: true), "Paris", .focusedOut),
    ])
    func lastWordOnARightAnswer(_ context: AnswerContext, _ answer: String, _ expected: AnswerStatus) {
        #expect(grade(.text(answer), for: challenge, context: context).status == expected)
    }

    @Test func graderIsReusable() {
        let grader = Grader(qroc("Paris\nLutèce"))
        #expect(["paris", "LUTECE", "Lyon", " p a r i s "].map { grader.grade(.text($0)).status } == [.ok, .ok, .ko, .ok])
    }
}
