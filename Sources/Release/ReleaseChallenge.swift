import JSON

/// A challenge as a Pix release ships it: the 37 fields kept by pix-editor's
/// `challenge-transformer.js` (`_filterChallengeFields`) and the Pix API's
/// `learning-content/…/challenge-repository.js`, plus `hasEmbedInternalValidation` and
/// `noValidationNeeded`, which the Pix API's challenge repository reads (Pix Junior). One row per locale: an alternative-locale row
/// has its own id and `locales == [locale]`.
///
/// Optional values are `nil` here and `null` in the file. Pix itself sometimes leaves a field
/// out instead (an empty Airtable cell); the Pix API stores absent and null alike as SQL NULL,
/// so both read back as nil.
public struct ReleaseChallenge: ReleaseEntity, FieldTable {
    public static let kind = EntityKind.challenge

    public var id: String
    /// `QCU`, `QCM`, `QROC`, `QROCM-ind`, `QROCM-dep` (Pix also knows legacy `QROCM`, `QMAIL`).
    public var type: String
    public var instruction: String
    public var alternativeInstruction: String?
    /// QCU/QCM: `- option` lines; QROC*: text with `${key…}` inputs. Empty for an auto-reply embed.
    public var proposals: String
    public var solution: String
    public var solutionToDisplay: String?
    /// Tolerances: T1 spaces/case/accents, T2 punctuation, T3 edit distance.
    public var t1Status: Bool
    public var t2Status: Bool
    public var t3Status: Bool
    /// `proposé`, `validé`, `archivé`, `périmé`.
    public var status: String
    public var skillId: String
    public var competenceId: String
    /// Seconds; nil for no timer.
    public var timer: Int?
    public var embedUrl: String?
    public var embedTitle: String?
    public var embedHeight: Int?
    public var autoReply: Bool
    public var focusable: Bool
    /// `petit`, `mots`, `phrase`, `paragraphe`, `nombre` (`date` reserved).
    public var format: String
    public var shuffled: Bool
    /// Sorted locale codes; the first is the primary locale.
    public var locales: [String]
    public var illustrationUrl: String?
    public var illustrationAlt: String?
    /// URLs of attached files.
    public var attachments: [String]
    /// `Prototype 1` or `Décliné 1`.
    public var genealogy: String?
    /// 1…n for a déclinaison, nil for a prototype.
    public var alternativeVersion: Int?
    /// `Tablette`, `Smartphone`, `Tablette/Smartphone`, `Non`.
    public var responsive: String?
    /// Blind users: `RAS`, `OK`, `Acquis Non Pertinent`, `KO`, `A tester`.
    public var accessibility1: String?
    /// Colour-blind users: `RAS`, `OK`, `KO`.
    public var accessibility2: String?
    public var requireGafamWebsiteAccess: Bool
    public var isIncompatibleIpadCertif: Bool
    public var isAwarenessChallenge: Bool
    public var toRephrase: Bool
    /// The embed validates the answer itself (Pix Junior web components); read by the Pix API's
    /// challenge repository, false when absent.
    public var hasEmbedInternalValidation: Bool
    /// The challenge expects no validation from the learner (Pix Junior); false when absent.
    public var noValidationNeeded: Bool
    /// Deaf and hard-of-hearing users: `RAS`, `OK`, `KO`.
    public var deafAndHardOfHearing: String?
    /// IRT discrimination ("Discrimination calculée"; the Pix API calls it `discriminant`).
    public var alpha: Double?
    /// IRT difficulty ("Difficulté calculée"; the Pix API calls it `difficulty`).
    public var delta: Double?

