"""SHACL validation against ontology/shapes.ttl, one article graph at a time.

Every triple about an article lives in that article's graph, so the graphs are checked on their own,
in parallel with `jobs`. pySHACL checks the shapes' node and property constraints; the one SPARQL
constraint (a mention's `nif:anchorOf` is the text at its offsets), which takes pySHACL about 95% of
its time, is checked here in Python over the same triples, and so are the property shapes that let a
value take one of several datatypes (pySHACL spends a quarter of the rest on the branches not taken).
`validate_graph` runs pySHACL with the
whole shapes graph, SPARQL included: the reference the tests hold the per-graph path to.
"""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Triple, parse

from kg.resources import resource_text

from .formats import read_rdf, serialized
from .vocab import NIF, RDF, XSD

if TYPE_CHECKING:
    import rdflib

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = RDF.type.value
INTEGER_TYPES = frozenset((XSD.integer.value, XSD.nonNegativeInteger.value))
ANCHOR_MESSAGE = "nif:anchorOf differs from the text of the context at [nif:beginIndex, nif:endIndex)"
PARALLEL_FROM = 16  # graphs: below this a pool costs more than it saves


class Report(NamedTuple):
    conforms: bool
    text: str


@lru_cache(maxsize=2)
def shapes(*, with_sparql: bool) -> rdflib.Graph:
    """The shapes graph, whole or without what is checked in Python instead: its SPARQL constraints
    and its choices between datatypes (`datatype_choices`)."""
    import rdflib

    graph = rdflib.Graph().parse(data=resource_text("ontology", "shapes.ttl"), format="turtle")
    if not with_sparql:
        sparql = rdflib.URIRef("http://www.w3.org/ns/shacl#sparql")
        for shape, constraint in list(graph.subject_objects(sparql)):
            graph.remove((shape, sparql, constraint))
            for triple in list(graph.triples((constraint, None, None))):
                graph.remove(triple)
        sh_or = rdflib.URIRef(SH + "or")
        for shape, choices in list(graph.subject_objects(sh_or)):
            if is_datatype_choice(graph, choices):
                graph.remove((shape, sh_or, choices))
    return graph


@lru_cache(maxsize=1)
def datatype_choices() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """(class, property, datatypes) for each property shape whose value may have one of several
    datatypes (`sh:or ( [ sh:datatype A ] [ sh:datatype B ] )`): pySHACL builds and drops a violation
    for every branch not taken, a quarter of its time on news graphs, so these are checked in Python."""
    import rdflib
    from rdflib.collection import Collection

    graph = shapes(with_sparql=True)
    sh = rdflib.Namespace(SH)
    found = []
    for node_shape, target in graph.subject_objects(sh.targetClass):
        for prop in graph.objects(node_shape, sh.property):
            for choices in graph.objects(prop, sh["or"]):
                if is_datatype_choice(graph, choices):
                    types = frozenset(str(graph.value(m, sh.datatype)) for m in Collection(graph, choices))
                    found.append((str(target), str(graph.value(prop, sh.path)), types))
    return tuple(sorted(found, key=lambda choice: (choice[0], choice[1], sorted(choice[2]))))


def is_datatype_choice(graph: rdflib.Graph, choices) -> bool:
    """Whether an sh:or list offers nothing but datatypes."""
    from rdflib.collection import Collection

    members = list(Collection(graph, choices))
    return bool(members) and all({str(p) for p, _ in graph.predicate_objects(m)} == {SH + "datatype"}
                                 for m in members)


def pyshacl_report(data: rdflib.Graph, shapes_graph: rdflib.Graph) -> Report:
    from pyshacl import validate as shacl_validate  # slow to import: only when validating

    conforms, _, text = shacl_validate(data, shacl_graph=shapes_graph, inference="none", advanced=True)
    return Report(bool(conforms), str(text))


def union_graph(quads: Iterable[Quad]) -> rdflib.Graph:
    """Every triple, named graphs merged."""
    import rdflib

    triples = dict.fromkeys(Triple(q.subject, q.predicate, q.object) for q in quads)
    return rdflib.Graph().parse(data=serialized(triples, RdfFormat.N_TRIPLES), format="nt")


def validate_graph(data: rdflib.Graph) -> Report:
    """pySHACL with the whole shapes graph: the reference, slow on a corpus."""
    return pyshacl_report(data, shapes(with_sparql=True))


