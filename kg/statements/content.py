"""What a cue reports: the content span of a reporting verb, and the Draft record of a statement
before its speaker is resolved. The parser's usual misattachments are repaired here."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kg.entities.datelines import dateline_tokens
from kg.lexicon import (
    AUDIENCE_NOUNS,
    CLAUSE_ONLY,
    CONTENT_PREPOSITIONS,
    DIRECTIVE_VERBS,
    DOCUMENT_VERBS,
    FRAME_PREPOSITIONS,
    INTENTION_VERBS,
    NOT_CONTENT_PREPOSITIONS,
    REPORTING_VERBS,
    STANCE_VERBS,
    TOPIC_PREPOSITIONS,
    TOPIC_VERBS,
)

OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "xcomp", "acomp", "ccomp", "pcomp"})
TEMPORAL = frozenset({"DATE", "TIME"})
RECIPIENT_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "notify", "advise", "brief", "promise"})
LEADING_WORDS = frozenset({"that", ",", ":", "-", "—", "–"})
CLITIC_MARKS = "’'"  # "’s", "'ll": a word written onto the one before


@dataclass(frozen=True, slots=True)
class Draft:
    """A statement before its speaker is resolved (token indices; `parts` in characters)."""

    parts: tuple[tuple[int, int], ...]
    direct: bool
    cue: str | None  # lemma
    cue_span: tuple[int, int] | None
    subject: int | None  # token index naming the speaker
    how: str  # direct, split, clause, object, according, passive
    date_anchor: int | None = None  # token whose dates say when it was said


def char_span(doc: Doc, first: int, last: int) -> tuple[int, int] | None:
    """Characters of tokens first..last, trimmed of "that", punctuation and spaces at the edges, and of a
    dateline opening the story."""
    first += dateline_tokens(doc, first)
    while first <= last and (doc[first].lower_ in LEADING_WORDS and not clitic_after(doc, first)
                             or doc[first].is_space or doc[first].is_punct and doc[first].text not in "“‘\"'"):
        first += 1
    if first <= last and doc[first].text[:1] in CLITIC_MARKS and doc[first].text[1:2].isalpha():
        return None  # "’s correct": a fragment left by a misread mark, no content
    while last >= first and (doc[last].is_punct and doc[last].text not in "”’\"'" or doc[last].is_space
                             or doc[last].dep_ == "cc"):  # "... would do and" what it does
        last -= 1
    if last < first:
        return None
    return doc[first].idx, doc[last].idx + len(doc[last])


def after_colon(doc: Doc, colon: Token, end: int, taken: set[int], how: str) -> Draft | None:
    """What a headline's or a transcript's label says after its colon, to token `end`: three words or more,
    none `taken` by a quote, not the editor's question ("Ted Cruz: Conservative or career politician?")."""
    words = doc[colon.i + 1:end]
    if sum(t.is_alpha for t in words) < 3 or taken & set(range(colon.i, end)) or words.text.rstrip().endswith("?"):
        return None
    if (content := char_span(doc, colon.i + 1, end - 1)) is None:  # trimmed: never blank where found
        return None
    return Draft((content,), False, None, (colon.idx, colon.idx + 1), colon.i - 1, how, None)


def clitic_after(doc: Doc, i: int) -> bool:
    """"that’s correct": "that" is the clause's subject here, not a complementizer to leave out."""
    return i + 1 < len(doc) and doc[i + 1].text[:1] in CLITIC_MARKS and doc[i].whitespace_ == ""


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; a coordinated verb shares its partner's ("Moscow dismissed ..., said ...")."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    for child in verb.lefts:  # misparses: the subject hangs on "do" or on a left-hand verb
        if child.dep_ in ("aux", "ccomp", "conj") and (found := next(
                (c for c in child.children if c.dep_ == "nsubj"), None)) is not None:
            return found
    return None


