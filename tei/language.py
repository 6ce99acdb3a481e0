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
    # (and its own that Spanish writes otherwise: "degli", "nella", "presso", "ore"; an Italian minute had been English)
    "it": "il della che di gli per non una con sono nel alla delle anche dei ha questo essere più degli nella "
          "dalla sulla alle ai dai sul è presso ore viene stato del al",
    "pt": "os da do não uma com para em dos das ao pelo pela são foi está mais mas também",
    "nl": "het een van niet zijn voor ook aan wij werd wordt heeft naar bij",
    "vi": "của và là không có được trong này cho với những các một người đã chúng tôi ta về",
    "hu": "az és hogy nem egy meg ez volt van azt csak mint már vagy kell lesz ezt aki amely hogy elvtárs",
    "pl": "nie się że jest na w z do jak ale przez oraz który jego tak są był być",
    "cs": "se že je na v z do jak ale aby jsou byl být který jeho jako také",
    # (the Scandinavian languages share many short words, listed for none of them: "det", "som", "har", "han")
    "sv": "och är inte för att också hade skulle jag ett vad när mycket honom",
    # (Danish and Norwegian share more, which Swedish writes otherwise, listed for both: the two are told apart by
    # the words each writes its own way, see _SIBLINGS)
    "da": "og ikke at er til jeg også hun kun fra for af efter hvad blev meget mig dig",
    "no": "og ikke at er til jeg også hun kun fra for etter hva ble nå mye meg deg seg",
    "fi": "ja on ei että se oli hän mutta kun myös tai niin ovat olla joka sen hallitus",
    # (Estonian shares Finnish's commonest words, listed for both: the two are told apart by their own, see _SIBLINGS)
    "et": "ja on ei oli et ka see kui aga mis ning seda selle siis kes nad meie valitsus",
    "ro": "și în nu că este fost cu pe la care mai au sunt această acest fi lui sau dar",
    "tr": "ve bir bu ile için olarak çok daha gibi olan ama kadar değil ise ki",
    # (Welsh: its "y" is Spanish's too, and not listed; a Welsh council's minutes had been read as Spanish)
    "cy": "yr yn ac mae wedi bod oedd roedd gan hyn hynny ei eu gyda fel ond hefyd ddim nad fod ydy iddo r â "
          "ynglŷn hwn hon nhw rhaid cyngor cynghorydd cynghorwyr cyfarfod",
}
# Each function word, with the languages that write it.
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _language, _written in _FUNCTION_WORDS.items():
    for _word in _written.split():
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _language)
# Languages that share most of their short words: each is told from the other by the words it alone writes.
_SIBLINGS = {"da": "no", "no": "da", "et": "fi", "fi": "et"}
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_NOT_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")  # a letter of another script
_SAMPLE = 3_000  # characters read: five hundred words, enough to tell; a long record is told as fast as a short one
_ENOUGH = 8  # function words of the leading language, at the least
_AHEAD = 2.0  # times the next language's count

# Scripts that name their language alone, and the share of the letters that makes a text theirs: Japanese by its
# kana (it writes Han too, so a third), Chinese by Han, the others by half. Cyrillic is Russian's, or Ukrainian's
# where that language's own letters stand.
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]"), 3),
    ("zh", re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf]"), 3),
    ("ko", re.compile(r"[\uac00-\ud7af]"), 2),
    ("ru", re.compile(r"[\u0400-\u04ff]"), 2),
    ("ar", re.compile(r"[\u0600-\u06ff]"), 2),
    ("el", re.compile(r"[\u0370-\u03ff]"), 2),
    ("he", re.compile(r"[\u0590-\u05ff]"), 2),
)
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")


def identify(text: str) -> str | None:
    """The language (a BCP 47 primary tag) the text is clearly written in, or None."""
    sample = text[:_SAMPLE]
    if not sample.isascii():
        script = _script(sample)
        if script is not None:
            return script
    counts: Counter[str] = Counter()
    languages_of = _LANGUAGES_OF
    for word, n in Counter(_words(sample.lower())).items():
        for language in languages_of.get(word, ()):
            counts[language] += n
    ranked = counts.most_common(3)
    if not ranked or ranked[0][1] < _ENOUGH:
        return None
    top = ranked[0][0]
    if len(ranked) > 1 and _SIBLINGS.get(top) == ranked[1][0]:
        # Danish or Norwegian, Estonian or Finnish: ahead of the other languages together, and of its sibling by the
        # words it alone writes.
        sibling = ranked[1][0]
        if len(ranked) > 2 and ranked[0][1] < _AHEAD * ranked[2][1]:
            return None
        own = counts[top] - counts[sibling]  # (the shared words count for both)
        return top if own >= 2 else None
    if len(ranked) > 1 and ranked[0][1] < _AHEAD * ranked[1][1]:
        return None
    return top


# Signs that may stand around a word, none of them a letter: a token stripped of them and left of letters alone is
# one word.
_AROUND_WORDS = ".,;:!?\"'()[]“”‘’«»"


def _words(text: str) -> list[str]:
    """The runs of letters in ``text``, in order (``_WORD.findall``'s list): most white-space-separated tokens are a
    word alone or with its punctuation, which str methods tell at a tenth of the pattern's cost per character."""
    words: list[str] = []
    for token in text.split():  # (no run of letters holds white space)
        if not token.isalpha():
            core = token.strip(_AROUND_WORDS)
            if not core.isalpha():
                words.extend(_WORD.findall(token))  # (digits, an apostrophe's "qu'il", a letter's combining mark)
                continue
            token = core
        words.append(token)
    return words


def _script(sample: str) -> str | None:
    """The language a script other than Latin names, if most of the sample's letters are in it."""
    others = _NOT_LATIN.subn("", sample)[1]  # counted, not listed: most texts have a few such letters at most
    if not others:
        return None
    letters = _LETTER.subn("", sample)[1]
    if others * 3 <= letters:
        return None
    for language, script, share in _SCRIPTS:
        if script.subn("", sample)[1] * share > letters:
            return "uk" if language == "ru" and _UKRAINIAN.subn("", sample)[1] >= 3 else language
    return None