def anchor_violations(triples: list[Triple]) -> list[str]:
    """Mentions whose nif:anchorOf is not the text of their context at [beginIndex, endIndex)."""
    texts = {t.subject: t.object.value for t in triples
             if t.predicate == NIF.isString and isinstance(t.object, Literal)}
    phrases: dict = defaultdict(dict)
    for t in triples:
        if t.predicate in (NIF.referenceContext, NIF.beginIndex, NIF.endIndex, NIF.anchorOf):
            phrases[t.subject][t.predicate] = t.object
    found = []
    for phrase, fields in phrases.items():
        if (len(fields) < 4 or fields[NIF.referenceContext] not in texts
                or not all(well_typed(fields[f], INTEGER_TYPES) for f in (NIF.beginIndex, NIF.endIndex))):
            continue  # a missing field or a badly typed offset is reported by its property shape
        text, anchor = texts[fields[NIF.referenceContext]], fields[NIF.anchorOf].value
        begin, end = int(fields[NIF.beginIndex].value), int(fields[NIF.endIndex].value)
        if end < begin or len(text) < end or text[begin:end] != anchor:
            found.append(violation("SPARQLConstraintComponent", phrase, fields[NIF.anchorOf], ANCHOR_MESSAGE))
    return sorted(found)


def violation(component: str, focus, value, message: str, *, path: str | None = None) -> str:
    """A violation found in Python, written as pySHACL writes its own."""
    result_path = f"\tResult Path: <{path}>\n" if path else ""
    return (f"Constraint Violation in {component} ({SH}{component}):\n\tSeverity: sh:Violation\n"
            f"\tFocus Node: {focus}\n\tValue Node: {value}\n{result_path}\tMessage: {message}")


def datatype_violations(triples: list[Triple]) -> list[str]:
    """Values of `datatype_choices` properties, on nodes of their class, with none of the datatypes
    (or not a valid literal of it: pySHACL rejects an ill-formed one)."""
    typed = defaultdict(set)
    for t in triples:
        if t.predicate.value == RDF_TYPE and isinstance(t.object, NamedNode):
            typed[t.object.value].add(t.subject)
    found = []
    for target, path, datatypes in datatype_choices():
        for t in triples:
            if t.predicate.value == path and t.subject in typed[target] and not well_typed(t.object, datatypes):
                found.append(violation("OrConstraintComponent", t.subject, t.object,
                                       "the value is not of any of the datatypes " + ", ".join(sorted(datatypes)),
                                       path=path))
    return sorted(found)


def well_typed(value, datatypes: frozenset[str]) -> bool:
    """A literal of one of `datatypes` with a valid lexical form (an integer: digits, a sign where allowed)."""
    if not isinstance(value, Literal) or value.datatype.value not in datatypes:
        return False
    if value.datatype.value not in INTEGER_TYPES:
        return True
    signs = "+" if value.datatype == XSD.nonNegativeInteger else "+-"
    digits = value.value[1:] if value.value[:1] in signs else value.value
    return digits.isdigit()


def graph_report(ntriples: bytes) -> Report:
    """One article graph, as N-Triples: pySHACL's structural checks and the offsets check."""
    import rdflib

    triples = list(parse(ntriples, format=RdfFormat.N_TRIPLES))
    structural = pyshacl_report(rdflib.Graph().parse(data=ntriples, format="nt"), shapes(with_sparql=False))
    checked = [*anchor_violations(triples), *datatype_violations(triples)]
    if structural.conforms and not checked:
        return Report(True, "")
    results = [structural.text.strip()] if not structural.conforms else []
    return Report(False, "\n".join([*results, *checked]))


def graphs_of(quads: Iterable[Quad]) -> list[tuple[str, bytes]]:
    """Each graph's triples as N-Triples, in the order of the graph names."""
    grouped: dict[str, dict[Triple, None]] = defaultdict(dict)
    for q in quads:
        grouped[str(q.graph_name)][Triple(q.subject, q.predicate, q.object)] = None
    return [(name, serialized(grouped[name], RdfFormat.N_TRIPLES)) for name in sorted(grouped)]


def validate_quads(quads: Iterable[Quad], *, jobs: int | None = 1) -> Report:
    """Validate each graph on its own (`jobs`: processes, 0 or None every core); one report for all."""
    graphs = graphs_of(quads)
    workers = jobs if jobs else os.cpu_count() or 1
    if workers > 1 and len(graphs) >= PARALLEL_FROM:
        with ProcessPoolExecutor(min(workers, len(graphs))) as pool:
            reports = list(pool.map(graph_report, [data for _, data in graphs], chunksize=4))
    else:
        reports = [graph_report(data) for _, data in graphs]
    failed = [(name, r.text) for (name, _), r in zip(graphs, reports) if not r.conforms]
    if not failed:
        return Report(True, "Conforms: True")
    text = "\n".join(f"Graph {name} does not conform:\n{body}" for name, body in failed)
    return Report(False, f"Conforms: False\n{len(failed)} of {len(graphs)} graphs have violations.\n{text}")


def validate_files(paths: Iterable[str], *, jobs: int | None = 1) -> Report:
    return validate_quads((q for path in paths for q in read_rdf(path)), jobs=jobs)
