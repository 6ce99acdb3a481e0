"""Hypothesis strategies: transcripts rich in the shapes the encoder must survive."""

from __future__ import annotations

from hypothesis import strategies as st

TOKENS = [
    "STALIN", "ZHOU ENLAI", "Comrade", "MOLOTOV", "Mr.", "DR.", "EVATT:", "The Prime Minister", "USSR.", "PRC",
    "WHEAT:", "says", "said", "answers", "asks", "adds", "that", "the", "we", "He", "Present:", "comrs.",
    "Recorded by:", "[signature]", "/A. Vyshinskii/", "1.", "2.", "3.", "1/", "2/", '"', "“", "”", "[", "]", "[?]",
    "[naval]", "[sic]", "[matter omitted]", "[1]", "view[s]", "10:30", "12:30", ",", ".", ":", ";", "-", "--", "?",
    "СТАЛИН", "говорит", "周恩来", "说", "Nguyễn", "Văn", "Thiệu", "A.V.", "SECRET", "12 September 1975", "&", "<",
    ">", "'", "(", ")", "The conversation started at", "ended at", "42", "x",
    # A recording's transcript: its labels, offsets and what is not speech.
    "Speaker 1", "Interviewer", "0:03", "1:02:15", "(00:09):", "(00:00:09)", "[00:00:05]", "[laughs]", "[pause]",
    "INTERVIEWER", "THE COURT:", "Q:", "A.", "Q.", "BY MR. JONES:",
    # A letter's greeting, leave-taking and afterthought.
    "Dear Sir,", "Yours sincerely,", "P.S.",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n\n\n\n", "\t", "  ", "\f", "\r\n", ""]


@st.composite
def transcripts(draw) -> str:
    pieces = draw(st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from(SEPARATORS)), max_size=60))
    text = "".join(token + separator for token, separator in pieces)
    if draw(st.booleans()):
        text = " " + text  # a leading space, as in PDF extractions
    return text


def numbered(lines: list[str], per_page: int, printed: bool, feeds: bool, margin: str, first_page: int,
             spacing: str = "\n") -> tuple[str, list[str]]:
    """A transcript of these lines numbered in the margin as court reporters number it, 1 … on each page,
    and its numbers in order: maybe each page's number printed above its first line, maybe a form feed
    between pages, maybe double-spaced (``spacing``)."""
    out, numbers = [], []
    for k, text in enumerate(lines):
        n = k % per_page + 1
        if n == 1 and k and feeds:
            out.append("\f")
        if n == 1 and printed:
            out.append(" " * 60 + str(first_page + k // per_page))
        out.append((margin.format(n) + text).rstrip())
        numbers.append(str(n))
    return spacing.join(out) + "\n", numbers


MARGINS = ["{:>2}   ", "{} ", "{:>2}\t", "  {:>2}  "]


@st.composite
def numbered_transcripts(draw) -> tuple[str, list[str]]:
    """Pages of 10–28 lines numbered in the margin, blank lines numbered too, and the numbers in order."""
    count = draw(st.integers(20, 70))
    line = st.lists(st.sampled_from(TOKENS), max_size=6).map(" ".join)
    return numbered(draw(st.lists(line, min_size=count, max_size=count)), draw(st.integers(10, 28)),
                    draw(st.booleans()), draw(st.booleans()), draw(st.sampled_from(MARGINS)),
                    draw(st.integers(1, 400)), draw(st.sampled_from(["\n", "\n\n"])))


# Any text at all, from the characters XML allows (the encoder must never crash on it).
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                           max_codepoint=0x2FFFF).filter(lambda c: c in "\t\n\r\f" or ord(c) >= 0x20),
    max_size=200,
)
