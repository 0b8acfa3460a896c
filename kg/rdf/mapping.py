"""Map one article's extraction to RDF quads in its own named graph (docs/design.md, "The RDF profile").

This is the only module that writes triples. It emits pyoxigraph quads: Oxigraph serializes
and stores them; `kg.extract` hands users an rdflib Dataset over the same store.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from pyoxigraph import Literal, NamedNode, Quad

from kg.errors import KgError

from .iris import Iris
from .keys import name_keys
from .vocab import (
    DCTERMS,
    EVENT_CLASSES,
    GAF,
    GEONAMES,
    ITSRDF,
    NIF,
    NKG,
    ONTOLOGY_VERSION,
    ORG,
    OWL,
    PROV,
    RDF,
    SCHEMA,
    SKOS,
    SUPERCLASSES,
    WGS,
    XSD,
)

if TYPE_CHECKING:  # rdf reads records by their fields only; it never imports spaCy
    from kg.entities import Entity, Membership, Role
    from kg.events import Event
    from kg.extraction import Extraction
    from kg.statements import Speaker, Statement

SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "to"})


@lru_cache(maxsize=256)
def node(iri: str) -> NamedNode:
    return NamedNode(str(iri))




def typed(value: object, datatype: NamedNode) -> Literal:
    return Literal(str(value), datatype=datatype)


def title_label(title: str) -> str:
    """One label per role however the article writes it: "secretary-general" → "Secretary General"."""
    words = title.replace("–", " ").replace("-", " ").split()
    return " ".join(w.lower() if w.lower() in SMALL_WORDS and i else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


class Writer:
    """Collects the quads of one article's graph."""

    def __init__(self, iris: Iris, text: str):
        self.iris, self.text, self.graph = iris, text, node(iris.graph)
        self.context = node(iris.char(0, len(text)))
        self.nodes: dict[str, NamedNode] = {}  # this article's IRIs, each made once
        self.quads: list[Quad] = []
        self.spans: set[tuple[int, int]] = set()
        self.names: dict[str, set[str]] = {}  # the names given so far to each unnamed source

    def node(self, iri: str) -> NamedNode:
        found = self.nodes.get(iri)
        if found is None:
            found = self.nodes[iri] = NamedNode(iri)
        return found

    def add(self, s: str, p: NamedNode, o) -> None:
        obj = o if isinstance(o, (Literal, NamedNode)) else self.node(o)
        self.quads.append(Quad(self.node(s), p, obj, self.graph))

    def types(self, s: str, classes: Iterable) -> None:
        for cls in classes:
            self.add(s, RDF.type, cls if isinstance(cls, NamedNode) else node(cls))

    def span(self, start: int, end: int, *, refers_to: str | None = None) -> str:
        """A nif:Phrase for characters start..end, written once however often it is used."""
        iri = self.iris.char(start, end)
        if (start, end) not in self.spans:
            self.spans.add((start, end))
            self.add(iri, RDF.type, NIF.Phrase)
            self.add(iri, NIF.referenceContext, self.context)
            self.add(iri, NIF.beginIndex, typed(start, XSD.nonNegativeInteger))
            self.add(iri, NIF.endIndex, typed(end, XSD.nonNegativeInteger))
            self.add(iri, NIF.anchorOf, Literal(self.text[start:end]))
        if refers_to is not None:
            self.add(iri, ITSRDF.taIdentRef, refers_to)
        return iri

    def name_keys(self, s: str, names: Iterable[str]) -> None:
        """`nkg:nameKey` for each name, `nkg:nameEndKey` for each run of its last words: what a query
        matches exactly to find an entity by name or surname (docs/design.md, "Look-ups, pages and kept answers")."""
        keys, ends = name_keys(names)
        for key in keys:
            self.add(s, NKG.nameKey, Literal(key))
        for end in ends:
            self.add(s, NKG.nameEndKey, Literal(end))

    def counted(self) -> list[Quad]:
        """The graph's quads, each once, and `nkg:quadCount` on the graph: how many there are."""
        quads = list(dict.fromkeys(self.quads))
        quads.append(Quad(self.graph, NKG.quadCount, typed(len(quads) + 1, XSD.nonNegativeInteger), self.graph))
        return quads


def generation_time(given: datetime | None = None) -> datetime:
    """The one clock value in the output (`prov:generatedAtTime`): the given time, else
    `SOURCE_DATE_EPOCH` (the reproducible-builds convention), else now; UTC, whole seconds."""
    if given is None and (epoch := os.environ.get("SOURCE_DATE_EPOCH", "").strip()):
        if not epoch.isdigit():
            raise KgError(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds; "
                          "set it like SOURCE_DATE_EPOCH=1700000000 or unset it")
        given = datetime.fromtimestamp(int(epoch), UTC)
    when = given or datetime.now(UTC)
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).replace(microsecond=0)


