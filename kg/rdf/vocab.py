"""The RDF vocabulary, mirroring ontology/newskg.ttl: a misspelt term fails at import or use."""
from __future__ import annotations

from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace, URIRef
from rdflib.namespace import ORG, DefinedNamespace

ONTOLOGY = URIRef("https://w3id.org/newskg/ns")
ONTOLOGY_VERSION = URIRef("https://w3id.org/newskg/ns/0.1.0")
DEFAULT_BASE = "https://w3id.org/newskg/id/"


class NKG(DefinedNamespace):
    """newskg's own terms: only where no standard vocabulary has one."""

    _NS = Namespace("https://w3id.org/newskg/ns#")
    _fail = True
    Statement: URIRef
    DirectQuote: URIRef
    ReportedSpeech: URIRef
    UnnamedSource: URIRef
    UnknownSource: URIRef
    cue: URIRef
    cueMention: URIRef
    speakerMention: URIRef
    confidence: URIRef
    inputForm: URIRef


class SCHEMA(DefinedNamespace):
    """The schema.org terms newskg writes, in the http namespace of schema.org's JSON-LD context."""

    _NS = Namespace("http://schema.org/")
    _fail = True
    Thing: URIRef
    CreativeWork: URIRef
    Article: URIRef
    author: URIRef
    NewsArticle: URIRef
    Quotation: URIRef
    Person: URIRef
    Organization: URIRef
    GovernmentOrganization: URIRef
    NewsMediaOrganization: URIRef
    Corporation: URIRef
    NGO: URIRef
    EducationalOrganization: URIRef
    SportsOrganization: URIRef
    PoliticalParty: URIRef
    Place: URIRef
    AdministrativeArea: URIRef
    Country: URIRef
    City: URIRef
    identifier: URIRef
    name: URIRef
    alternateName: URIRef
    headline: URIRef
    datePublished: URIRef
    dateCreated: URIRef
    url: URIRef
    mentions: URIRef
    text: URIRef
    spokenByCharacter: URIRef
    isPartOf: URIRef
    jobTitle: URIRef
    affiliation: URIRef


class NIF(DefinedNamespace):
    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True
    Context: URIRef
    Phrase: URIRef
    String: URIRef
    isString: URIRef
    sourceUrl: URIRef
    referenceContext: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef


class ITSRDF(DefinedNamespace):
    _NS = Namespace("http://www.w3.org/2005/11/its/rdf#")
    _fail = True
    taIdentRef: URIRef


class GAF(DefinedNamespace):
    _NS = Namespace("http://groundedannotationframework.org/gaf#")
    _fail = True
    denotedBy: URIRef


class WGS(DefinedNamespace):
    """W3C Basic Geo, in its http namespace (rdflib's own WGS uses https)."""

    _NS = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
    _fail = True
    lat: URIRef
    long: URIRef


GEONAMES = "https://sws.geonames.org/"
PREFIXES = {
    "nkg": str(NKG._NS), "schema": str(SCHEMA._NS), "nif": str(NIF._NS), "itsrdf": str(ITSRDF._NS),
    "gaf": str(GAF._NS), "prov": str(PROV), "org": str(ORG), "dct": str(DCTERMS), "skos": str(SKOS),
    "owl": str(OWL), "wgs84": str(WGS._NS), "xsd": str(XSD), "rdf": str(RDF), "rdfs": str(RDFS),
}

# Superclasses written into the data (stores such as Oxigraph do no inference).
SUPERCLASSES = {
    "Person": (SCHEMA.Person,),
    "Organization": (SCHEMA.Organization,),
    "Place": (SCHEMA.Place,),
    "Country": (SCHEMA.Country, SCHEMA.AdministrativeArea, SCHEMA.Place),
    "City": (SCHEMA.City, SCHEMA.AdministrativeArea, SCHEMA.Place),
    "AdministrativeArea": (SCHEMA.AdministrativeArea, SCHEMA.Place),
    **{kind: (SCHEMA[kind], SCHEMA.Organization) for kind in (
        "GovernmentOrganization", "NewsMediaOrganization", "Corporation", "NGO",
        "EducationalOrganization", "SportsOrganization", "PoliticalParty")},
}

__all__ = ["NKG", "SCHEMA", "NIF", "ITSRDF", "GAF", "ORG", "PROV", "DCTERMS", "SKOS", "OWL", "WGS",
           "XSD", "RDF", "RDFS", "PREFIXES", "SUPERCLASSES", "ONTOLOGY", "ONTOLOGY_VERSION",
           "DEFAULT_BASE", "GEONAMES"]