    public init(
        id: String, type: String, instruction: String, alternativeInstruction: String? = nil,
        proposals: String, solution: String, solutionToDisplay: String? = nil,
        t1Status: Bool, t2Status: Bool, t3Status: Bool, status: String,
        skillId: String, competenceId: String, timer: Int? = nil,
        embedUrl: String? = nil, embedTitle: String? = nil, embedHeight: Int? = nil,
        autoReply: Bool = false, focusable: Bool = false, format: String = "mots", shuffled: Bool = false,
        locales: [String], illustrationUrl: String? = nil, illustrationAlt: String? = nil, attachments: [String] = [],
        genealogy: String?, alternativeVersion: Int? = nil, responsive: String? = nil,
        accessibility1: String? = nil, accessibility2: String? = nil,
        requireGafamWebsiteAccess: Bool = false, isIncompatibleIpadCertif: Bool = false,
        isAwarenessChallenge: Bool = false, toRephrase: Bool = false, deafAndHardOfHearing: String? = nil,
        alpha: Double? = nil, delta: Double? = nil,
        hasEmbedInternalValidation: Bool = false, noValidationNeeded: Bool = false
    ) {
        self.id = id
        self.type = type
        self.instruction = instruction
        self.alternativeInstruction = alternativeInstruction
        self.proposals = proposals
        self.solution = solution
        self.solutionToDisplay = solutionToDisplay
        self.t1Status = t1Status
        self.t2Status = t2Status
        self.t3Status = t3Status
        self.status = status
        self.skillId = skillId
        self.competenceId = competenceId
        self.timer = timer
        self.embedUrl = embedUrl
        self.embedTitle = embedTitle
        self.embedHeight = embedHeight
        self.autoReply = autoReply
        self.focusable = focusable
        self.format = format
        self.shuffled = shuffled
        self.locales = locales
        self.illustrationUrl = illustrationUrl
        self.illustrationAlt = illustrationAlt
        self.attachments = attachments
        self.genealogy = genealogy
        self.alternativeVersion = alternativeVersion
        self.responsive = responsive
        self.accessibility1 = accessibility1
        self.accessibility2 = accessibility2
        self.requireGafamWebsiteAccess = requireGafamWebsiteAccess
        self.isIncompatibleIpadCertif = isIncompatibleIpadCertif
        self.isAwarenessChallenge = isAwarenessChallenge
        self.toRephrase = toRephrase
        self.deafAndHardOfHearing = deafAndHardOfHearing
        self.alpha = alpha
        self.delta = delta
        self.hasEmbedInternalValidation = hasEmbedInternalValidation
        self.noValidationNeeded = noValidationNeeded
    }

    public var entityId: String { id }
    public var jsonValue: JSONValue { fieldObject }
    public init(from decoder: Decoder) throws { self = try Self.decoded(from: decoder) }

