
/// The French titles and explanations of the Diagnostics module's diagnostic descriptors, keyed by code
/// (see docs/architecture.md, "Messages in two languages"). The English stays in the descriptors.
public enum DiagnosticsDescriptorTexts {
    public static let texts = DescriptorTexts(domain: "Diagnostics", descriptors: [DiagnosticLimits.summary], french: [
        "PIX0100.title": "D’autres diagnostics, non affichés",
        "PIX0100.explanation": """
        pixc garde les 10 premiers diagnostics qui ont le même message dans un fichier, les 200
        premiers d’un fichier et les 10\u{202F}000 premiers en tout\u{A0}; les autres sont comptés et résumés par
        celui-ci («\u{A0}… et 7\u{202F}998 autres du même genre\u{A0}»). Sa gravité est la plus haute de ceux qu’il
        remplace, et les nombres d’erreurs et d’avertissements les comptent. Corrigez les premiers\u{A0}:
        les autres sont le plus souvent la même erreur répétée. docs/limits.md explique comment
        changer ces limites.
        """,
    ])
}
