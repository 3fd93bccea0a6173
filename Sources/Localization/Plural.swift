/// Singular or plural by count, as each language counts (CLDR's cardinal rules for the two
/// languages): French takes the singular for 0 and 1 (« 0 fichier », « 1 correction »), English
/// for 1 only (« 0 files », « 1 fix »).
extension Language {
    public func takesSingular(_ count: Int) -> Bool {
        switch self {
        case .fr: count == 0 || count == 1
        case .en: count == 1
        }
    }
}

extension Catalogue {
    /// The text of `key.one` or `key.other` for `count` in `language`: a catalogue writes both,
    /// each whole (« {count} correction écrite », « {count} corrections écrites »), never
    /// « écrite(s) ». `{count}` is filled with `shown`, else the number.
    public func counted(_ key: String, _ count: Int, shown: String? = nil, _ arguments: KeyValuePairs<String, String> = [:],
                        in language: Language = Localization.current) -> String {
        var values = ["count": shown ?? String(count)]
        for (name, value) in arguments { values[name] = value }
        return text(key + (language.takesSingular(count) ? ".one" : ".other"), values: values, in: language)
    }
}
