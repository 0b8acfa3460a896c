"""Statements: direct quotes (split and continued ones too) and reported speech, with speakers."""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from kg.entities import Entities, EntityKey, Role
from kg.lexicon import PRONOUNS, REPORTING_VERBS, WORK_NOUNS
from kg.nlp import sentence_starts

from .confidence import calibrated
from .content import Draft, subject_of
from .dates import resolve_date
from .labels import in_turn, kept_label, label_lines, label_speaker
from .quotes import Quote, find_quotes
from .reported import reported
from .spans import Marked, content_marked, cue_group, source_phrase, with_addressee, without_connective
from .speakers import Scene, Speaker, genders, resolve
from .willing import willing_drafts

ATTRIBUTION_REACH = 12  # tokens after a closing mark that may hold "said X"
SENTENCE_END = re.compile(r"[.?!][”’\"')]*(?=\s|$)")
DASHES = frozenset({"-", "–", "—", "--"})

@dataclass(frozen=True, slots=True)
class Statement:
    parts: tuple[tuple[int, int], ...]  # content spans (characters, end exclusive)
    text: str
    direct: bool
    cue: str | None
    cue_span: tuple[int, int] | None
    speaker: Speaker
    date: date | None
    mentions: tuple[EntityKey, ...]  # the entities named inside the content
    confidence: float
    how: str = "direct"  # the construction that found it (see confidence.py)
    marked: Marked | None = None  # the mentions as PARC 3.0 marks them (spans.py); None: `parts`, the cue, the name

    @property
    def span(self) -> tuple[int, int]:
        return self.parts[0][0], self.parts[-1][1]

    @property
    def content_mentions(self) -> tuple[tuple[int, int], ...]:
        return self.marked.content if self.marked else self.parts

    @property
    def cue_mention(self) -> tuple[int, int] | None:
        return self.marked.cue if self.marked else self.cue_span

    @property
    def speaker_mention(self) -> tuple[int, int] | None:
        if self.marked:
            return self.marked.source
        return (self.speaker.start, self.speaker.end) if self.speaker.start is not None and self.speaker.end else None


class TokenIndex:
    """Character offset → token, and token → sentence bounds, for quote marks found in the raw text."""

    def __init__(self, doc: Doc):
        self.doc, self.text = doc, doc.text
        self.starts = doc.to_array(IDX).tolist()
        self.sentences = sentence_starts(doc)
        self.dates = [ent for ent in doc.ents if ent.label_ == "DATE"]  # looked up once, not per statement

    def at(self, char: int) -> Token:
        return self.doc[max(0, bisect.bisect_right(self.starts, char) - 1)]

    def after(self, char: int) -> int:
        return bisect.bisect_left(self.starts, char)

    def sentence(self, i: int) -> tuple[int, int]:
        """(first token, end token) of the sentence holding token i."""
        k = bisect.bisect_right(self.sentences, i) - 1
        end = self.sentences[k + 1] if k + 1 < len(self.sentences) else len(self.doc)
        return self.sentences[max(k, 0)], end


def inner_text(text: str, quote: Quote) -> tuple[int, int]:
    start, end = quote.inner
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def standalone(text: str, quote: Quote, para_start: int) -> bool:
    """A quote that is itself what was said, not a phrase quoted inside a sentence."""
    before = text[para_start:quote.start].rstrip().removesuffix("'")  # the first of a '' mark
    ends = [m.end() for m in SENTENCE_END.finditer(before)]
    lead = before[ends[-1]:].strip() if ends else before
    return not lead or lead.endswith((":", ",")) and len(lead.split()) <= 12


def work_title(text: str, quote: Quote) -> bool:
    """“Songs for a Burning City”, named after "album", "film" or "titled": the title of a work, not speech."""
    words = text[slice(*quote.inner)].strip(" ,.").split()
    before = text[max(0, quote.start - 40):quote.start].lower().replace(",", " ").split()[-3:]
    capitalised = all(w[:1].isupper() for w in words if len(w) > 3)
    return len(words) >= 2 and capitalised and any(w.strip("’'s") in WORK_NOUNS for w in before)


def cue_in(tokens: list[Token]) -> Token | None:
    return next((t for t in tokens if t.pos_ == "VERB" and t.lemma_.lower() in REPORTING_VERBS), None)


def trailing(doc: Doc, index: TokenIndex, quote: Quote) -> tuple[Token | None, Token | None] | None:
    """(cue, subject) of "…,” said X" / "…” – X", from the tokens after the closing mark."""
    first = index.after(quote.end)
    if first >= len(doc) or "\n" in index.text[quote.end:index.starts[first]]:
        return None
    sent_end = index.sentence(index.at(quote.end - 1).i)[1]
    if doc[first].text in DASHES or asks_or_exclaims(index.text, quote):
        # the parser may start a sentence at the dash of "“…” – X", or after "?”" and "!”"
        sent_end = max(sent_end, index.sentence(first)[1])
    tail = [t for t in doc[first:min(sent_end, first + ATTRIBUTION_REACH)] if t.text not in "“\"‘"]
    tail = tail[:next((k for k, t in enumerate(tail) if t.text in "“\""), len(tail))]
    cue = cue_in(tail)
    if cue is not None:
        subject = subject_of(cue)
        if subject is None or subject.idx < quote.end:  # none, or a word inside the quote: a misparse
            subject = speaker_in_tail(tail, cue)
        return cue, subject
    if tail and tail[0].text in DASHES and len(tail) > 1:  # "“…” – Coach Sofia Bertelli"
        return None, name_after_dash(tail[1:])
    return None


