"""Roles ("US Secretary of State Helen Ward") and memberships ("EU member Ireland")."""
from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from kg.lexicon import MEMBER_HEDGES, MEMBER_NOUNS, MEMBER_SKIP, STATE_TITLES, TITLE_MODIFIERS, TITLE_WORDS
from kg.nlp import positions

from .gazetteer import demonym_country
from .records import Entities, EntityKey, Kind, of_kind

TITLE_GLUE = frozenset({"of", "-", "–"})
LIST_GLUE = frozenset({",", "and", "&"})
MEMBER_WORDS = frozenset({"member", "member-state"})
OTHER = frozenset({"other"})
JOIN = frozenset({"join"})


@dataclass(frozen=True, slots=True)
class Role:
    person: EntityKey
    title: str  # as written: "Secretary of State"
    org: EntityKey | None  # the organization or country the post is in
    start: int  # character span of the title phrase
    end: int


@dataclass(frozen=True, slots=True)
class Membership:
    member: EntityKey
    org: EntityKey
    start: int
    end: int


def affiliation_of(token: Token, entities: Entities) -> EntityKey | None:
    """The entity a token names, a demonym's country included ("British" → United Kingdom)."""
    entity = entities.at(token.i)
    if entity is not None and entity.kind in (Kind.ORGANIZATION, Kind.PLACE):
        return entity.key
    country = demonym_country(token.text)
    return EntityKey(Kind.PLACE, country.name) if country else None


def is_title(tokens: list[Token]) -> bool:
    words = [t.lower_.rstrip(".") for t in tokens if t.text not in TITLE_GLUE]
    return bool(words) and "former" not in words and any(
        w in TITLE_WORDS and w not in TITLE_MODIFIERS for w in words) or words == ["general"]


def title_before(span: Span, entities: Entities) -> Role | None:
    """A title right before a name: "UN Secretary-General Amina Diallo"."""
    doc, i, first = span.doc, span.start - 1, span.sent.start
    title: list[Token] = []
    org = None
    while i >= first:
        token = doc[i]
        if of_kind(entities.by_token.get(i), Kind.PERSON):
            break
        if token.lower_.rstrip(".") in TITLE_WORDS or (token.text in TITLE_GLUE and title):
            title.insert(0, token)
        elif (found := affiliation_of(token, entities)) or token.text in ("'s", "’s"):
            org = found or org
            if found and title:  # the affiliation opens the phrase
                i -= 1
                while i >= first and entities.by_token.get(i) == found:
                    i -= 1
                break
        else:
            break
        i -= 1
    while title and title[0].text in TITLE_GLUE:
        title.pop(0)
    if not is_title(title):
        return None
    org = org or affiliation_after(span, entities)
    return Role(entities.by_token[span.start], doc[title[0].i:title[-1].i + 1].text, org,
                doc[title[0].i].idx, title[-1].idx + len(title[-1]))


def affiliation_after(span: Span, entities: Entities) -> EntityKey | None:
    """"Professor Lars Eriksen of the University of Bergen": the body named right after the name."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in ("of", "at"):
        return None
    i = span.end + 1
    while i < len(doc) and doc[i].lower_ == "the":
        i += 1
    found = entities.by_token.get(i) if i < len(doc) else None
    return found if of_kind(found, Kind.ORGANIZATION) else None


def title_apposed(span: Span, entities: Entities) -> Role | None:
    """A title in apposition: "Amina Diallo, the UN's secretary-general," either way round."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        if noun.lower_ not in TITLE_WORDS or noun.i in range(span.start, span.end):
            continue
        words = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.lower_ in TITLE_WORDS]
        tokens = [*words, noun]
        if not is_title(tokens):
            continue
        org = next((a for c in noun.children if c.dep_ in ("poss", "compound", "amod", "prep")
                    for a in [affiliation_of(c, entities) or pobj_affiliation(c, entities)] if a), None)
        first = min(t.i for t in tokens)
        return Role(entities.by_token[span.start], span.doc[first:noun.i + 1].text, org,
                    span.doc[first].idx, noun.idx + len(noun))
    return None


def pobj_affiliation(token: Token, entities: Entities) -> EntityKey | None:
    """"of NATO", "at Harrow Capital", "for the WHO": the body a post is in."""
    if token.dep_ != "prep" or token.lower_ not in ("of", "at", "for", "with"):
        return None
    return next((affiliation_of(c, entities) for c in token.children if c.dep_ == "pobj"), None)


def extract_roles(doc: Doc, entities: Entities) -> list[Role]:
    roles: list[Role] = []
    for entity in entities.entities:
        if entity.kind != Kind.PERSON:
            continue
        for mention in (m for m in entity.mentions if not m.description):  # names only
            span = doc.char_span(mention.start, mention.end)
            if span is None:
                continue
            role = title_before(span, entities) or title_apposed(span, entities)
            if role is not None and role.org is None:
                role = replace(role, org=org_from_context(doc, role, roles, entities))
            if role is not None and role not in roles:
                roles.append(role)
    return roles


