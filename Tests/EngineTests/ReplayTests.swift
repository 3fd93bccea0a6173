import Foundation
import Testing
@testable import Engine

@Suite struct ReplayTests {
    static let items = """
        [
          {"id":"c1","discriminant":1,"difficulty":-2,"skill":"s1","tube":"t1","competence":"k1"},
          {"id":"c2","discriminant":1.5,"difficulty":0,"skill":"s2","tube":"t2","competence":"k1"},
          {"id":"c3","discriminant":0.8,"difficulty":-1,"skill":"s3","tube":"t3","competence":"k2"},
          {"id":"c4","discriminant":2,"difficulty":-0.5,"skill":"s4","tube":"t4","competence":"k2"},
          {"id":"c5","discriminant":1.2,"difficulty":1,"skill":"s5","tube":"t5","competence":"k3"},
          {"id":"c6","discriminant":1.2,"difficulty":0.5,"skill":"s6","tube":"t6","competence":"k4"}
        ]
        """
    static let answers = """
        [{"challengeId":"c1","result":"ok"},{"challengeId":"c2","result":"ko"},{"challengeId":"c3","result":"ok"},
         {"challengeId":"c4","result":"ok"},{"challengeId":"c5","result":"ko"}]
        """

    static func run(_ json: String) throws(ReplayError) -> [String] {
        try Replay.run(scenarioJSON: Data(json.utf8))
    }

