import Diagnostics
import Expressions
import Model
import Vocabulary
import YAML

/// A dataset as written: a shared file `Challenges/datasets/<id>.yaml` or a challenge's inline
/// `data:` block. Rows are decoded (typed by `columns:`), expressions are kept as the scalars
/// they were written in and checked when a challenge uses the dataset.
public struct Dataset: Sendable {
    /// The file name without `.yaml` for a shared dataset, nil inline.
    public let id: String?
    public let span: Span
    public let description: String?
    public let rowName: Located<String>?
    public let keyColumns: [Located<String>]
    let columns: [Column]
    let rows: [Row]
    let values: [Definition]
    let derived: [Definition]
    let constraints: [YAMLScalar]
    /// Where `row`, `key`, `columns` or `rows` were written (inline data may not redefine them
    /// when the rows come from a shared dataset).
    let rowSettingsSpan: Span?
    /// True when decoding reported an error: variants are not expanded from a broken dataset.
    public let hasErrors: Bool

    public var rowCount: Int { rows.count }
    public var columnNames: [String] { columns.map(\.name) }

    struct Column: Sendable {
        let name: String
        let type: ValueType
        let span: Span
    }

    struct Row: Sendable {
        let cells: [Value]
        /// The row's identity: the values of its key columns (all columns without `key:`).
        let key: String
        /// How the row is named in messages: its key values.
        let label: String
        let span: Span
    }

    struct Definition: Sendable {
        let name: String
        let nameSpan: Span
        let expression: YAMLScalar
    }

    public static var sharedKeys: [String] { ContentKeys.dataset.names }
    public static var inlineKeys: [String] { ContentKeys.inlineDataset.names }

    /// Decodes a shared dataset file; `id` is its file name without `.yaml`.
    public static func decodeShared(id: String, root: YAMLNode) -> (Dataset?, [Diagnostic]) {
        decode(root, id: id, table: ContentKeys.dataset)
    }

    /// Decodes a challenge's `data:` block.
    public static func decodeInline(_ node: YAMLNode) -> (Dataset?, [Diagnostic]) {
        decode(node, id: nil, table: ContentKeys.inlineDataset)
    }

    /// `sink` collects the diagnostics (and the keys read, for the test of the key tables).
    static func decode(_ node: YAMLNode, id: String?, table: KeyTable, sink: DiagnosticSink = DiagnosticSink()) -> (Dataset?, [Diagnostic]) {
        guard let fields = Fields(node, table: table, sink: sink) else { return (nil, sink.diagnostics) }
        let decoder = DatasetDecoder(sink: sink)
        let description = fields.string("description")?.value
        let rowName = fields.string("row")
        if let rowName { decoder.checkName(rowName.value, at: rowName.span, what: VariantsMessages.text("what.rowName")) }
        let declared = fields["columns"].map { decoder.decodeColumns($0) } ?? []
        var columns: [Column] = declared
        var rows: [Row] = []
        let keyColumns = fields["key"].map { decoder.keyNames($0) } ?? []
        if let rowsNode = fields["rows"] {
            if rowName == nil {
                sink.report(ModelDiagnostics.missingKey(
                    VariantsMessages.text("rows.unnamed"),
                    at: fields.keySpan("rows") ?? rowsNode.span,
                    help: VariantsMessages.text("rows.unnamed.help")
                ))
            }
            (columns, rows) = decoder.decodeRows(rowsNode, declared: declared, keyColumns: keyColumns)
        } else if let keyNode = fields["key"] {
            sink.report(ModelDiagnostics.misplacedKey(VariantsMessages.text("key.withoutRows"), at: keyNode.span, help: VariantsMessages.text("key.withoutRows.help")))
        }
        let values = fields["values"].map { decoder.decodeDefinitions($0, key: "values") } ?? []
        let derived = fields["derived"].map { decoder.decodeDefinitions($0, key: "derived") } ?? []
        var constraints: [YAMLScalar] = []
        if let node = fields["constraints"] {
            switch node {
            case .scalar(let scalar): constraints = [scalar]
            case .sequence(let sequence):
                for item in sequence.items {
                    guard case .scalar(let scalar) = item else {
                        sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("constraint.notScalar", ["found": item.kindDescription]), at: item.span, help: VariantsMessages.text("constraint.oneLine.help")))
                        continue
                    }
                    constraints.append(scalar)
                }
            case .mapping:
                sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("constraints.notList", ["found": node.kindDescription]), at: node.span, help: VariantsMessages.text("constraints.notList.help")))
            }
        }
        let rowSettings = ["row", "key", "columns", "rows"].compactMap { fields.keySpan($0) }
        let rowSettingsSpan = rowSettings.dropFirst().reduce(rowSettings.first) { $0?.union($1) }
        let dataset = Dataset(
            id: id, span: node.span, description: description, rowName: rowName, keyColumns: keyColumns,
            columns: columns, rows: rows, values: values, derived: derived, constraints: constraints,
            rowSettingsSpan: rowSettingsSpan, hasErrors: sink.hasErrors
        )
        return (dataset, sink.diagnostics)
    }
}

