import Compiler
import Foundation
import Grading
import Model
import Vocabulary

/// The answer part of a challenge as mon-pix shows it: QCU radio buttons and QCM checkboxes in
/// Pix's shuffled order, QROC and QROCM inputs and drop-down lists built from the `${…}`
/// blocks with their labels (`proposals-as-blocks.js`, `qrocm-proposal`, `challenge-item-qroc`).
struct AnswerArea {
    let form: PixForm
    let strings: PreviewStrings
    let seed: Int64
    /// The simulator sends the answer: mon-pix shows no input at all.
    var autoReply = false

    /// mon-pix's `MINIMUM_SIZE_FOR_LABEL`: a text longer than this right before an input without
    /// an explicit label becomes the input's visible label.
    static let minimumLabelLength = 6

    func html() -> String {
        switch form.type {
        case .qcu, .qcm: return choices()
        case .qroc where autoReply: return autoReplyField()
        case .qroc: return qroc()
        case .qrocmInd, .qrocmDep: return qrocm()
        }
    }

    /// What the simulator would send, typed by hand; Pix itself shows no field.
    func autoReplyField() -> String {
        "<p class=\"notice\">\(HTMLText.escape(strings.autoReplyNotice))</p>"
            + "<p><label for=\"qroc_input\">\(HTMLText.escape(strings.autoReplyAnswer))</label> "
            + "<input type=\"text\" size=\"40\" id=\"qroc_input\" class=\"answer-input\" data-key=\"autoReply\" autocomplete=\"off\"></p>"
    }

    // MARK: QCU / QCM

    func choices() -> String {
        let single = form.type == .qcu
        let order = PixShuffle.displayOrder(count: form.options.count, shuffled: form.shuffled, seed: seed)
        var out = "<fieldset class=\"choices\"><legend>\(HTMLText.escape(single ? strings.chooseOne : strings.chooseSeveral))</legend>"
        out += "<div class=\"options\" lang=\"fr\">"
        for position in order {
            let option = form.options[position]
            let number = position + 1
            let id = "option-\(number)"
            out += "<p class=\"option\" data-index=\"\(number)\">"
            out += "<input type=\"\(single ? "radio" : "checkbox")\" id=\"\(id)\" name=\"\(single ? "radio" : "checkbox")\" value=\"\(number)\">"
            out += "<label for=\"\(id)\">" + PixMarkdown.html(option.text.value, context: .filtered, inline: true) + "</label></p>"
        }
        out += "</div></fieldset>"
        if form.shuffled {
            out += "<p class=\"shuffle\">\(HTMLText.escape(strings.shuffleNotice)) <output id=\"seed\">\(seed)</output>. "
            out += "<button type=\"button\" id=\"reshuffle\">\(HTMLText.escape(strings.reshuffle))</button></p>"
        } else {
            out += "<p class=\"shuffle\">\(HTMLText.escape(strings.notShuffled))</p>"
        }
        return out
    }

    // MARK: QROC / QROCM

    /// One piece of the proposals as mon-pix lays it out.
    struct Piece {
        enum Kind {
            case text(String)
            case input(ResponseBlock, number: Int)
        }

        var kind: Kind
        /// For an input: the text before it, used as its visible label.
        var label: String?
        /// For an input: its accessible name when it has no visible label (explicit `§…`, or
        /// "Answer n").
        var ariaLabel: String?
        var hidden = false
    }

    static func pieces(_ proposals: String, strings: PreviewStrings) -> [Piece] {
        var pieces: [Piece] = []
        var inputs = 0
        for part in ProposalsSyntax.parse(proposals).parts {
            switch part.part {
            case .text(let raw):
                guard !raw.allSatisfy(\.isWhitespace) else { continue }
                var text = raw
                if let first = text.first, first == "-" || (first.isNumber && text.dropFirst().first == ".") { text = "\n" + text }
                pieces.append(Piece(kind: .text(text.replacingOccurrences(of: "\n", with: "<br/>"))))
            case .block(let block):
                inputs += 1
                let explicit = block.ariaLabel.map { String($0.split(separator: "#", omittingEmptySubsequences: false).first ?? "") }
                pieces.append(Piece(kind: .input(block, number: inputs), ariaLabel: explicit ?? strings.numberedLabel(String(inputs))))
            }
        }
        // mon-pix turns the text before an unlabelled text field into that field's label.
        for index in pieces.indices.dropFirst() {
            guard case .input(let block, _) = pieces[index].kind, !block.isSelect, block.ariaLabel == nil,
                  case .text(let text) = pieces[index - 1].kind, !pieces[index - 1].hidden,
                  text.utf16.count > minimumLabelLength else { continue }
            pieces[index].label = text
            pieces[index].ariaLabel = nil
            pieces[index - 1].hidden = true
        }
        return pieces
    }