def org_from_context(doc: Doc, role: Role, roles: list[Role], entities: Entities) -> EntityKey | None:
    """The body of a post the phrase leaves out: the one the article gave the same person's same title
    before ("German Finance Minister X ... Finance Minister X said"), or, for a post in a government, the
    one country its sentence names."""
    title = role.title.casefold()
    earlier = {r.org for r in roles if r.person == role.person and r.title.casefold() == title and r.org}
    if len(earlier) == 1:
        return earlier.pop()
    if not STATE_TITLES & set(title.replace("-", " ").split()):
        return None
    sentence = doc.char_span(role.start, role.end, alignment_mode="expand")
    countries = {entities.by_token.get(t.i) for t in sentence.sent} if sentence is not None else set()
    countries = {key for key in countries if key and (e := entities.get(key)) is not None and e.subtype == "Country"}
    return countries.pop() if len(countries) == 1 else None


def members_after(doc: Doc, i: int, entities: Entities) -> list[EntityKey]:
    """The list of named members starting at token i: "Poland, Latvia and Lithuania"."""
    members: list[EntityKey] = []
    while i < len(doc) and doc[i].sent == doc[i - 1].sent:
        key = entities.by_token.get(i)
        if key and not of_kind(key, Kind.PERSON):
            if key not in members:
                members.append(key)
            i += 1
        elif doc[i].lower_ in LIST_GLUE and members:
            i += 1
        else:
            break
    return members


def extract_memberships(doc: Doc, entities: Entities) -> list[Membership]:
    """"NATO member(s)/ally(ies) X[, Y and Z]"; hedged or negated phrases assert nothing."""
    found: list[Membership] = []
    for i in positions(doc, LOWER, MEMBER_NOUNS):
        token = doc[i]
        if token.i == 0:
            continue
        org = entities.by_token.get(token.i - 1)
        if not of_kind(org, Kind.ORGANIZATION):
            continue
        before = {doc[j].lower_ for j in range(max(token.sent.start, token.i - 4), token.i)}
        if before & MEMBER_HEDGES:
            continue
        start = token.i + 1
        while start < len(doc) and doc[start].lower_ in MEMBER_SKIP:
            start += 1
        for member in members_after(doc, start, entities):
            if member != org:
                found.append(Membership(member, org, token.idx, token.idx + len(token)))
    return found + memberships_of(doc, entities) + joined(doc, entities) + and_other_members(doc, entities)


def memberships_of(doc: Doc, entities: Entities) -> list[Membership]:
    """"X, a member of Y" and "X is a member of Y" with no negation."""
    found = []
    for i in positions(doc, LOWER, MEMBER_WORDS):
        token = doc[i]
        if token.dep_ not in ("appos", "attr"):
            continue
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        org = pobj_affiliation(of, entities) if of is not None else None
        head = token.head
        subject = head if token.dep_ == "appos" else next(
            (c for c in head.children if c.dep_ == "nsubj"), None)
        negated = any(c.dep_ == "neg" for c in (*head.children, *token.children))
        hedged = any(c.lower_ in MEMBER_HEDGES for c in token.lefts)
        member = entities.by_token.get(subject.i) if subject is not None else None
        if member and of_kind(org, Kind.ORGANIZATION) and member != org and not negated and not hedged:
            found.append(Membership(member, org, token.idx, token.idx + len(token)))
    return found


def joined(doc: Doc, entities: Entities) -> list[Membership]:
    """"Finland, which joined NATO last year": a completed joining; "hopes to join" is not one."""
    found = []
    for i in positions(doc, LEMMA, JOIN):
        verb = doc[i]
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ in ("xcomp", "amod"):
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
            subject = verb.head  # "Finland, which joined NATO"
        org = entities.by_token.get(obj.i) if obj is not None else None
        member = entities.by_token.get(subject.i) if subject is not None else None
        if of_kind(org, Kind.ORGANIZATION) and of_kind(member, Kind.ORGANIZATION, Kind.PLACE) and org != member:
            found.append(Membership(member, org, verb.idx, verb.idx + len(verb)))
    return found


def and_other_members(doc: Doc, entities: Entities) -> list[Membership]:
    """"Portugal, Greece and other EU members", "Canada and other NATO allies": the named list before
    "and other" are members of the organization named after it."""
    found = []
    for i in positions(doc, LOWER, OTHER):
        org = entities.by_token.get(i + 1) if i + 1 < len(doc) else None
        if i < 2 or doc[i - 1].lower_ != "and" or not of_kind(org, Kind.ORGANIZATION):
            continue
        end = i + 1
        while end < len(doc) and entities.by_token.get(end) == org:
            end += 1
        if end < len(doc) and doc[end].lower_ in MEMBER_WORDS:
            end += 1  # "other EU member states"
        if end >= len(doc) or doc[end].lower_ not in MEMBER_NOUNS and doc[end].lower_ not in MEMBER_SKIP:
            continue
        for member in members_before(doc, i - 2, entities):
            if member != org:
                found.append(Membership(member, org, doc[i].idx, doc[end].idx + len(doc[end])))
    return found


def members_before(doc: Doc, i: int, entities: Entities) -> list[EntityKey]:
    """The list of named members ending at token i: "Poland, Latvia" before "and other"."""
    members: list[EntityKey] = []
    start = doc[i].sent.start if i >= 0 else 0
    while i >= start:
        key = entities.by_token.get(i)
        if key and not of_kind(key, Kind.PERSON):
            if key not in members:
                members.append(key)
            i -= 1
        elif doc[i].text == "," and members:
            i -= 1
        else:
            break
    return sorted(members)