/// Decodes the parts of a dataset, reporting into a sink.
struct DatasetDecoder {
    let sink: DiagnosticSink

    static let typeNames: [String: ValueType] = [
        "text": .text, "texte": .text,
        "number": .number, "nombre": .number,
        "date": .date,
        "boolean": .boolean, "booléen": .boolean, "oui/non": .boolean,
    ]

    /// A name of the dataset must be one word of the language (not a keyword).
    func checkName(_ name: String, at span: Span, what: String) {
        let bytes = Array(name.utf8)
        let tokens = try? Lexer.tokenize(bytes, range: 0..<bytes.count, inPlaceholder: false)
        if let tokens, tokens.count == 2, case .identifier = tokens[0].kind { return }
        if let tokens, tokens.count == 2, case .keyword(let keyword) = tokens[0].kind {
            sink.report(VariantDiagnostics.duplicateName(VariantsMessages.text("name.keyword", ["name": keyword.rawValue, "what": what]), at: span, help: VariantsMessages.text("name.keyword.help", ["name": keyword.rawValue])))
            return
        }
        sink.report(VariantDiagnostics.duplicateName(VariantsMessages.text("name.notOneWord", ["name": name, "what": what]), at: span, help: VariantsMessages.text("name.notOneWord.help", ["suggestion": Self.suggestedName(name)])))
    }

