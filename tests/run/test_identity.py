"""Cross-article identity: `kg resolve` links short names only where the corpus is unambiguous."""
import pytest
import rdflib
from typer.testing import CliRunner

from kg.cli import app
from kg.run.identity import Named, plan


def named(name, kind="Person", aliases=()):
    return Named(
        f"https://x.org/entity/{kind.lower()}/{name.lower().replace(' ', '-')}", kind, name, frozenset(aliases)
    )


@pytest.mark.parametrize(
    "entities, links, ambiguous",
    [
        ([named("Ward"), named("Helen Ward")], [("Ward", "Helen Ward")], []),
        ([named("Smith"), named("John Smith"), named("Jane Smith")], [], ["Smith"]),
        ([named("EU", "Organization"), named("European Union", "Organization")], [("EU", "European Union")], []),
        (
            [named("AFP", "Organization"), named("Agence France Presse", "Organization", ["AFP"])],
            [("AFP", "Agence France Presse")],
            [],
        ),
        ([named("Calder"), named("Calder Group", "Organization")], [], []),  # types must agree
        ([named("Lee"), named("Lee Kuan Yew")], [], []),  # a first or middle name is not a surname
    ],
)
def test_plan(entities, links, ambiguous):
    got_links, got_ambiguous = plan(entities)
    assert [(link.short.name, link.full.name) for link in got_links] == links
    assert [a.short.name for a in got_ambiguous] == ambiguous


def test_resolve_command_links_across_articles(tmp_path):
    runner = CliRunner()
    (tmp_path / "one.txt").write_text("Secretary of State Helen Ward met her allies in Oslo.\n")
    (tmp_path / "two.txt").write_text("Ms. Ward said on Tuesday that the allies were ready.\n")
    corpus, links = tmp_path / "corpus.trig", tmp_path / "links.trig"
    assert runner.invoke(app, ["extract", str(tmp_path), "-o", str(corpus)]).exit_code == 0
    result = runner.invoke(app, ["resolve", "--data", str(corpus), "-o", str(links)])
    assert result.exit_code == 0 and "merged 'Ward'" in result.stderr
    ds = rdflib.Dataset().parse(links, format="trig")
    graph = ds.graph(rdflib.URIRef("https://w3id.org/newskg/id/graph/resolution"))
    assert (
        rdflib.URIRef("https://w3id.org/newskg/id/entity/person/ward"),
        rdflib.OWL.sameAs,
        rdflib.URIRef("https://w3id.org/newskg/id/entity/person/helen-ward"),
    ) in graph
    store = tmp_path / "store"
    assert runner.invoke(app, ["load", str(corpus), "--store", str(store)]).exit_code == 0
    quads = lambda: dict(
        line.split() for line in runner.invoke(app, ["stats", "--store", str(store)]).stdout.splitlines()
    )["quads"]
    before = int(quads())
    assert runner.invoke(app, ["resolve", "--store", str(store)]).exit_code == 0
    after = int(quads())
    assert after == before + 4  # one link (resolvedTo and sameAs), its time and its conformance, in a graph of its own
    assert runner.invoke(app, ["resolve", "--store", str(store)]).exit_code == 0
    assert int(quads()) == after  # resolving again replaces the resolution graph


@pytest.mark.parametrize(
    "names, linked",
    [
        # a middle name, an initial or a nickname in quotes between the same first and last names
        (["W. Mark Felt", "Mark Felt"], [("W. Mark Felt", "Mark Felt")]),
        (
            ["Christopher Kenyon Simpson", "Christopher Simpson"],
            [("Christopher Kenyon Simpson", "Christopher Simpson")],
        ),
        (['Luis Gerardo "Jerry" Ortiz', "Jerry Ortiz"], [('Luis Gerardo "Jerry" Ortiz', "Jerry Ortiz")]),
        # two different people fit the plain name: nothing is linked
        (["George W. Bush", "George H. W. Bush", "George Bush"], []),
        (["Anna Maria Felt", "Maria Felt"], []),
        (["Mark Felt Jr", "Mark Felt"], []),
    ],
)
def test_middle_names_link_to_the_plain_name(names, linked):
    from kg.run.identity import Named, plan

    links, _ = plan([Named(f"https://x.org/{i}", "Person", n, frozenset()) for i, n in enumerate(names)])
    assert sorted((link.short.name, link.full.name) for link in links) == sorted(linked)


