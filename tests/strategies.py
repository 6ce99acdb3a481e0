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
    "INTERVIEWER", "THE COURT:", "Q:", "A.",
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


# Any text at all, from the characters XML allows (the encoder must never crash on it).
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                           max_codepoint=0x2FFFF).filter(lambda c: c in "\t\n\r\f" or ord(c) >= 0x20),
    max_size=200,
)
