import Grading
import Vocabulary

/// Code-unit equality, as JavaScript compares strings (Swift's `==` identifies "é" and "e\u{301}").
func sameUnits(_ lhs: String, _ rhs: String) -> Bool { lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars) }

/// A printable form of a string with its invisible characters spelled out.
func visible(_ text: String) -> String {
    text.unicodeScalars.map { (0x21..<0x7F).contains($0.value) ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
}

/// A QROC challenge with plain proposals.
func qroc(_ solution: String, _ tolerances: Tolerances = .pixDefault, proposals: String = "${reponse}", format: String? = nil) -> GradingChallenge {
    GradingChallenge(type: .qroc, proposals: proposals, solution: .qroc(solution), tolerances: tolerances, format: format)
}

extension Tolerances {
    /// Pix's tests name tolerance sets by what is deactivated.
    static func deactivated(_ names: Set<String>) -> Tolerances {
        Tolerances(t1: !names.contains("t1"), t2: !names.contains("t2"), t3: !names.contains("t3"))
    }
}

/// The eight on/off combinations of t1, t2, t3.
let allToleranceCombinations: [Tolerances] = [false, true].flatMap { t1 in
    [false, true].flatMap { t2 in [false, true].map { t3 in Tolerances(t1: t1, t2: t2, t3: t3) } }
}
