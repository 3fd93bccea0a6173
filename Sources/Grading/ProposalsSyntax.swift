/// One `${…}` input of a QROC, QROCM-ind or QROCM-dep, as mon-pix reads it.
public struct ResponseBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A text field.
        case input
        /// A drop-down list (`options=["a","b"]`); Pix compares its answers without treatment.
        case select(options: [String])
    }

    /// The input's name: the key of this input in a QROCM answer and solution.
    public var key: String
    public var kind: Kind
    /// Text shown in the empty field (`#…`).
    public var placeholder: String?
    /// Accessible name of the field (`§…`); without it mon-pix numbers the field or uses the
    /// text before it.
    public var ariaLabel: String?
    /// Pre-filled value (`value="…"`), text fields only.
    public var defaultValue: String?

    public init(
        key: String,
        kind: Kind = .input,
        placeholder: String? = nil,
        ariaLabel: String? = nil,
        defaultValue: String? = nil
    ) {
        self.key = key
        self.kind = kind
        self.placeholder = placeholder
        self.ariaLabel = ariaLabel
        self.defaultValue = defaultValue
    }

    public var isSelect: Bool {
        if case .select = kind { return true }
        return false
    }

    public var options: [String]? {
        if case .select(let options) = kind { return options }
        return nil
    }
}

/// A piece of QROC* proposals: free text (Markdown) or an input block.
public enum ProposalsPart: Sendable, Hashable {
    case text(String)
    case block(ResponseBlock)
}

/// A part with where it sits in the proposals string (UTF-8 offsets; a block's range covers
/// `${` to `}`).
public struct LocatedProposalsPart: Sendable, Hashable {
    public var part: ProposalsPart
    public var range: Range<Int>

    public init(part: ProposalsPart, range: Range<Int>) {
        self.part = part
        self.range = range
    }
}

/// Something in QROC* proposals that Pix would read wrongly or fail on.
public struct ProposalsProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `${}`: mon-pix does not see a block, and the Pix API fails on every request that
        /// reads this challenge's solution (its key pattern finds no key).
        case emptyBlock
        /// `${` with no closing `}` (or before a line break the block cannot span): mon-pix turns
        /// the whole text around it into an input field.
        case strayBlockOpening
        /// The block contains a line break: mon-pix shows it, the Pix API does not see it (its
        /// pattern `/\$\{(.*?)\}/` stops at line breaks), so selects are not recognised.
        case blockSpansLines
        /// The block has no name before `#`, `§`, `options=` or `value=`.
        case emptyKey
        /// The Pix API (`/^(.+?)(#|§|}| options)+/i`) names the block differently from mon-pix.
        /// For a `value=` input without placeholder or label this is expected and harmless: only
        /// a select's name matters to the API.
        case apiKeyDiffers(apiKey: String)
        /// `options=` is not followed by a JSON array of strings: mon-pix fails to show the list.
        case invalidSelectOptions
        /// Two blocks with the same name: their QROCM answers collide.
        case duplicateKey(String)
    }

    public var kind: Kind
    /// UTF-8 offsets in the proposals string.
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}

/// QROC* proposals read as mon-pix reads them, with what Pix would get wrong.
public struct ParsedProposals: Sendable, Hashable {
    public var parts: [LocatedProposalsPart]
    public var problems: [ProposalsProblem]

    public var blocks: [ResponseBlock] {
        parts.compactMap { if case .block(let block) = $0.part { block } else { nil } }
    }
}

/// How the Pix API sees one block when it builds `qrocBlocksTypes` (solution-adapter.js).
public struct PixAPIBlock: Sendable, Hashable {
    public var key: String
    public var isSelect: Bool

    public init(key: String, isSelect: Bool) {
        self.key = key
        self.isSelect = isSelect
    }
}

