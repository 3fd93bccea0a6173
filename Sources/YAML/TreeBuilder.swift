import CYAML
import Diagnostics

/// Turns libyaml events into located nodes, resolving aliases under a budget and reporting
/// duplicate keys.
struct TreeBuilder {
    let file: SourceFile
    let limits: YAMLLimits
    /// Bounded: a file can repeat a mistake a million times.
    private var collector = DiagnosticCollector()
    var diagnostics: [Diagnostic] { collector.diagnostics }
    private var positions: PositionConverter

    /// The open collections, innermost last. A frame holds only plain values, so pushing and
    /// popping one copies no references; what few collections have beyond them (a tag, an anchor,
    /// merges, a key index) is in `extras`, by depth.
    private var frames: [Frame] = []
    private var extras: [Int: FrameExtras] = [:]
    /// The finished children of every open collection, innermost last: a mapping's keys and values
    /// alternate. A collection takes its children once, into an array of their exact count, when
    /// it ends (appending to an array per collection reallocated it as it grew).
    private var children: [YAMLNode] = []
    private var anchors: [String: AnchoredNode] = [:]
    private var documents: [YAMLDocument] = []
    private var documentStart = 0
    private var documentRoot: YAMLNode?
    private var writtenNodes = 0
    private var aliasNodes = 0
    private var stopped = false

    init(file: SourceFile, limits: YAMLLimits, bomLength: Int, isASCII: Bool) {
        self.file = file
        self.limits = limits
        self.positions = PositionConverter(bytes: file.bytes, bomLength: bomLength, isASCII: isASCII)
        // Room for a challenge's open collections and their children, so that these stacks are
        // allocated once per file instead of grown five or six times.
        frames.reserveCapacity(16)
        children.reserveCapacity(64)
    }

