package enum Keyword: String, Sendable, CaseIterable {
    case and, or, not, `if`, then, `else`, `true`, `false`
}

package enum Symbol: String, Sendable {
    case leftParenthesis = "("
    case rightParenthesis = ")"
    case leftBracket = "["
    case rightBracket = "]"
    case comma = ","
    case dot = "."
    case colon = ":"
    case plus = "+"
    case minus = "-"
    case star = "*"
    case slash = "/"
    case equalEqual = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case assign = "="
}

package enum TokenKind: Sendable {
    case number(ExactDecimal)
    case text(String)
    case identifier(String)
    case keyword(Keyword)
    case symbol(Symbol)
    /// `}}`, the end of a template placeholder.
    case placeholderEnd
    case end
}

package struct Token: Sendable {
    package var kind: TokenKind
    package var range: Range<Int>

    package var symbol: Symbol? {
        if case .symbol(let symbol) = kind { return symbol }
        return nil
    }

    package var keyword: Keyword? {
        if case .keyword(let keyword) = kind { return keyword }
        return nil
    }

    /// How the token reads in a message: "`+`", "the name `taille`", "the end of the expression".
    package var shown: String {
        switch kind {
        case .number(let value): ExpressionsMessages.text("token.number", ["value": "\(value)"])
        case .text: ExpressionsMessages.text("token.text")
        case .identifier(let name): ExpressionsMessages.text("token.name", ["name": name])
        case .keyword(let keyword): "`\(keyword.rawValue)`"
        case .symbol(let symbol): "`\(symbol.rawValue)`"
        case .placeholderEnd: "`}}`"
        case .end: ExpressionsMessages.text("token.end")
        }
    }
}

