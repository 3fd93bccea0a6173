import Vocabulary

/// The closed vocabularies of Pix content (pix-content.md §1.3), spelled as Pix spells them.
/// Those other stages share (challenge type and status, answer status) are in `Vocabulary`.

public enum SkillStatus: String, Sendable, Hashable, CaseIterable {
    case actif
    case enConstruction = "en construction"
    case archivé
    case périmé
}

public enum HintStatus: String, Sendable, Hashable, CaseIterable {
    case proposé = "Proposé"
    case validé = "Validé"
    case préValidé = "pré-validé"
    case àSoumettre = "à soumettre"
    case àRetravailler = "à retravailler"
    case archivé
    case inapplicable
}

public enum Tolerance: String, Sendable, Hashable, CaseIterable, Comparable {
    case t1
    case t2
    case t3

    public static func < (lhs: Tolerance, rhs: Tolerance) -> Bool { lhs.rawValue < rhs.rawValue }
}

public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    case petit
    case mots
    case phrase
    case paragraphe
    case nombre
    case date
}

public enum Pedagogy: String, Sendable, Hashable, CaseIterable {
    case ePreuve = "e-preuve"
    case qSavoir = "q-savoir"
    case qSituation = "q-situation"
}

public enum Declinable: String, Sendable, Hashable, CaseIterable {
    case facilement
    case difficilement
    case permutation
    case non
}

/// "Non voyant" accessibility (Pix `accessibility1`).
public enum BlindAccessibility: String, Sendable, Hashable, CaseIterable {
    case ras = "RAS"
    case ok = "OK"
    case acquisNonPertinent = "Acquis Non Pertinent"
    case ko = "KO"
    case aTester = "A tester"
}

/// "Daltonien" accessibility (Pix `accessibility2`) and deaf / hard of hearing.
public enum SimpleAccessibility: String, Sendable, Hashable, CaseIterable {
    case ras = "RAS"
    case ok = "OK"
    case ko = "KO"
}

public enum Responsive: String, Sendable, Hashable, CaseIterable {
    case tablette = "Tablette"
    case smartphone = "Smartphone"
    case tabletteSmartphone = "Tablette/Smartphone"
    case non = "Non"
}

public enum Spoil: String, Sendable, Hashable, CaseIterable {
    case nonSp = "Non Sp"
    case difficilementSp = "Difficilement Sp"
    case facilementSp = "Facilement Sp"
}

public enum ContextualizedField: String, Sendable, Hashable, CaseIterable {
    case instruction
    case proposals
    case solution
    case illustration
    case embed
    case attachments
    case skillHint
    case externalLink
}

/// Challenge locales Pix knows (`api/lib/domain/constants.js`).
public enum ChallengeLocale {
    public static let known: [String] = ["fr", "fr-fr", "en", "nl", "es", "it", "de", "pt"]
}

/// The Pix area colours, by domain code.
public enum AreaColor: String, Sendable, Hashable, CaseIterable {
    case jaffa
    case emerald
    case cerulean
    case wildStrawberry = "wild-strawberry"
    case butterflyBush = "butterfly-bush"
}

extension ChallengeStatus {
    /// A word that is not a challenge status.
    public struct UnknownWord: Error, Sendable, CustomStringConvertible {
        public let word: String
        public var description: String {
            ModelMessages.text("status.unknownWord", ["word": word, "statuses": ChallengeStatus.allCases.map(\.rawValue).joined(separator: ", ")])
        }
    }

    /// Statuses written as a comma-separated list (`validé, proposé`), forgiving case and accents
    /// (`valide`).
    public static func list(parsing text: String) throws(UnknownWord) -> Set<ChallengeStatus> {
        var statuses = Set<ChallengeStatus>()
        for word in text.split(separator: ",").map({ $0.trimmingWhitespace() }) {
            guard let value = ChallengeStatus(rawValue: word) ?? allCases.first(where: { $0.rawValue.foldedForComparison == word.foldedForComparison }) else {
                throw UnknownWord(word: word)
            }
            statuses.insert(value)
        }
        return statuses
    }
}
