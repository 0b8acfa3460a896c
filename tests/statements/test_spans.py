"""Statement mentions as PARC 3.0 marks them: the source's whole noun phrase, the cue's verb group, the
content with "that" and its quote marks. `schema:text` stays the clean words."""
from __future__ import annotations

import pytest

# (text, source, cue, content parts), from politics, business, sport, science, courts and health news
CASES = [
    ("“We will appeal the ruling,” the defence lawyer said on Monday.",
     "the defence lawyer", "said", ["“We will appeal the ruling,”"]),
    ("The finance minister has also said that taxes would rise next year.",
     "The finance minister", "has also said", ["that taxes would rise next year"]),
    ("Coach Tom Reyes, a former striker, said the team was ready for the final.",
     "Coach Tom Reyes, a former striker,", "said", ["the team was ready for the final"]),
    ("The nurses' union urged its members to reject the pay offer.",
     "The nurses' union", "urged", ["its members to reject the pay offer"]),
    ("The company went on to explain that sales had fallen in Asia.",
     "The company", "went on to explain", ["that sales had fallen in Asia"]),
    ("''It is a sensible plan,'' the economist said.",
     "the economist", "said", ["''It is a sensible plan,''"]),
    ("The judge pointed out that the law was clear on the matter.",
     "The judge", "pointed out", ["that the law was clear on the matter"]),
    ("Prosecutors said: “The evidence against him is overwhelming.”",
     "Prosecutors", "said:", ["“The evidence against him is overwhelming.”"]),
    ("Researchers at the University of Oslo reported that the glacier had shrunk by a third.",
     "Researchers at the University of Oslo", "reported", ["that the glacier had shrunk by a third"]),
    ("The club's chairman, Peter Holm, said that the stadium would be rebuilt.",
     "The club's chairman, Peter Holm,", "said", ["that the stadium would be rebuilt"]),
    ("Senator Maria Cole later said the bill would pass.",
     "Senator Maria Cole", "later said", ["the bill would pass"]),
    ("The mayor told reporters that the bridge would reopen in May.",
     "The mayor", "told", ["that the bridge would reopen in May"]),
    ("A spokeswoman for the airline said, “We regret the delays.”",
     "A spokeswoman for the airline", "said", ["“We regret the delays.”"]),
    ("The health minister said on Friday that the clinics would reopen.",
     "The health minister", "said", ["that the clinics would reopen"]),  # a time between: the verb alone
    ("The union called for a national strike.", "The union", "called for", ["a national strike"]),
    # a dateline opening the story is no part of what its first sentence reports
    ("LISBON — The port strike will end on Monday, the dockers' union said.",
     "the dockers' union", "said", ["The port strike will end on Monday"]),
    ("GENEVA (Reuters) -- Vaccine supplies will double this year, the agency said on Tuesday.",
     "the agency", "said", ["Vaccine supplies will double this year"]),
    # a participle's clause set off by commas is no part of the source (an apposition is)
    ("The minister, speaking to reporters in Lagos, said the talks had failed.",
     "The minister", "said", ["the talks had failed"]),
    ("The mayor, asked about the budget, said taxes would not rise.", "The mayor", "said", ["taxes would not rise"]),
    # a connective opening a sentence whose source comes after is the writer's, not the content's
    ("But the merger will cut 2,000 jobs, the union said on Monday.",
     "the union", "said", ["the merger will cut 2,000 jobs"]),
    ("However, the trial will resume in March, the court said.",
     "the court", "said", ["the trial will resume in March"]),
    ("Still, the vaccine was safe, the researchers said.", "the researchers", "said", ["the vaccine was safe"]),
    ("“But we will be back,” the captain said.", "the captain", "said", ["“But we will be back,”"]),  # quoted: kept
    # what was talked about, not when or where it was said
    ("The coach spoke on Tuesday about the injury crisis.", "The coach", "spoke", ["the injury crisis"]),
    ("The minister spoke on the phone about the flooding.", "The minister", "spoke", ["the flooding"]),
    ("Dr. Helen Ward spoke at length about the trial results.", "Dr. Helen Ward", "spoke", ["the trial results"]),
]


@pytest.mark.parametrize("text, source, cue, content", CASES, ids=[c[0][:40] for c in CASES])
def test_mentions_follow_parc(analysed, text, source, cue, content):
    (statement,) = analysed(text).statements
    marked = statement.marked
    assert text[slice(*marked.source)] == source
    assert text[slice(*marked.cue)] == cue
    assert [text[slice(*part)] for part in marked.content] == content
    assert not statement.text.startswith(("that ", "“", "'")) and not statement.text.endswith(("”", "'"))


@pytest.mark.parametrize("text, label", [
    ('"WALLACE: Will the governor attend the debate?" the transcript reads.', "WALLACE: "),
])
def test_a_transcript_label_is_no_part_of_the_content(analysed, text, label):
    statements = analysed(text).statements
    for statement in statements:
        for begin, _ in statement.marked.content:
            assert not text[begin:].startswith(label) and not text[begin:].startswith('"')


def test_a_cue_span_given_backwards_is_kept_not_a_crash(nlp):
    from kg.statements.spans import cue_group

    doc = nlp("For years, activists have called for a ban.")
    assert cue_group(doc, (30, 20), ((40, 45),)) == (30, 20)
