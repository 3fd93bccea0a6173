import Foundation
import Testing
import Grading

/// One line of `v8ReferenceVectors`.
private struct ReferenceVector: Decodable {
    var fn: String
    var input: String?
    var pre: String?
    var t1: String?
    var t2: String?
    var t12: String?
    var pret12: String?
    var a: String?
    var b: String?
    var d: Int?
    var isNumeric: Bool?
    var clean: String?
    var output: [String]?
    var front: [String]?
    var api: [[APICell]]?
    var apiCrash: Bool?

    enum APICell: Decodable {
        case key(String)
        case isSelect(Bool)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .isSelect(flag)
            } else {
                self = .key(try container.decode(String.self))
            }
        }
    }
}

private func vectors(_ fn: String) throws -> [ReferenceVector] {
    let decoder = JSONDecoder()
    return try v8ReferenceVectors.split(separator: "\n")
        .map { try decoder.decode(ReferenceVector.self, from: Data($0.utf8)) }
        .filter { $0.fn == fn }
}

/// Code-unit equality, as JavaScript compares strings (Swift's `==` would identify "é" and
/// "e\u{301}").
private func same(_ lhs: String, _ rhs: String) -> Bool { lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars) }

private func sameList(_ lhs: [String], _ rhs: [String]) -> Bool {
    lhs.count == rhs.count && zip(lhs, rhs).allSatisfy(same)
}

private func shown(_ text: String) -> String {
    text.unicodeScalars.map { (0x20..<0x7F).contains($0.value) ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
}

@Suite("Against V8")
struct V8ReferenceTests {
    @Test func vectorsCoverEveryFunction() throws {
        for fn in ["treat", "lev", "num", "opts", "props"] {
            #expect(try vectors(fn).count >= 50, "too few vectors for \(fn)")
        }
    }

    @Test func treatmentsMatchV8() throws {
        for vector in try vectors("treat") {
            let input = try #require(vector.input)
            #expect(same(Treatments.preTreatment(input), try #require(vector.pre)), "pre-treatment of \(shown(input))")
            #expect(same(Treatments.t1(input), try #require(vector.t1)), "t1 of \(shown(input))")
            #expect(same(Treatments.t2(input), try #require(vector.t2)), "t2 of \(shown(input))")
            #expect(same(Treatments.apply(input, t1: true, t2: true), try #require(vector.t12)), "t1+t2 of \(shown(input))")
            #expect(same(Treatments.apply(Treatments.preTreatment(input), .pixDefault), try #require(vector.pret12)),
                    "pre-treatment+t1+t2 of \(shown(input))")
        }
    }

    @Test func levenshteinCountsUTF16CodeUnits() throws {
        for vector in try vectors("lev") {
            let a = try #require(vector.a)
            let b = try #require(vector.b)
            #expect(Similarity.levenshteinDistance(a, b) == (try #require(vector.d)), "distance \(shown(a)) / \(shown(b))")
        }
    }

    @Test func numbersMatchV8() throws {
        for vector in try vectors("num") {
            let input = try #require(vector.input)
            #expect(PixNumber.isNumeric(input) == (try #require(vector.isNumeric as Bool?)), "isNumeric(\(shown(input)))")
            let value = PixNumber.cleanStringAndParseFloat(input)
            let expected = try #require(vector.clean)
            switch expected {
            case "NaN": #expect(value.isNaN, "parse \(shown(input))")
            case "Infinity": #expect(value == .infinity, "parse \(shown(input))")
            case "-Infinity": #expect(value == -.infinity, "parse \(shown(input))")
            default: #expect(value == Double(expected), "parse \(shown(input)): \(value) vs \(expected)")
            }
        }
    }

    @Test func optionListMatchesMonPix() throws {
        for vector in try vectors("opts") {
            let input = try #require(vector.input)
            let options = OptionList.parse(input)
            #expect(sameList(options.map(\.text), try #require(vector.output)), "options of \(shown(input))")
            let bytes = Array(input.utf8)
            for option in options {
                #expect(same(String(decoding: bytes[option.range], as: UTF8.self), option.text), "range in \(shown(input))")
            }
        }
    }

    @Test func blocksMatchMonPixAndTheAPI() throws {
        for vector in try vectors("props") {
            let input = try #require(vector.input)
            let bytes = Array(input.utf8)
            let pieces = ProposalsSyntax.parse(input).parts.map { String(decoding: bytes[$0.range], as: UTF8.self) }
            #expect(sameList(pieces, try #require(vector.front)), "mon-pix pieces of \(shown(input))")

            let api = ProposalsSyntax.apiBlocks(input)
            if try #require(vector.apiCrash as Bool?) {
                #expect(api == nil, "API should fail on \(shown(input))")
                continue
            }
            let expected = try #require(vector.api).map { cells -> PixAPIBlock in
                guard cells.count == 2, case .key(let key) = cells[0], case .isSelect(let flag) = cells[1] else {
                    return PixAPIBlock(key: "<bad vector>", isSelect: false)
                }
                return PixAPIBlock(key: key, isSelect: flag)
            }
            let blocks = try #require(api, "API blocks of \(shown(input))")
            #expect(sameList(blocks.map(\.key), expected.map(\.key)), "API keys of \(shown(input))")
            #expect(blocks.map(\.isSelect) == expected.map(\.isSelect), "API types of \(shown(input))")
        }
    }
}