def speaker_in_tail(tail: list[Token], cue: Token) -> Token | None:
    """Where the parse gives the cue no subject (often after "?”"), the trailing attribution's own
    order tells: the name or noun just before the cue ("Moreno asked"), else just after ("asked Moreno")."""
    before = [t for t in tail if t.i < cue.i]
    after = [t for t in tail if t.i > cue.i]
    return last_noun(before) or name_after_dash(after)


def last_noun(tokens: list[Token]) -> Token | None:
    return next((t for t in reversed(tokens) if t.pos_ in ("PROPN", "NOUN")), None)


def asks_or_exclaims(text: str, quote: Quote) -> bool:
    """“Who pays?” Moreno asked. / “Never!” she said.: the quote's own mark ends it."""
    inner = text[slice(*quote.inner)].rstrip()
    return inner.endswith(("?", "!"))


def name_after_dash(tokens: list[Token]) -> Token | None:
    """The last word of the first name (or noun) after a dash: the speaker's head word."""
    head = None
    for token in tokens:
        if token.pos_ in ("PROPN", "NOUN"):
            head = token
        elif head is not None:
            break
    return head


def leading(doc: Doc, index: TokenIndex, quote: Quote) -> tuple[Token | None, Token | None] | None:
    """(cue, subject) of "X said: “…”" from the tokens before the opening mark."""
    mark = index.at(quote.start)
    head = [t for t in doc[index.sentence(mark.i)[0]:mark.i] if not t.is_space]
    cue = cue_in(list(reversed(head)))
    if cue is None or not head or head[-1].text not in (":", ","):
        return None
    return cue, subject_of(cue)


def next_paragraph(text: str, end: int, start: int) -> bool:
    """No other paragraph stands between `end` and `start`: the same or the next paragraph."""
    return not any(line.strip() for line in text[end:start].split("\n")[1:-1])


def direct_drafts(doc: Doc, index: TokenIndex) -> list[Draft]:
    """Direct quotes with their attribution; split quotes joined; a quote that goes on in the same or
    the next paragraph without an attribution of its own is a further part of the one before."""
    text = index.text
    quotes = find_quotes(text)
    drafts: list[Draft] = []
    skip: set[int] = set()
    for n, quote in enumerate(quotes):
        part = inner_text(text, quote)
        short = len(text[part[0]:part[1]].split()) < 3  # a word or two: speech only with "X said" after it
        if n in skip or short and trailing(doc, index, quote) is None:
            continue
        if not standalone(text, quote, text.rfind("\n", 0, quote.start) + 1) or work_title(text, quote):
            continue
        cue, subject, how, parts = None, None, "direct", [part]
        if found := trailing(doc, index, quote):
            cue, subject = found
            follow = quotes[n + 1] if n + 1 < len(quotes) else None
            anchor = cue or subject
            if follow is not None and anchor is not None and follow.start < sentence_end_char(index, anchor):
                parts.append(inner_text(text, follow))
                skip.add(n + 1)
                how = "split"
        elif found := leading(doc, index, quote):
            cue, subject = found
        elif not text[slice(*quote.inner)].rstrip().endswith((".", "?", "!", ",")):
            continue  # a quoted heading or title, not speech
        elif drafts and drafts[-1].direct and next_paragraph(text, drafts[-1].parts[-1][1], quote.start):
            drafts[-1] = replace(drafts[-1], parts=drafts[-1].parts + (part,))  # one act of saying, one more part
            continue
        drafts.append(Draft(tuple(parts), True, cue.lemma_.lower() if cue is not None else None,
                            (cue.idx, cue.idx + len(cue)) if cue is not None else None,
                            subject.i if subject is not None else None, how,
                            cue.i if cue is not None else None))
    return drafts


def sentence_end_char(index: TokenIndex, token: Token) -> int:
    end = index.sentence(token.i)[1]
    return index.starts[end] if end < len(index.starts) else len(index.text)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def when(index: TokenIndex, draft: Draft, published: date | None) -> date | None:
    """The date the text gives for the act of saying ("said on Friday")."""
    if draft.date_anchor is None:
        return None
    anchor = index.doc[draft.date_anchor]
    future = any(c.lower_ in ("will", "'ll", "’ll") for c in anchor.children)
    first, end = index.sentence(anchor.i)
    for ent in index.dates:
        if not first <= ent.start < end or any(overlaps((ent.start_char, ent.end_char), p) for p in draft.parts):
            continue
        if ent.root.head == anchor or ent.root.head.head == anchor:
            return resolve_date(ent.text, published, future=future)
    return None