def article_quads(result: Extraction, *, base: str, generated_at: datetime | None = None) -> list[Quad]:
    """Every quad of one article, all in the graph `{base}graph/{docid}`."""
    article = result.article
    w = Writer(Iris(base, article.id), article.text)
    write_article(w, result, generation_time(generated_at))
    for entity in result.entities.entities:
        write_entity(w, entity)
    for role in result.roles:
        write_role(w, role)
    for membership in result.memberships:
        write_membership(w, membership)
    for statement in result.statements:
        write_statement(w, statement)
    for event in result.events:
        write_event(w, event)
    return w.counted()


def write_article(w: Writer, result: Extraction, generated_at: datetime) -> None:
    article, doc, iris = result.article, w.iris.doc, w.iris
    w.types(doc, (SCHEMA.NewsArticle, SCHEMA.Article, SCHEMA.CreativeWork))
    w.add(doc, DCTERMS.identifier, Literal(article.id))
    if article.published:
        w.add(doc, SCHEMA.datePublished, typed(article.published.isoformat(), XSD.date))
    if article.title:
        w.add(doc, SCHEMA.headline, Literal(article.title))
    if article.url:
        w.add(doc, SCHEMA.url, node(article.url))
    if article.author:
        w.add(doc, SCHEMA.author, Literal(article.author))
    w.add(doc, NKG.inputForm, Literal(article.method))
    if origin := web_origin(article.source):  # a fetched page or an archive record; local paths stay local
        w.add(doc, PROV.wasDerivedFrom, node(origin))
    context = iris.char(0, len(article.text))
    w.add(context, RDF.type, NIF.Context)
    w.add(context, NIF.isString, Literal(article.text))
    w.add(context, NIF.sourceUrl, doc)
    w.add(context, NIF.beginIndex, typed(0, XSD.nonNegativeInteger))
    w.add(context, NIF.endIndex, typed(len(article.text), XSD.nonNegativeInteger))
    w.add(iris.graph, PROV.wasDerivedFrom, doc)
    w.add(iris.graph, PROV.generatedAtTime, typed(generated_at.isoformat(), XSD.dateTime))
    w.add(iris.graph, DCTERMS.conformsTo, ONTOLOGY_VERSION)


def web_origin(source: str) -> str | None:
    """The IRI an article was read from when it is a web resource: a link, or a WARC record's id."""
    if source.startswith(("http://", "https://")):
        return source
    record = source.rpartition("#<")[2].rstrip(">")
    return record if record.startswith("urn:") else None


def write_entity(w: Writer, entity: Entity) -> None:
    e = w.iris.entity(entity.key)
    w.add(w.iris.doc, SCHEMA.mentions, e)
    w.types(e, SUPERCLASSES.get(entity.subtype) or SUPERCLASSES[entity.kind])
    w.add(e, SCHEMA.name, Literal(entity.name))
    for alias in entity.aliases:
        w.add(e, SCHEMA.alternateName, Literal(alias))
    w.name_keys(e, (entity.name, *entity.aliases))
    for mention in entity.mentions:  # a demonym refers to its country but is not one of its names
        if mention.naming:
            w.add(e, GAF.denotedBy, w.span(mention.start, mention.end, refers_to=e))
    if entity.geonameid:
        w.add(e, OWL.sameAs, f"{GEONAMES}{entity.geonameid}/")
    if entity.lat is not None and entity.long is not None:
        w.add(e, WGS.lat, typed(f"{entity.lat:.5f}", XSD.decimal))
        w.add(e, WGS.long, typed(f"{entity.long:.5f}", XSD.decimal))


def write_role(w: Writer, role: Role) -> None:
    person = w.iris.entity(role.person)
    label = title_label(role.title)
    post, role_iri = w.iris.post(role.person, label, role.org), w.iris.role(label)
    w.add(post, RDF.type, ORG.Post)
    w.add(post, ORG.heldBy, person)
    w.add(post, ORG.role, role_iri)
    if role.org:
        w.add(post, ORG.postIn, w.iris.entity(role.org))
    w.add(person, ORG.holds, post)
    w.add(person, SCHEMA.jobTitle, Literal(role.title))
    w.add(role_iri, RDF.type, ORG.Role)
    w.add(role_iri, SKOS.prefLabel, Literal(label, language="en"))


def write_membership(w: Writer, membership: Membership) -> None:
    member, org = w.iris.entity(membership.member), w.iris.entity(membership.org)
    m = w.iris.membership(membership.member, membership.org)
    w.add(m, RDF.type, ORG.Membership)
    w.add(m, ORG.member, member)
    w.add(m, ORG.organization, org)
    w.add(member, ORG.memberOf, org)
    w.add(m, GAF.denotedBy, w.span(membership.start, membership.end))


