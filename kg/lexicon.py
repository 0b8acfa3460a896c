"""Word lists and patterns, kept as data. Copy a set before extending it."""
from __future__ import annotations

import re

# What a source thinks rather than says ("officials believe that", "she fears the deal will fail"): news
# attributes these as it does speech (PARC and PolNeAR annotate them), so they are statements with their
# cue, measured apart ("belief") and only ever with a clause.
BELIEF_VERBS = frozenset({"believe", "think", "expect", "hope", "fear", "worry", "doubt", "know", "feel",
                          "suspect", "reckon"})
# What a source means to do ("the union plans to strike", "Kerr refused to resign"): attributed as news
# attributes speech, measured apart ("intention"), only ever with a to-infinitive, which is the content.
INTENTION_VERBS = frozenset({"want", "plan", "intend", "agree", "refuse", "decide", "aim"})
# What a source is for or against ("the union backs the plan", "a PAC backing Kasich", "she wants a
# recount"): attributed as news attributes speech, measured apart ("stance"), only ever with an object
# and a holder that can hold a view (see STANCE_HOLDERS); "want" with a to-infinitive is an intention.
STANCE_VERBS = frozenset({"support", "back", "endorse", "oppose", "favor", "favour", "prefer", "seek", "want"})
# Verbs of holding a view of something ("voters see him as honest", "she views the deal as a trap"): cues
# only with an object and what it is seen as, measured as beliefs.
VIEW_VERBS = frozenset({"see", "view", "regard", "perceive"})
# Verbs of speaking about a topic ("talked about the budget", "discussed the merger"): the topic is what
# was said of; "spoke to reporters" alone says nothing.
TOPIC_VERBS = frozenset({"talk", "speak"})
# Nouns that may speak in a headline's label without being a named entity ("Poll: X leads").
LABEL_SOURCE_NOUNS = frozenset({"poll", "survey", "report", "study", "newspaper", "analysis"})
TOPIC_PREPOSITIONS = frozenset({"about", "of", "on"})
# Word forms the small model lemmatizes wrongly where it matters to a cue ("hopes" → "hop").
LEMMA_FIXES = {"hopes": "hope", "hoped": "hope", "hoping": "hope"}
# Lemmas of verbs that report speech or a stance; the value is the kind of content they take:
# "clause" (say that ...) or "object" (deny the claim; a that-clause is taken too).
REPORTING_VERBS: dict[str, str] = {
    **dict.fromkeys((
        "say", "tell", "add", "warn", "claim", "insist", "argue", "state", "declare", "explain",
        "note", "stress", "emphasise", "emphasize", "suggest", "predict", "confirm", "admit",
        "acknowledge", "reply", "respond", "answer", "write", "tweet", "post", "report", "reveal",
        "disclose", "allege", "assert", "contend", "maintain", "concede", "caution", "urge",
        "promise", "threaten", "estimate", "testify", "recall", "remark",
        "comment", "observe", "point", "indicate", "signal", "hint", "repeat", "reiterate",
        "underline", "underscore", "conclude", "agree", "complain", "boast", "joke", "quip",
        "recount", "shout", "scream", "whisper", "mutter", "cry", "chant", "inform", "assure",
        "notify", "brief", "forecast", "speculate", "wonder", "ask", "mention", "brag", "yell",
        "highlight", "show", "find", "order", "advise", "encourage", "implore", "invite", "instruct", "beg",
    ), "clause"),
    **dict.fromkeys(BELIEF_VERBS | INTENTION_VERBS, "clause"),
    **dict.fromkeys((
        "deny", "dismiss", "reject", "accuse", "announce", "blame", "criticise", "criticize",
        "condemn", "praise", "defend", "demand", "call", "welcome", "denounce", "slam",
        "echo", "express", "voice", "unveil", "propose", "refute", "dispute", "decry",
        "applaud", "hail", "rule", "charge", "describe", "label", "brand", "question",
        "endorse", "oppose", "vow", "pledge", "request", "cite", "blast", "liken", "tout", "mock",
        "reference", "discuss", "talk", "speak",
    ), "object"),
    **dict.fromkeys(STANCE_VERBS - INTENTION_VERBS, "object"),
}
# Verbs that are cues only with a clause; as object verbs they are too often plain actions.
CLAUSE_ONLY = frozenset({"say", "tell", "add", "ask", "write", "post", "report", "point", "answer",
                         "recall", "brief", "inform", "notify", "assure", "reply", "respond", "note",
                         "explain", "state", "wonder", "speculate", "estimate", "observe", "remark",
                         "comment", "joke", "quip", "agree", "conclude", "question", "repeat", "order",
                         "advise", "encourage", "implore", "invite", "instruct", "beg", *BELIEF_VERBS,
                         *INTENTION_VERBS})