    static func suggestedName(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isLetter || character.isNumber || character == "_" { result.append(character) } else if !result.hasSuffix("_") { result.append("_") }
        }
        while result.hasSuffix("_") { result.removeLast() }
        if let first = result.first, first.isNumber { result = "v" + result }
        return result.isEmpty ? "valeur" : result
    }

    func decodeColumns(_ node: YAMLNode) -> [Dataset.Column] {
        guard case .mapping(let mapping) = node else {
            sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("columns.notMapping", ["found": node.kindDescription]), at: node.span, help: VariantsMessages.text("columns.notMapping.help")))
            return []
        }
        var columns: [Dataset.Column] = []
        for entry in mapping.entries {
            guard let name = entry.keyText else { continue }
            checkName(name, at: entry.key.span, what: VariantsMessages.text("what.columnName"))
            guard case .scalar(let scalar) = entry.value else {
                sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("column.typeNotWord", ["found": entry.value.kindDescription]), at: entry.value.span, help: VariantsMessages.text("column.types.help")))
                continue
            }
            let word = scalar.text.trimmingWhitespace().lowercased()
            guard let type = Self.typeNames[word] else {
                var help = Help(VariantsMessages.text("column.types"))
                if let suggestion = Suggestion.closest(to: word, among: ["number", "text", "date", "boolean"]) {
                    help = Help.didYouMean(suggestion, replacing: scalar.span)
                }
                sink.report(ModelDiagnostics.invalidValue(VariantsMessages.text("column.unknownType", ["type": scalar.text]), at: scalar.span, help: help))
                continue
            }
            columns.append(Dataset.Column(name: name, type: type, span: entry.key.span))
        }
        return columns
    }

    func keyNames(_ node: YAMLNode) -> [Located<String>] {
        switch node {
        case .scalar(let scalar):
            return [Located(scalar.text.trimmingWhitespace(), span: scalar.span)]
        case .sequence(let sequence):
            return sequence.items.compactMap { item in
                guard case .scalar(let scalar) = item else {
                    sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("key.notName", ["found": item.kindDescription]), at: item.span))
                    return nil
                }
                return Located(scalar.text.trimmingWhitespace(), span: scalar.span)
            }
        case .mapping:
            sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("key.wrongKind", ["found": node.kindDescription]), at: node.span, help: VariantsMessages.text("key.wrongKind.help")))
            return []
        }
    }

    /// A cell as written, before typing: a scalar or a list of scalars.
    enum Cell {
        case scalar(YAMLScalar)
        case list([YAMLScalar], Span)

        var span: Span {
            switch self {
            case .scalar(let scalar): scalar.span
            case .list(_, let span): span
            }
        }
    }

    func decodeRows(_ node: YAMLNode, declared: [Dataset.Column], keyColumns: [Located<String>]) -> ([Dataset.Column], [Dataset.Row]) {
        guard case .sequence(let sequence) = node else {
            sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("rows.notList", ["found": node.kindDescription]), at: node.span, help: VariantsMessages.text("rows.notList.help")))
            return (declared, [])
        }
        let raw = readCells(sequence, declared: declared)
        for column in declared where raw.firstSeen[column.name] == nil && !raw.rows.isEmpty {
            sink.report(VariantDiagnostics.invalidRow(VariantsMessages.text("column.unused", ["column": column.name]), at: column.span, help: VariantsMessages.text("column.unused.help")))
        }
        let columns = columnTypes(raw, declared: declared, fallbackSpan: node.span)
        let keyIndices = keyPositions(keyColumns, columnNames: raw.columnNames)
        return (columns, typedRows(raw, columns: columns, keyIndices: keyIndices))
    }

    /// Every row's cells as written, by column position, and the columns in order of
    /// declaration, then of appearance.
    struct RawRows {
        var columnNames: [String]
        var columnIndex: [String: Int] = [:]
        /// Where each field first appears.
        var firstSeen: [String: Span] = [:]
        var rows: [(cells: [Cell?], span: Span)] = []
    }

    func readCells(_ sequence: YAMLSequence, declared: [Dataset.Column]) -> RawRows {
        // Rows usually list their fields in the same order, so the position is checked before
        // the name is looked up.
        var raw = RawRows(columnNames: declared.map(\.name))
        for (index, name) in raw.columnNames.enumerated() { raw.columnIndex[name] = index }
        raw.rows.reserveCapacity(sequence.items.count)
        for item in sequence.items {
            guard case .mapping(let mapping) = item else {
                sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("row.notMapping", ["found": item.kindDescription]), at: item.span, help: VariantsMessages.text("row.notMapping.help")))
                continue
            }
            var cells = [Cell?](repeating: nil, count: raw.columnNames.count)
            for (position, entry) in mapping.entries.enumerated() {
                guard let name = entry.keyText else { continue }
                let index: Int
                if position < raw.columnNames.count, raw.columnNames[position] == name {
                    index = position
                } else if let known = raw.columnIndex[name] {
                    index = known
                } else {
                    checkName(name, at: entry.key.span, what: VariantsMessages.text("what.fieldName"))
                    index = raw.columnNames.count
                    raw.columnNames.append(name)
                    raw.columnIndex[name] = index
                    cells.append(nil)
                }
                if raw.firstSeen[name] == nil { raw.firstSeen[name] = entry.key.span }
                cells[index] = cell(entry.value)
            }
            raw.rows.append((cells, mapping.span))
        }
        return raw
    }

    /// A field's value as written: a scalar or a list of scalars.
    func cell(_ value: YAMLNode) -> Cell? {
        switch value {
        case .scalar(let scalar):
            return .scalar(scalar)
        case .sequence(let list):
            var scalars: [YAMLScalar] = []
            for element in list.items {
                guard case .scalar(let scalar) = element else {
                    sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("field.nested", ["found": element.kindDescription]), at: element.span))
                    continue
                }
                scalars.append(scalar)
            }
            return .list(scalars, list.span)
        case .mapping:
            sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("field.nested", ["found": value.kindDescription]), at: value.span, help: VariantsMessages.text("field.nested.help")))
            return nil
        }
    }

    /// The declared type of each column (text when undeclared); a column holds lists when its
    /// first cell is a list.
    func columnTypes(_ raw: RawRows, declared: [Dataset.Column], fallbackSpan: Span) -> [Dataset.Column] {
        raw.columnNames.map { name in
            let declaredType = declared.first { $0.name == name }?.type ?? .text
            let position = raw.columnIndex[name] ?? 0
            let firstCell = raw.rows.lazy.compactMap { position < $0.cells.count ? $0.cells[position] : nil }.first
            var type = declaredType
            if case .list? = firstCell { type = .list(declaredType) }
            return Dataset.Column(name: name, type: type, span: declared.first { $0.name == name }?.span ?? raw.firstSeen[name] ?? fallbackSpan)
        }
    }

    /// The positions of the `key` columns; a key naming no column is reported.
    func keyPositions(_ keyColumns: [Located<String>], columnNames: [String]) -> [Int] {
        var keyIndices: [Int] = []
        for key in keyColumns {
            guard let index = columnNames.firstIndex(of: key.value) else {
                var help = VariantsMessages.text("columns.known", ["columns": columnNames.map { "`\($0)`" }.joined(separator: ", ")])
                if let suggestion = Suggestion.closest(to: key.value, among: columnNames) { help = VariantsMessages.text("didYouMean", ["suggestion": suggestion]) }
                sink.report(ModelDiagnostics.invalidValue(VariantsMessages.text("key.unknownColumn", ["column": key.value]), at: key.span, help: Help(help)))
                continue
            }
            keyIndices.append(index)
        }
        return keyIndices
    }

    /// The rows with typed values; a row with a missing or invalid field, or repeating the key
    /// of an earlier row, is reported and left out.
    func typedRows(_ raw: RawRows, columns: [Dataset.Column], keyIndices: [Int]) -> [Dataset.Row] {
        var rows: [Dataset.Row] = []
        var keys: [String: Span] = [:]
        for row in raw.rows {
            var cells: [Value] = []
            var complete = true
            for (position, column) in columns.enumerated() {
                guard position < row.cells.count, let cell = row.cells[position] else {
                    complete = false
                    sink.report(VariantDiagnostics.invalidRow(
                        VariantsMessages.text("row.missingField", ["column": column.name]),
                        at: row.span,
                        labels: raw.firstSeen[column.name].map { [Label($0, VariantsMessages.text("row.missingField.label"))] } ?? [],
                        help: VariantsMessages.text("row.missingField.help", ["column": column.name])
                    ))
                    continue
                }
                guard let value = typedValue(cell, column: column) else {
                    complete = false
                    continue
                }
                cells.append(value)
            }
            guard complete else { continue }
            let key = Self.rowKey(cells, columns: columns, keyIndices: keyIndices)
            if let first = keys[key] {
                sink.report(VariantDiagnostics.duplicateRow(
                    keyIndices.isEmpty ? VariantsMessages.text("row.duplicate") : VariantsMessages.text("row.duplicateKey", ["key": keyIndices.map { columns[$0].name }.joined(separator: ", ")]),
                    at: row.span,
                    labels: [Label(first, VariantsMessages.text("row.firstWritten"))],
                    help: keyIndices.isEmpty ? VariantsMessages.text("row.duplicate.help") : VariantsMessages.text("row.duplicateKey.help")
                ))
                continue
            }
            keys[key] = row.span
            let labelIndices = keyIndices.isEmpty ? [0] : keyIndices
            let label = labelIndices.filter { $0 < cells.count }.map { cells[$0].display }.joined(separator: ", ")
            rows.append(Dataset.Row(cells: cells, key: key, label: label, span: row.span))
        }
        return rows
    }

    /// The identity of a row: its key columns' values, or every column (sorted by name) written
    /// as `name=value`, separated by U+001F.
    static func rowKey(_ cells: [Value], columns: [Dataset.Column], keyIndices: [Int]) -> String {
        if !keyIndices.isEmpty {
            return keyIndices.map { canonical(cells[$0]) }.joined(separator: "\u{1F}")
        }
        let order = columns.indices.sorted { columns[$0].name.utf8.lexicographicallyPrecedes(columns[$1].name.utf8) }
        return order.map { columns[$0].name + "=" + canonical(cells[$0]) }.joined(separator: "\u{1F}")
    }

    /// A value's text in keys: independent of how the author formatted it (`1978.0` is `1978`).
    static func canonical(_ value: Value) -> String {
        switch value {
        case .number(let number): number.description
        case .text(let text): text
        case .boolean(let flag): flag ? "true" : "false"
        case .date(let days): CivilDate(days: days).iso
        case .list(let items): items.map(canonical).joined(separator: "\u{1E}")
        }
    }

    func typedValue(_ cell: Cell, column: Dataset.Column) -> Value? {
        switch (cell, column.type) {
        case (.scalar(let scalar), .list(let element)):
            // A single value in a list column is a list of one.
            return scalarValue(scalar, type: element, column: column.name).map { .list([$0]) }
        case (.scalar(let scalar), let type):
            return scalarValue(scalar, type: type, column: column.name)
        case (.list(let scalars, _), .list(let element)):
            var values: [Value] = []
            for scalar in scalars {
                guard let value = scalarValue(scalar, type: element, column: column.name) else { return nil }
                values.append(value)
            }
            return .list(values)
        case (.list(_, let span), _):
            sink.report(VariantDiagnostics.invalidRow(VariantsMessages.text("column.listMismatch", ["column": column.name]), at: span, help: VariantsMessages.text("column.listMismatch.help")))
            return nil
        }
    }

    func scalarValue(_ scalar: YAMLScalar, type: ValueType, column: String) -> Value? {
        let text = scalar.isNull ? "" : scalar.text
        switch type {
        case .number:
            let trimmed = text.trimmingWhitespace()
            guard let number = ExactDecimal(parsing: Substring(trimmed), allowComma: true) else {
                sink.report(VariantDiagnostics.invalidRow(VariantsMessages.text("cell.notNumber", ["column": column, "text": text]), at: scalar.span, help: VariantsMessages.text("cell.notNumber.help")))
                return nil
            }
            return .number(number)
        case .date:
            guard let date = CivilDate(parsing: text.trimmingWhitespace()) else {
                sink.report(VariantDiagnostics.invalidRow(VariantsMessages.text("cell.notDate", ["column": column, "text": text]), at: scalar.span, help: VariantsMessages.text("cell.notDate.help")))
                return nil
            }
            return .date(date.days)
        case .boolean:
            let word = text.trimmingWhitespace().lowercased()
            if ["oui", "true", "yes", "vrai"].contains(word) { return .boolean(true) }
            if ["non", "false", "no", "faux"].contains(word) { return .boolean(false) }
            sink.report(VariantDiagnostics.invalidRow(VariantsMessages.text("cell.notBoolean", ["column": column, "text": text]), at: scalar.span, help: VariantsMessages.text("cell.notBoolean.help")))
            return nil
        default:
            return .text(text)
        }
    }

    func decodeDefinitions(_ node: YAMLNode, key: String) -> [Dataset.Definition] {
        guard case .mapping(let mapping) = node else {
            sink.report(ModelDiagnostics.wrongKind(VariantsMessages.text("definitions.notMapping", ["key": key, "found": node.kindDescription]), at: node.span, help: key == "values" ? VariantsMessages.text("values.oneLine.help") : VariantsMessages.text("derived.oneLine.help")))
            return []
        }
        var definitions: [Dataset.Definition] = []
        for entry in mapping.entries {
            guard let name = entry.keyText else { continue }
            checkName(name, at: entry.key.span, what: VariantsMessages.text("what.valueName"))
            guard case .scalar(let scalar) = entry.value, !scalar.isNull else {
                sink.report(ModelDiagnostics.wrongKind(
                    VariantsMessages.text("definition.notScalar", ["name": name, "found": entry.value.kindDescription]),
                    at: entry.value.span,
                    help: VariantsMessages.text("definition.notScalar.help")
                ))
                continue
            }
            definitions.append(Dataset.Definition(name: name, nameSpan: entry.key.span, expression: scalar))
        }
        return definitions
    }
}

/// The shared datasets of a repository, by id.
public struct DatasetLibrary: Sendable {
    public let datasets: [Dataset]
    private let byID: [String: Int]

    public init(_ datasets: [Dataset]) {
        let sorted = datasets.sorted { ($0.id ?? "") < ($1.id ?? "") }
        self.datasets = sorted
        var map: [String: Int] = [:]
        for (index, dataset) in sorted.enumerated() {
            if let id = dataset.id, map[id] == nil { map[id] = index }
        }
        self.byID = map
    }

    public static let empty = DatasetLibrary([])

    /// Decodes shared dataset files given as (id, root node).
    public static func decode(_ files: [(id: String, root: YAMLNode)]) -> (DatasetLibrary, [Diagnostic]) {
        var datasets: [Dataset] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let (dataset, problems) = Dataset.decodeShared(id: file.id, root: file.root)
            diagnostics.append(contentsOf: problems)
            if let dataset { datasets.append(dataset) }
        }
        return (DatasetLibrary(datasets), diagnostics)
    }

    public func dataset(_ id: String) -> Dataset? {
        byID[id].map { datasets[$0] }
    }

    public var ids: [String] { datasets.compactMap(\.id) }
}