    /// Pix's genealogy of a prototype.
    /// The compact canonical JSON, written directly in key order: a release holds a hundred
    /// thousand challenges, and this is the bytes the field table gives (a test checks it) at a
    /// fraction of the cost.
    var canonicalCompactBytes: [UInt8] {
        var writer = CanonicalJSON.Writer(pretty: false, capacity: 512 + instruction.utf8.count + proposals.utf8.count + solution.utf8.count)
        var first = true
        func key(_ name: String) {
            writer.output.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
            first = false
            writer.output.append(UInt8(ascii: "\""))
            writer.output.append(contentsOf: name.utf8)
            writer.output.append(contentsOf: "\":".utf8)
        }
        func string(_ name: String, _ value: String?) {
            key(name)
            if let value { writer.writeString(value) } else { writer.output.append(contentsOf: "null".utf8) }
        }
        func bool(_ name: String, _ value: Bool) {
            key(name)
            writer.output.append(contentsOf: (value ? "true" : "false").utf8)
        }
        func integer(_ name: String, _ value: Int?) {
            key(name)
            writer.output.append(contentsOf: (value.map(String.init) ?? "null").utf8)
        }
        func number(_ name: String, _ value: Double?) {
            key(name)
            writer.write(value.map(JSONValue.number) ?? .null, depth: 0)
        }
        func strings(_ name: String, _ values: [String]) {
            key(name)
            writer.output.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { writer.output.append(UInt8(ascii: ",")) }
                writer.writeString(value)
            }
            writer.output.append(UInt8(ascii: "]"))
        }
        // In the byte order of the keys.
        string("accessibility1", accessibility1)
        string("accessibility2", accessibility2)
        number("alpha", alpha)
        string("alternativeInstruction", alternativeInstruction)
        integer("alternativeVersion", alternativeVersion)
        strings("attachments", attachments)
        bool("autoReply", autoReply)
        string("competenceId", competenceId)
        string("deafAndHardOfHearing", deafAndHardOfHearing)
        number("delta", delta)
        integer("embedHeight", embedHeight)
        string("embedTitle", embedTitle)
        string("embedUrl", embedUrl)
        bool("focusable", focusable)
        string("format", format)
        string("genealogy", genealogy)
        bool("hasEmbedInternalValidation", hasEmbedInternalValidation)
        string("id", id)
        string("illustrationAlt", illustrationAlt)
        string("illustrationUrl", illustrationUrl)
        string("instruction", instruction)
        bool("isAwarenessChallenge", isAwarenessChallenge)
        bool("isIncompatibleIpadCertif", isIncompatibleIpadCertif)
        strings("locales", locales)
        bool("noValidationNeeded", noValidationNeeded)
        string("proposals", proposals)
        bool("requireGafamWebsiteAccess", requireGafamWebsiteAccess)
        string("responsive", responsive)
        bool("shuffled", shuffled)
        string("skillId", skillId)
        string("solution", solution)
        string("solutionToDisplay", solutionToDisplay)
        string("status", status)
        bool("t1Status", t1Status)
        bool("t2Status", t2Status)
        bool("t3Status", t3Status)
        integer("timer", timer)
        bool("toRephrase", toRephrase)
        string("type", type)
        writer.output.append(UInt8(ascii: "}"))
        return writer.output
    }

    public static let prototypeGenealogy = "Prototype 1"
    /// Pix's genealogy of a déclinaison.
    public static let declinaisonGenealogy = "Décliné 1"

    public var isPrototype: Bool { genealogy == Self.prototypeGenealogy }
    public var isDeclinaison: Bool { genealogy == Self.declinaisonGenealogy }
    /// Calibrated: both IRT parameters are known.
    public var isCalibrated: Bool { alpha != nil && delta != nil }

    static let fields: [Field<Self>] = [
            .string("id", \.id), .string("type", \.type), .string("instruction", \.instruction),
            .optionalString("alternativeInstruction", \.alternativeInstruction),
            .string("proposals", \.proposals), .string("solution", \.solution),
            .optionalString("solutionToDisplay", \.solutionToDisplay),
            .bool("t1Status", \.t1Status), .bool("t2Status", \.t2Status), .bool("t3Status", \.t3Status),
            .string("status", \.status), .string("skillId", \.skillId), .string("competenceId", \.competenceId),
            .optionalInteger("timer", \.timer),
            .optionalString("embedUrl", \.embedUrl), .optionalString("embedTitle", \.embedTitle),
            .optionalInteger("embedHeight", \.embedHeight),
            .bool("autoReply", \.autoReply), .flag("focusable", \.focusable), .string("format", \.format),
            .flag("shuffled", \.shuffled), .strings("locales", \.locales),
            .optionalString("illustrationUrl", \.illustrationUrl), .optionalString("illustrationAlt", \.illustrationAlt),
            .stringsOrEmpty("attachments", \.attachments),
            .optionalString("genealogy", \.genealogy), .optionalInteger("alternativeVersion", \.alternativeVersion),
            .optionalString("responsive", \.responsive),
            .optionalString("accessibility1", \.accessibility1), .optionalString("accessibility2", \.accessibility2),
            .flag("requireGafamWebsiteAccess", \.requireGafamWebsiteAccess),
            .flag("isIncompatibleIpadCertif", \.isIncompatibleIpadCertif),
            .flag("isAwarenessChallenge", \.isAwarenessChallenge), .flag("toRephrase", \.toRephrase),
            .optionalString("deafAndHardOfHearing", \.deafAndHardOfHearing),
            .optionalNumber("alpha", \.alpha), .optionalNumber("delta", \.delta),
            .flag("hasEmbedInternalValidation", \.hasEmbedInternalValidation),
            .flag("noValidationNeeded", \.noValidationNeeded),
    ]

    static var blank: Self {
        Self(id: "", type: "", instruction: "", proposals: "", solution: "", t1Status: false, t2Status: false,
             t3Status: false, status: "", skillId: "", competenceId: "", locales: [], genealogy: nil)
    }
}
