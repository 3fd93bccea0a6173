import Compiler
import Diagnostics
import Foundation
import Model
import Vocabulary

/// The home page: the check's totals, a search over every challenge (id and text), and the
/// referential tree with its coverage — per competence, tube and level, the skill's status and
/// its challenges by status, then the gaps.
struct HomePage {
    struct Entry {
        let compiled: CompiledChallenge
        let slug: String
        let pageCount: Int
        let errors: Int
        let warnings: Int
    }

    let check: CheckResult
    let entries: [Entry]
    let strings: PreviewStrings

    func html() -> String {
        var body = "<header class=\"site-header\"><p class=\"site-name\">\(HTMLText.escape(strings.siteTitle))</p></header><main id=\"main\">"
        body += "<h1>\(HTMLText.escape(strings.home))</h1>"
        body += "<p>\(HTMLText.escape(strings.homeIntro))</p>"
        let pages = entries.reduce(0) { $0 + $1.pageCount }
        body += "<p class=\"facts\"><span>\(HTMLText.escape(strings.challengeCount(entries.count, pages)))</span> "
        body += "<span>\(HTMLText.escape(strings.diagnosticsTotal(check.errorCount, check.warningCount)))</span></p>"
        body += search()
        body += coverage()
        body += gaps()
        body += "</main>"
        return Layout.page(title: strings.home, root: "", strings: strings, body: body, bodyAttributes: " data-page=\"home\"")
    }

    func search() -> String {
        var out = "<section aria-labelledby=\"search-title\" class=\"search\"><h2 id=\"search-title\">\(HTMLText.escape(strings.searchLabel))</h2>"
        out += "<p><label for=\"search\">\(HTMLText.escape(strings.searchLabel))</label> <input type=\"search\" id=\"search\" aria-describedby=\"search-hint\" autocomplete=\"off\"></p>"
        out += "<p id=\"search-hint\" class=\"hint\">\(HTMLText.escape(strings.searchHint))</p>"
        out += "<p id=\"search-empty\" hidden>\(HTMLText.escape(strings.noSearchResult))</p>"
        // The list is folded so the coverage shows first; searching unfolds it.
        out += "<details id=\"all-challenges\"><summary>\(HTMLText.escape(strings.allChallenges(entries.count)))</summary>"
        out += "<ul id=\"challenge-list\" class=\"challenge-list\">"
        for entry in entries {
            let challenge = entry.compiled.view.challenge
            var searchable = [entry.compiled.id, challenge.instruction.value, challenge.skill.value]
            searchable += entry.compiled.view.form.options.map(\.text.value)
            searchable.append(entry.compiled.view.form.proposals)
            let text = Self.searchKey(searchable.joined(separator: " "))
            out += "<li data-search=\"\(HTMLText.escape(text))\">"
            out += "<a href=\"\(HTMLText.escape(PreviewSite.challengePath(entry.slug)))\" lang=\"fr\">\(HTMLText.escape(entry.compiled.id))</a> "
            out += "<span class=\"tag\">\(HTMLText.escape(challenge.type.value.rawValue))</span> "
            out += "<span class=\"tag\" lang=\"fr\">\(HTMLText.escape(challenge.status.value.rawValue))</span> "
            out += "<span class=\"tag\">\(HTMLText.escape(challenge.skill.value))</span>"
            if entry.pageCount > 1 { out += " <span class=\"tag\">\(HTMLText.escape(strings.variants)): \(entry.pageCount)</span>" }
            if entry.errors + entry.warnings > 0 {
                out += " <span class=\"tag problem\">\(HTMLText.escape(strings.diagnosticsTotal(entry.errors, entry.warnings)))</span>"
            }
            let excerpt = challenge.instruction.value.split(whereSeparator: \.isNewline).joined(separator: " ")
                .filter { $0 != "*" && $0 != "`" }
            out += "<span class=\"excerpt\" lang=\"fr\">\(HTMLText.escape(excerpt.count > 140 ? String(excerpt.prefix(139)) + "…" : excerpt))</span>"
            out += "</li>"
        }
        return out + "</ul></details></section>"
    }