# What a title in quote marks names ("the album “Songs for a Burning City”", "a film titled “X”"): no speech.
WORK_NOUNS = frozenset("""
album film movie book novel song single play show series documentary opera musical episode report poem
painting exhibition podcast programme program titled entitled called named dubbed
""".split())
# A reporting verb with this particle is another verb ("called the match off", "called up reservists").
NOT_SPEECH_PHRASAL = frozenset({("call", "off"), ("call", "up"), ("call", "in"), ("call", "back"), ("point", "up"),
                                ("tell", "apart"), ("write", "off"), ("write", "down"), ("answer", "back")})
# A verb and a preposition whose object is no content: "called on the family" is a visit ("called on members
# to strike" is a directive, read from its infinitive).
NOT_CONTENT_PREPOSITIONS = frozenset({("call", "on"), ("call", "at")})
# Verbs whose to-infinitive after the object is what was said ("urged members to reject the offer").
DIRECTIVE_VERBS = frozenset({"tell", "ask", "urge", "order", "warn", "advise", "encourage", "implore", "invite",
                             "instruct", "beg", "call", "remind"})
# A participle with these prepositions reports a call (", calling for stricter laws", ", calling on Congress to act").
CALLING_PHRASES = frozenset({("call", "for"), ("call", "on")})
# Verbs whose participle with an object alone points to a source (", citing weak demand"); other
# participles with an object only ("blaming NATO") say nothing.
CITING_VERBS = frozenset({"cite"})
# Verbs that report only what a document or a count says ("a poll shows that", "the study found that").
DOCUMENT_VERBS = frozenset({"show", "find"})
DOCUMENT_NOUNS = frozenset("""
poll survey study report analysis data research figure review audit investigation inquiry census
paper test trial experiment estimate forecast assessment count tally memo document filing record account
video footage transcript recording email letter photo image slide chart statistic number result average
polling
""".split())
# Nouns whose owner's view a phrase gives ("in Bolton's view, X"; "X, in her opinion").
OPINION_NOUNS = frozenset({"view", "opinion", "estimation", "judgment", "judgement"})
# Counts of opinion: "X leads in the latest Fox poll" says what the poll shows (DOCUMENT_NOUNS opening a
# sentence are broader: "In a new study, X").
POLL_NOUNS = frozenset({"poll", "survey", "polling"})
# Verbs that name what something is ("calling the plan a disaster"): cues as participles too.
NAMING_VERBS = frozenset({"call", "label", "brand"})
# Verbs that carry a reporting verb in their infinitive ("continues to insist", "went on to explain").
CUE_CARRIERS = frozenset({"continue", "go", "begin", "start", "keep", "appear", "seem", "proceed", "use"})
# Whom one tells something: "told a meeting of leaders that X" (a clause on them is what was said).
AUDIENCE_NOUNS = frozenset("""
meeting crowd audience reporter journalist staff employee worker member leader committee court jury
council official supporter voter student lawmaker delegate investor analyst parliament congress senate
panel board conference summit rally people nation country public world colleague aide adviser advisor
team player fan shareholder customer client patient parent resident listener viewer reader
""".split())
# Nouns that report a statement in a that-clause when someone owns them ("Vance's claim that X").
REPORTING_NOUNS = frozenset({"claim", "report", "statement", "warning", "assertion", "suggestion", "allegation",
                             "argument", "announcement", "insistence", "prediction", "promise", "admission",
                             "contention", "accusation", "charge", "assessment", "view", "belief", "testimony"})
# Prepositions that carry an object verb's content ("warned of", "dismissed as", "blamed for").
CONTENT_PREPOSITIONS = frozenset({"of", "as", "for", "about", "against", "over", "on", "to", "into", "with"})
# Prepositions that frame the act of speaking, not what was said ("at a news conference").
FRAME_PREPOSITIONS = frozenset({"at", "in", "during", "after", "before", "ahead", "following", "while",
                                "since", "until", "by", "from", "via", "through"})

