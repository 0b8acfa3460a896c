"""The RDF vocabulary, mirroring ontology/newskg.ttl: a misspelt term fails at import or use.

Terms are pyoxigraph nodes. No rdflib here: `kg query` and `kg report` start without importing it.
"""
from __future__ import annotations

from pyoxigraph import NamedNode

ONTOLOGY = "https://w3id.org/newskg/ns"
ONTOLOGY_VERSION = "https://w3id.org/newskg/ns/0.1.0"
DEFAULT_BASE = "https://w3id.org/newskg/id/"


class Vocabulary:
    """A namespace and the terms newskg uses from it; any other name is an AttributeError."""

    def __init__(self, iri: str, terms: str):
        self.iri = iri
        self.terms = tuple(terms.split())
        for term in self.terms:
            setattr(self, term, NamedNode(iri + term))

    def __getattr__(self, name: str) -> NamedNode:  # only reached for a name that is not a term
        raise AttributeError(f"{name!r} is not a term of <{self.iri}> that newskg knows; check its spelling")

    def __getitem__(self, name: str) -> NamedNode:
        if name not in self.terms:
            raise KeyError(f"{name!r} is not a term of <{self.iri}> that newskg knows")
        return getattr(self, name)

    def __str__(self) -> str:
        return self.iri


# newskg's own terms: only where no standard vocabulary has one.
NKG = Vocabulary("https://w3id.org/newskg/ns#", """
Statement DirectQuote ReportedSpeech UnnamedSource UnknownSource cue cueMention speakerMention
confidence inputForm resolvedTo nameKey nameEndKey quadCount results fingerprint
Event DisasterEvent LifeEvent ConflictEvent CrimeEvent JusticeEvent PoliticsEvent PersonnelEvent BusinessEvent
TransactionEvent ContactEvent MovementEvent SportEvent trigger agent patient agentMention patientMention
placeMention polarity modality
""")
# The schema.org terms newskg writes, in the http namespace of schema.org's JSON-LD context.
SCHEMA = Vocabulary("http://schema.org/", """
Thing CreativeWork Article author NewsArticle Quotation Person Organization GovernmentOrganization
NewsMediaOrganization Corporation NGO EducationalOrganization SportsOrganization PoliticalParty
Place AdministrativeArea Country City identifier name alternateName headline datePublished
dateCreated url mentions text spokenByCharacter isPartOf jobTitle affiliation Event location startDate
""")
NIF = Vocabulary("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#", """
Context Phrase String isString sourceUrl referenceContext beginIndex endIndex anchorOf
""")
ITSRDF = Vocabulary("http://www.w3.org/2005/11/its/rdf#", """
taIdentRef
""")
GAF = Vocabulary("http://groundedannotationframework.org/gaf#", """
denotedBy
""")
# W3C Basic Geo, in its http namespace.
WGS = Vocabulary("http://www.w3.org/2003/01/geo/wgs84_pos#", """
lat long
""")
# The standard vocabularies' terms newskg uses.
RDF = Vocabulary("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type")
RDFS = Vocabulary("http://www.w3.org/2000/01/rdf-schema#", "comment label subClassOf subPropertyOf")
OWL = Vocabulary("http://www.w3.org/2002/07/owl#", "Ontology sameAs Class ObjectProperty DatatypeProperty")
SKOS = Vocabulary("http://www.w3.org/2004/02/skos/core#", "prefLabel altLabel")
PROV = Vocabulary("http://www.w3.org/ns/prov#", "Agent Entity generatedAtTime wasAttributedTo wasDerivedFrom")
ORG = Vocabulary(
    "http://www.w3.org/ns/org#", "Membership Post Role heldBy holds member memberOf organization postIn role"
)
DCTERMS = Vocabulary("http://purl.org/dc/terms/", "conformsTo identifier")
XSD = Vocabulary("http://www.w3.org/2001/XMLSchema#", "date dateTime decimal nonNegativeInteger string integer")


GEONAMES = "https://sws.geonames.org/"
PREFIXES = {
    "nkg": NKG.iri,
    "schema": SCHEMA.iri,
    "nif": NIF.iri,
    "itsrdf": ITSRDF.iri,
    "gaf": GAF.iri,
    "prov": PROV.iri,
    "org": ORG.iri,
    "dct": DCTERMS.iri,
    "skos": SKOS.iri,
    "owl": OWL.iri,
    "wgs84": WGS.iri,
    "xsd": XSD.iri,
    "rdf": RDF.iri,
    "rdfs": RDFS.iri,
}

# Superclasses written into the data (stores such as Oxigraph do no inference).
SUPERCLASSES = {
    "Person": (SCHEMA.Person,),
    "Organization": (SCHEMA.Organization,),
    "Place": (SCHEMA.Place,),
    "Country": (SCHEMA.Country, SCHEMA.AdministrativeArea, SCHEMA.Place),
    "City": (SCHEMA.City, SCHEMA.AdministrativeArea, SCHEMA.Place),
    "AdministrativeArea": (SCHEMA.AdministrativeArea, SCHEMA.Place),
    **{
        kind: (SCHEMA[kind], SCHEMA.Organization)
        for kind in (
            "GovernmentOrganization",
            "NewsMediaOrganization",
            "Corporation",
            "NGO",
            "EducationalOrganization",
            "SportsOrganization",
            "PoliticalParty",
        )
    },
}

# An event's type (kg/events/words.py) → its class; an Occurrence is an nkg:Event of no narrower type.
EVENT_CLASSES = {kind: NKG[f"{kind}Event"] for kind in (
    "Disaster", "Life", "Conflict", "Crime", "Justice", "Politics", "Personnel", "Business", "Transaction",
    "Contact", "Movement", "Sport")}

__all__ = [
    "EVENT_CLASSES",
    "NKG",
    "SCHEMA",
    "NIF",
    "ITSRDF",
    "GAF",
    "ORG",
    "PROV",
    "DCTERMS",
    "SKOS",
    "OWL",
    "WGS",
    "XSD",
    "RDF",
    "RDFS",
    "PREFIXES",
    "SUPERCLASSES",
    "ONTOLOGY",
    "ONTOLOGY_VERSION",
    "DEFAULT_BASE",
    "GEONAMES",
    "Vocabulary",
]
