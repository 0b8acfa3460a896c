"""Reported speech: a reporting verb with a clause or an object, "according to X", passives."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from kg.lexicon import (
    BELIEF_VERBS,
    CALLING_PHRASES,
    CITING_VERBS,
    DIRECTIVE_VERBS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    INTENTION_VERBS,
    NAMING_VERBS,
    NOT_SPEECH_PHRASAL,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    STANCE_VERBS,
    TITLE_WORDS,
    VIEW_VERBS,
)
from kg.nlp import positions

from .content import (
    Draft,
    after_colon,
    char_span,
    clause_content,
    infinitive_verb,
    parenthetical,
    subject_of,
    that_clause,
)
from .frames import FRAME_WORDS, frame_cues, framed
from .sources import carried, holds_views, speaker_word
from .stances import seen_as, stance_cue

REPORTING_LEMMAS = frozenset(REPORTING_VERBS) | VIEW_VERBS
SPEAKER_LABELS = frozenset({"PERSON", "ORG"})
# "Nobody knows whether ...": no one holds that stance, and a wh-clause is a question, not a claim.
NO_HOLDER = frozenset({"nobody", "everyone", "everybody", "anyone", "anybody", "none", "one"})
WH_WORDS = frozenset({"whether", "if", "what", "how", "why", "who", "whom", "when", "where", "which"})
NOUN_LEMMAS = frozenset(REPORTING_NOUNS)
PERSON_NOUNS = (TITLE_WORDS | SOURCE_NOUNS) - frozenset(DOCUMENT_NOUNS) - {"statement", "report", "study", "government"}
PARTICIPLE_DEPS = frozenset({"advcl", "conj", "acl", "xcomp"})
GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "for", "in", "on", "upon", "when"})


def is_cue(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in REPORTING_VERBS and lemma not in VIEW_VERBS:
        return False
    if any(c.dep_ == "prt" and (lemma, c.lower_) in NOT_SPEECH_PHRASAL for c in token.children):
        return False  # "called the match off": another verb
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in token.children):
        return False  # "did not say", "may claim": no act of saying is asserted
    if lemma in VIEW_VERBS:
        return seen_as(token)
    if lemma in STANCE_VERBS and infinitive_verb(token) is None:
        return stance_cue(token)
    if lemma in STANCE_VERBS and lemma not in INTENTION_VERBS:
        return False  # "sought to calm the markets": an attempt, not a side taken
    if token.tag_ == "VBG" and not any(c.dep_ == "aux" for c in token.children):
        return participle_cue(token)
    if token.dep_ == "relcl" and not reports_in_relative_clause(token):
        return False
    if lemma in DOCUMENT_VERBS and not document_subject(token):
        return False  # "she found her keys", "he showed the way"
    if carried(token):  # "continues to insist", "went on to explain"
        return True
    if token.dep_ == "xcomp":  # not "wants to say"
        return False
    if token.dep_ in ("pcomp", "csubj"):  # "above what the ministry says it costs": a subject and a clause
        return any(c.dep_ == "nsubj" for c in token.children) and any(c.dep_ == "ccomp" for c in token.children)
    return token.dep_ not in ("amod", "acl")


def document_subject(verb: Token) -> bool:
    """"A poll shows that X", "the study found that X": a document or a count says it, in a clause."""
    subject = subject_of(verb)
    return subject is not None and bool(DOCUMENT_NOUNS & {subject.lemma_.lower(), subject.lower_}) and (
        has_clause(verb) or verb.lemma_.lower() == "show" and any(c.dep_ == "dobj" for c in verb.children))


def participle_cue(verb: Token) -> bool:
    """", saying that X", ", adding that X", "a statement announcing that X": a participle with a
    clause of its own. "blaming NATO", "threatening Ukraine" (an object only) say nothing."""
    if verb.dep_ == "pcomp":  # "responded by saying that X", "was criticized for saying that X"
        return verb.head.lower_ in GERUND_PREPOSITIONS and has_clause(verb)
    if verb.dep_ not in PARTICIPLE_DEPS:
        return False
    if has_clause(verb) or names_as(verb):
        return True
    lemma = verb.lemma_.lower()
    after_comma = verb.dep_ == "advcl" and verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if after_comma and (lemma in DIRECTIVE_VERBS and infinitive_verb(verb) is not None or any(
            c.dep_ == "prep" and (lemma, c.lower_) in CALLING_PHRASES for c in verb.children)):
        return True  # ", urging members to reject the offer", ", calling for stricter laws": what was asked
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # "a new poll showing X ahead", ", citing weak demand"
    if lemma in CITING_VERBS:  # someone who acts cites: not "Shares fell after the firm cut its forecast, citing"
        acted = verb.dep_ == "advcl" and any(c.dep_ == "dobj" for c in verb.head.children)
        return (holder := speaker_word(verb)) is not None and (acted or holds_views(holder))
    return lemma in DOCUMENT_VERBS and verb.dep_ == "acl" and (
        verb.head.lemma_.lower() in DOCUMENT_NOUNS or verb.head.lower_ in DOCUMENT_NOUNS)


def names_as(verb: Token) -> bool:
    """"calling the plan a disaster", "labelling him a traitor": an object and what it is called."""
    return verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "oprd" for c in verb.children)


def has_clause(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" for c in verb.children) or that_clause(verb) is not None


def reports_in_relative_clause(verb: Token) -> bool:
    """"a move the United Nations warned would hurt millions" (a named subject), or "the union,
    which warned that strikes loom" (the relative pronoun stands for the speaker): with a clause."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(c.dep_ == "ccomp" for c in verb.children)