/// The QROC* proposals syntax: text with `${key#placeholder§aria label options=[…] value="…"}`
/// blocks.
///
/// `parse` follows mon-pix (`proposals-as-blocks.js` and `proposals-parser/*`), which decides
/// what the learner sees and which keys the answer carries; `apiBlocks` follows the Pix API
/// (`solution-adapter.js`), which decides which inputs are selects when grading.
public enum ProposalsSyntax {
    private static let blockOpening: [Unicode.Scalar] = ["$", "{"]
    private static let selectMarker = Scalars.of("options=")
    private static let defaultValueMarker = Scalars.of("value=")

    // MARK: mon-pix

    public static func parse(_ proposals: String) -> ParsedProposals {
        let text = ScalarText(proposals)
        let s = text.scalars
        var parts: [LocatedProposalsPart] = []
        var problems: [ProposalsProblem] = []
        var seenKeys: Set<PropertyKey> = []

        func addText(_ range: Range<Int>) {
            guard !range.isEmpty else { return }
            parts.append(LocatedProposalsPart(part: .text(text.string(range)), range: text.utf8Range(range)))
            var from = range.lowerBound
            while let found = Scalars.firstIndex(of: blockOpening, in: s, from: from, before: range.upperBound) {
                let isEmpty = found + 2 < range.upperBound && s[found + 2] == "}"
                let end = isEmpty ? found + 3 : found + 2
                problems.append(ProposalsProblem(kind: isEmpty ? .emptyBlock : .strayBlockOpening, range: text.utf8Range(found..<end)))
                from = found + 2
            }
        }

        var position = 0
        while let block = nextFrontBlock(in: s, from: position) {
            addText(position..<block.lowerBound)
            let content = Array(s[(block.lowerBound + 2)..<(block.upperBound - 1)])
            let range = text.utf8Range(block)
            let (parsed, optionsAreValid) = frontBlock(content)
            parts.append(LocatedProposalsPart(part: .block(parsed), range: range))
            if !optionsAreValid { problems.append(ProposalsProblem(kind: .invalidSelectOptions, range: range)) }
            if parsed.key.isEmpty { problems.append(ProposalsProblem(kind: .emptyKey, range: range)) }
            if content.contains(where: JavaScript.isLineTerminator) {
                problems.append(ProposalsProblem(kind: .blockSpansLines, range: range))
            } else if let apiKey = apiKey(content), !JavaScript.strictlyEqual(apiKey, parsed.key) {
                problems.append(ProposalsProblem(kind: .apiKeyDiffers(apiKey: apiKey), range: range))
            }
            if !seenKeys.insert(PropertyKey(parsed.key)).inserted {
                problems.append(ProposalsProblem(kind: .duplicateKey(parsed.key), range: range))
            }
            position = block.upperBound
        }
        addText(position..<s.count)
        return ParsedProposals(parts: parts, problems: problems)
    }

    /// mon-pix's `/(\$\{[^}]+\})/`: `${`, at least one character other than `}` (line breaks
    /// included), then the first `}`.
    private static func nextFrontBlock(in s: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        var i = start
        while i + 3 < s.count {
            if s[i] == "$", s[i + 1] == "{", s[i + 2] != "}" {
                // No closing brace after this opening means none after any later one either.
                guard let close = s[(i + 3)...].firstIndex(of: "}") else { return nil }
                return i..<(close + 1)
            }
            i += 1
        }
        return nil
    }