@pytest.mark.parametrize(
    "short, full, linked",
    [
        ("Saints", "New Orleans Saints", True),
        ("Red Sox", "Boston Red Sox", True),
        ("Colts", "Indianapolis Colts", True),
        ("Bank", "Calder Bank", False),  # "Calder" is no town
        ("Systems", "Orvane Systems", False),
    ],
)
def test_a_club_is_named_after_its_town(short, full, linked):
    links, _ = plan([named(short, "Organization"), named(full, "Organization")])
    assert bool(links) == linked


def in_articles(name, kind, docs, aliases=()):
    entity = named(name, kind, aliases)
    return Named(entity.iri, kind, name, frozenset(aliases), frozenset(f"https://x.org/doc/{d}" for d in docs))


def corpus(*rows):
    """(name, kind, articles) rows: who is named in which articles."""
    return [in_articles(name, kind, docs) for name, kind, docs in rows]


@pytest.mark.parametrize(
    "entities, links, ambiguous",
    [
        # "Okafor" is named among the people and places around Daniel Okafor, not around Ruth Okafor
        (
            corpus(
                ("Okafor", "Person", "xyz"),
                ("Daniel Okafor", "Person", "abc"),
                ("Ruth Okafor", "Person", "d"),
                ("Senate", "Organization", "axyz"),
                ("Lagos", "Place", "bxy"),
                ("Treasury", "Organization", "cz"),
                ("Oslo Marathon", "Organization", "d"),
            ),
            [("Okafor", "Daniel Okafor")],
            [],
        ),
        # a wife and husband in one trial keep the same company: no choice, no link
        (
            corpus(
                ("Peterson", "Person", "xy"),
                ("Scott Peterson", "Person", "ab"),
                ("Laci Peterson", "Person", "ab"),
                ("Modesto", "Place", "abxy"),
                ("Stanislaus County", "Place", "abxy"),
                ("Geragos", "Person", "abxy"),
            ),
            [],
            ["Peterson"],
        ),
        # too little company to tell
        (
            corpus(
                ("Moreau", "Person", "x"),
                ("Anne Moreau", "Person", "a"),
                ("Luc Moreau", "Person", "b"),
                ("Lyon", "Place", "ax"),
            ),
            [],
            ["Moreau"],
        ),
        # an acronym of a hyphenated name; the suffix was left out of the full name by extraction
        (
            corpus(("HP", "Organization", "x"), ("Hewlett-Packard", "Organization", "a")),
            [("HP", "Hewlett-Packard")],
            [],
        ),
    ],
)
def test_short_names_chosen_by_the_company_they_keep(entities, links, ambiguous):
    got_links, got_ambiguous = plan(entities)
    assert [(link.short.name, link.full.name) for link in got_links] == links
    assert [a.short.name for a in got_ambiguous] == ambiguous


@pytest.mark.parametrize(
    "names, linked",
    [
        # a father is often written without "Sr."; a son keeps his "Jr."
        (["W. Mark Felt Sr.", "Mark Felt"], [("W. Mark Felt Sr.", "Mark Felt")]),
        (["W. Mark Felt Jr.", "Mark Felt"], []),
        # nicknames in quotes, however many words, are one way of writing one person
        (
            ["Vincent 'The Chin' Gigante", 'Vincent "Chin" Gigante', "Vincent Gigante"],
            [("Vincent 'The Chin' Gigante", "Vincent Gigante"), ('Vincent "Chin" Gigante', "Vincent Gigante")],
        ),
    ],
)
def test_generations_and_nicknames_in_quotes(names, linked):
    links, _ = plan([named(n) for n in names])
    assert sorted((link.short.name, link.full.name) for link in links) == sorted(linked)


