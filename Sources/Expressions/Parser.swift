/// Reads tokens into an `Expression`. Precedence, lowest first:
/// `if … then … else …`, `or`, `and`, `not`, comparisons (not chained), `+ -`, `* /`, unary `-`,
/// then calls, indexing `[…]` and field access `.`.
package struct Parser {
    package let tokens: [Token]
    package var index = 0
    /// Levels of expressions being read (each `(`, `[`, call, `if`, `not` and unary `-` opens one,
    /// which covers every way the grammar recurses): the parser recurses once per level, so it
    /// stops at `ExpressionLimits.maximumDepth`.
    private var depth = 0

    package init(tokens: [Token]) {
        self.tokens = tokens
    }

    /// Parses a whole expression (`range` of `bytes`).
    package static func parse(_ bytes: [UInt8], range: Range<Int>) throws(SyntaxProblem) -> Expression {
        let tokens = try Lexer.tokenize(bytes, range: range, inPlaceholder: false)
        var parser = Parser(tokens: tokens)
        guard let first = tokens.first, !isEnd(first) else {
            throw SyntaxProblem(message: ExpressionsMessages.text("syntax.empty"), range: range, help: ExpressionsMessages.text("syntax.empty.help"))
        }
        let expression = try parser.expression()
        let next = parser.current
        guard case .end = next.kind else {
            throw parser.unexpected(next, after: expression)
        }
        return expression
    }

    /// Parses the expression of a placeholder starting at `start` (just after `{{`); returns it
    /// with the offset just past the closing `}}`.
    package static func parsePlaceholder(_ bytes: [UInt8], from start: Int) throws(SyntaxProblem) -> (Expression, Int) {
        func placeholderProblem(_ message: String, _ range: Range<Int>, help: String, labels: [(Range<Int>, String)] = []) -> SyntaxProblem {
            var problem = SyntaxProblem(message: message, range: range, help: help, labels: labels)
            problem.concernsPlaceholder = true
            return problem
        }
        // Without any `}}` further on, say so rather than stumble on the text that follows.
        var closes = false
        var scan = start
        while scan + 1 < bytes.count {
            if bytes[scan] == UInt8(ascii: "}"), bytes[scan + 1] == UInt8(ascii: "}") {
                closes = true
                break
            }
            scan += 1
        }
        guard closes else {
            throw placeholderProblem(ExpressionsMessages.text("placeholder.unclosed"), (start - 2)..<start, help: ExpressionsMessages.text("placeholder.unclosed.help"))
        }
        let tokens = try Lexer.tokenize(bytes, range: start..<bytes.count, inPlaceholder: true)
        var parser = Parser(tokens: tokens)
        if let first = tokens.first, case .placeholderEnd = first.kind {
            throw placeholderProblem(ExpressionsMessages.text("placeholder.empty"), (start - 2)..<first.range.upperBound, help: ExpressionsMessages.text("placeholder.empty.help"))
        }
        let expression = try parser.expression()
        let next = parser.current
        switch next.kind {
        case .placeholderEnd:
            return (expression, next.range.upperBound)
        case .end:
            throw placeholderProblem(ExpressionsMessages.text("placeholder.unclosed"), (start - 2)..<start, help: ExpressionsMessages.text("placeholder.end.help"), labels: [(expression.range, ExpressionsMessages.text("placeholder.expressionEnds"))])
        default:
            throw parser.unexpected(next, after: expression)
        }
    }

    private static func isEnd(_ token: Token) -> Bool {
        switch token.kind {
        case .end, .placeholderEnd: true
        default: false
        }
    }

    package var current: Token { tokens[min(index, tokens.count - 1)] }

    package mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    package mutating func accept(_ symbol: Symbol) -> Token? {
        guard current.symbol == symbol else { return nil }
        return advance()
    }

    package mutating func accept(_ keyword: Keyword) -> Token? {
        guard current.keyword == keyword else { return nil }
        return advance()
    }

    package static func tooDeep(at range: Range<Int>) -> SyntaxProblem {
        SyntaxProblem(
            message: ExpressionsMessages.text("syntax.tooDeep", ["depth": "\(ExpressionLimits.maximumDepth)"]),
            range: range,
            help: ExpressionsMessages.text("syntax.tooDeep.help"))
    }

    /// Opens one more level of nesting at `token`; the caller closes it with `depth -= 1`.
    private mutating func enter(at token: Token) throws(SyntaxProblem) {
        depth += 1
        if depth > ExpressionLimits.maximumDepth { throw Self.tooDeep(at: token.range) }
    }

    /// A node, refused when the tree it tops is deeper than the limit (`place`: where the level
    /// too many was written, an operator for a chain).
    private func node(_ kind: Expression.Kind, _ range: Range<Int>, at place: Range<Int>) throws(SyntaxProblem) -> Expression {
        let expression = Expression(kind: kind, range: range)
        if expression.height - 1 > ExpressionLimits.maximumDepth { throw Self.tooDeep(at: place) }
        return expression
    }

    package func unexpected(_ token: Token, after expression: Expression) -> SyntaxProblem {
        switch token.kind {
        case .symbol(.assign):
            return SyntaxProblem(message: ExpressionsMessages.text("syntax.assign"), range: token.range, help: ExpressionsMessages.text("syntax.assign.help"), replacement: "==")
        case .symbol(.rightParenthesis):
            return SyntaxProblem(message: ExpressionsMessages.text("syntax.closeParenthesis"), range: token.range, help: ExpressionsMessages.text("syntax.closeParenthesis.help"))
        case .symbol(.rightBracket):
            return SyntaxProblem(message: ExpressionsMessages.text("syntax.closeBracket"), range: token.range, help: ExpressionsMessages.text("syntax.closeBracket.help"))
        case .symbol(.comma):
            return SyntaxProblem(message: ExpressionsMessages.text("syntax.comma"), range: token.range, help: ExpressionsMessages.text("syntax.comma.help"))
        case .symbol(.colon):
            return SyntaxProblem(message: ExpressionsMessages.text("syntax.colon"), range: token.range, help: ExpressionsMessages.text("syntax.colon.help"))
        case .number, .text, .identifier:
            return SyntaxProblem(message: ExpressionsMessages.text("syntax.missingOperator", ["found": token.shown]), range: token.range, help: ExpressionsMessages.text("syntax.missingOperator.help"))
        default:
            return SyntaxProblem(message: ExpressionsMessages.text("syntax.unexpected", ["found": token.shown]), range: token.range)
        }
    }

    package mutating func expression() throws(SyntaxProblem) -> Expression {
        if let ifToken = accept(.if) {
            try enter(at: ifToken)
            defer { depth -= 1 }
            let condition = try expression()
            guard accept(.then) != nil else {
                throw SyntaxProblem(message: ExpressionsMessages.text("if.then", ["found": current.shown]), range: current.range, help: ExpressionsMessages.text("if.then.help"), labels: [(ifToken.range, ExpressionsMessages.text("if.here"))])
            }
            let then = try expression()
            guard accept(.else) != nil else {
                throw SyntaxProblem(message: ExpressionsMessages.text("if.else", ["found": current.shown]), range: current.range, help: ExpressionsMessages.text("if.else.help"), labels: [(ifToken.range, ExpressionsMessages.text("if.here"))])
            }
            let otherwise = try expression()
            return try node(.conditional(condition, then, otherwise), ifToken.range.lowerBound..<otherwise.range.upperBound, at: ifToken.range)
        }
        return try disjunction()
    }

    package mutating func disjunction() throws(SyntaxProblem) -> Expression {
        var lhs = try conjunction()
        while let token = accept(.or) {
            let rhs = try operand(after: token) { (parser: inout Parser) throws(SyntaxProblem) in try parser.conjunction() }
            lhs = try node(.binary(.or, lhs, rhs, operatorRange: token.range), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    package mutating func conjunction() throws(SyntaxProblem) -> Expression {
        var lhs = try negation()
        while let token = accept(.and) {
            let rhs = try operand(after: token) { (parser: inout Parser) throws(SyntaxProblem) in try parser.negation() }
            lhs = try node(.binary(.and, lhs, rhs, operatorRange: token.range), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    package mutating func negation() throws(SyntaxProblem) -> Expression {
        if let token = accept(.not) {
            try enter(at: token)
            defer { depth -= 1 }
            let operand = try operand(after: token) { (parser: inout Parser) throws(SyntaxProblem) in try parser.negation() }
            return try node(.unary(.not, operand), token.range.lowerBound..<operand.range.upperBound, at: token.range)
        }
        return try comparison()
    }

    package static func comparisonOperator(_ symbol: Symbol?) -> BinaryOperator? {
        switch symbol {
        case .equalEqual?: .equal
        case .notEqual?: .notEqual
        case .less?: .less
        case .lessOrEqual?: .lessOrEqual
        case .greater?: .greater
        case .greaterOrEqual?: .greaterOrEqual
        default: nil
        }
    }

    package mutating func comparison() throws(SyntaxProblem) -> Expression {
        let lhs = try additive()
        if current.symbol == .assign {
            throw SyntaxProblem(message: ExpressionsMessages.text("syntax.assign"), range: current.range, help: ExpressionsMessages.text("syntax.assign.help"), replacement: "==")
        }
        guard let op = Self.comparisonOperator(current.symbol) else { return lhs }
        let token = advance()
        let rhs = try operand(after: token) { (parser: inout Parser) throws(SyntaxProblem) in try parser.additive() }
        if let next = Self.comparisonOperator(current.symbol) {
            throw SyntaxProblem(
                message: ExpressionsMessages.text("compare.chained"),
                range: current.range,
                help: ExpressionsMessages.text("compare.chained.help", ["first": op.rawValue, "second": next.rawValue]),
                labels: [(token.range, ExpressionsMessages.text("compare.first"))]
            )
        }
        return try node(.binary(op, lhs, rhs, operatorRange: token.range), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
    }

    package mutating func additive() throws(SyntaxProblem) -> Expression {
        var lhs = try multiplicative()
        while current.symbol == .plus || current.symbol == .minus {
            let token = advance()
            let op: BinaryOperator = token.symbol == .plus ? .add : .subtract
            let rhs = try operand(after: token) { (parser: inout Parser) throws(SyntaxProblem) in try parser.multiplicative() }
            lhs = try node(.binary(op, lhs, rhs, operatorRange: token.range), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    package mutating func multiplicative() throws(SyntaxProblem) -> Expression {
        var lhs = try unary()
        while current.symbol == .star || current.symbol == .slash {
            let token = advance()
            let op: BinaryOperator = token.symbol == .star ? .multiply : .divide
            let rhs = try operand(after: token) { (parser: inout Parser) throws(SyntaxProblem) in try parser.unary() }
            lhs = try node(.binary(op, lhs, rhs, operatorRange: token.range), lhs.range.lowerBound..<rhs.range.upperBound, at: token.range)
        }
        return lhs
    }

    package mutating func unary() throws(SyntaxProblem) -> Expression {
        if let token = accept(.minus) {
            try enter(at: token)
            defer { depth -= 1 }
            let operand = try operand(after: token) { (parser: inout Parser) throws(SyntaxProblem) in try parser.unary() }
            // Fold `-3` into a literal so that lists of negative numbers stay constants.
            if case .number(let value) = operand.kind {
                return Expression(kind: .number(value.negated()), range: token.range.lowerBound..<operand.range.upperBound)
            }
            return try node(.unary(.negate, operand), token.range.lowerBound..<operand.range.upperBound, at: token.range)
        }
        return try postfix()
    }

    /// The operand after an operator, with a precise message when it is missing.
    package mutating func operand(after token: Token, _ parse: (inout Parser) throws(SyntaxProblem) -> Expression) throws(SyntaxProblem) -> Expression {
        if Self.startsOperand(current) { return try parse(&self) }
        let shown = token.keyword.map { "`\($0.rawValue)`" } ?? "`\(token.symbol?.rawValue ?? "")`"
        throw SyntaxProblem(message: ExpressionsMessages.text("syntax.operand", ["operator": shown, "found": current.shown]), range: current.range.isEmpty ? token.range : current.range, labels: current.range.isEmpty ? [] : [(token.range, ExpressionsMessages.text("syntax.operand.label"))])
    }

    package static func startsOperand(_ token: Token) -> Bool {
        switch token.kind {
        case .number, .text, .identifier: true
        case .keyword(let keyword): [.true, .false, .not, .if].contains(keyword)
        case .symbol(let symbol): [.leftParenthesis, .leftBracket, .minus].contains(symbol)
        case .placeholderEnd, .end: false
        }
    }

    package mutating func postfix() throws(SyntaxProblem) -> Expression {
        var base = try primary()
        while true {
            if let open = accept(.leftParenthesis) {
                guard case .name(let name) = base.kind else {
                    throw SyntaxProblem(message: ExpressionsMessages.text("call.notFunction"), range: open.range, help: ExpressionsMessages.text("call.notFunction.help"))
                }
                let opening = base.range.lowerBound..<open.range.upperBound
                if depth >= ExpressionLimits.maximumDepth { throw Self.tooDeep(at: opening) }
                depth += 1
                let (arguments, close) = try argumentList(open: open)
                depth -= 1
                base = try node(.call(name, nameRange: base.range, arguments), base.range.lowerBound..<close.range.upperBound, at: opening)
            } else if let open = accept(.leftBracket) {
                guard Self.startsOperand(current) else {
                    throw SyntaxProblem(message: ExpressionsMessages.text("position.missing"), range: current.range, help: ExpressionsMessages.text("position.missing.help"))
                }
                try enter(at: open)
                let position = try expression()
                depth -= 1
                guard let close = accept(.rightBracket) else {
                    throw SyntaxProblem(message: ExpressionsMessages.text("position.unclosed", ["found": current.shown]), range: current.range, labels: [(open.range, ExpressionsMessages.text("openedHere"))])
                }
                base = try node(.index(base, position), base.range.lowerBound..<close.range.upperBound, at: open.range)
            } else if let dot = accept(.dot) {
                guard case .identifier(let field) = current.kind else {
                    throw SyntaxProblem(message: ExpressionsMessages.text("field.missing", ["found": current.shown]), range: current.range.isEmpty ? dot.range : current.range, help: ExpressionsMessages.text("field.missing.help"))
                }
                let fieldToken = advance()
                base = try node(.field(base, field, nameRange: fieldToken.range), base.range.lowerBound..<fieldToken.range.upperBound, at: dot.range)
            } else {
                return base
            }
        }
    }

    package mutating func argumentList(open: Token) throws(SyntaxProblem) -> ([Argument], Token) {
        var arguments: [Argument] = []
        if let close = accept(.rightParenthesis) { return ([], close) }
        while true {
            var label: String?
            var labelRange: Range<Int>?
            if case .identifier(let name) = current.kind, index + 1 < tokens.count,
               tokens[index + 1].symbol == .assign || tokens[index + 1].symbol == .colon {
                label = name
                labelRange = current.range
                index += 2
            }
            guard Self.startsOperand(current) else {
                if current.symbol == .rightParenthesis || current.symbol == .comma {
                    throw SyntaxProblem(message: ExpressionsMessages.text("call.argument", ["found": current.shown]), range: current.range, help: ExpressionsMessages.text("call.extraComma.help"))
                }
                throw SyntaxProblem(message: ExpressionsMessages.text("call.argument", ["found": current.shown]), range: current.range, labels: [(open.range, ExpressionsMessages.text("call.startsHere"))])
            }
            let value = try expression()
            arguments.append(Argument(label: label, labelRange: labelRange, value: value))
            if accept(.comma) != nil { continue }
            if let close = accept(.rightParenthesis) { return (arguments, close) }
            if current.symbol == .assign {
                throw SyntaxProblem(message: ExpressionsMessages.text("syntax.assign"), range: current.range, help: ExpressionsMessages.text("syntax.assign.call.help"), replacement: "==")
            }
            throw SyntaxProblem(
                message: ExpressionsMessages.text("call.separator", ["found": current.shown]),
                range: current.range,
                help: Self.isEnd(current) ? ExpressionsMessages.text("call.close.help") : ExpressionsMessages.text("call.commas.help"),
                labels: [(open.range, ExpressionsMessages.text("call.opensHere"))]
            )
        }
    }

    package mutating func primary() throws(SyntaxProblem) -> Expression {
        let token = current
        switch token.kind {
        case .number(let value):
            _ = advance()
            return Expression(kind: .number(value), range: token.range)
        case .text(let text):
            _ = advance()
            return Expression(kind: .text(text), range: token.range)
        case .identifier(let name):
            _ = advance()
            return Expression(kind: .name(name), range: token.range)
        case .keyword(.true), .keyword(.false):
            _ = advance()
            return Expression(kind: .boolean(token.keyword == .true), range: token.range)
        case .symbol(.leftParenthesis):
            _ = advance()
            guard Self.startsOperand(current) else {
                throw SyntaxProblem(message: ExpressionsMessages.text("parenthesis.empty", ["found": current.shown]), range: current.range.isEmpty ? token.range : current.range)
            }
            try enter(at: token)
            defer { depth -= 1 }
            let inner = try expression()
            guard let close = accept(.rightParenthesis) else {
                throw SyntaxProblem(message: ExpressionsMessages.text("parenthesis.unclosed", ["found": current.shown]), range: current.range, help: ExpressionsMessages.text("parenthesis.close.help"), labels: [(token.range, ExpressionsMessages.text("openedHere.feminine"))])
            }
            return Expression(kind: inner.kind, range: token.range.lowerBound..<close.range.upperBound)
        case .symbol(.leftBracket):
            _ = advance()
            try enter(at: token)
            defer { depth -= 1 }
            var items: [Expression] = []
            if let close = accept(.rightBracket) {
                return Expression(kind: .list([]), range: token.range.lowerBound..<close.range.upperBound)
            }
            while true {
                guard Self.startsOperand(current) else {
                    throw SyntaxProblem(message: ExpressionsMessages.text("list.item", ["found": current.shown]), range: current.range, labels: [(token.range, ExpressionsMessages.text("list.startsHere"))])
                }
                items.append(try expression())
                if accept(.comma) != nil { continue }
                if let close = accept(.rightBracket) {
                    return try node(.list(items), token.range.lowerBound..<close.range.upperBound, at: token.range)
                }
                throw SyntaxProblem(message: ExpressionsMessages.text("list.separator", ["found": current.shown]), range: current.range, labels: [(token.range, ExpressionsMessages.text("list.startsHere"))])
            }
        default:
            throw SyntaxProblem(message: ExpressionsMessages.text("syntax.value", ["found": token.shown]), range: token.range)
        }
    }
}