    /// mon-pix's `SelectBlock` / `InputBlock` on the text between `${` and `}`. The Boolean is
    /// false when the select options are not a JSON array of strings.
    private static func frontBlock(_ content: [Unicode.Scalar]) -> (ResponseBlock, Bool) {
        let hash: Unicode.Scalar = "#"
        let section: Unicode.Scalar = "§"
        if Scalars.contains(selectMarker, in: content) {
            let rawOptions = Scalars.split(content, by: selectMarker)[1]
            let input = Scalars.removingFirst(selectMarker, from: Scalars.removingFirst(rawOptions, from: content))
            let rawOptionsBlock = rawOptions.lastIndex(of: "]").map { Array(rawOptions[...$0]) } ?? []
            let options = JSONText.parseStringArray(Scalars.string(rawOptionsBlock))
            var block = ResponseBlock(key: "", kind: .select(options: options ?? []))
            if input.contains(hash) {
                let afterHash = Scalars.split(input, by: [hash])[1]
                block.placeholder = Scalars.string(Scalars.trim(Scalars.split(afterHash, by: [section])[0]))
            }
            if input.contains(section) {
                block.ariaLabel = Scalars.string(Scalars.trim(Scalars.split(input, by: [section])[1]))
            }
            block.key = Scalars.string(Scalars.trim(Scalars.split(input, onAnyOf: [hash, section])[0]))
            return (block, options != nil)
        }
        var input = content
        var block = ResponseBlock(key: "")
        if Scalars.contains(defaultValueMarker, in: input) {
            let pieces = Scalars.split(input, by: defaultValueMarker)
            let raw = Scalars.string(pieces[1])
            block.defaultValue = JSONText.parseString(raw) ?? raw
            input = Scalars.trim(pieces[0])
        }
        if input.contains(hash) {
            let afterHash = Scalars.split(input, by: [hash])[1]
            block.placeholder = Scalars.string(Scalars.split(afterHash, by: [section])[0])
        }
        if input.contains(section) {
            block.ariaLabel = Scalars.string(Scalars.split(input, by: [section])[1])
        }
        block.key = Scalars.string(Scalars.split(input, onAnyOf: [hash, section])[0])
        return (block, true)
    }

    // MARK: Pix API

    /// The blocks the Pix API finds (`/\$\{(.*?)\}/g`), one per distinct key, in the order of a
    /// JavaScript object's keys (array-index keys such as "1" first), each with the type of its
    /// last occurrence — `qrocBlocksTypes` exactly. Nil when the API fails on these proposals
    /// (an empty block `${}`).
    public static func apiBlocks(_ proposals: String) -> [PixAPIBlock]? {
        let s = Scalars.of(proposals)
        var keys: [String] = []
        var types: [PropertyKey: Bool] = [:]
        var i = 0
        while i + 1 < s.count {
            guard s[i] == "$", s[i + 1] == "{" else { i += 1; continue }
            var j = i + 2
            while j < s.count, s[j] != "}", !JavaScript.isLineTerminator(s[j]) { j += 1 }
            // Every `${` before j stops at the same line break or end: none of them is a block.
            guard j < s.count, s[j] == "}" else { i = j; continue }
            let content = Array(s[(i + 2)..<j])
            guard let key = apiKey(content) else { return nil }
            keys.append(key)
            types[PropertyKey(key)] = Scalars.contains(selectMarker, in: content)
            i = j + 1
        }
        return JavaScript.propertyOrder(keys).map { position in
            PixAPIBlock(key: keys[position], isSelect: types[PropertyKey(keys[position])] ?? false)
        }
    }

    /// `_getKeyOfBlock`: the shortest non-empty prefix of `content + "}"` followed by `#`, `§`,
    /// `}` or " options" (ASCII case-insensitive). Nil for an empty content, where the API fails.
    static func apiKey(_ content: [Unicode.Scalar]) -> String? {
        let s = content + ["}"]
        let options: [Unicode.Scalar] = [" ", "o", "p", "t", "i", "o", "n", "s"]
        for k in 1..<s.count {
            switch s[k] {
            case "#", "§", "}":
                return Scalars.string(s[..<k])
            default:
                if k + options.count <= s.count,
                   zip(s[k..<(k + options.count)], options).allSatisfy({ asciiLowercase($0) == $1 }) {
                    return Scalars.string(s[..<k])
                }
            }
        }
        return nil
    }