def confidence(draft: Draft, speaker: Speaker, text: str) -> float:
    pronoun = speaker.start is not None and text[speaker.start:speaker.end].lower() in PRONOUNS
    return calibrated(draft.how, speaker.kind, pronoun)


def extract_statements(doc: Doc, entities: Entities, roles: list[Role], *,
                       published: date | None = None) -> list[Statement]:
    """Every statement in the article, in text order, with speaker, cue, date and mentions."""
    index = TokenIndex(doc)
    statements: list[Statement] = []
    history: list[Speaker] = []
    turns: list[tuple[tuple[int, int], Speaker]] = []  # the lines a label gives a speaker, and who
    scene = Scene(entities, roles, genders(doc, entities, index.sentences), index.sentences)
    for draft in all_drafts(doc, index):
        subject = doc[draft.subject] if draft.subject is not None else None
        speaker = resolve(subject, scene, history)
        if draft.how == "label" and subject is not None:
            speaker = label_speaker(subject, speaker, entities)
            if not kept_label(subject.lemma_.lower(), speaker):
                continue  # "The Latest: ...", "Big Win For Bernie: ...": a heading, not a speaker
            turns.append((draft.parts[0], speaker))
        elif subject is not None and speaker.kind == "unknown":
            speaker = in_turn(subject, speaker, turns)  # "FALLIN: Well, I think ...": the label's "I"
        history.append(speaker)
        statements.append(Statement(
            parts=draft.parts, text=" ".join(index.text[a:b] for a, b in draft.parts),
            direct=draft.direct, cue=draft.cue, cue_span=draft.cue_span, speaker=speaker,
            date=when(index, draft, published), mentions=mentioned(entities, draft.parts),
            confidence=confidence(draft, speaker, index.text), how=draft.how,
            marked=marked(doc, index.text, draft, subject, speaker)))
    return statements


def all_drafts(doc: Doc, index: TokenIndex) -> list[Draft]:
    """The article's statements before their speakers are resolved, in text order: quotes first, then what
    is reported outside them (the outermost of nested reports), and the lines a label opens."""
    direct = direct_drafts(doc, index)
    taken = {t.i for d in direct for p in d.parts for t in doc.char_span(*p, alignment_mode="expand") or ()}
    taken |= {d.date_anchor for d in direct if d.date_anchor is not None}
    indirect = list(reported(doc, taken))
    indirect += willing_drafts(doc, taken | {d.date_anchor for d in indirect if d.date_anchor is not None})
    # a label's line keeps what it reports within ("The Latest: Obama says ..." may be no one's words), and
    # gives a quote it holds with no one to say it a speaker ("Lindqvist: ‘We were robbed.’")
    labels = list(label_lines(doc, taken, [x.parts[0] for x in direct if x.subject is None]))
    direct = [x for x in direct if x.subject is not None or not any(overlaps(x.parts[0], d.parts[0]) for d in labels)]
    quoted = [q for x in direct for q in x.parts]
    outside = [d for d in [*indirect, *labels] if not any(overlaps(p, q) for p in d.parts for q in quoted)]
    return sorted(direct + dedupe(outermost([d for d in outside if d.how != "label"])
                                  + [d for d in outside if d.how == "label"]), key=lambda d: d.parts[0][0])


def marked(doc: Doc, text: str, draft: Draft, subject: Token | None, speaker: Speaker) -> Marked:
    """The statement's source, cue and content mentions as PARC marks them (`text`: the doc's, made once)."""
    content = tuple(with_addressee(doc, content_marked(text, without_connective(text, part, draft.cue_span)),
                                   draft.cue_span) for part in draft.parts)
    cue = cue_group(doc, draft.cue_span, content) if draft.cue_span else None
    named = (speaker.start, speaker.end) if speaker.start is not None and speaker.end is not None else None
    source = source_phrase(doc, text, subject, named, [*content, *([cue] if cue else [])])
    return Marked(content, cue, source)


def outermost(drafts: list[Draft]) -> list[Draft]:
    """Drop a statement reported inside another's content ("he said the paper confirmed X")."""
    return [d for d in drafts if d.cue_span is None or not any(
        other is not d and other.parts[0][0] <= d.cue_span[0] < other.parts[0][1] for other in drafts)]


def dedupe(drafts: list[Draft]) -> list[Draft]:
    """One statement per content span: the first cue that reports it wins."""
    first: dict[tuple[tuple[int, int], ...], Draft] = {}
    for draft in drafts:
        first.setdefault(draft.parts, draft)
    return list(first.values())


def mentioned(entities: Entities, parts: tuple[tuple[int, int], ...]) -> tuple[EntityKey, ...]:
    keys = [e.key for e in entities.entities
            if any(a <= m.start and m.end <= b for m in e.mentions for a, b in parts)]
    return tuple(keys)
