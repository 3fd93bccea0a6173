import Diagnostics
import Model

/// Embeds, illustration URLs and URLs to consult are absolute web addresses.
struct WebAddresses: ChallengeRule {
    let descriptor = DiagnosticDescriptor(
        "PIX0424", .error,
        title: "Not a full web address",
        explanation: """
        The address of an embed, of an illustration given by `url`, and each of `urlsToConsult`
        is opened by the learner's browser, from Pix's site: it must be a full address starting
        with `https://` (or `http://`), followed by the site's name, without spaces. An address
        without `https://` (`www.cnil.fr`) would be read as a page of Pix itself. Copy the
        address from the browser's address bar.
        """,
        wrong: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "urlsToConsult: [www.cnil.fr/fr/la-cnil]")]),
        right: Example([StructureExamples.challengeFile("recherche-annee-cnil", extra: "urlsToConsult: [\"https://www.cnil.fr/fr/la-cnil\"]")])
    )

    /// Rendered variants are checked for addresses with placeholders, which only become
    /// addresses once rendered; the others are checked once, as written.
    var checksVariants: Bool { true }

    func check(_ view: ChallengeView, in context: RuleContext) -> [Diagnostic] {
        let challenge = view.challenge
        var addresses: [(text: Text, what: String)] = []
        if let embed = challenge.embed { addresses.append((embed.url, RuleMessages.text("WebAddresses.1"))) }
        if let url = challenge.illustration?.url { addresses.append((url, RuleMessages.text("WebAddresses.2"))) }
        addresses += challenge.urlsToConsult.map { ($0, RuleMessages.text("WebAddresses.3")) }
        var diagnostics: [Diagnostic] = []
        for (text, what) in addresses {
            let isTemplate = text.source.text.holdsExpression
            // A field the variant did not render still holds its placeholders: nothing to judge yet.
            guard isTemplate == (view.variant != nil), !text.value.holdsExpression, let problem = Self.problem(with: text.value) else { continue }
            diagnostics.append(descriptor(
                "\(what) `\(text.value)` \(problem.message)" + (view.variant.map { RuleMessages.text("Support.1", ["description": "\($0.description)"]) } ?? ""),
                at: text.span,
                notes: view.variant.map { [RuleMessages.text("WebAddresses.4", ["description": "\($0.description)"])] } ?? [],
                help: problem.fix.map { fixed in
                    Help(RuleMessages.text("KnownCompetence.4", ["fixed": "\(fixed)"]), replacement: text.isAsWritten ? text.span.scalarReplacement(fixed) : nil)
                } ?? Help(RuleMessages.text("WebAddresses.5"))
            ))
        }
        return diagnostics
    }

    struct Problem {
        let message: String
        /// The address the author most likely meant, when it can be told.
        let fix: String?
    }

    /// Nil for an absolute http(s) address with a host and no blank.
    static func problem(with address: String) -> Problem? {
        let lowered = address.lowercased()
        let scheme = ["https://", "http://"].first { lowered.hasPrefix($0) }
        guard let scheme else {
            if looksLikeHost(address) {
                return Problem(message: RuleMessages.text("WebAddresses.6"), fix: "https://" + address)
            }
            if lowered.hasPrefix("www.") || lowered.hasPrefix("//") {
                return Problem(message: RuleMessages.text("WebAddresses.6"), fix: nil)
            }
            return Problem(message: RuleMessages.text("WebAddresses.7"), fix: nil)
        }
        if address.contains(where: \.isWhitespace) {
            let fix = address.contains(where: { $0.isNewline }) ? nil : address.replacingAll(" ", with: "%20")
            return Problem(message: RuleMessages.text("WebAddresses.8"), fix: fix)
        }
        let rest = address.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        // `user@host:port`: the site's name is between the `@` and the `:`.
        let afterUser = host.split(separator: "@", omittingEmptySubsequences: false).last ?? host
        let hostName = afterUser.split(separator: ":", omittingEmptySubsequences: false).first ?? afterUser
        if hostName.isEmpty || hostName.hasPrefix(".") {
            return Problem(message: RuleMessages.text("WebAddresses.9", ["scheme": "\(scheme)"]), fix: nil)
        }
        return nil
    }

    /// `www.cnil.fr/page`, `cnil.fr`: a dotted name with letters, before any `/`.
    private static func looksLikeHost(_ address: String) -> Bool {
        guard !address.contains(where: \.isWhitespace), !address.contains("://") else { return false }
        let host = address.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
              let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter) else { return false }
        return true
    }
}