    /// Lower-cased, accents removed: searching "reseau" finds "réseau".
    static func searchKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func coverage() -> String {
        let statistics = Statistics(check.index)
        var bySkill: [String: [Entry]] = [:]
        for entry in entries { bySkill[entry.compiled.view.challenge.skill.value, default: []].append(entry) }
        var out = "<section aria-labelledby=\"coverage-title\" class=\"coverage\"><h2 id=\"coverage-title\">\(HTMLText.escape(strings.coverage))</h2>"
        for framework in statistics.frameworks {
            out += "<h3 lang=\"fr\">\(HTMLText.escape(framework.title)) <span class=\"counts\">\(HTMLText.escape(strings.countsByStatus(framework.challenges.byStatus)))</span></h3>"
            for domain in framework.domains {
                out += "<h4 lang=\"fr\">\(HTMLText.escape(domain.code)). \(HTMLText.escape(domain.title))</h4>"
                for competence in domain.competences {
                    out += "<details class=\"competence\"><summary><span lang=\"fr\">\(HTMLText.escape(competence.index)) \(HTMLText.escape(competence.name))</span> "
                    out += "<span class=\"counts\">\(HTMLText.escape(strings.countsByStatus(competence.challenges.byStatus)))</span></summary>"
                    guard !competence.tubes.isEmpty else {
                        out += "<p>\(HTMLText.escape(strings.noChallenge))</p></details>"
                        continue
                    }
                    out += "<table><thead><tr><th scope=\"col\">\(HTMLText.escape(strings.skill))</th><th scope=\"col\">\(HTMLText.escape(strings.level))</th>"
                    out += "<th scope=\"col\">\(HTMLText.escape(strings.skillStatus))</th><th scope=\"col\">\(HTMLText.escape(strings.challengesColumn))</th></tr></thead><tbody>"
                    for tube in competence.tubes {
                        for level in tube.levels {
                            out += "<tr><th scope=\"row\">\(HTMLText.escape(level.skillName))</th><td>\(level.level)</td>"
                            out += "<td lang=\"fr\">\(HTMLText.escape(level.skillStatus))</td><td>"
                            let challenges = bySkill[level.skillName] ?? []
                            if challenges.isEmpty {
                                out += "<span class=\"gap\">\(HTMLText.escape(strings.noChallenge))</span>"
                            } else {
                                out += "<ul class=\"inline-list\">" + challenges.map { entry in
                                    "<li><a href=\"\(HTMLText.escape(PreviewSite.challengePath(entry.slug)))\" lang=\"fr\">\(HTMLText.escape(entry.compiled.id))</a> <span class=\"tag\" lang=\"fr\">\(HTMLText.escape(entry.compiled.view.challenge.status.value.rawValue))</span></li>"
                                }.joined() + "</ul>"
                            }
                            out += "</td></tr>"
                        }
                    }
                    out += "</tbody></table></details>"
                }
            }
        }
        return out + "</section>"
    }

    func gaps() -> String {
        let gaps = Statistics(check.index).gaps
        var out = "<section aria-labelledby=\"gaps-title\" class=\"gaps\"><h2 id=\"gaps-title\">\(HTMLText.escape(strings.gaps))</h2>"
        for (title, items) in [(strings.competencesWithoutValidated, gaps.competencesWithoutValidatedChallenge),
                               (strings.skillsWithoutChallenge, gaps.skillsWithoutChallenge),
                               (strings.levelsWithoutSkill, gaps.levelsWithoutSkill)] {
            out += "<h3>\(HTMLText.escape(title))</h3>"
            out += items.isEmpty ? "<p>\(HTMLText.escape(strings.none))</p>" : "<ul class=\"inline-list\" lang=\"fr\">" + items.map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul>"
        }
        return out + "</section>"
    }
}
