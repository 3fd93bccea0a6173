import Foundation
import Localization

/// Numbers in the text commands print for people: as they always were in English; in French
/// with a decimal comma, a real minus sign and a narrow no-break space between thousands. Machine outputs (JSON,
/// CSV) never go through here.
enum Numbers {
    static func integer(_ value: Int, in language: Language = Localization.current) -> String {
        guard language == .fr else { return "\(value)" }
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "\u{202F}" }
            grouped.append(character)
        }
        return (value < 0 ? "\u{2212}" : "") + grouped
    }

    /// `value` with `digits` decimals (`String(format: "%.Nf")` in English).
    static func fixed(_ value: Double, digits: Int, in language: Language = Localization.current) -> String {
        let text = String(format: "%.\(digits)f", value)
        guard language == .fr else { return text }
        return text.replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: "-", with: "\u{2212}")
    }
}