    private static func asciiLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar
    }

    // MARK: Writing

    /// Writes one block in Pix syntax. Select options and default values are written as JSON
    /// strings in which `}`, `=`, `#`, `§` and line breaks are `\u` escapes, so neither mon-pix
    /// nor the API can mistake them for syntax.
    public static func render(_ block: ResponseBlock) throws(PixSyntaxError) -> String {
        try render(block, index: 0)
    }

    /// Writes proposals. Adjacent texts are joined and empty texts dropped; throws when a part
    /// would not read back unchanged.
    public static func render(_ parts: [ProposalsPart]) throws(PixSyntaxError) -> String {
        var normalized: [ProposalsPart] = []
        for part in parts {
            if case .text(let text) = part {
                if text.isEmpty { continue }
                if case .text(let previous) = normalized.last {
                    normalized[normalized.count - 1] = .text(previous + text)
                    continue
                }
            }
            normalized.append(part)
        }
        var output = ""
        for (index, part) in normalized.enumerated() {
            switch part {
            case .text(let text):
                if Scalars.contains(blockOpening, in: Scalars.of(text)) {
                    throw PixSyntaxError(index: index, reason: GradingMessages.text("proposals.blockOpening"))
                }
                output += text
            case .block(let block):
                output += try render(block, index: index)
            }
        }
        let reread = parse(output).parts.map(\.part)
        if reread != normalized {
            let index = normalized.indices.first { $0 >= reread.count || reread[$0] != normalized[$0] } ?? normalized.count - 1
            throw PixSyntaxError(index: index, reason: GradingMessages.text("proposals.partRereads"))
        }
        return output
    }

    private static func render(_ block: ResponseBlock, index: Int) throws(PixSyntaxError) -> String {
        func check(_ value: String, _ what: String) throws(PixSyntaxError) {
            let s = Scalars.of(value)
            if let bad = s.first(where: { $0 == "#" || $0 == "§" || $0 == "}" || JavaScript.isLineTerminator($0) }) {
                let shown = JavaScript.isLineTerminator(bad) ? GradingMessages.text("block.lineBreak") : GradingMessages.text("block.character", ["character": "\(bad)"])
                throw PixSyntaxError(index: index, reason: GradingMessages.text("block.contains", ["what": what, "shown": shown]))
            }
            if let first = s.first, let last = s.last, JavaScript.isWhitespace(first) || JavaScript.isWhitespace(last) {
                throw PixSyntaxError(index: index, reason: GradingMessages.text("block.spaces", ["what": what]))
            }
            if Scalars.contains(selectMarker, in: s) || Scalars.contains(defaultValueMarker, in: s) {
                throw PixSyntaxError(index: index, reason: GradingMessages.text("block.markers", ["what": what]))
            }
        }
        if block.key.isEmpty { throw PixSyntaxError(index: index, reason: GradingMessages.text("block.unnamed")) }
        try check(block.key, GradingMessages.text("block.name"))
        if let placeholder = block.placeholder { try check(placeholder, GradingMessages.text("block.placeholder")) }
        if let ariaLabel = block.ariaLabel { try check(ariaLabel, GradingMessages.text("block.ariaLabel")) }
        var output = "${" + block.key
        if let placeholder = block.placeholder { output += "#" + placeholder }
        if let ariaLabel = block.ariaLabel { output += "§" + ariaLabel }
        if let options = block.options {
            if block.defaultValue != nil {
                throw PixSyntaxError(index: index, reason: GradingMessages.text("block.selectDefault"))
            }
            output += " options=[" + options.map(JSONText.blockSafeLiteral).joined(separator: ",") + "]"
        }
        if let defaultValue = block.defaultValue { output += " value=" + JSONText.blockSafeLiteral(defaultValue) }
        output += "}"
        let reread = parse(output)
        guard reread.parts.map(\.part) == [.block(block)] else {
            throw PixSyntaxError(index: index, reason: GradingMessages.text("block.rereads"))
        }
        return output
    }
}
