"""The language of a transcript whose sidecar does not name one, from its own text.

A French record encoded as ``xml:lang="en"`` is wrong metadata, and its turns
go unread (the verbs of speaking are a language's). The text tells: its
script, and in Latin script the short words each language writes most. The
answer is given only when it is clear (enough such words, well ahead of the
next language's); else English, as before.
"""

from __future__ import annotations

import re
from collections import Counter

DEFAULT = "en"

# The commonest short words of each language that the others rarely write (so not "de", "a", "la" shared
# across the Romance languages without their neighbours' words).
_FUNCTION_WORDS = {
    "en": "the and of to that is was he it with for his which have had were be this are not by at from",
    "fr": "le les des et est une dans du il pour pas qui sur au aux avec ce cette sont été nous vous leur qu",
    "de": "der die das und nicht ist mit den dem sich auf ein eine zu dass des im auch wir sie es wird hat",
    "es": "el los las y del por con una para se su al lo como más pero sus fue está muy",
    "it": "il della che di gli per non una con sono nel alla delle anche dei ha questo essere più",
    "pt": "os da do não uma com para em dos das ao pelo pela são foi está mais mas também",
    "nl": "het een van niet zijn voor ook aan wij werd wordt heeft naar bij",
}
_WORDS = {language: frozenset(words.split()) for language, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 20_000  # characters read: enough to tell, and a long record is told as fast as a short one
_ENOUGH = 8  # function words of the leading language, at the least
_AHEAD = 2.0  # times the next language's count

# Scripts that name their language alone (Cyrillic: Ukrainian by its own letters, else Russian).
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana, before Han: Japanese writes both
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("uk", re.compile(r"[іїєґІЇЄҐ]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
)


def identify(text: str) -> str | None:
    """The language (a BCP 47 primary tag) the text is clearly written in, or None."""
    sample = text[:_SAMPLE]
    letters = sum(1 for char in sample if char.isalpha())
    if not letters:
        return None
    for language, script in _SCRIPTS:
        found = len(script.findall(sample))
        if language == "uk":
            if found >= 3 and len(_SCRIPTS[4][1].findall(sample)) * 2 > letters:
                return "uk"  # a Cyrillic text with Ukrainian's own letters
            continue
        if language == "ja" and found < letters // 10:
            continue  # a few kana in a Chinese text are not Japanese
        if found * 2 > letters or language in ("ja", "zh") and found * 3 > letters:
            return language
    counts: Counter[str] = Counter()
    for word in _WORD.findall(sample.lower()):
        for language, words in _WORDS.items():
            if word in words:
                counts[language] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _ENOUGH:
        return None
    if len(ranked) > 1 and ranked[0][1] < _AHEAD * ranked[1][1]:
        return None
    return ranked[0][0]