def reported(doc: Doc, taken: set[int]) -> Iterator[Draft]:
    """Every reported statement in the doc whose tokens are not already `taken` by quotes."""
    cues = positions(doc, LEMMA, REPORTING_LEMMAS) + frame_cues(doc)
    for i in sorted(cues + positions(doc, LEMMA, NOUN_LEMMAS)):
        if i in taken:
            continue
        token = doc[i]
        if token.lower_ in FRAME_WORDS:
            if draft := framed(token):
                yield draft
        elif token.pos_ == "NOUN" and (draft := from_noun(token)):
            yield draft
        elif is_cue(token) and (draft := from_verb(token)):
            yield draft
    yield from colon_lines(doc, taken)


def from_noun(noun: Token) -> Draft | None:
    """"Vance's claim that turnout doubled", "a Herald report that the mine will close": a reporting
    noun with a that-clause and an owner (a possessive or a name before it); no owner, no statement."""
    owner = next((c for c in noun.children if c.dep_ == "poss" or c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i and any(
        m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
    if owner is None or clause is None:
        return None
    content = char_span(noun.doc, clause.left_edge.i, clause.right_edge.i)
    if content is None:
        return None
    return Draft((content,), False, noun.lemma_.lower(), (noun.idx, noun.idx + len(noun)), owner.i, "nominal", None)


def from_verb(verb: Token) -> Draft | None:
    doc = verb.doc
    if verb.lemma_.lower() == "ask" and verb.tag_ == "VBN":
        return asked_question(verb)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    cue_span = (verb.idx, verb.idx + len(verb))
    if passive_subject is not None:  # "The claim is denied by the minister."
        if passive_subject.pos_ == "PRON" or passive_subject.ent_type_ == "PERSON" \
                or passive_subject.lemma_.lower() in PERSON_NOUNS:
            return None  # "He was accused of fraud by a partner", "the striker was criticised": a person is no content
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        content = char_span(doc, passive_subject.left_edge.i, passive_subject.right_edge.i)
        if pobj is None or content is None:
            return None
        return Draft((content,), False, verb.lemma_.lower(), cue_span, pobj.i, "passive", verb.i)
    subject = speaker_word(verb)
    if subject is None:
        return None
    if (around := parenthetical(verb)) is not None:  # "Prices, analysts say, have peaked."
        parts = tuple(p for p in (char_span(doc, *r) for r in around) if p)
        return Draft(parts, False, verb.lemma_.lower(), cue_span, subject.i, "clause", verb.i) if parts else None
    bounds = clause_content(verb)
    if bounds is None or bounds[0] <= subject.i <= bounds[1]:
        return None
    content = char_span(doc, *bounds)
    if content is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in BELIEF_VERBS or lemma in INTENTION_VERBS or lemma in STANCE_VERBS or lemma in VIEW_VERBS:
        if subject.lower_ in NO_HOLDER or doc[bounds[0]].lower_ in WH_WORDS:
            return None  # a holder, and a proposition, a plan or a side, not a question
        return Draft((content,), False, lemma, cue_span, subject.i, held(verb), verb.i)
    how = "clause" if any(c.dep_ == "ccomp" for c in verb.children) else "object"
    return Draft((content,), False, lemma, cue_span, subject.i, how, verb.i)


def held(verb: Token) -> str:
    """What a verb of mind attributes: a belief ("believes", "sees X as Y"), a plan ("plans to"), a side."""
    lemma = verb.lemma_.lower()
    if lemma in BELIEF_VERBS or lemma in VIEW_VERBS:
        return "belief"
    return "intention" if infinitive_verb(verb) is not None else "stance"


def asked_question(verb: Token) -> Draft | None:
    """"Asked whether she would run, Vaz smiled", "Okafor was asked about the leak": the question put
    to someone is what was said; who asked is the agent ("asked by a reporter") or not known."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return None
    question = next((c for c in verb.children if c.i > verb.i and (c.dep_ == "ccomp" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children))), None)  # "if" read as a condition
    about = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    topic = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about is not None else None
    asked = question if question is not None else topic
    if asked is None:
        return None
    content = char_span(verb.doc, asked.left_edge.i, asked.right_edge.i)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    asker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if content is None:
        return None
    cue_span = (verb.idx, verb.idx + len(verb))
    return Draft((content,), False, "ask", cue_span, asker.i if asker is not None else None, "asked", verb.i)


def colon_lines(doc: Doc, taken: set[int]) -> Iterator[Draft]:
    """"Kerry: Refugee limits are set by law", headline style: a person or an organization, a colon,
    and what they say, to the end of the sentence."""
    for entity in doc.ents:
        if entity.label_ not in SPEAKER_LABELS or entity.start != entity.sent.start or entity.end >= len(doc) - 1:
            continue
        # the colon ends the name, or the model ran the name on past it ("Bank of England: Inflation")
        colon = next((t for t in doc[entity.start + 1:entity.end + 1] if t.text == ":"), None)
        if colon is not None and (draft := after_colon(doc, colon, entity.sent.end, taken, "colon")) is not None:
            yield draft
