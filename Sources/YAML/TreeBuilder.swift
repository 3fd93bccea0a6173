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

    private var frames: [Frame] = []
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

    private mutating func handle(_ event: inout yaml_event_t) {
        var start = positions.offset(ofCharacter: event.start_mark.index)
        let end = positions.offset(ofCharacter: event.end_mark.index)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            anchors.removeAll(keepingCapacity: true)
            documentStart = start
            documentRoot = nil
            writtenNodes = 0
            aliasNodes = 0
        case YAML_DOCUMENT_END_EVENT:
            let startSpan = Span(file: file, start: documentStart, end: documentStart)
            let span = documentRoot.map { startSpan.union($0.span) } ?? startSpan
            documents.append(YAMLDocument(root: documentRoot, span: span.length == 0 ? Span(file: file, start: documentStart, end: min(file.bytes.count, documentStart + 3)) : span))
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            if scalar.anchor != nil || scalar.tag != nil { start = min(skipProperties(from: start), end) }
            let text: String
            if let value = scalar.value, scalar.length > 0 {
                text = String(decoding: UnsafeBufferPointer(start: value, count: scalar.length), as: UTF8.self)
            } else {
                text = ""
            }
            let style = Self.style(scalar.style)
            let tag = Self.string(scalar.tag)
            var spanEnd = end
            if style == .literal || style == .folded { spanEnd = trimmedEnd(start: start, end: end) }
            let node = YAMLNode.scalar(YAMLScalar(text: text, style: style, tag: tag, span: Span(file: file, start: start, end: spanEnd)))
            checkTag(tag, at: Span(file: file, start: start, end: spanEnd))
            writtenNodes += 1
            complete(node, weight: 1, anchor: Self.string(scalar.anchor))
        case YAML_ALIAS_EVENT:
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
            let data = event.data.sequence_start
            if data.anchor != nil || data.tag != nil { start = skipProperties(from: start) }
            let tag = Self.string(data.tag)
            checkTag(tag, at: Span(file: file, start: start, end: end))
            push(Frame(kind: .sequence, start: start, tag: tag, anchor: Self.string(data.anchor), isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            if data.anchor != nil || data.tag != nil { start = skipProperties(from: start) }
            let tag = Self.string(data.tag)
            checkTag(tag, at: Span(file: file, start: start, end: end))
            push(Frame(kind: .mapping, start: start, tag: tag, anchor: Self.string(data.anchor), isFlow: data.style == YAML_FLOW_MAPPING_STYLE))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = frames.popLast() else { return }
            finish(frame, endEventEnd: end)
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame) {
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
        frames.append(frame)
    }

    private mutating func finish(_ frame: Frame, endEventEnd: Int) {
        var end = frame.isFlow ? endEventEnd : frame.lastChildEnd
        if end < frame.start { end = max(frame.start, endEventEnd) }
        let span = Span(file: file, start: frame.start, end: max(end, frame.start + 1))
        let node: YAMLNode
        switch frame.kind {
        case .sequence:
            node = .sequence(YAMLSequence(items: frame.items, tag: frame.tag, isFlow: frame.isFlow, span: span))
        case .mapping:
            node = .mapping(YAMLMapping(entries: mergedEntries(frame), tag: frame.tag, isFlow: frame.isFlow, span: span))
        }
        complete(node, weight: frame.weight, anchor: frame.anchor)
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
        switch frames[index].kind {
        case .sequence:
            frames[index].items.append(node)
        case .mapping:
            if let key = frames[index].pendingKey {
                frames[index].pendingKey = nil
                addEntry(YAMLMappingEntry(key: key, value: node), to: index)
            } else {
                frames[index].pendingKey = node
            }
        }
    }

    private mutating func addEntry(_ entry: YAMLMappingEntry, to index: Int) {
        if case .scalar(let key) = entry.key, key.style == .plain, key.text == "<<" {
            frames[index].merges.append(MergeSource(position: frames[index].entries.count, value: entry.value, keySpan: key.span))
            return
        }
        if let text = entry.keyText {
            if let first = frames[index].firstSpan(ofKey: text) {
                collector.append(YAMLDiagnostics.duplicateKey(
                    YAMLMessages.text("duplicateKey", ["key": text]),
                    at: entry.key.span,
                    labels: [Label(first, YAMLMessages.text("duplicateKey.first"))],
                    notes: [YAMLMessages.text("duplicateKey.note")],
                    help: YAMLMessages.text("duplicateKey.help")
                ))
                return
            }
            frames[index].entries.append(entry)
            frames[index].rememberKey(text)
            return
        }
        frames[index].entries.append(entry)
    }

    /// Applies YAML merge keys (`<<: *base`): merged keys come where `<<` was written, and keys
    /// written explicitly win.
    private mutating func mergedEntries(_ frame: Frame) -> [YAMLMappingEntry] {
        guard !frame.merges.isEmpty else { return frame.entries }
        var explicit = Set(frame.entries.compactMap(\.keyText))
        var result: [YAMLMappingEntry] = []
        var cursor = 0
        for merge in frame.merges {
            while cursor < merge.position, cursor < frame.entries.count {
                result.append(frame.entries[cursor])
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
        while cursor < frame.entries.count {
            result.append(frame.entries[cursor])
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
    let start: Int
    let tag: String?
    let anchor: String?
    let isFlow: Bool
    var items: [YAMLNode] = []
    var entries: [YAMLMappingEntry] = []
    var pendingKey: YAMLNode?
    /// Keys of large mappings, indexed once they have more entries than a linear scan handles well.
    var keyIndex: [String: Int]?
    var merges: [MergeSource] = []
    var weight = 1
    var lastChildEnd = 0

    /// The span of an earlier entry with this scalar key. Small mappings (all of pixc's) are
    /// scanned; large ones get an index.
    func firstSpan(ofKey text: String) -> Span? {
        if let keyIndex {
            return keyIndex[text].map { entries[$0].key.span }
        }
        for entry in entries where entry.keyText == text { return entry.key.span }
        return nil
    }

    /// Called after the entry for `text` was appended.
    mutating func rememberKey(_ text: String) {
        if keyIndex != nil {
            keyIndex?[text] = entries.count - 1
        } else if entries.count > 24 {
            var index: [String: Int] = [:]
            for (position, entry) in entries.enumerated() {
                if let key = entry.keyText, index[key] == nil { index[key] = position }
            }
            keyIndex = index
        }
    }

    init(kind: Kind, start: Int, tag: String?, anchor: String?, isFlow: Bool) {
        self.kind = kind
        self.start = start
        self.tag = tag
        self.anchor = anchor
        self.isFlow = isFlow
        self.lastChildEnd = start
    }
}

/// libyaml counts positions in characters (code points, a CRLF counting two) after any byte-order
/// mark; spans are byte offsets. Marks arrive almost in order, so a cursor walks the bytes.
struct PositionConverter {
    let bytes: [UInt8]
    let bomLength: Int
    let isASCII: Bool
    private var characterIndex = 0
    private var byteOffset: Int

    init(bytes: [UInt8], bomLength: Int, isASCII: Bool) {
        self.bytes = bytes
        self.bomLength = bomLength
        self.isASCII = isASCII
        self.byteOffset = bomLength
    }

    mutating func offset(ofCharacter index: Int) -> Int {
        if isASCII { return min(bytes.count, index + bomLength) }
        if index < characterIndex / 2 {
            characterIndex = 0
            byteOffset = bomLength
        }
        while characterIndex < index, byteOffset < bytes.count {
            byteOffset += 1
            while byteOffset < bytes.count, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset += 1 }
            characterIndex += 1
        }
        while characterIndex > index, byteOffset > bomLength {
            byteOffset -= 1
            while byteOffset > bomLength, bytes[byteOffset] & 0xC0 == 0x80 { byteOffset -= 1 }
            characterIndex -= 1
        }
        return byteOffset
    }
}
