import Localization

/// The French title and explanation of a module's diagnostic descriptors.
///
/// A descriptor is declared once, in English, next to the code that reports it; its French lives
/// in the module's `DescriptorTexts`, keyed by code (`PIX0101.title`, `PIX0101.explanation`), so
/// that rules and examples can change without touching the translations' file and the other way
/// round. The English half of the catalogue is built from the descriptors themselves, so
/// `catalogue.problems()` reports a descriptor without French, French for a code the module does
/// not declare, and placeholders that differ (a title or explanation is plain text: a brace is
/// written `{{` or `}}` in the French).
public struct DescriptorTexts: Sendable {
    public let catalogue: Catalogue
    private let codes: Set<DiagnosticCode>

    /// `french` holds `CODE.title` and `CODE.explanation` for every descriptor of `descriptors`.
    public init(domain: String, descriptors: [DiagnosticDescriptor], french: KeyValuePairs<String, String>) {
        var english: [(String, String)] = []
        for descriptor in descriptors {
            english.append((Self.titleKey(descriptor.code), Catalogue.literal(descriptor.title)))
            english.append((Self.explanationKey(descriptor.code), Catalogue.literal(descriptor.explanation)))
        }
        codes = Set(descriptors.map(\.code))
        catalogue = Catalogue(domain: domain + ".descriptors", frenchEntries: french.map { ($0.key, $0.value) }, englishEntries: english)
    }

    static func titleKey(_ code: DiagnosticCode) -> String { code.rawValue + ".title" }
    static func explanationKey(_ code: DiagnosticCode) -> String { code.rawValue + ".explanation" }

    func has(_ code: DiagnosticCode) -> Bool {
        codes.contains(code)
    }
}

extension DiagnosticCatalog {
    /// The title of `descriptor` in `language`: the French of its module's `DescriptorTexts`, or
    /// the descriptor's own English.
    public func title(of descriptor: DiagnosticDescriptor, in language: Language = Localization.current) -> String {
        guard language != .en, let texts = texts(for: descriptor.code) else { return descriptor.title }
        return texts.catalogue.text(DescriptorTexts.titleKey(descriptor.code), in: language)
    }

    /// The explanation of `descriptor` in `language` (see `title(of:in:)`).
    public func explanation(of descriptor: DiagnosticDescriptor, in language: Language = Localization.current) -> String {
        guard language != .en, let texts = texts(for: descriptor.code) else { return descriptor.explanation }
        return texts.catalogue.text(DescriptorTexts.explanationKey(descriptor.code), in: language)
    }

    /// What is wrong with the translations of this catalogue's descriptors: a descriptor whose
    /// module gives no French, and the problems of each module's `DescriptorTexts`. Empty when
    /// every code `pixc explain` lists reads the same in both languages, placeholders included.
    public func textProblems() -> [String] {
        var problems: [String] = []
        for descriptor in descriptors where texts(for: descriptor.code) == nil {
            problems.append("\(descriptor.code) (\(descriptor.title)) has no French title and explanation")
        }
        var domains = Set<String>()
        for texts in translations where domains.insert(texts.catalogue.domain).inserted {
            problems += texts.catalogue.problems()
        }
        return problems
    }
}
