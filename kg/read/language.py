"""The language an article is written in, offline: py3langid (BSD; langid.py's model, 97 languages).

newskg's rules and model read English. An article in another language is skipped with a line naming the
language, unless the run asks for every language (`kg extract --any-language`)."""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import ENGLISH_FUNCTION_WORDS

ENGLISH = "en"
SAMPLE_CHARS = 4000  # the opening of the text decides; a page's language does not change halfway
MIN_WORDS = 12  # below this the guess is noise: a text in Latin letters is taken as English
MIN_LETTERS = 8  # enough letters to tell a script
UNLIKELY = 0.01  # an article is skipped where the model gives English less than this probability
PLAINLY_ENGLISH = 0.15  # this share of ENGLISH_FUNCTION_WORDS among the words: English, no model asked
# (English news runs at 20-30%; French, German, Spanish, Italian, Dutch text at under 2%)


@lru_cache(maxsize=1)
def identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)  # probabilities, not log scores


def language_of(text: str) -> str:
    """The ISO 639-1 code of the text's language ("en" where too short to tell, or not sure). A text mostly
    in another script than Latin is not English, however sure the model is of which language it is in."""
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    latin = sum(ch < "\u0250" for ch in letters)  # Basic Latin to Latin Extended-B
    other_script = len(letters) >= MIN_LETTERS and latin < len(letters) / 2
    words = sample.lower().split()
    if not other_script and (len(words) < MIN_WORDS or plainly_english(words)):
        return ENGLISH
    ranked = identifier().rank(sample)
    code = str(ranked[0][0])
    if code == ENGLISH:
        return "und" if other_script else ENGLISH  # undetermined, but not English
    english = next((p for c, p in ranked if c == ENGLISH), 0.0)
    return code if english < UNLIKELY or other_script else ENGLISH


def plainly_english(words: list[str]) -> bool:
    """Whether English function words are so common among these words that the text is English (the
    model takes a millisecond an article; this, a few microseconds)."""
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) >= PLAINLY_ENGLISH * len(words)