# Phrasal cues read as one lemma.
ACCORDING_TO = ("according", "to")

TITLE_WORDS = frozenset("""
president vice prime minister secretary general secretary-general chancellor premier governor
senator congressman congresswoman representative mayor ambassador envoy spokesman spokeswoman
spokesperson chairman chairwoman chair chief executive ceo cfo coo cto founder director
head leader judge justice attorney prosecutor commissioner commander admiral colonel major
lieutenant captain sergeant coach manager striker midfielder defender goalkeeper professor
doctor researcher economist analyst king queen prince princess pope cardinal bishop
archbishop sheikh emir sultan foreign defence defense interior finance health trade economy
state home deputy acting former senior junior lawmaker mp diplomat official
treasurer auditor inspector superintendent sheriff regulator governor-general
chief-executive vice-president officer editor
quarterback qb receiver wr rb linebacker lb cornerback cb dt pitcher catcher shortstop outfielder infielder
winger fullback batsman bowler wicketkeeper jockey
""".split())
# Title words that only modify another title ("Foreign Secretary", "Deputy Minister").
TITLE_MODIFIERS = frozenset("""
vice prime foreign defence defense interior finance health trade economy home deputy acting
former chief senior junior general state
""".split())
# Lowercase words inside personal names ("Ursula von der Leyen", "Majed al-Ansari").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du",
                            "la", "le", "lo", "al", "el", "bin", "ibn", "ter", "ten", "zu", "y"})
# Nouns before "of X" that make X a place ("the town of Nysa").
# The words around a town's name the model left out (kg/entities/localities.py): "of Grand Prairie", "a Hounslow
# resident", "Chattanooga police".
TOWN_PREPOSITIONS = frozenset({"in", "of", "from", "near", "outside"})
# A legislator's party, before a hyphen and the place they represent ("D-Md.", "DFL-Cook").
PARTY_LETTERS = frozenset({"D", "R", "I", "DFL", "Ind"})
TOWNSFOLK_NOUNS = frozenset({"resident", "residents", "native", "natives", "police", "officials", "council",
                             "councillors", "mayor", "schools", "area", "man", "woman", "teen", "teenager", "boy",
                             "girl", "couple", "family", "firefighter", "firefighters", "students", "homeowners"})
# A town's offices and officers, written after its name before a person's ("Avondale Mayor Ed Rieker",
# "Huntsville Fire Chief Tom Grisham"): the town is a place, the words after it a title.
TOWN_OFFICES = frozenset({"mayor", "police", "fire", "sheriff", "parks", "council", "councilman", "councilwoman",
                          "alderman", "selectman", "marshal", "constable", "superintendent", "city", "town",
                          "village", "township", "school", "schools"})
PLACE_NOUNS = frozenset({"town", "city", "village", "region", "province", "state", "county", "district",
                         "island", "port", "capital", "suburb", "municipality", "borough"})
# Posts in a country's government: a title of these words without a body named is the country's when its
# sentence names one country and no other ("Finance Minister Jane Doe said Germany would ...").
STATE_TITLES = frozenset({"minister", "premier", "chancellor", "ambassador", "envoy", "president",
                          "secretary", "foreign", "defence", "defense", "interior", "finance"})
