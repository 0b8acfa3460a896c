"""The events' word lists, kept as data: what names a happening, its type, and which words are one event.

Types follow ACE 2005's top event types (Life, Movement, Transaction, Business, Conflict, Contact,
Personnel, Justice), with Disaster, Crime, Politics and Sport added for what news desks cover and
ACE leaves out; every other happening is an Occurrence (docs/design.md, "Events").
"""
from __future__ import annotations


def _typed(table: dict[str, str]) -> dict[str, str]:
    """{word: type} from {type: "word word ..."}."""
    return {word: kind for kind, words in table.items() for word in words.split()}


# Lemmas of verbs and event nouns by type; a word not listed is an Occurrence.
TYPED_WORDS = _typed({
    "Disaster": """earthquake quake tremor temblor aftershock tsunami flood flooding storm hurricane typhoon
        cyclone tornado blizzard drought wildfire bushfire blaze fire explosion blast eruption erupt landslide
        mudslide avalanche collapse crash derail derailment sink sinking capsize outbreak epidemic pandemic
        outage blackout spill leak burn explode collide collision accident disaster catastrophe damage destroy
        devastate strike rattle shake evacuate evacuation""",
    "Life": """die death dead kill killing born birth marry marriage wedding divorce injure injury wound
        hurt overdose suicide drown survive pregnancy illness disease funeral bury burial""",
    "Conflict": """attack assault shoot shooting gunfire bombing war battle fight fighting clash riot
        rioting protest demonstration demonstrate unrest rebellion uprising invade invasion raid ambush
        stab stabbing hijack hijacking kidnap kidnapping hostage siege strike airstrike offensive ceasefire
        massacre rampage violence combat shell shelling""",
    "Crime": """murder slay slaying homicide manslaughter rob robbery heist theft steal burglary burgle loot
        looting arson fraud embezzle embezzlement bribe bribery smuggle smuggling traffic trafficking piracy
        hack hacking vandalism vandalise vandalize poison rape abuse crime""",
    "Justice": """arrest detain detention capture apprehend charge indict indictment try trial convict conviction
        acquit acquittal sentence sentencing jail imprison imprisonment release parole pardon execute
        execution extradite extradition fine sue lawsuit suit plead plea appeal testify testimony verdict
        hearing arraign arraignment prosecute prosecution investigate investigation probe custody bail
        subpoena ruling overturn uphold deport deportation ban""",
    "Politics": """elect election vote voting ballot referendum campaign nominate nomination inaugurate
        inauguration veto legislate legislation enact pass impeach impeachment govern reelect reelection
        primary caucus poll""",
    "Personnel": """hire appoint appointment resign resignation retire retirement sack dismiss dismissal
        promote promotion succeed replace replacement recruit recruitment employ step quit oust ouster
        lay layoff layoffs""",
    "Business": """merge merger acquire acquisition takeover buyout bankrupt bankruptcy launch found invest
        investment list listing ipo restructure restructuring shutdown close closure expand expansion
        manufacture produce production""",
    "Transaction": """buy purchase sell sale pay payment donate donation lend loan bid offer deal trade
        transfer auction raise fund funding sign contract""",
    "Contact": """meet meeting talk talks negotiate negotiation summit conference visit call interview
        discuss discussion consult consultation""",
    "Movement": """travel arrive arrival leave depart departure flee escape move return migrate migration
        transport fly drive sail land""",
    "Sport": """game match playoff playoffs semifinal quarterfinal tournament championship goal touchdown homer
        clinch sweep qualify qualification relegate relegation knockout""",
})

# Verbs whose type is their subject's when that is an event: "the quake struck", "the storm hit".
TYPE_FROM_SUBJECT = frozenset({"strike", "hit", "kill", "destroy", "damage", "injure", "cause", "leave", "spread"})

# Word groups that are sport's in a sentence with a sport event ("beat Liverpool in the semifinal").
SPORT_IN_CONTEXT = frozenset({"win", "score", "draw", "tie", "play", "record", "round", "race", "final", "clinch"})

# Event nouns beside the typed words: nouns that name a happening.
EVENT_NOUNS = frozenset(TYPED_WORDS) | frozenset("""
    event incident accident emergency crisis scandal operation campaign ceremony celebration vigil party
    rally march parade festival concert premiere release announcement statement decision agreement
    change increase decrease rise fall drop jump surge plunge decline growth cut cuts reform rescue
    search attempt effort visit trip tour move shift delay cancellation failure success victory loss
    win defeat draw tie score record round race final
    response reaction repair recovery restoration outage disruption breach attack crackdown
""".split())

# Bodies and trades an event word may name without a happening: "appeals court", "fire department".
INSTITUTION_NOUNS = frozenset("""
    court company firm department agency office committee commission council board ministry service station
    center centre team club group industry sector market unit squad division bureau authority business
""".split())

# Adjectives that report a happening: "found dead", "pleaded guilty".
EVENT_ADJECTIVES = frozenset({"dead", "guilty", "injured", "wounded", "missing", "killed", "arrested",
                              "drunk", "drunken", "ablaze", "bankrupt", "jailed"})