@pytest.mark.parametrize(
    "short, full, linked",
    [
        ("US Geological Survey", "U.S. Geological Survey", True),  # dots are no difference
        ("Verimo", "Verimo USA", True),  # a company's arm in one country goes by the company's name
        ("Verimo", "Verimo Canada", True),
        ("Bank of", "Bank of America", False),  # "America" ends the name, it names no arm
        ("Verimo", "Verimo Labs", False),
    ],
)
def test_organization_variants(short, full, linked):
    links, _ = plan([named(short, "Organization"), named(full, "Organization")])
    assert [(link.short.name, link.full.name) for link in links] == ([(short, full)] if linked else [])


@pytest.mark.parametrize(
    "entities, links",
    [
        # a short given name and its full form, one surname, the same people and places around them
        (
            corpus(
                ("Fred Laroux", "Person", "ab"),
                ("Frederick Cheney Laroux", "Person", "c"),
                ("Watergate", "Organization", "abc"),
                ("Nixon", "Person", "abc"),
                ("Biloxi", "Place", "abc"),
            ),
            [("Fred Laroux", "Frederick Cheney Laroux")],
        ),
        (
            corpus(
                ("Katie Molloy", "Person", "a"),
                ("Kathryn Molloy", "Person", "b"),
                ("Millom", "Place", "ab"),
                ("Cumbria Police", "Organization", "ab"),
                ("Alice Molloy", "Person", "ab"),
            ),
            [("Katie Molloy", "Kathryn Molloy")],
        ),
        # every full form of one person ("C." for "Cheney"); two people ("A." and "B.") take none
        (
            corpus(
                ("Fred Laroux", "Person", "ab"),
                ("Frederick Cheney Laroux", "Person", "c"),
                ("Frederick C. Laroux", "Person", "d"),
                ("Watergate", "Organization", "abcd"),
                ("Nixon", "Person", "abcd"),
                ("Biloxi", "Place", "abcd"),
            ),
            [("Fred Laroux", "Frederick Cheney Laroux"), ("Fred Laroux", "Frederick C. Laroux")],
        ),
        (
            corpus(
                ("Bill Smythe", "Person", "ab"),
                ("William A. Smythe", "Person", "c"),
                ("William B. Smythe", "Person", "d"),
                ("Senate", "Organization", "abcd"),
                ("Ohio", "Place", "abcd"),
                ("Boeing", "Organization", "abcd"),
            ),
            [],
        ),
        # the same names in unrelated articles: perhaps two relatives, no link
        (
            corpus(
                ("Katie Molloy", "Person", "a"),
                ("Kathryn Molloy", "Person", "b"),
                ("Millom", "Place", "a"),
                ("Leeds", "Place", "b"),
            ),
            [],
        ),
        # no short form of each other
        (
            corpus(
                ("Kathryn Molloy", "Person", "a"),
                ("Karen Molloy", "Person", "b"),
                ("Millom", "Place", "ab"),
                ("Cumbria Police", "Organization", "ab"),
                ("Alice Molloy", "Person", "ab"),
            ),
            [],
        ),
    ],
)
def test_nicknames_link_with_company(entities, links):
    got, _ = plan(entities)
    assert [(link.short.name, link.full.name) for link in got] == links


@pytest.mark.parametrize(
    "short, full",
    [
        ("House", "Indiana House"),  # a word after a place: many places have one
        ("Supreme Court", "California Supreme Court"),
        ("Times", "The New York Times"),  # a newspaper, not a club
        ("Police", "Woodburn Police"),
        ("AC", "Amazon Credit"),  # two letters fit a hundred names
    ],
)
def test_everyday_short_names_need_company_to_join(short, full):
    alone, _ = plan([named(short, "Organization"), named(full, "Organization")])
    assert alone == []
    shared = frozenset({"https://x.org/doc/1", "https://x.org/doc/2"})
    others = [Named(f"https://x.org/entity/person/p{i}", "Person", f"P{i}", frozenset(), shared) for i in range(3)]
    entities = [Named(named(short, "Organization").iri, "Organization", short, frozenset(), shared),
                Named(named(full, "Organization").iri, "Organization", full, frozenset(), shared), *others]
    together, _ = plan(entities)
    assert [(link.short.name, link.full.name) for link in together] == [(short, full)]