    func qroc() -> String {
        let pieces = Self.pieces(form.proposals, strings: strings)
        let hasVisibleLabel = pieces.contains { piece in
            if case .text = piece.kind { return !piece.hidden }
            return piece.label != nil
        }
        var out = "<div class=\"qroc-proposal\" lang=\"fr\">"
        var inputDone = false
        for piece in pieces {
            switch piece.kind {
            case .text(let text):
                guard !piece.hidden else { continue }
                out += "<label for=\"qroc_input\">" + PixMarkdown.html(text, context: .filtered, inline: true) + "</label>"
            case .input(let block, _):
                if let label = piece.label {
                    out += "<label for=\"qroc_input\">" + PixMarkdown.html(label, context: .filtered, inline: true) + "</label>"
                }
                guard !inputDone else { continue }
                inputDone = true
                // mon-pix names the QROC input only through its label elements; without any, the
                // preview adds the accessible name Pix gives selects.
                let aria = hasVisibleLabel ? nil : piece.ariaLabel
                out += control(block, id: "qroc_input", key: block.key, ariaLabel: aria, isQROC: true)
            }
        }
        return out + "</div>"
    }

    func qrocm() -> String {
        var out = "<div class=\"qrocm-proposal\" lang=\"fr\">"
        for piece in Self.pieces(form.proposals, strings: strings) {
            switch piece.kind {
            case .text(let text):
                guard !piece.hidden else { continue }
                out += "<div class=\"qrocm-proposal__label\">" + PixMarkdown.html(text, context: .filtered, inline: true) + "</div>"
            case .input(let block, let number):
                let id = "input-\(number)"
                out += "<div class=\"qrocm-proposal__input\">"
                if let label = piece.label {
                    out += "<label for=\"\(id)\">" + PixMarkdown.html(label, context: .filtered, inline: true) + "</label>"
                }
                out += control(block, id: id, key: block.key, ariaLabel: piece.ariaLabel, isQROC: false)
                out += "</div>"
            }
        }
        return out + "</div>"
    }

    private func control(_ block: ResponseBlock, id: String, key: String, ariaLabel: String?, isQROC: Bool) -> String {
        let keyAttribute = " data-key=\"\(HTMLText.escape(key))\""
        if let options = block.options {
            // A select's name is visually hidden, as PixSelect's `screenReaderOnly`.
            var out = "<label class=\"sr-only\" for=\"\(id)\">\(HTMLText.escape(ariaLabel ?? strings.numberedLabel("1")))</label>"
            out += "<select id=\"\(id)\" class=\"answer-input\"\(keyAttribute)>"
            out += "<option value=\"\" disabled selected>\(HTMLText.escape(block.placeholder ?? strings.selectPlaceholder))</option>"
            for option in options { out += "<option>\(HTMLText.escape(option))</option>" }
            return out + "</select>"
        }
        var attributes = " id=\"\(id)\" class=\"answer-input\"\(keyAttribute) autocomplete=\"off\""
        if let ariaLabel { attributes += " aria-label=\"\(HTMLText.escape(ariaLabel))\"" }
        if let placeholder = block.placeholder, !placeholder.isEmpty { attributes += " placeholder=\"\(HTMLText.escape(placeholder))\"" }
        let value = block.defaultValue.map { HTMLText.escape($0) } ?? ""
        switch form.format {
        case .paragraphe:
            return "<textarea rows=\"5\"\(attributes)>\(value)</textarea>"
        case .phrase:
            return "<input type=\"text\" class=\"sentence\"\(attributes) value=\"\(value)\">"
        case .nombre where isQROC:
            return "<input type=\"number\" step=\"any\" min=\"0\"\(attributes) value=\"\(value)\">"
        default:
            let size = ["petit": 10, "mots": 20, "phrase": 50][form.format.rawValue] ?? 20
            return "<input type=\"text\" size=\"\(size)\"\(attributes) value=\"\(value)\">"
        }
    }
}

/// The inputs of QROC* proposals as prompts for a terminal (`pixc play`): each input's label as
/// mon-pix names it — the text before it, its `§` label, or "Answer n" — with its placeholder
/// and drop-down options.
public struct InputPrompt: Sendable, Equatable {
    public let key: String
    public let number: Int
    public let label: String
    public let placeholder: String?
    public let options: [String]?
    public let defaultValue: String?
}

public enum ProposalsLayout {
    /// The proposals with every input replaced by `[n]`, and the prompts in order.
    public static func prompts(_ proposals: String, strings: PreviewStrings = .english) -> (text: String, inputs: [InputPrompt]) {
        var text = ""
        var inputs: [InputPrompt] = []
        for piece in AnswerArea.pieces(proposals, strings: strings) {
            switch piece.kind {
            case .text(let shown):
                if !piece.hidden { text += plain(shown) }
            case .input(let block, let number):
                if let label = piece.label { text += plain(label) }
                text += "[\(number)]"
                let label = (piece.label.map(plain) ?? piece.ariaLabel ?? strings.numberedLabel(String(number)))
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                inputs.append(InputPrompt(key: block.key, number: number, label: label.isEmpty ? strings.numberedLabel(String(number)) : label,
                                          placeholder: block.placeholder, options: block.options, defaultValue: block.defaultValue))
            }
        }
        return (text, inputs)
    }

    /// mon-pix's text pieces hold `<br/>` for line breaks.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "<br/>", with: "\n")
    }
}