    mutating func run() -> [YAMLDocument] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            collector.append(YAMLDiagnostics.syntax(YAMLMessages.text("reader.outOfMemory"), at: nil, path: file.path))
            return []
        }
        defer { yaml_parser_delete(&parser) }
        file.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            yaml_parser_set_input_string(&parser, base, buffer.count)
            var event = yaml_event_t()
            while !stopped {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    reportParserError(parser)
                    break
                }
                let type = event.type
                handle(&event)
                yaml_event_delete(&event)
                if type == YAML_STREAM_END_EVENT { break }
            }
        }
        return documents
    }

    // MARK: Events

    /// Converts only the marks an event's node needs (a quarter of the conversions were of marks
    /// never used).
    private mutating func handle(_ event: inout yaml_event_t) {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors.removeAll(keepingCapacity: true)
            documentStart = positions.offset(ofCharacter: event.start_mark.index)
            documentRoot = nil
            writtenNodes = 0
            aliasNodes = 0
        case YAML_DOCUMENT_END_EVENT:
            let startSpan = Span(file: file, start: documentStart, end: documentStart)
            let span = documentRoot.map { startSpan.union($0.span) } ?? startSpan
            documents.append(YAMLDocument(root: documentRoot, span: span.length == 0 ? Span(file: file, start: documentStart, end: min(file.bytes.count, documentStart + 3)) : span))
        case YAML_SCALAR_EVENT:
            var start = positions.offset(ofCharacter: event.start_mark.index)
            let end = positions.offset(ofCharacter: event.end_mark.index)
            let scalar = event.data.scalar
            if scalar.anchor != nil || scalar.tag != nil { start = min(skipProperties(from: start), end) }
            let text: String
            if let value = scalar.value, scalar.length > 0 {
                text = Self.text(value, count: scalar.length)
            } else {
                text = ""
            }
            let style = Self.style(scalar.style)
            let tag = Self.string(scalar.tag)
            var spanEnd = end
            if style == .literal || style == .folded { spanEnd = trimmedEnd(start: start, end: end) }
            let span = Span(file: file, start: start, end: spanEnd)
            let node = YAMLNode.scalar(YAMLScalar(text: text, style: style, tag: tag, span: span))
            if tag != nil { checkTag(tag, at: span) }
            writtenNodes += 1
            complete(node, weight: 1, anchor: Self.string(scalar.anchor))
        case YAML_ALIAS_EVENT:
            let start = positions.offset(ofCharacter: event.start_mark.index)
            let end = positions.offset(ofCharacter: event.end_mark.index)
            let name = Self.string(event.data.alias.anchor) ?? ""
            let span = Span(file: file, start: start, end: end)
            guard let anchored = anchors[name] else {
                collector.append(YAMLDiagnostics.unknownAlias(
                    YAMLMessages.text("alias.unknown", ["name": name]),
                    at: span,
                    help: YAMLMessages.text("alias.unknown.help", ["name": name])
                ))
                // Keep going with an empty value so later problems are still reported.
                complete(.scalar(YAMLScalar(text: "", style: .plain, span: span)), weight: 1, anchor: nil)
                return
            }
            aliasNodes += anchored.weight
            let budget = limits.aliasExpansionAllowance + limits.aliasExpansionFactor * writtenNodes
            if aliasNodes > budget {
                collector.append(YAMLDiagnostics.aliasBomb(
                    YAMLMessages.text("alias.bomb", ["budget": String(budget)]),
                    at: span,
                    labels: [Label(anchored.node.span, YAMLMessages.text("alias.bomb.anchor", ["name": name]))],
                    notes: [YAMLMessages.text("alias.bomb.note")],
                    help: YAMLMessages.text("alias.bomb.help")
                ))
                stopped = true
                return
            }
            complete(anchored.node, weight: anchored.weight, anchor: nil)
        case YAML_SEQUENCE_START_EVENT:
            var start = positions.offset(ofCharacter: event.start_mark.index)
            let data = event.data.sequence_start
            if data.anchor != nil || data.tag != nil { start = skipProperties(from: start) }
            let tag = Self.string(data.tag)
            if tag != nil { checkTag(tag, at: Span(file: file, start: start, end: positions.offset(ofCharacter: event.end_mark.index))) }
            push(Frame(kind: .sequence, start: start, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE, firstChild: children.count),
                 tag: tag, anchor: Self.string(data.anchor))
        case YAML_MAPPING_START_EVENT:
            var start = positions.offset(ofCharacter: event.start_mark.index)
            let data = event.data.mapping_start
            if data.anchor != nil || data.tag != nil { start = skipProperties(from: start) }
            let tag = Self.string(data.tag)
            if tag != nil { checkTag(tag, at: Span(file: file, start: start, end: positions.offset(ofCharacter: event.end_mark.index))) }
            push(Frame(kind: .mapping, start: start, isFlow: data.style == YAML_FLOW_MAPPING_STYLE, firstChild: children.count),
                 tag: tag, anchor: Self.string(data.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = frames.popLast() else { return }
            let frameExtras = frame.hasExtras ? extras.removeValue(forKey: frames.count) : nil
            finish(frame, extras: frameExtras ?? FrameExtras(), endEventEnd: positions.offset(ofCharacter: event.end_mark.index))
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame, tag: String?, anchor: String?) {
        if frames.count >= limits.maximumDepth {
            collector.append(YAMLDiagnostics.tooDeep(
                YAMLMessages.text("tooDeep", ["depth": String(limits.maximumDepth)]),
                at: Span(file: file, start: frame.start, end: frame.start + 1),
                help: YAMLMessages.text("tooDeep.help")
            ))
            stopped = true
            return
        }
        writtenNodes += 1
        var frame = frame
        if tag != nil || anchor != nil {
            frame.hasExtras = true
            extras[frames.count] = FrameExtras(tag: tag, anchor: anchor)
        }
        frames.append(frame)
    }

    /// The extras of the open collection `index`, created on first use.
    private mutating func modifyExtras<Result>(of index: Int, _ body: (inout FrameExtras) -> Result) -> Result {
        frames[index].hasExtras = true
        return body(&extras[index, default: FrameExtras()])
    }

    private mutating func finish(_ frame: Frame, extras frameExtras: FrameExtras, endEventEnd: Int) {
        var end = frame.isFlow ? endEventEnd : frame.lastChildEnd
        if end < frame.start { end = max(frame.start, endEventEnd) }
        let span = Span(file: file, start: frame.start, end: max(end, frame.start + 1))
        let first = min(frame.firstChild, children.count)
        let node: YAMLNode
        switch frame.kind {
        case .sequence:
            node = .sequence(YAMLSequence(items: Array(children[first...]), tag: frameExtras.tag, isFlow: frame.isFlow, span: span))
        case .mapping:
            // A key still waiting for its value (only when the reader stopped early) is dropped,
            // as before.
            var entries: [YAMLMappingEntry] = []
            entries.reserveCapacity((children.count - first) / 2)
            var index = first
            while index + 1 < children.count {
                entries.append(YAMLMappingEntry(key: children[index], value: children[index + 1]))
                index += 2
            }
            node = .mapping(YAMLMapping(entries: mergedEntries(entries, merges: frameExtras.merges), tag: frameExtras.tag, isFlow: frame.isFlow, span: span))
        }
        children.removeSubrange(first...)
        complete(node, weight: frame.weight, anchor: frameExtras.anchor)
    }

    /// Adds a finished node to its parent (or makes it the document root) and records its anchor.
    private mutating func complete(_ node: YAMLNode, weight: Int, anchor: String?) {
        if let anchor { anchors[anchor] = AnchoredNode(node: node, weight: weight) }
        guard !frames.isEmpty else {
            documentRoot = node
            return
        }
        let index = frames.count - 1
        frames[index].weight += weight
        frames[index].lastChildEnd = max(frames[index].lastChildEnd, node.span.end)
        guard frames[index].kind == .mapping, (children.count - frames[index].firstChild) % 2 == 1 else {
            // An item of a sequence, or a mapping's key (its value comes next).
            children.append(node)
            return
        }
        addValue(node, to: index)
    }

    /// A mapping's value arrived: its key is the last child. Keeps the pair, or records a merge
    /// (`<<`), or drops a duplicate key with a diagnostic.
    private mutating func addValue(_ value: YAMLNode, to index: Int) {
        let keyNode = children[children.count - 1]
        guard case .scalar(let key) = keyNode else {
            children.append(value)
            return
        }
        if key.style == .plain, key.text == "<<" {
            children.removeLast()
            let position = (children.count - frames[index].firstChild) / 2
            modifyExtras(of: index) { $0.merges.append(MergeSource(position: position, value: value, keySpan: key.span)) }
            return
        }
        if let first = firstSpan(ofKey: key.text, in: index) {
            collector.append(YAMLDiagnostics.duplicateKey(
                YAMLMessages.text("duplicateKey", ["key": key.text]),
                at: key.span,
                labels: [Label(first, YAMLMessages.text("duplicateKey.first"))],
                notes: [YAMLMessages.text("duplicateKey.note")],
                help: YAMLMessages.text("duplicateKey.help")
            ))
            children.removeLast()
            return
        }
        children.append(value)
        rememberKey(key.text, in: index)
    }

    /// The span of an earlier key of the open mapping `index` with this text. Small mappings (all
    /// of pixc's) are scanned; large ones get an index.
    private func firstSpan(ofKey text: String, in index: Int) -> Span? {
        if frames[index].hasExtras, let keyIndex = extras[index]?.keyIndex {
            return keyIndex[text].map { children[$0].span }
        }
        var position = frames[index].firstChild
        let pendingKey = children.count - 1
        while position < pendingKey {
            // Only the text is read on the way: binding the whole scalar copied its tag and span
            // for every earlier key.
            if children[position].scalarText == text { return children[position].span }
            position += 2
        }
        return nil
    }

    /// Called after the value of the key `text` was kept: indexes the keys of a mapping once it
    /// has more entries than a linear scan handles well.
    private mutating func rememberKey(_ text: String, in index: Int) {
        let keyPosition = children.count - 2
        if frames[index].hasExtras, extras[index]?.keyIndex != nil {
            extras[index]?.keyIndex?[text] = keyPosition
            return
        }
        let first = frames[index].firstChild
        guard (children.count - first) / 2 > 24 else { return }
        var keys: [String: Int] = [:]
        var position = first
        while position < children.count {
            if let text = children[position].scalarText, keys[text] == nil { keys[text] = position }
            position += 2
        }
        modifyExtras(of: index) { $0.keyIndex = keys }
    }

    /// Applies YAML merge keys (`<<: *base`): merged keys come where `<<` was written, and keys
    /// written explicitly win.
    private mutating func mergedEntries(_ entries: [YAMLMappingEntry], merges: [MergeSource]) -> [YAMLMappingEntry] {
        guard !merges.isEmpty else { return entries }
        var explicit = Set(entries.compactMap(\.keyText))
        var result: [YAMLMappingEntry] = []
        var cursor = 0
        for merge in merges {
            while cursor < merge.position, cursor < entries.count {
                result.append(entries[cursor])
                cursor += 1
            }
            var sources: [YAMLMapping] = []
            switch merge.value {
            case .mapping(let mapping): sources = [mapping]
            case .sequence(let sequence):
                for item in sequence.items {
                    if let mapping = item.mapping { sources.append(mapping) } else {
                        collector.append(YAMLDiagnostics.syntax(YAMLMessages.text("merge.listItem", ["kind": item.kindDescription]), at: item.span, help: YAMLMessages.text("merge.listItem.help")))
                    }
                }
            case .scalar:
                collector.append(YAMLDiagnostics.syntax(YAMLMessages.text("merge.value", ["kind": merge.value.kindDescription]), at: merge.value.span, help: YAMLMessages.text("merge.value.help")))
            }
            for source in sources {
                for entry in source.entries {
                    guard let text = entry.keyText, !explicit.contains(text) else { continue }
                    explicit.insert(text)
                    result.append(entry)
                }
            }
        }
        while cursor < entries.count {
            result.append(entries[cursor])
            cursor += 1
        }
        return result
    }

    private mutating func checkTag(_ tag: String?, at span: Span) {
        guard let tag else { return }
        switch tag {
        case "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq", "!":
            return
        default:
            let shown = tag.hasPrefix("tag:yaml.org,2002:") ? "!!" + tag.dropFirst("tag:yaml.org,2002:".count) : tag
            collector.append(YAMLDiagnostics.ignoredTag(
                YAMLMessages.text("tag.ignored", ["tag": String(shown)]),
                at: span,
                notes: [YAMLMessages.text("tag.ignored.note")],
                help: YAMLMessages.text("tag.ignored.help", ["tag": String(shown)])
            ))
        }
    }

    /// A node's start mark includes its anchor (`&name`) and tag (`!tag`); spans start at the value.
    private func skipProperties(from start: Int) -> Int {
        let bytes = file.bytes
        var cursor = start
        while cursor < bytes.count, bytes[cursor] == UInt8(ascii: "&") || bytes[cursor] == UInt8(ascii: "!") {
            while cursor < bytes.count, ![0x20, 0x09, 0x0A, 0x0D].contains(bytes[cursor]) { cursor += 1 }
            while cursor < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[cursor]) { cursor += 1 }
        }
        return cursor
    }

    /// Block scalars end after their trailing line breaks; carets look better on the last text line.
    private func trimmedEnd(start: Int, end: Int) -> Int {
        var cursor = end
        let bytes = file.bytes
        while cursor > start, cursor <= bytes.count, [0x0A, 0x0D, 0x20].contains(bytes[cursor - 1]) { cursor -= 1 }
        return max(cursor, min(end, start + 1))
    }

    // MARK: Errors

    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = Self.string(parser.problem) ?? "unknown problem"
        let context = Self.string(parser.context)
        let offset: Int
        if parser.error == YAML_READER_ERROR {
            offset = min(parser.problem_offset, file.bytes.count)
        } else {
            offset = positions.offset(ofCharacter: parser.problem_mark.index)
        }
        let contextOffset = context == nil ? nil : positions.offset(ofCharacter: parser.context_mark.index)
        collector.append(SyntaxErrorTranslator(file: file).diagnostic(
            problem: problem,
            context: context,
            offset: offset,
            contextOffset: contextOffset,
            isReaderError: parser.error == YAML_READER_ERROR
        ))
    }

    // MARK: Helpers

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// A scalar's text, written straight into the string's storage. A short ASCII text (most keys
    /// and values) becomes a string without a validation pass; any other text is validated as
    /// `String(decoding:as:)` does (libyaml only hands out UTF-8 it checked, and invalid bytes
    /// would be repaired the same way).
    private static func text(_ value: UnsafePointer<yaml_char_t>, count: Int) -> String {
        String(unsafeUninitializedCapacity: count) { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            base.initialize(from: value, count: count)
            return count
        }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

private extension YAMLNode {
    /// The text of a scalar; nil for a collection.
    var scalarText: String? {
        if case .scalar(let scalar) = self { return scalar.text }
        return nil
    }
}

private struct AnchoredNode {
    let node: YAMLNode
    let weight: Int
}

private struct MergeSource {
    let position: Int
    let value: YAMLNode
    let keySpan: Span
}

private struct Frame {
    enum Kind { case sequence, mapping }
    let kind: Kind
    let isFlow: Bool
    /// Whether `extras` may hold something for this collection.
    var hasExtras = false
    let start: Int
    /// Where this collection's children start in the builder's `children`.
    let firstChild: Int
    var weight = 1
    var lastChildEnd: Int

    init(kind: Kind, start: Int, isFlow: Bool, firstChild: Int) {
        self.kind = kind
        self.start = start
        self.isFlow = isFlow
        self.firstChild = firstChild
        self.lastChildEnd = start
    }
}

/// What only some collections have.
private struct FrameExtras {
    var tag: String?
    var anchor: String?
    /// Positions in `children` of the keys of a large mapping, once it has more entries than a
    /// linear scan handles well.
    var keyIndex: [String: Int]?
    var merges: [MergeSource] = []
}

/// libyaml counts positions in characters (code points, a CRLF counting two) after any byte-order
/// mark; spans are byte offsets. Marks arrive almost in order, so a cursor walks the bytes.
///
/// The bytes are valid UTF-8 (the reader checks them before libyaml runs), so a character starts at
/// every byte that is not a continuation byte (`10xxxxxx`). Walking forward counts those starts
/// eight bytes at a time: French text has an accent every few words, so a byte-by-byte walk that
/// stops at every multi-byte character was a tenth of the reading time.
struct PositionConverter {
    let bytes: [UInt8]
    let bomLength: Int
    let isASCII: Bool
    /// The character at `byteOffset`. Invariant: `byteOffset` is the first byte of a character, or
    /// the end of the file (then `characterIndex` is the number of characters after the mark).
    private var characterIndex = 0
    private var byteOffset: Int

    init(bytes: [UInt8], bomLength: Int, isASCII: Bool) {
        self.bytes = bytes
        self.bomLength = bomLength
        self.isASCII = isASCII
        self.byteOffset = bomLength
    }

    mutating func offset(ofCharacter index: Int) -> Int {
        if isASCII { return min(bytes.count, max(0, index) + bomLength) }
        let index = max(0, index)
        if index < characterIndex / 2 {
            characterIndex = 0
            byteOffset = bomLength
        }
        if index > characterIndex {
            advance(by: index - characterIndex)
        }
        while characterIndex > index, byteOffset > bomLength {
            byteOffset -= 1
            while byteOffset > bomLength, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset -= 1 }
            characterIndex -= 1
        }
        return byteOffset
    }

    /// Moves the cursor `steps` characters forward, or to the end of the file.
    private mutating func advance(by steps: Int) {
        var remaining = steps
        var offset = byteOffset
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let count = buffer.count
            // Whole words first. State: the target is the `remaining`-th character start at or
            // after `offset` (the 0th being the first). A word holding at most `remaining` starts
            // ends before the target, so it is skipped and its starts counted; otherwise the target
            // is in the word and is found among its start bits. Every load reads bytes
            // offset..<offset + 8, inside the buffer by the loop's condition.
            while count - offset >= 8 {
                let word = UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                // The high bit of every byte that starts a character: not a continuation byte
                // (high bit set and the next bit clear).
                let startBits = ~(word & ~(word << 1)) & 0x8080_8080_8080_8080
                // Their number: one bit per byte moved to the bottom of its byte, summed into the
                // top byte by the multiplication (Swift's `nonzeroBitCount` is a long software
                // count on the baseline x86-64 this is built for).
                let starts = Int(truncatingIfNeeded: ((startBits >> 7) &* 0x0101_0101_0101_0101) >> 56)
                if starts > remaining {
                    var bits = startBits
                    for _ in 0..<remaining { bits &= bits &- 1 }
                    offset += bits.trailingZeroBitCount >> 3
                    remaining = 0
                    return
                }
                offset += 8
                remaining -= starts
            }
            // The word loop may stop inside a character: move to its end (the 0th start).
            while offset < count, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
            while remaining > 0, offset < count {
                offset += 1
                while offset < count, buffer[offset] & 0xC0 == 0x80 { offset += 1 }
                remaining -= 1
            }
        }
        characterIndex += steps - remaining
        byteOffset = offset
    }
}