/// Splits an expression into tokens. It reads UTF-8 bytes between `start` and `end`; in a
/// template it stops after the `}}` that closes the placeholder.
package struct Lexer {
    package let bytes: [UInt8]
    package var position: Int
    package let end: Int
    package let inPlaceholder: Bool

    package init(bytes: [UInt8], range: Range<Int>, inPlaceholder: Bool) {
        self.bytes = bytes
        self.position = range.lowerBound
        self.end = range.upperBound
        self.inPlaceholder = inPlaceholder
    }

    /// All tokens, ending with `.end` or `.placeholderEnd`.
    package static func tokenize(_ bytes: [UInt8], range: Range<Int>, inPlaceholder: Bool) throws(SyntaxProblem) -> [Token] {
        var lexer = Lexer(bytes: bytes, range: range, inPlaceholder: inPlaceholder)
        var tokens: [Token] = []
        while true {
            let token = try lexer.next()
            tokens.append(token)
            switch token.kind {
            case .end, .placeholderEnd: return tokens
            default: continue
            }
        }
    }

    private func byte(at index: Int) -> UInt8? {
        index < end ? bytes[index] : nil
    }

    /// The Unicode scalar starting at `index` and its length in bytes.
    private func scalar(at index: Int) -> (Unicode.Scalar, Int)? {
        guard index < end else { return nil }
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let width: Int
        var value: UInt32
        switch lead {
        case 0xC0...0xDF: width = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: width = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF7: width = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + width <= end else { return nil }
        for offset in 1..<width {
            value = (value << 6) | UInt32(bytes[index + offset] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, width)
    }

    private static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func isIdentifierContinue(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || ("0"..."9").contains(scalar)
    }

    package mutating func next() throws(SyntaxProblem) -> Token {
        // Spaces, tabs, line breaks, and the no-break spaces a French keyboard may produce.
        while let (scalar, width) = scalar(at: position),
              scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" || scalar == "\u{202F}" {
            position += width
        }
        let start = position
        guard let (scalar, width) = scalar(at: position) else {
            if position < end {
                throw SyntaxProblem(message: ExpressionsMessages.text("lexer.unreadable"), range: position..<(position + 1))
            }
            return Token(kind: .end, range: position..<position)
        }
        if ("0"..."9").contains(scalar) { return try number() }
        if Self.isIdentifierStart(scalar) { return identifier() }
        switch scalar {
        case "\"", "'":
            return try text(quote: UInt8(scalar.value))
        case "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}", "\u{2018}", "\u{2019}":
            throw SyntaxProblem(
                message: ExpressionsMessages.text("lexer.typographicQuotes"),
                range: start..<(start + width),
                help: ExpressionsMessages.text("lexer.typographicQuotes.help"),
                replacement: scalar == "\u{2018}" || scalar == "\u{2019}" ? "'" : "\""
            )
        case "≠": position += width; return Token(kind: .symbol(.notEqual), range: start..<position)
        case "≤": position += width; return Token(kind: .symbol(.lessOrEqual), range: start..<position)
        case "≥": position += width; return Token(kind: .symbol(.greaterOrEqual), range: start..<position)
        default: break
        }
        guard scalar.isASCII else {
            throw SyntaxProblem(message: ExpressionsMessages.text("lexer.unexpectedCharacter", ["character": "\(scalar)"]), range: start..<(start + width))
        }
        let next = byte(at: position + 1)
        func symbol(_ symbol: Symbol, length: Int = 1) -> Token {
            position += length
            return Token(kind: .symbol(symbol), range: start..<position)
        }
        switch UInt8(scalar.value) {
        case UInt8(ascii: "("): return symbol(.leftParenthesis)
        case UInt8(ascii: ")"): return symbol(.rightParenthesis)
        case UInt8(ascii: "["): return symbol(.leftBracket)
        case UInt8(ascii: "]"): return symbol(.rightBracket)
        case UInt8(ascii: ","): return symbol(.comma)
        case UInt8(ascii: "."): return symbol(.dot)
        case UInt8(ascii: ":"): return symbol(.colon)
        case UInt8(ascii: "+"): return symbol(.plus)
        case UInt8(ascii: "-"): return symbol(.minus)
        case UInt8(ascii: "*"): return symbol(.star)
        case UInt8(ascii: "/"): return symbol(.slash)
        case UInt8(ascii: "="):
            return next == UInt8(ascii: "=") ? symbol(.equalEqual, length: 2) : symbol(.assign)
        case UInt8(ascii: "!"):
            if next == UInt8(ascii: "=") { return symbol(.notEqual, length: 2) }
            throw SyntaxProblem(message: ExpressionsMessages.text("lexer.notOperator", ["symbol": "!"]), range: start..<(start + 1), help: ExpressionsMessages.text("lexer.bang.help"), replacement: "not ")
        case UInt8(ascii: "<"):
            if next == UInt8(ascii: ">") {
                throw SyntaxProblem(message: ExpressionsMessages.text("lexer.notOperator", ["symbol": "<>"]), range: start..<(start + 2), help: ExpressionsMessages.text("lexer.different.help"), replacement: "!=")
            }
            return next == UInt8(ascii: "=") ? symbol(.lessOrEqual, length: 2) : symbol(.less)
        case UInt8(ascii: ">"):
            return next == UInt8(ascii: "=") ? symbol(.greaterOrEqual, length: 2) : symbol(.greater)
        case UInt8(ascii: "}"):
            if inPlaceholder, next == UInt8(ascii: "}") {
                position += 2
                return Token(kind: .placeholderEnd, range: start..<position)
            }
            var problem = SyntaxProblem(message: ExpressionsMessages.text("lexer.closeBrace"), range: start..<(start + 1), help: inPlaceholder ? ExpressionsMessages.text("lexer.closeBrace.help") : nil)
            problem.concernsPlaceholder = inPlaceholder
            throw problem
        case UInt8(ascii: "&"):
            let length = next == UInt8(ascii: "&") ? 2 : 1
            throw SyntaxProblem(message: ExpressionsMessages.text("lexer.notOperator", ["symbol": length == 2 ? "&&" : "&"]), range: start..<(start + length), help: ExpressionsMessages.text("lexer.and.help"), replacement: "and", applicability: .maybeIncorrect)
        case UInt8(ascii: "|"):
            let length = next == UInt8(ascii: "|") ? 2 : 1
            throw SyntaxProblem(message: ExpressionsMessages.text("lexer.notOperator", ["symbol": length == 2 ? "||" : "|"]), range: start..<(start + length), help: ExpressionsMessages.text("lexer.or.help"), replacement: "or")
        case UInt8(ascii: "%"):
            throw SyntaxProblem(message: ExpressionsMessages.text("lexer.notOperator", ["symbol": "%"]), range: start..<(start + 1), help: ExpressionsMessages.text("lexer.percent.help"))
        case UInt8(ascii: "{"):
            var problem = SyntaxProblem(message: ExpressionsMessages.text("lexer.openBrace"), range: start..<(start + 1), help: inPlaceholder ? ExpressionsMessages.text("lexer.openBrace.nested.help") : ExpressionsMessages.text("lexer.openBrace.help"))
            problem.concernsPlaceholder = inPlaceholder
            throw problem
        default:
            throw SyntaxProblem(message: ExpressionsMessages.text("lexer.unexpectedCharacter", ["character": "\(scalar)"]), range: start..<(start + 1))
        }
    }

    private mutating func number() throws(SyntaxProblem) -> Token {
        let start = position
        while let byte = byte(at: position), byte >= 0x30, byte <= 0x39 { position += 1 }
        if byte(at: position) == UInt8(ascii: "."), let after = byte(at: position + 1), after >= 0x30, after <= 0x39 {
            position += 1
            while let byte = byte(at: position), byte >= 0x30, byte <= 0x39 { position += 1 }
        }
        let range = start..<position
        if let (scalar, _) = scalar(at: position), Self.isIdentifierStart(scalar) {
            var stop = position
            while let (next, width) = self.scalar(at: stop), Self.isIdentifierContinue(next) { stop += width }
            throw SyntaxProblem(
                message: ExpressionsMessages.text("lexer.numberLetters"),
                range: start..<stop,
                help: ExpressionsMessages.text("lexer.numberLetters.help")
            )
        }
        let text = String(decoding: bytes[range], as: UTF8.self)
        guard let value = ExactDecimal(parsing: Substring(text)) else {
            throw SyntaxProblem(message: ExpressionsMessages.text("lexer.tooManyDigits"), range: range,
                                help: ExpressionsMessages.text("lexer.tooManyDigits.help"))
        }
        return Token(kind: .number(value), range: range)
    }

    private mutating func identifier() -> Token {
        let start = position
        while let (scalar, width) = scalar(at: position), Self.isIdentifierContinue(scalar) { position += width }
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        if let keyword = Keyword(rawValue: name) {
            return Token(kind: .keyword(keyword), range: start..<position)
        }
        return Token(kind: .identifier(name), range: start..<position)
    }

    private mutating func text(quote: UInt8) throws(SyntaxProblem) -> Token {
        let start = position
        position += 1
        var content: [UInt8] = []
        while true {
            guard let byte = byte(at: position) else {
                throw SyntaxProblem(
                    message: ExpressionsMessages.text("lexer.unclosedText"),
                    range: start..<(start + 1),
                    help: ExpressionsMessages.text("lexer.unclosedText.help", ["quote": quote == UInt8(ascii: "\"") ? "\"" : "'"])
                )
            }
            if byte == quote {
                position += 1
                return Token(kind: .text(String(decoding: content, as: UTF8.self)), range: start..<position)
            }
            if byte == UInt8(ascii: "\\") {
                guard let escaped = self.byte(at: position + 1) else {
                    position += 1
                    continue
                }
                switch escaped {
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): content.append(escaped)
                case UInt8(ascii: "n"): content.append(0x0A)
                case UInt8(ascii: "t"): content.append(0x09)
                default:
                    throw SyntaxProblem(
                        message: ExpressionsMessages.text("lexer.escape", ["character": String(Character(Unicode.Scalar(escaped)))]),
                        range: position..<(position + 2),
                        help: ExpressionsMessages.text("lexer.escape.help")
                    )
                }
                position += 2
                continue
            }
            content.append(byte)
            position += 1
        }
    }
}