def temporal(token: Token) -> bool:
    if token.ent_type_ in TEMPORAL:
        return True
    return any(c.ent_type_ in TEMPORAL for c in token.children if c.dep_ == "pobj")


def object_children(verb: Token) -> list[Token]:
    """The verb's objects and content prepositions, up to a coordinated verb or clause."""
    kids: list[Token] = []
    for child in verb.rights:
        if child.dep_ in ("conj", "cc", "advcl", "relcl") or (child.dep_ == "punct" and kids and child.text in ";"):
            break
        content_prep = (child.lower_ in CONTENT_PREPOSITIONS or (
            child.lower_ == "at" and kids and kids[-1].dep_ == "dobj")) \
            and (verb.lemma_.lower(), child.lower_) not in NOT_CONTENT_PREPOSITIONS  # "expressed alarm at X"
        if child.dep_ == "prep" and temporal(child):  # "warned on Monday of X", "of" hung on "Monday"
            kids += [p for c in child.children if c.dep_ == "pobj" for p in c.rights
                     if p.dep_ == "prep" and p.lower_ in CONTENT_PREPOSITIONS]
        elif child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and content_prep):
            kids.append(child)
    return kids


def clause_content(verb: Token) -> tuple[int, int] | None:
    """Token range of what a verb reports: its clause complement, else (object verbs) its objects."""
    ccomp = [c for c in verb.children if c.dep_ == "ccomp"]
    if ccomp:
        right = [c for c in ccomp if c.i > verb.i]
        chosen = right[0] if right else ccomp[-1]
        # "what the ministry says it costs": the clause's gap word stands before the verb
        start = max(chosen.left_edge.i, verb.i + 1) if chosen.i > verb.i else chosen.left_edge.i
        return start, chosen.right_edge.i
    if (clause := that_clause(verb)) is not None:
        return clause
    if verb.lemma_.lower() in CLAUSE_ONLY and (clause := complement_advcl(verb)) is not None:
        return clause
    lemma = verb.lemma_.lower()
    wanted = infinitive_verb(verb) if lemma in INTENTION_VERBS else None
    if wanted is not None:  # "plans to cut jobs": what they mean to do; "refused to say if" is no plan
        return None if wanted.lemma_.lower() in REPORTING_VERBS else (wanted.left_edge.i, wanted.right_edge.i)
    if lemma in DIRECTIVE_VERBS and (asked := infinitive_of(verb)) is not None:
        return asked  # "told staff to delete the files": what was asked of them
    if lemma in CLAUSE_ONLY and lemma not in STANCE_VERBS:  # "wants a recount" is a stance
        return None
    kids = object_children(verb)
    if lemma in DOCUMENT_VERBS:  # "the poll shows the mayor with a lead": all it shows
        kids = [k for k in verb.rights if k.dep_ not in ("punct", "cc", "conj", "advcl", "relcl", "npadvmod")]
    elif REPORTING_VERBS.get(lemma) == "clause":
        kids = [k for k in kids if k.dep_ in ("dobj", "xcomp") or k.lower_ in ("of", "about", "against")]
    if lemma in TOPIC_VERBS:  # "talked to reporters about the budget": the topic only
        kids = topics(verb)
    if not kids:
        return None
    end = max(k.right_edge.i for k in kids)
    clauses = [t.left_edge.i for k in kids for t in k.subtree if t.dep_ in ("advcl", "relcl") and t.head.i != verb.i
               and t.left_edge.i > verb.i and any(c.dep_ == "mark" for c in t.children)]
    first = min(kids, key=lambda k: k.left_edge.i)
    # "warned of serious consequences", "called for an inquiry": what was said, not the preposition
    bare = first.dep_ == "prep" and first.left_edge.i == first.i and not any(k.dep_ == "dobj" for k in kids)
    start = first.i + 1 if bare else first.left_edge.i  # but "dismissed as baseless the claims" keeps its "as"
    return start, min([end, *(c - 1 for c in clauses)])


