"""extract(): the stages composed; one article's failure never costs another."""


def test_an_over_long_or_unparseable_article_costs_no_other(monkeypatch):
    from kg import pipeline
    from kg.nlp import load_model
    from kg.read import Article, Problem

    real = load_model()

    class Fussy:  # the real pipeline, failing on one text as a parser bug would
        max_length = 5_000

        def pipe(self, texts):
            for text in texts:
                yield self(text)

        def __call__(self, text):
            if "ZZKRASH" in text:
                raise RuntimeError("parser failure")
            return real(text)

    monkeypatch.setattr(pipeline, "load_model", lambda name=None: Fussy())
    articles = [Article("a", "Lena Ott said the plan works."), Article("b", "word " * 2_000),
                Article("c", "ZZKRASH happened."), Article("d", "Omar Haddad said prices fell.")]
    results = list(pipeline.extract_articles(articles))
    assert [type(r).__name__ for r in results] == ["Extraction", "Problem", "Problem", "Extraction"]
    assert "over the model's limit" in results[1].message and "parser failure" in results[2].message
    assert [r.article.id for r in results if not isinstance(r, Problem)] == ["a", "d"]
