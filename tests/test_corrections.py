"""Sidecar corrections: a long list is searched for only where it may occur, with the same findings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tei.inline import INDEXED_FROM, Corrections

# Letters, digits, "_" (a word character to re, not to str.isalnum), punctuation, spaces, letters
# outside ASCII, digits of other scripts, and the page-turn sentinel.
_ALPHABET = "abAB1_ .,-'ßé٣\x00"
_texts = st.text(alphabet=_ALPHABET, max_size=60)


def _reference(items, text):
    """Every correction searched for, as the encoder did before the index."""
    found = []
    for index, (sic, _corr, context) in enumerate(items):
        anchor = context or sic
        at = text.find(anchor)
        while at != -1:
            start = at + anchor.find(sic)
            end = start + len(sic)
            if not (text[start - 1:start].isalnum() or text[end:end + 1].isalnum()):
                found.append((start, end, index))
            at = text.find(anchor, at + 1)
    found.sort()
    result = []
    for item in found:
        if not result or item[0] >= result[-1][1]:
            result.append(item)
    return result


@st.composite
def _cases(draw):
    text = draw(_texts)
    items = []
    for _ in range(draw(st.integers(INDEXED_FROM, INDEXED_FROM + 20))):
        if text and draw(st.booleans()):  # a slip the text holds, often
            a = draw(st.integers(0, len(text) - 1))
            sic = text[a:draw(st.integers(a + 1, min(len(text), a + 8)))]
        else:
            sic = draw(st.text(alphabet=_ALPHABET, min_size=1, max_size=6))
        context = ""
        if draw(st.booleans()):
            context = draw(st.text(alphabet=_ALPHABET, max_size=3)) + sic + draw(st.text(alphabet=_ALPHABET,
                                                                                         max_size=3))
        items.append((sic, sic.upper(), context))
    return tuple(items), text


@given(_cases())
def test_a_long_list_of_corrections_finds_what_searching_for_each_finds(case):
    items, text = case
    assert Corrections(items).ranges(text) == _reference(items, text)


def test_a_long_list_is_searched_only_for_corrections_whose_first_word_a_paragraph_has():
    """Searching a paragraph for each of C corrections made a long record cost paragraphs times C."""
    items = tuple((f"slip{n}", f"Slip{n}", "") for n in range(100)) + (("-x", "x", ""), ("ab cd", "abcd", "So ab cd"))
    corrections = Corrections(items)
    assert corrections.candidates("Nothing here is a slip of the pen.") == [100]  # "-x" starts no word
    assert sorted(corrections.candidates("So ab cd, and slip7 too.")) == [7, 100, 101]
    assert corrections.ranges("So ab cd, and slip7 too.") == [(3, 8, 101), (14, 19, 7)]
    assert len(Corrections(items[:INDEXED_FROM - 1]).candidates("Nothing.")) == INDEXED_FROM - 1


def test_a_slip_in_a_speakers_label_is_corrected_there_and_names_the_person(tei_all):
    """"6. Mr Whit/am replied …" with the sidecar's "Whit/am" → "Whitlam": the correction had been made nowhere (the
    warning said it matched nothing), and the slip had been a person "#whit-am"."""
    import tei
    from tei.metadata import parse
    from tei.render import render_text
    from tei.validation import validate_result

    text = ("5. Mr Tang asked about Timor.\n\n6. Mr Whit/am replied that it was not easy.\n\n"
            "7. Mr Tang said that he understood.\n\n8. Mr Whitlam said that Australia agreed.\n")
    meta = parse('[[correction]]\nsic = "Whit/am"\ncorr = "Whitlam"\ncontext = "Mr Whit/am replied"\n', "t.toml")
    result = tei.encode(text, meta, name="t.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", ns)] == ["#tang", "#whitlam", "#tang", "#whitlam"]
    speaker = result.tree.findall(".//t:sp", ns)[1].find("t:speaker", ns)
    assert (speaker.findtext(".//t:sic", namespaces=ns), speaker.findtext(".//t:corr", namespaces=ns)) == (
        "Whit/am", "Whitlam")
    assert "correction-unused" not in {d.code for d in result.diagnostics}
    assert validate_result(result) == [] and tei_all.validate(result.tree), str(tei_all.error_log)
    assert render_text(result.tree, diplomatic=True).split() == text.split()