def speaker_node(w: Writer, speaker: Speaker) -> str:
    if not isinstance(speaker.key, str):  # an entity's key; a source has its description
        return w.iris.entity(speaker.key)
    source = w.iris.source(speaker.key)
    w.types(source, (NKG.UnnamedSource, PROV.Agent))
    if speaker.kind == "unknown":
        w.add(source, RDF.type, NKG.UnknownSource)
    # "Police" in one sentence and "police" in another are one source: one name, the other forms alternate
    given = w.names.setdefault(source, set())
    if speaker.name not in given:
        w.add(source, SCHEMA.alternateName if given else SCHEMA.name, Literal(speaker.name))
        w.name_keys(source, (speaker.name,))
        given.add(speaker.name)
    if speaker.affiliation:
        w.add(source, SCHEMA.affiliation, w.iris.entity(speaker.affiliation))
    return source


def write_statement(w: Writer, statement: Statement) -> None:
    s = w.iris.statement(*statement.span)
    w.types(s, (NKG.Statement, SCHEMA.Quotation, SCHEMA.CreativeWork, PROV.Entity,
                NKG.DirectQuote if statement.direct else NKG.ReportedSpeech))
    w.add(s, SCHEMA.text, Literal(statement.text))
    w.add(s, SCHEMA.isPartOf, w.iris.doc)
    speaker = speaker_node(w, statement.speaker)
    w.add(s, SCHEMA.spokenByCharacter, speaker)
    w.add(s, PROV.wasAttributedTo, speaker)
    for start, end in statement.content_mentions:  # PARC's spans: "that" and quote marks included
        w.add(s, GAF.denotedBy, w.span(start, end))
    if statement.speaker_mention:
        w.add(s, NKG.speakerMention, w.span(*statement.speaker_mention))
    if statement.cue:
        w.add(s, NKG.cue, Literal(statement.cue))
    if statement.cue_mention:
        w.add(s, NKG.cueMention, w.span(*statement.cue_mention))
    if statement.date:
        w.add(s, SCHEMA.dateCreated, typed(statement.date.isoformat(), XSD.date))
    for key in statement.mentions:
        w.add(s, SCHEMA.mentions, w.iris.entity(key))
    w.add(s, NKG.confidence, typed(f"{statement.confidence:.2f}", XSD.decimal))


def write_event(w: Writer, event: Event) -> None:
    """An event with its triggers, participants (and the spans naming them here), place and date."""
    ev = w.iris.event(*event.span)
    # schema:Event is written, for schema.org alone; sem:Event and sem:hasActor follow from the ontology's axioms
    w.types(ev, (NKG.Event, SCHEMA.Event, *([EVENT_CLASSES[event.type]] if event.type in EVENT_CLASSES else [])))
    w.add(ev, SCHEMA.isPartOf, w.iris.doc)
    for trigger in event.triggers:
        w.add(ev, GAF.denotedBy, w.span(trigger.start, trigger.end))
    w.add(ev, NKG.trigger, Literal(event.group))
    for role, mention, people in ((NKG.agent, NKG.agentMention, event.agents),
                                  (NKG.patient, NKG.patientMention, event.patients)):
        for person in people:
            e = w.iris.entity(person.key)
            w.add(ev, role, e)
            w.add(ev, mention, w.span(person.start, person.end))
    if event.place:
        place = w.iris.entity(event.place.key)
        w.add(ev, SCHEMA.location, place)
        w.add(ev, NKG.placeMention, w.span(event.place.start, event.place.end))
    if event.date:
        w.add(ev, SCHEMA.startDate, typed(event.date.isoformat(), XSD.date))
    if event.polarity != "positive":  # what is unmarked is positive and actual (the queries say so)
        w.add(ev, NKG.polarity, Literal(event.polarity))
    if event.modality != "actual":
        w.add(ev, NKG.modality, Literal(event.modality))
    w.add(ev, NKG.confidence, typed(f"{event.confidence:.2f}", XSD.decimal))


def resolution_quads(links: Iterable[tuple[str, str]], *, base: str,
                     generated_at: datetime | None = None) -> list[Quad]:
    """Identity links between entity IRIs, in the graph `{base}graph/resolution`: `nkg:resolvedTo`, which
    the queries follow, and its superproperty `owl:sameAs` (written too: stores do no inference)."""
    graph = node(f"{base}graph/resolution")
    quads = [Quad(node(short), link, node(full), graph) for short, full in links
             for link in (NKG.resolvedTo, OWL.sameAs)]
    when = generation_time(generated_at)
    quads.append(Quad(graph, PROV.generatedAtTime, typed(when.isoformat(), XSD.dateTime), graph))
    quads.append(Quad(graph, DCTERMS.conformsTo, node(ONTOLOGY_VERSION), graph))
    return quads