def topics(verb: Token) -> list[Token]:
    """"spoke about the budget", "spoke to the jury about the burden of proof", "spoke on Tuesday about
    the budget" (where "about" may hang on the jury or the day): the phrases naming what was talked about,
    not a time ("on Tuesday")."""
    heard = [o for k in verb.rights if k.dep_ == "prep" for o in k.children if o.dep_ == "pobj"]
    found = [p for t in (verb, *heard) for p in t.rights
             if p.dep_ == "prep" and p.lower_ in TOPIC_PREPOSITIONS and (p.lower_ == "about" or not temporal(p))]
    # "spoke on the phone about the crisis": "about" names the topic where both stand
    about = [p for p in found if p.lower_ == "about"]
    return about or [p for p in found if p.head.i == verb.i]


def infinitive_verb(verb: Token) -> Token | None:
    """The verb of the to-infinitive a verb governs ("urged members to reject", "plans to cut")."""
    return next((child for child in verb.rights if child.dep_ in ("xcomp", "ccomp")
                 and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)), None)


def infinitive_of(verb: Token) -> tuple[int, int] | None:
    """The to-infinitive after a directive verb's object ("urged members to reject the offer")."""
    child = infinitive_verb(verb)
    return (child.left_edge.i, child.right_edge.i) if child is not None else None


def framed(noun: Token, verb: Token) -> bool:
    """The noun hangs on the verb through a framing word ("said before the vote")."""
    token = noun
    while token.i != verb.i and token.head.i != token.i:
        if token.lower_ in FRAME_PREPOSITIONS:
            return True
        token = token.head
    return False


def told_whom(noun: Token, verb: Token) -> bool:
    """"told a meeting of leaders that X": the clause hangs on whom the verb addresses."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i != verb.i:
        noun = noun.head.head  # "a meeting of leaders" → "meeting"
    addressee = noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or noun.lemma_.lower() in AUDIENCE_NOUNS
    return (noun.head.i == verb.i and noun.dep_ in ("dobj", "dative") and addressee
            and verb.lemma_.lower() in RECIPIENT_VERBS)


def complement_advcl(verb: Token) -> tuple[int, int] | None:
    """"said after the vote she would resign": a clause with its own subject and no subordinating
    word, which the parser hung on "said" as an adverbial clause; its subject starts the content."""
    for child in verb.rights:
        if child.dep_ != "advcl" or any(c.dep_ == "mark" or c.tag_ == "WRB" for c in child.children):
            continue  # "when the plant closed", "because it rained": adverbial indeed
        subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and child.pos_ in ("VERB", "AUX"):
            return subject.left_edge.i, child.right_edge.i
    return None


def that_clause(verb: Token) -> tuple[int, int] | None:
    """"said before the vote that X": a that-clause the parser hung on a noun after the verb."""
    for token in verb.subtree:
        if token.i <= verb.i or token.pos_ not in ("VERB", "AUX") or token.dep_ not in ("relcl", "acl"):
            continue
        that = next((c for c in token.lefts if c.lower_ == "that"), None)
        if that is None or that.dep_ in ("nsubj", "nsubjpass", "dobj"):
            continue
        if not framed(token.head, verb) and not told_whom(token.head, verb):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return that.i, token.right_edge.i
    return None


def parenthetical(verb: Token) -> list[tuple[int, int]] | None:
    """Token ranges around a "X said" set into the sentence it reports ("The deal, Moreau said,
    closes in May."; "..., officials say."): the sentence without the attribution."""
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.head.sent != verb.sent or \
            any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    if verb.dep_ != "parataxis" and (verb.i < verb.head.i or verb.lemma_ != "say"):
        return None  # only "..., officials say." as before; a clause verb before its head is no aside
    sent, first, last = verb.sent, verb.left_edge.i, verb.right_edge.i
    around = [(sent.start, first - 1), (last + 1, sent.end - 1)]
    return [r for r in around if r[1] >= r[0]] or None
