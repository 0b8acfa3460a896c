"""The RDF profile: golden graphs, the vocabulary against the ontology, SHACL shapes."""
from pathlib import Path

import pytest
import rdflib
from rdflib import OWL, RDF
from rdflib.compare import isomorphic

from kg.rdf import validate_files, validate_graph, vocab
from kg.resources import resource_text
from kg.run import Settings, extract_files
from tests.conftest import ARTICLES, FIXED_TIME

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
NKG = rdflib.Namespace("https://w3id.org/newskg/ns#")


@pytest.mark.parametrize("article", sorted(ARTICLES.glob("golden-*.txt")), ids=lambda p: p.stem)
def test_golden_graph_is_isomorphic(article, tmp_path):
    out = tmp_path / "out.trig"
    extract_files([str(article)], Settings(output=str(out), generated_at=FIXED_TIME))
    got, want = named_graphs(out), named_graphs(GOLDEN / f"{article.stem}.trig")
    assert got.keys() == want.keys()
    for name in want:
        assert isomorphic(got[name], want[name]), "if intended, run `make golden` and review the diff"


def named_graphs(path) -> dict:
    ds = rdflib.Dataset().parse(path, format="trig")
    return {g.identifier: g for g in ds.graphs() if len(g)}


def union(path) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in rdflib.Dataset().parse(path, format="trig").quads():
        graph.add((s, p, o))
    return graph


def test_vocabulary_matches_ontology():
    ontology = rdflib.Graph().parse(data=resource_text("ontology", "newskg.ttl"), format="turtle")
    declared = {s for s in ontology.subjects() if isinstance(s, rdflib.URIRef) and str(s).startswith(str(NKG))}
    in_module = {rdflib.URIRef(vocab.NKG[name].value) for name in vocab.NKG.terms}
    assert declared == in_module
    for term in declared:
        assert (term, RDF.type, None) in ontology and (term, rdflib.RDFS.label, None) in ontology
        assert (term, rdflib.RDFS.comment, None) in ontology


def test_vocabulary_fails_on_typos():
    with pytest.raises(AttributeError):
        vocab.NKG.Statment  # noqa: B018
    with pytest.raises(AttributeError):
        vocab.SCHEMA.spokenBy  # noqa: B018


def test_ontology_alignments():
    ontology = rdflib.Graph().parse(data=resource_text("ontology", "newskg.ttl"), format="turtle")
    sub = rdflib.RDFS.subClassOf
    assert (NKG.Statement, sub, rdflib.URIRef("http://schema.org/Quotation")) in ontology
    assert (NKG.Statement, sub, rdflib.URIRef("http://www.w3.org/ns/prov#Entity")) in ontology
    assert (NKG.UnnamedSource, sub, rdflib.URIRef("http://www.w3.org/ns/prov#Agent")) in ontology
    assert (rdflib.URIRef("https://w3id.org/newskg/ns"), RDF.type, OWL.Ontology) in ontology


def test_examples_conform_to_shapes(example_graph):
    report = validate_files([str(example_graph)])
    assert report.conforms, report.text


def test_shapes_catch_a_wrong_anchor(example_graph):
    data = union(example_graph)
    nif = rdflib.Namespace(vocab.NIF.iri)
    phrase = next(data.subjects(RDF.type, nif.Phrase))
    data.set((phrase, nif.anchorOf, rdflib.Literal("not the text")))
    report = validate_graph(data)
    assert not report.conforms and "anchorOf" in report.text


def test_every_article_graph_is_named_and_has_provenance(example_graph):
    ds = rdflib.Dataset().parse(example_graph, format="trig")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    graphs = [g for g in ds.graphs() if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g)]
    assert len(graphs) == 6
    for graph in graphs:
        assert str(graph.identifier).startswith("https://w3id.org/newskg/id/graph/")
        assert (graph.identifier, prov.wasDerivedFrom, None) in graph
        assert (graph.identifier, rdflib.URIRef("http://purl.org/dc/terms/conformsTo"), None) in graph


def test_offsets_match_text(example_graph):
    ds = union(example_graph)
    nif = rdflib.Namespace(vocab.NIF.iri)
    texts = {c: str(t) for c, t in ds.subject_objects(nif.isString)}
    checked = 0
    for phrase in set(ds.subjects(RDF.type, nif.Phrase)):
        context = ds.value(phrase, nif.referenceContext)
        begin, end = int(ds.value(phrase, nif.beginIndex)), int(ds.value(phrase, nif.endIndex))
        assert texts[context][begin:end] == str(ds.value(phrase, nif.anchorOf))
        assert str(phrase).endswith(f"#char={begin},{end}")
        checked += 1
    assert checked > 100


def test_extract_api_returns_dataset():
    from kg import extract

    ds = extract("“We are ready,” said Foreign Minister Ana Ruiz in Madrid.", generated_at=FIXED_TIME)
    assert isinstance(ds, rdflib.Dataset)
    schema = rdflib.Namespace("http://schema.org/")
    speakers = {str(o) for s, p, o in ds.triples((None, schema.spokenByCharacter, None))}
    assert speakers == {"https://w3id.org/newskg/id/entity/person/ana-ruiz"}


def test_extract_takes_one_article_as_well_as_many():
    from kg import Article, extract

    one = Article("port-deal", "“We have a deal,” union leader Rosa Lindqvist said in Gothenburg.")
    identifiers = {str(o) for o in extract(one, generated_at=FIXED_TIME).objects(None, rdflib.DCTERMS.identifier)}
    assert identifiers == {"port-deal"}


def test_graphs_read_back_from_a_store_still_conform(example_graph):
    """Oxigraph gives xsd:nonNegativeInteger offsets back as xsd:integer; the shapes accept both."""
    from pyoxigraph import Store

    from kg.rdf import read_rdf, validate_quads

    store = Store()
    store.extend(read_rdf(str(example_graph)))
    quads = list(store)
    assert any(q.object.datatype.value.endswith("#integer") for q in quads if q.predicate.value.endswith("#beginIndex"))
    assert validate_quads(quads).conforms