# Titles that may stand before a single name ("King Felipe", "Pope Francis").
SINGLE_NAME_TITLES = frozenset({"king", "queen", "pope", "prince", "princess", "emperor", "empress",
                                "sheikh", "emir", "sultan", "crown", "archbishop", "cardinal"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof"})

# Words after an organization that say its member ("NATO member Britain").
MEMBER_NOUNS = frozenset({"member", "members", "ally", "allies", "member-state", "member-states"})
MEMBER_SKIP = frozenset({"state", "states", "country", "countries", "nation", "nations", "fellow"})
# Words that make a membership phrase hedged or negated: it asserts nothing.
MEMBER_HEDGES = frozenset({"candidate", "aspiring", "aspirant", "would-be", "prospective",
                           "applicant", "former", "non", "non-member", "hopeful", "partner", "partners", "not"})

PRONOUNS = {
    "he": "male", "him": "male", "his": "male", "she": "female", "her": "female", "hers": "female",
    "they": "plural", "them": "plural", "it": "neuter", "we": "plural", "i": "self",
}
HONORIFIC_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female", "sir": "male",
                    "dame": "female", "lord": "male", "lady": "female"}
# Nouns for a person after a place or group's name ("an Oklahoma man", "the Mafia boss"), with the sex
# they say ("" when none).
DESCRIBING_NOUNS = {
    "man": "male", "father": "male", "dad": "male", "boy": "male", "son": "male", "husband": "male",
    "grandfather": "male", "woman": "female", "mother": "female", "mom": "female", "mum": "female",
    "girl": "female", "daughter": "female", "wife": "female", "grandmother": "female",
    "teen": "", "teenager": "", "boss": "", "leader": "",
}
PARENT_NOUNS = frozenset({"father", "dad", "mother", "mom", "mum"})  # "a Brooklyn mother of 12"
# Prepositions whose phrase belongs to an unnamed source's description ("lawyers for the company").
SOURCE_PREPOSITIONS = frozenset({"for", "at", "from", "in", "of", "with", "close", "to", "on"})

# Nouns that head an unnamed source ("a senior US official", "Western diplomats").
SOURCE_NOUNS = frozenset("""
official officials source sources diplomat diplomats spokesman spokeswoman spokesperson
analyst analysts expert experts observer observers investigator investigators officer
officers aide aides adviser advisers advisor advisors insider insiders author authors
witness witnesses resident residents police prosecutor prosecutors lawyer lawyers
economist economists scientist scientists researcher researchers minister ministers
leader leaders government authorities authority statement report study critic critics
campaigner campaigners activist activists doctor doctors person people worker workers
executive executives manager coach player players fan fans organizers organisers
""".split())
# Nouns for those who can be for or against something (besides SOURCE_NOUNS and named entities): "most
# voters back X", "a group backing Y"; "pillars support the roof" holds no view.
STANCE_HOLDERS = SOURCE_NOUNS | frozenset("""
voter voters shareholder shareholders investor investors member members union unions group groups party
parties lawmaker lawmakers legislator legislators senator senators delegate delegates candidate candidates
supporter supporters donor donors majority minority percent committee board council campaign administration
company companies firm firms bank banks club clubs team teams resident parent parents citizen citizens
republican republicans democrat democrats conservative conservatives liberal liberals evangelical evangelicals
pac lobby association federation coalition organization organisation movement church bishop bishops judge
judges court regulator regulators agency ministry department cabinet owner owners employer employers
consumer consumers patient patients student students teacher teachers farmer farmers defence defense
prosecution developer developers business businesses
""".split())

# Playing positions written before a player's name ("Browns DL Sheldon Richardson", "Lakers PG ..."): the name
# starts after them.
PLAYING_POSITIONS = frozenset("QB RB WR TE OL DL LB CB DE DT OT OG FS SS PG SG SF PF GK LHP RHP".split())

# Page furniture (subscription pitches, sharing prompts, credits): a line holding one of these phrases
# is not news (up to BOILERPLATE_MAX_WORDS words).
BOILERPLATE = re.compile(
    r"sign up (?:for|to) (?:our|the)|click here|newsletter|quality journalism|all rights reserved|copyright ©"
    r"|follow us on|read more:|share this article|support our journalism"
    r"|download (?:our|the) app|log ?in to|cookies? policy|terms of (?:use|service)",
    re.IGNORECASE,
)
# Words that are page furniture only as a short line of their own ("Advertisement", "Subscribe now");
# in a sentence they are news ("the advertisement misleads voters", "subscribers fell").
SHORT_BOILERPLATE = re.compile(r"advertisement|subscrib|sign up|sponsored", re.IGNORECASE)
SHORT_BOILERPLATE_MAX_WORDS = 4
BOILERPLATE_MAX_WORDS = 60
# Lines of a web page's text that are the page's, not the article's: links to other stories ("READ MORE: ...",
# "... [VIDEO]"), credits ("Main image credit: Getty", "© Reuters"), reprint and sharing notices, a bare link.
PAGE_FURNITURE = re.compile(
    r"^(?:read more|see more|related|also on \S+|more from|don'?t miss|you may also like|recommended|watch"
    r"|(?:main )?(?:image|photo|picture) credit|credit|photos?|images?)\b\s*[:|…-]"
    r"|^(?:you may also like|don'?t miss|order reprints|print article|like this story|thanks for signing up)"
    r"|^write to .{2,60} at \S+@\S+$|^this copy is for your personal|error processing your subscription"
    r"|\[(?:insight|video|pictures?|photos?|revealed|poll|latest|analysis|reaction|watch)\]\s*\|?$"
    r"|^©|^\(?(?:image|photo|picture)s?:|^https?://\S+$",
    re.IGNORECASE,
)
FURNITURE_MAX_WORDS = 40  # a longer line is the article's, whatever it opens with

# Heads of a definite description that refers back to an organization ("the company said").
ORG_ANAPHORS = frozenset(
    {
        "company",
        "firm",
        "group",
        "bank",
        "club",
        "team",
        "alliance",
        "ministry",
        "agency",
        "party",
        "union",
        "organisation",
        "organization",
        "university",
        "carrier",
        "airline",
        "insurer",
        "lender",
        "retailer",
        "broadcaster",
        "manufacturer",
        "maker",
        "chipmaker",
        "automaker",
        "regulator",
        "bloc",
        "charity",
        "league",
        "federation",
        "committee",
        "commission",
        "council",
    }
)
# First words too generic to stand for a whole organization name on their own.
GENERIC_NAME_WORDS = frozenset(
    """
university bank national world united european international federal royal new south north east
west central american british state general first department ministry office council
association institute school college hospital court city county the of
""".split()
)
# Last words that make a name an organization's ("Calder Bank", "Northgate United").
ORG_SUFFIXES = frozenset(
    """
bank group systems inc inc. ltd ltd. plc corp corp. corporation company co co. holdings partners capital
united city athletic fc rovers wanderers party ministry department university college institute
council association authority agency commission committee foundation trust fund club union
federation league court police army navy airlines airways motors energy pharmaceuticals labs
technologies media news times post network
""".split()
)

# Sides in sport: what makes a town's name a team's ("Leicestershire beat Somerset", "v Durham").
MATCH_VERBS = frozenset(
    {
        "beat",
        "defeat",
        "draw",
        "tie",
        "edge",
        "rout",
        "thrash",
        "overcome",
        "outplay",
        "trounce",
        "host",
        "face",
        "play",
        "hammer",
        "crush",
        "overpower",
        "upset",
        "eliminate",
        "knock",
    }
)
VERSUS = frozenset({"v", "v.", "vs", "vs."})
SIDE_NOUNS = frozenset(
    {
        "striker",
        "coach",
        "manager",
        "goalkeeper",
        "captain",
        "midfielder",
        "defender",
        "forward",
        "pitcher",
        "quarterback",
        "squad",
        "side",
        "fans",
        "supporters",
        "teammate",
        "mate",
        "skipper",
        "batsman",
        "bowler",
        "opener",
        "winger",
        "keeper",
        "player",
        "players",
    }
)
# Nations that field sides under their own name without being sovereign countries in the gazetteer.
HOME_NATIONS = frozenset(
    {
        "england",
        "scotland",
        "wales",
        "northern ireland",
        "great britain",
        "hong kong",
        "puerto rico",
        "faroe islands",
        "gibraltar",
    }
)
# What a company is, written before its name ("chipmaker AMD"); capitalised at a sentence start the
# model takes it into the name.
ORG_DESCRIPTORS = frozenset(
    """
chipmaker automaker carmaker drugmaker planemaker phonemaker retailer startup start-up insurer lender
company firm conglomerate broker miner airline carrier rival giant
""".split()
)
# What is held in a company, before its name at a sentence start ("Shares of Calder Bank rose"):
# the model takes it into the name.
HOLDING_NOUNS = frozenset({"shares", "stock", "stocks", "bonds", "units", "warrants", "securities", "options"})
# Legal forms after a company's name: left out of its canonical name ("Apple Inc." is Apple).
CORPORATE_SUFFIXES = frozenset(
    """
inc inc. corp corp. corporation co co. company ltd ltd. limited llc l.l.c. plc ag sa s.a. nv n.v. gmbh
""".split()
)

# English words that other languages in Latin letters hardly use: a text where they are a good share of the
# words is English without asking the language model (kg/read/language.py).
ENGLISH_FUNCTION_WORDS = frozenset("""
    the of and to that for with said his he has have are were from by it this but not which would will their
    they been its who after about when there than also she her
""".split())