# Verbs that name no happening of their own: copulas, light and relational verbs.
NOT_EVENT_VERBS = frozenset("""
    be have seem appear s m include involve contain consist comprise belong relate rank mean accord
    let become remain stay exist matter need tend use get do make take give put keep cost weigh
    regard concern total number equal represent constitute feature base estimate deem name
""".split())

# Nouns that look derived from a verb but name a thing, a body or a place, not a happening.
NOT_EVENT_NOUNS = frozenset("""
    government department management equipment apartment population position organization
    organisation administration association corporation institution foundation nation station section
    situation condition information question location generation relation tradition commission division
    version opinion region religion mission ration portion proportion addition edition collection
    official building morning evening thing ceiling clothing housing spring string ring
    king wing something nothing everything anything being feeling meaning beginning ending setting
    painting reading writing saying bedding document instrument environment parliament
    moment element
    segment sentiment comment argument department compartment supplement
    nationality personality community authority majority minority facility ability capacity quality
    material capital hospital animal signal journal
    nature future picture culture structure furniture legislature temperature literature feature
    creature mixture texture measure pressure exposure
    audience evidence experience science defence defense fence residence presence absence
    distance instance balance finance insurance substance province provision television vision
    union onion million billion opinion companion champion
    elect jail prison bomb gun contract title season rule figure account accounting park man spending
    warming funding timing
""".split())

# Words that are one event whatever form the article gives them: each maps to its group's first word.
SAME_EVENT = {word: group.split()[0] for group in (
    "kill killing slay slaying murder homicide manslaughter die death dead fatal",  # a killing is a death
    "earthquake quake tremor temblor",
    "fire blaze burn burning ablaze arson",
    "shoot shooting gunfire shot gun",
    "arrest detain detention capture apprehend nab",
    "injure injury wound injured wounded hurt",
    "win victory beat defeat",  # one game: one side wins, beats, defeats the other
    "strike hit",
    "find discover",
    "foil thwart",
    "damage destroy devastate",
    "cut sever",
    "acquire acquisition takeover buyout buy purchase",
    "merge merger",
    "resign resignation quit",
    "retire retirement",
    "appoint appointment",
    "nominate nomination",
    "elect election",
    "convict conviction guilty",
    "sentence sentencing",
    "charge indict indictment accuse",
    "try trial",
    "rob robbery heist",
    "steal theft",
    "explode explosion blast",
    "crash collide collision accident wreck",
    "evacuate evacuation",
    "meet meeting summit",
    "negotiate negotiation talks",
    "investigate investigation probe",
    "execute execution",
    "release launch issue publish",
    "flood flooding",
    "riot rioting",
    "protest demonstration demonstrate",
    "bomb bombing",
    "stab stabbing",
    "kidnap kidnapping",
    "hijack hijacking",
    "erupt eruption",
    "invade invasion",
    "attack assault",
    "drunk drunken dui dwi",
    "playoff playoffs",
) for word in group.split()}

# A light verb and its object that are one happening: "opened fire" is shooting, "set a record" a record.
LIGHT_VERB_OBJECTS = {("open", "fire"): "shoot", ("set", "fire"): "fire", ("set", "record"): "record",
                      ("break", "record"): "record", ("make", "arrest"): "arrest", ("hold", "talks"): "negotiate",
                      ("hold", "meeting"): "meet", ("take", "office"): "inaugurate", ("cast", "vote"): "vote",
                      ("file", "lawsuit"): "sue", ("file", "suit"): "sue", ("score", "goal"): "score"}

# Nouns derived from verbs, by ending: a noun whose stem (the ending replaced) is a verb names its happening.
NOMINAL_ENDINGS = (("ation", "ate"), ("ition", "ite"), ("ction", "ct"), ("ption", "pt"), ("ssion", "ss"),
                   ("sion", "de"), ("tion", "te"), ("ment", ""), ("ure", "ure"), ("al", ""), ("ance", ""),
                   ("ence", "e"))

# Auxiliaries and governing verbs that make an event not (yet) actual.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll"})
POSSIBLE_AUXILIARIES = frozenset({"would", "could", "may", "might", "should", "can", "must", "'d", "ca"})
POSSIBLE_GOVERNORS = frozenset("""
    plan want threaten expect hope try seek intend propose consider aim wish prepare attempt
    refuse decline fail urge ask demand call
""".split())
FUTURE_GOVERNORS = frozenset({"agree", "decide", "vote", "pledge", "promise", "vow", "schedule"})
CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})

# Prepositions that put an event at a place ("in Ohio", "near the border") or a time ("on Tuesday").
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "across", "off", "throughout", "from"})

# Words that refer back to an event the article has named ("the quake ... the disaster", "it killed four"):
# a definite one joins the latest event of its type ("any": of any known type), never one of its own.
ANAPHORIC_NOUNS = {"disaster": "Disaster", "catastrophe": "Disaster", "calamity": "Disaster", "tragedy": "any",
                   "incident": "any", "event": "any", "episode": "any", "affair": "any"}
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Verbs whose subject "it" is the event just named ("it struck at dawn", "it killed four people").
EVENT_SUBJECT_VERBS = frozenset("""
    strike hit kill destroy damage injure cause leave spread occur happen start begin end last force trigger
    rattle shake topple flatten wound claim
""".split())
ANAPHOR_SENTENCES = 3  # an anaphor looks this many sentences back (its own included)
