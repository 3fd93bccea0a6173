/// French elision and contraction: « de » + « Adèle » is « d’Adèle », « de » + « le clavier » is
/// « du clavier ». Used by the expression functions `de`, `au`, `le`, `la`, `que` and by the rule
/// that finds « de Adèle » in rendered variants.
public enum FrenchElision {
    /// Words that drop their vowel before a vowel or a mute h, with their elided form.
    public static let elidable: [String: String] = [
        "de": "d’", "le": "l’", "la": "l’", "que": "qu’", "je": "j’", "me": "m’", "te": "t’", "se": "s’", "ne": "n’",
        "jusque": "jusqu’", "lorsque": "lorsqu’", "puisque": "puisqu’",
    ]

    /// Words starting with an aspirated h, or with a vowel that is not elided before them
    /// (« le onze », « le oui », « le yaourt »): the common ones; a word not listed is elided.
    static let notElidedBefore: Set<String> = [
        "oui", "onze", "onzième", "ouate", "yaourt", "uhlan", "ululement",
        "hache", "haie", "haine", "hall", "halte", "hamac", "hameau", "hamster", "hanche", "handball", "handicap",
        "hangar", "hardi", "harpe", "hasard", "hâte", "hausse", "haut", "haute", "hauteur", "havre", "hayon",
        "hennissement", "hérisson", "hernie", "héron", "héros", "hêtre", "hibou", "hiérarchie", "hiérarchique",
        "hockey", "hollande", "homard", "hongrie", "honte", "hors", "hotte", "houle", "housse", "hublot", "huit",
        "huitième", "hurlement", "hutte", "hacker", "hacking", "hashtag", "hub", "hype",
    ]

    /// True when a word placed after « de », « le », « que »… takes the elided form: it starts
    /// with a vowel (a, e, i, o, u, with or without accent) or a mute h, and is not an exception.
    /// Acronyms in capitals (« USB », « HTML ») are read letter by letter and left alone.
    public static func elides(before word: Substring) -> Bool {
        // The first letter first: most words start with a consonant, and it is the cheapest test.
        guard let first = word.first, let scalar = String(first).lowercased().unicodeScalars.first,
              [0x61, 0x65, 0x69, 0x6F, 0x75, 0x68].contains(baseLetter(scalar)) else { return false }
        if notElidedBefore.contains(word.lowercased()) { return false }
        return !(word.count > 1 && word.allSatisfy { $0.isUppercase || $0.isNumber })
    }

    /// The first word of a text (letters, digits, hyphens), for `elides(before:)`.
    public static func firstWord(of text: Substring) -> Substring {
        text.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
    }

    /// `de(x)`: « d’Adèle », « de Paul », « du clavier » (x = « le clavier »), « des fichiers »
    /// (« les fichiers »), « de la souris », « de l’écran ».
    public static func de(_ text: String) -> String {
        if let rest = after("le ", in: text) { return "du " + rest }
        if let rest = after("les ", in: text) { return "des " + rest }
        return elided("de", text)
    }

    /// `au(x)`: « au clavier » (x = « le clavier »), « aux élèves » (« les élèves »), « à la
    /// souris », « à l’écran », « à Paris ».
    public static func au(_ text: String) -> String {
        if let rest = after("le ", in: text) { return "au " + rest }
        if let rest = after("les ", in: text) { return "aux " + rest }
        return "à " + text
    }

    /// `le(x)`, `la(x)`, `que(x)`: « l’écran » / « le clavier », « l’imprimante » / « la souris »,
    /// « qu’Adèle » / « que Paul ».
    public static func elided(_ word: String, _ text: String) -> String {
        let trimmed = text.drop { $0 == " " }
        guard !trimmed.isEmpty else { return word }
        if elides(before: firstWord(of: trimmed)), let short = elidable[word] { return short + trimmed }
        return word + " " + trimmed
    }

    private static func after(_ article: String, in text: String) -> Substring? {
        text.hasPrefix(article) ? text.dropFirst(article.count) : nil
    }

    private static func baseLetter(_ scalar: Unicode.Scalar) -> UInt32 {
        switch scalar {
        case "à", "â", "ä", "á": return 0x61
        case "é", "è", "ê", "ë": return 0x65
        case "î", "ï", "í": return 0x69
        case "ô", "ö", "ó", "œ": return 0x6F
        case "ù", "û", "ü", "ú": return 0x75
        default: return scalar.value
        }
    }
}
