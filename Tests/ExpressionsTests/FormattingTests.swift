import Testing
@testable import Expressions

@Suite("French formatting")
struct FormattingTests {
    func d(_ text: String) throws -> ExactDecimal { try #require(ExactDecimal(text)) }

    @Test func groupsThousandsWithANarrowNoBreakSpace() throws {
        #expect(try FrenchFormat.grouped(d("1234567.5")) == "1\u{202F}234\u{202F}567,5")
        #expect(try FrenchFormat.grouped(d("1000")) == "1\u{202F}000")
        #expect(try FrenchFormat.grouped(d("999")) == "999")
        #expect(try FrenchFormat.grouped(d("-12345.25")) == "-12\u{202F}345,25")
        #expect(try FrenchFormat.grouped(d("0.05")) == "0,05")
    }

    @Test func fixedDecimals() throws {
        #expect(try FrenchFormat.grouped(d("2.5"), decimals: 2) == "2,50")
        #expect(try FrenchFormat.grouped(d("1234.567"), decimals: 2) == "1\u{202F}234,57")
        #expect(try FrenchFormat.grouped(d("3"), decimals: 0) == "3")
        #expect(try FrenchFormat.grouped(d("2.5"), decimals: 0) == "3")
    }

    @Test func plainDisplayKeepsYearsUngrouped() throws {
        #expect(Value.number(try d("1978")).display == "1978")
        #expect(Value.number(try d("2.5")).display == "2,5")
        #expect(Value.number(try d("-0.75")).display == "-0,75")
        #expect(Value.boolean(true).display == "oui")
        #expect(Value.list([.text("a"), .text("b")]).display == "a, b")
    }

    @Test(arguments: [
        ("fichier", "fichiers"), ("souris", "souris"), ("prix", "prix"), ("nez", "nez"),
        ("cheval", "chevaux"), ("journal", "journaux"), ("bal", "bals"), ("festival", "festivals"),
        ("bateau", "bateaux"), ("tuyau", "tuyaux"), ("jeu", "jeux"), ("pneu", "pneus"), ("bleu", "bleus"),
        ("genou", "genoux"), ("clou", "clous"), ("Courriel", "Courriels"),
    ])
    func regularPlurals(_ singular: String, _ plural: String) {
        #expect(FrenchFormat.regularPlural(singular) == plural)
    }

    @Test func frenchRuleForTheNumber() throws {
        #expect(!FrenchFormat.usesPlural(try d("0")))
        #expect(!FrenchFormat.usesPlural(try d("1")))
        #expect(!FrenchFormat.usesPlural(try d("1.5")))
        #expect(!FrenchFormat.usesPlural(try d("-1")))
        #expect(FrenchFormat.usesPlural(try d("2")))
        #expect(FrenchFormat.usesPlural(try d("-2")))
        #expect(FrenchFormat.usesPlural(try d("1000")))
    }

    @Test func capitalizeKeepsTheRest() {
        #expect(FrenchFormat.capitalized("la CNIL") == "La CNIL")
        #expect(FrenchFormat.capitalized("école") == "École")
        #expect(FrenchFormat.capitalized("") == "")
    }

    @Test func alphabeticalOrderIgnoresAccentsAndCase() {
        let words = ["étude", "Eau", "école", "zèbre", "abeille", "Été"]
        let sorted = words.sorted { FrenchFormat.compareAlphabetically($0, $1) < 0 }
        #expect(sorted == ["abeille", "Eau", "école", "Été", "étude", "zèbre"])
    }

    @Test func civilDates() throws {
        let date = try #require(CivilDate(parsing: "2024-03-01"))
        #expect(date.days == 19783)
        #expect(CivilDate(days: 19783) == date)
        #expect(date.shortFrench == "01/03/2024")
        #expect(date.longFrench == "1er mars 2024")
        #expect(CivilDate(parsing: "29/02/2024")?.iso == "2024-02-29")
        #expect(CivilDate(parsing: "2023-02-29") == nil)
        #expect(CivilDate(parsing: "2024-13-01") == nil)
        #expect(CivilDate(parsing: "1/3/24") == nil)
        #expect(CivilDate.weekday(days: 0) == 4, "1970-01-01 was a Thursday")
        #expect(FrenchFormat.weekdayNames[CivilDate.weekday(days: date.days)] == "vendredi")
        // Round trip over four centuries, leap years included.
        for days in stride(from: Int32(-150_000), to: 150_000, by: 97) {
            let civil = CivilDate(days: days)
            #expect(CivilDate(year: civil.year, month: civil.month, day: civil.day)?.days == days)
        }
    }
}