    /// The lines Pix's own code (flash.js + FlashAssessmentAlgorithm, node v20) prints for the
    /// §1.3 reference scenario, except the fifth error rate, where the two libms' `exp` differ
    /// by one ulp in the last digit.
    @Test func replaysTheReferenceScenario() throws {
        let lines = try Self.run(#"{"initialCapacity": -3, "variationPercent": 0.5, "items": \#(Self.items), "answers": \#(Self.answers)}"#)
        #expect(lines.count == 6)
        #expect(Array(lines.prefix(4)) == [
            #"{"challengeId":"c1","capacity":-2.19209011198683,"errorRate":1.0735469192842735}"#,
            #"{"challengeId":"c2","capacity":-1.7799761093456175,"errorRate":0.972427479398606}"#,
            #"{"challengeId":"c3","capacity":-1.1434935947060132,"errorRate":0.878915017104449}"#,
            #"{"challengeId":"c4","capacity":-0.5717467973530066,"errorRate":0.7747078461295648}"#,
        ])
        #expect(lines[4].hasPrefix(#"{"challengeId":"c5","capacity":-0.2858733986765033,"errorRate":0.66543832678957"#))
        // k4 is the only competence without an answer.
        #expect(lines[5] == #"{"next":["c6"]}"#)
    }

    @Test func absentOrNullSettingsMeanDefaultCapacityAndNoClamping() throws {
        let absent = try Self.run(#"{"items": \#(Self.items), "answers": \#(Self.answers)}"#)
        let null = try Self.run(#"{"initialCapacity": null, "variationPercent": null, "items": \#(Self.items), "answers": \#(Self.answers)}"#)
        #expect(absent == null)
        #expect(absent[3] == #"{"challengeId":"c4","capacity":-0.2265558955593987,"errorRate":0.6935528012874184}"#)
    }

    @Test func withoutAnswersOnlyTheNextLineIsPrinted() throws {
        let lines = try Self.run(#"{"initialCapacity": 0, "items": \#(Self.items), "answers": []}"#)
        #expect(lines.count == 1)
        let expected = Flash.bestChallenges(try Replay.parse(scenarioJSON: Data(#"{"items": \#(Self.items), "answers": []}"#.utf8)).items, capacity: 0)
        #expect(lines[0] == "{\"next\":[" + expected.map { "\"\($0.id)\"" }.joined(separator: ",") + "]}")
    }

    @Test func afterThirtyTwoAnswersNothingIsNext() throws {
        let answers = "[" + Array(repeating: #"{"challengeId":"c1","result":"ok"}"#, count: 32).joined(separator: ",") + "]"
        let lines = try Self.run(#"{"items": \#(Self.items), "answers": \#(answers)}"#)
        #expect(lines.count == 33)
        #expect(lines.last == #"{"next":[]}"#)
    }

    @Test(arguments: [
        ("{", "invalid scenario JSON"),
        (#"[1, 2]"#, "should be an object"),
        (#"{"answers": []}"#, "missing field items"),
        (#"{"items": [{"id":"a","discriminant":"1","difficulty":0,"skill":"s","tube":"t","competence":"k"}], "answers": []}"#, "items[0].discriminant should be a number"),
        (#"{"items": [{"id":"a","difficulty":0,"skill":"s","tube":"t","competence":"k"}], "answers": []}"#, "missing field items[0].discriminant"),
        (#"{"items": [{"id":"a","discriminant":1e999,"difficulty":0,"skill":"s","tube":"t","competence":"k"}], "answers": []}"#, "line 1, column 37: the number 1e999 is too large to be represented"),
        (#"{"items": [], "answers": [{"challengeId":"zz","result":"ok"}]}"#, #"answers[0] refers to challenge "zz""#),
        (#"{"items": \#(items), "answers": [{"challengeId":"c1","result":"OK"}]}"#, #"answers[0].result "OK" is not one of ok, ko"#),
        (#"{"items": \#(items), "answers": [{"challengeId":"c1"}]}"#, "missing field answers[0].result"),
        (#"{"items": [{"id":"a","discriminant":1,"difficulty":0,"skill":"s","tube":"t","competence":"k"},{"id":"a","discriminant":1,"difficulty":0,"skill":"s","tube":"t","competence":"k"}], "answers": []}"#, #"item id "a" appears more than once"#),
        (#"{"initialCapacity": "low", "items": [], "answers": []}"#, "initialCapacity should be a number"),
        (#"{"items": [], "items": [], "answers": []}"#, #"line 1, column 15: duplicate key "items" in the same object"#),
        (#"{"items": [{"id":"a","discriminant":1,"discriminant":2,"difficulty":0,"skill":"s","tube":"t","competence":"k"}], "answers": []}"#, #"duplicate key "discriminant""#),
        (#"{"items": [], "answers": [], }"#, "line 1, column 30: unexpected character `}`, expected a key in double quotes"),
        (#"{"items": {}, "answers": []}"#, "items should be an array"),
        (#"{"items": [], "answers": [{"challengeId": 3, "result": "ok"}]}"#, "answers[0].challengeId should be a string"),
        (#"{"items": [{"id":"a","discriminant":0,"difficulty":0,"skill":"s","tube":"t","competence":"k"}], "answers": []}"#, "items[0].discriminant is 0, it should be a positive number"),
        (#"{"items": [{"id":"a","discriminant":1,"difficulty":0,"skill":"s","tube":"t","competence":"k"},{"id":"b","discriminant":-1.5,"difficulty":0,"skill":"s","tube":"t","competence":"k"}], "answers": []}"#, "items[1].discriminant is -1.5, it should be a positive number"),
        (#"{"variationPercent": -0.5, "items": [], "answers": []}"#, "variationPercent is -0.5, it should be zero or a positive number"),
    ])
    func invalidScenariosAreClearErrors(json: String, message: String) {
        do {
            let lines = try Self.run(json)
            Issue.record("expected an error, got \(lines)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func identifiersAreEscapedAsJSONStringifyDoes() throws {
        let items = #"[{"id":"a\"b\\c\n\u0001é","discriminant":1,"difficulty":0,"skill":"s","tube":"t","competence":"k"}]"#
        let lines = try Self.run(#"{"items": \#(items), "answers": [{"challengeId":"a\"b\\c\n\u0001é","result":"ok"}]}"#)
        #expect(lines[0].hasPrefix(#"{"challengeId":"a\"b\\c\n\u0001é","capacity":"#))
    }
}
