"""A collection file: what the records of a folder share, read under each record's sidecar."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree
from strategies import transcripts

import tei
from tei import corpus
from tei.cli import main
from tei.diagnostics import InputError
from tei.metadata import COLLECTION_FILE, find_collection, parse
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

COLLECTION = """\
title = "Conversations of 1952"
language = "fr"
original_language = "ru"
place = "Moscow"

[source]
repository = "APRF"
settlement = "Moscow"
identifiers = { fond = "45", opis = "1" }

[publication]
publisher = "Wilson Center"
title = "Digital Archive"

[[responsibility]]
id = "translator"
role = "Translation from Russian"
names = ["A. Translator"]

[[person]]
id = "stalin"
name = "STALIN"
aliases = ["Stalin"]

[[person]]
id = "molotov"
name = "MOLOTOV"

[conventions]
first_page = 97
page_break_blank_lines = 4

[[conventions.bracket]]
name = "crosstalk"
match = "(?i)cross-?talk"
as = "inaudible"

[[correction]]
sic = "conversion"
corr = "conversation"
"""


def collection(text: str = COLLECTION):
    return parse(text, "collection.toml", collection_file=True)


def collection_error(text: str):
    with pytest.raises(InputError) as caught:
        collection(text)
    (diagnostic,) = caught.value.diagnostics
    return diagnostic


def record_error(text: str, shared: str = COLLECTION):
    with pytest.raises(InputError) as caught:
        parse(text, "r.toml", collection(shared))
    (diagnostic,) = caught.value.diagnostics
    return diagnostic


# -- what a record inherits, and what its sidecar sets instead


def test_a_record_without_fields_of_its_own_has_the_collections():
    meta = parse("", "r.toml", collection())
    assert (meta.language, meta.original_language, meta.place) == ("fr", "ru", "Moscow")
    assert (meta.repository, meta.settlement) == ("APRF", "Moscow")
    assert meta.identifiers == (("fond", "45"), ("opis", "1"))
    assert (meta.publisher, meta.publication_title) == ("Wilson Center", "Digital Archive")
    assert [r.id for r in meta.responsibilities] == ["translator"]
    assert ([p.id for p in meta.shared_register], meta.register) == (["stalin", "molotov"], ())
    assert (meta.first_page, meta.page_break_blank_lines) == (97, 4)
    assert meta.table.by_name("crosstalk").element == meta.table.by_name("inaudible").element
    assert meta.corrections.items == (("conversion", "conversation", ""),)
    assert (meta.sidecar, meta.collection) == ("r.toml", "collection.toml")


def test_the_collections_title_is_never_a_records():
    assert collection().title == "Conversations of 1952"
    assert parse("", "r.toml", collection()).title is None
    assert parse('title = "Own"', "r.toml", collection()).title == "Own"


def test_what_the_sidecar_sets_is_its_own():
    meta = parse("""\
language = "en"
place = "Beijing"

[source]
repository = "Other archive"
identifiers = { opis = "2", delo = "343" }

[publication]
publisher = "Other publisher"

[conventions]
first_page = 1
page_break_blank_lines = 2
""", "r.toml", collection())
    assert (meta.language, meta.place, meta.repository, meta.publisher) == ("en", "Beijing", "Other archive",
                                                                            "Other publisher")
    assert meta.settlement == "Moscow"  # not set by the record: still the collection's
    assert meta.identifiers == (("fond", "45"), ("opis", "2"), ("delo", "343"))
    assert (meta.first_page, meta.page_break_blank_lines) == (1, 2)


def test_a_responsibility_of_the_same_id_replaces_the_collections_and_others_add():
    meta = parse("""\
[[responsibility]]
id = "translator"
role = "Translation from Chinese"
names = ["B. Translator"]

[[responsibility]]
id = "editor-in-chief"
role = "Edited by"
names = ["C. Editor"]
""", "r.toml", collection())
    assert [(r.id, r.role, r.names) for r in meta.responsibilities] == [
        ("translator", "Translation from Chinese", ("B. Translator",)),
        ("editor-in-chief", "Edited by", ("C. Editor",))]


def test_the_records_persons_corrections_and_brackets_add_to_the_collections():
    meta = parse("""\
[[person]]
id = "zhou"
name = "ZHOU ENLAI"

[conventions]
brackets = { "xtalk" = "crosstalk" }

[[correction]]
sic = "Korae"
corr = "Korea"
""", "r.toml", collection())
    assert [p.id for p in meta.shared_register] == ["stalin", "molotov"]
    assert [p.id for p in meta.register] == ["zhou"]
    assert meta.corrections.items == (("conversion", "conversation", ""), ("Korae", "Korea", ""))
    assert ("xtalk", "crosstalk") in meta.table.overrides  # a row the collection file added


@pytest.mark.parametrize("record, kind, line", [
    ('title = "x"\n\n[[person]]\nid = "molotov"\nname = "Molotov"\n', "person", 4),
    ('[[responsibility]]\nid = "stalin"\nrole = "Signed by"\n', "person", 2),
    ('[[person]]\nid = "translator"\nname = "Translator"\n', "responsibility", 2),
])
def test_an_id_of_the_collections_is_refused_at_the_records_line(record, kind, line):
    diagnostic = record_error(record)
    assert diagnostic.code == "sidecar-field" and diagnostic.file == "r.toml"
    assert (diagnostic.position.line, diagnostic.position.column) == (line, 1)
    assert f"already the id of a {kind} in the collection file collection.toml" in diagnostic.message


def test_without_a_collection_nothing_is_inherited():
    meta = parse("", "r.toml")
    assert (meta.language, meta.repository, meta.register, meta.collection) == (None, None, (), None)


# -- the collection file is read strictly


@pytest.mark.parametrize("text, line, column, says", [
    ('title = "C"\nsumary = "typo"\n', 2, 1, "unknown key 'sumary' in collection file"),
    ('[source]\nrepositry = "APRF"\n', 2, 1, "unknown key 'repositry' in source"),
    ('[[person]]\nid = "a"\nname = "A"\nalias = ["B"]\n', 4, 1, "unknown key 'alias' in person"),
    ('title = "C"\n\ndate = "1952-09-19"\n', 3, 1, "date describes one record, not a collection"),
    ('date = "yesterday"\n', 1, 1, "date describes one record"),  # named once: its value is not read
    ('summary = "What one record says"\n', 1, 1, "summary describes one record"),
    ('[[person]]\nid = "p3"\nname = "A"\n', 2, 1, "an id the encoder gives a part of the edition"),
    ('[[person]]\nid = "a"\nname = "A"\n[[person]]\nid = "a"\nname = "B"\n', 5, 1, "two register entries"),
])
def test_a_mistake_in_the_collection_file_is_an_error_at_its_line(text, line, column, says):
    diagnostic = collection_error(text)
    assert diagnostic.code == "collection-field" and diagnostic.file == "collection.toml"
    assert (diagnostic.position.line, diagnostic.position.column) == (line, column)
    assert says in diagnostic.message


def test_every_mistake_of_a_collection_file_is_named_in_one_run_each_at_its_own_entry():
    # An editor mending a register of hundreds of persons fixes them all from one run, not one a run;
    # a mistake inside the third [[person]] points at that entry's line, not at the first entry's key.
    text = ('title = 3\n'                                   # 1: a string
            'bogus = 1\n'                                   # 2: unknown
            '[[person]]\nid = "zhou"\nname = "ZHOU"\n'     # 3-5: right
            '[[person]]\nid = "x y"\nname = "X"\n'         # 6-8: 7, not an identifier
            '[[person]]\nid = "molotov"\nname = 5\n'       # 9-11: 11, a string (not "has no name" too)
            '[[person]]\nid = "beria"\n'                   # 12-13: 12, no name
            '[[correction]]\nsic = "a"\n'                  # 14-15: 14, no corr
            '[conventions]\npage_break_blank_lines = 0\n')  # 16-17: 17
    with pytest.raises(InputError) as caught:
        parse(text, "collection.toml", collection_file=True)
    found = [(d.position.line, d.position.column, d.message) for d in caught.value.diagnostics]
    assert [(line, column) for line, column, _ in found] == [(1, 1), (2, 1), (7, 1), (11, 1), (12, 1), (14, 1),
                                                             (17, 1)], found
    says = [message for *_, message in found]
    assert says[0] == "title must be a string, not a whole number" and "'bogus'" in says[1]
    assert "'x y' is not a valid identifier" in says[2]
    assert says[3] == "person.name must be a string, not a whole number"
    assert "'beria' has no name" in says[4] and "both 'sic' and 'corr'" in says[5] and "at least 1" in says[6]
    assert {d.code for d in caught.value.diagnostics} == {"collection-field"}


def test_a_sidecar_names_every_mistake_too_and_its_unknown_keys_stay_warnings():
    with pytest.raises(InputError) as caught:
        parse('titel = "x"\ndate = "yesterday"\nencoding = "klingon"\n[source]\nrepository = 4\n', "r.toml")
    # (the unknown key's warning with them: it had been seen only once the errors were mended)
    assert [(d.position.line, d.severity.value, d.message.split(" ")[0]) for d in caught.value.diagnostics] == [
        (1, "warning", "unknown"), (2, "error", "date"), (3, "error", "unknown"), (5, "error", "source.repository")]
    assert not any("sidecar." in d.message for d in caught.value.diagnostics)


def test_the_known_keys_a_collection_file_is_told_leave_out_a_records_own():
    hint = collection_error('titel = "C"\n').hint
    assert "title" in hint and "language" in hint and "date" not in hint and "summary" not in hint


def test_the_collection_files_toml_errors_name_it():
    diagnostic = collection_error('title = "C\n')
    assert diagnostic.code == "collection-toml" and diagnostic.message.startswith("collection file is not valid")
    assert diagnostic.position.line == 1


# -- encoding a record of the collection

TRANSCRIPT = "STALIN says that the conversion is over.\n\nZHOU ENLAI says he agrees.\n"


def folder(tmp_path, shared: str = COLLECTION, sidecar: str | None = None, name: str = "r"):
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / COLLECTION_FILE).write_text(shared, encoding="utf-8")
    (seeds / f"{name}.txt").write_text(TRANSCRIPT, encoding="utf-8")
    if sidecar is not None:
        (seeds / f"{name}.toml").write_text(sidecar, encoding="utf-8")
    return seeds


def persons(tree) -> list[str]:
    return [p.get(XML_ID) for p in tree.iterfind(".//t:particDesc//t:person", NS)]


def test_a_record_lists_the_collections_persons_it_names_and_all_of_its_own(tmp_path):
    seeds = folder(tmp_path, sidecar='[[person]]\nid = "fedorenko"\nname = "N. Fedorenko"\n')
    result = tei.encode(seeds / "r.txt")
    # Stalin speaks (the collection's); Molotov is not named (left out); Fedorenko is the record's own,
    # listed though not named, as a sidecar's register always was; Zhou Enlai is derived.
    assert persons(result.tree) == ["stalin", "fedorenko", "zhou-enlai"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#stalin", "#zhou-enlai"]
    assert [p.get("resp") for p in result.tree.iterfind(".//t:particDesc//t:person", NS)] == [None, None, "#encoder"]
    assert not [d for d in validate_result(result) if d.severity.value == "error"]


def described(tree) -> dict[str, bytes]:
    return {p.get(XML_ID): etree.tostring(p, with_tail=False) for p in tree.iterfind(".//t:particDesc//t:person", NS)}


def test_a_collections_person_keeps_every_name_a_record_writes():
    shared = parse('[[person]]\nid = "stalin"\nname = "STALIN"\n', "collection.toml", collection_file=True)
    text = "J.V. STALIN says a.\n\nComrade Stalin said b.\n\nSTALIN answers that c.\n"
    (person,) = tei.encode(text, parse("", "r.toml", shared), name="r.txt").tree.iterfind(".//t:person", NS)
    assert [name.text for name in person] == ["STALIN", "J.V. STALIN", "Stalin"]


def test_a_collections_person_with_a_word_in_two_of_its_names_is_named_in_a_record():
    shared = parse('[[person]]\nid = "whitlam"\nname = "Whitlam"\nfull_name = "E.G. Whitlam"\n'
                   'aliases = ["Mr Whitlam"]\n', "collection.toml", collection_file=True)
    result = tei.encode("Mr Whitlam said a.\n\nWhitlam said b.\n", parse("", "r.toml", shared), name="r.txt")
    assert persons(result.tree) == ["whitlam"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#whitlam", "#whitlam"]


def test_a_record_encoded_alone_reads_its_folders_collection_file(tmp_path):
    seeds = folder(tmp_path)
    result = tei.encode(seeds / "r.txt")
    tree = result.tree
    assert [lang.get("ident") for lang in tree.iterfind(".//t:langUsage/t:language", NS)] == ["fr", "ru"]
    assert tree.findtext(".//t:msIdentifier/t:repository", namespaces=NS) == "APRF"
    assert tree.findtext(".//t:bibl/t:publisher", namespaces=NS) == "Wilson Center"
    assert tree.find(".//t:sic", NS).text == "conversion"
    statement = "".join(tree.find(".//t:publicationStmt/t:p", NS).itertext())
    assert statement.endswith("r.txt, with its collection's collection.toml.")
    # An unregistered speaker is named as missing from both registers.
    (warning,) = [d for d in result.diagnostics if d.code == "speaker-unregistered"]
    assert "not in the register of the sidecar and the collection file" in warning.message


def test_a_collections_encoding_reads_its_records_bytes_and_a_sidecars_overrides_it(tmp_path):
    seeds = folder(tmp_path, COLLECTION.replace('place = "Moscow"', 'encoding = "cp1252"'))
    (seeds / "r.txt").write_bytes("STALIN says caf\u00e9 \u2014 \u201cyes\u201d.\n".encode("cp1252"))
    assert "café — “yes”" in "".join(tei.encode(seeds / "r.txt").tree.find(".//t:sp/t:p", NS).itertext())
    (seeds / "r.toml").write_text('encoding = "mac-roman"\n', encoding="utf-8")
    assert "café" not in "".join(tei.encode(seeds / "r.txt").tree.find(".//t:sp/t:p", NS).itertext())


def test_a_collection_without_its_own_sidecar_names_both_in_the_statement(tmp_path):
    seeds = folder(tmp_path, sidecar='title = "R"\n')
    statement = "".join(tei.encode(seeds / "r.txt").tree.find(".//t:publicationStmt/t:p", NS).itertext())
    assert statement.endswith("r.txt and its sidecar r.toml, with its collection's collection.toml.")


def test_no_sidecar_means_no_collection_file_either(tmp_path):
    seeds = folder(tmp_path)
    tree = tei.encode(seeds / "r.txt", find_sidecar=False).tree
    assert persons(tree) == ["stalin", "zhou-enlai"] and tree.find(".//t:person", NS).get("resp") == "#encoder"
    assert tree.find(".//t:msIdentifier", NS) is None


def test_a_transcript_named_collection_reads_that_file_as_its_sidecar(tmp_path):
    seeds = folder(tmp_path, name="collection")
    assert find_collection(seeds / "collection.txt") is None
    assert find_collection(seeds / "other.txt") == seeds / COLLECTION_FILE


@settings(max_examples=60, deadline=None)
@given(text=transcripts(), shared=st.lists(st.booleans(), min_size=4, max_size=4))
def test_a_person_in_the_collection_or_the_sidecar_gives_the_same_body(text, shared):
    """Which file registers a person changes only which persons the header lists: a collection's
    person whom the record does not name is left out, and nothing else."""
    register = [("stalin", "STALIN", ["Stalin", "Comrade STALIN"]), ("zhou", "ZHOU ENLAI", ["Zhou"]),
                ("evatt", "DR. EVATT", ["EVATT"]), ("interviewer", "Interviewer", ["Q"])]

    def entries(people):
        return "".join(f'[[person]]\nid = "{i}"\nname = "{n}"\naliases = {json.dumps(a)}\n\n' for i, n, a in people)

    # One order for both: the collection's persons first, as a record reads them.
    ordered = [p for p, s in zip(register, shared) if s] + [p for p, s in zip(register, shared) if not s]
    alone = tei.encode(text, parse(entries(ordered), "r.toml"), name="r.txt")
    split = tei.encode(text, parse(entries([p for p, s in zip(register, shared) if not s]), "r.toml",
                                   parse(entries([p for p, s in zip(register, shared) if s]), "collection.toml",
                                         collection_file=True)), name="r.txt")
    body = "{http://www.tei-c.org/ns/1.0}text"
    assert etree.tostring(split.tree.getroot().find(body)) == etree.tostring(alone.tree.getroot().find(body))
    pointed = {value[1:] for value in split.tree.xpath("//@who | //@ref") if value.startswith("#")}
    expected = [i for i in persons(alone.tree) if i not in {p[0] for p, s in zip(register, shared) if s}
                or i in pointed]
    assert persons(split.tree) == expected
    # Each with every name the record wrote it by.
    assert described(split.tree) == {i: text for i, text in described(alone.tree).items() if i in expected}
    assert not [d for d in validate_result(split) if d.severity.value == "error"]


_NAME_WORDS = ["Zhou", "Enlai", "Stalin", "Molotov", "Li", "Wei", "Ming", "Mr.", "Dr"]
_NAMES = st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(register=st.lists(st.tuples(_NAMES, st.lists(_NAMES, max_size=2), st.booleans()), max_size=5),
       records=st.lists(st.lists(_NAMES, min_size=1, max_size=8), min_size=1, max_size=3))
@example(register=[("Zhou Enlai", [], True)], records=[["Zhou", "Zhou Enlai", "Enlai"]])
def test_a_shared_register_resolves_as_a_register_of_the_records_own(register, records):
    """The collection's index, shared and copied on write, answers every record as an index made for
    that record alone from the same entries; records resolved one after another do not meet."""
    from tei.persons import RegisterEntry, Registry

    entries = [(RegisterEntry(f"r{n}", name, aliases=tuple(aliases)), shared)
               for n, (name, aliases, shared) in enumerate(register)]
    collection = tuple(entry for entry, shared in entries if shared)
    own = tuple(entry for entry, shared in entries if not shared)
    for names in records:
        alone, layered = Registry(collection + own), Registry(own, shared=collection)
        for name in names:
            assert layered.is_registered(name) == alone.is_registered(name), name
            assert layered.resolve(name) == alone.resolve(name), name
        pointed = set()
        for name in names:
            pointed.add(alone.resolve(name))
        assert layered.persons() == tuple(p for p in alone.persons()
                                          if p.id in pointed or p.id not in {e.id for e in collection})


SHARED = parse(COLLECTION.replace('name = "MOLOTOV"', 'name = "MOLOTOV"\nfull_name = "V.M. Molotov"\n'
                                  'aliases = ["Comrade MOLOTOV", "DR. EVATT", "EVATT"]'),
               "collection.toml", collection_file=True)


@settings(max_examples=60, deadline=None)
@given(first=transcripts(), second=transcripts())
def test_a_record_leaves_the_collections_index_as_it_found_it(first, second):
    """The register's index is made once for a collection and shared by its records: what one record
    adds to it (a name as written, a person it derives) must not reach the next."""
    meta = parse("", "r.toml", SHARED)
    before = tei.encode(second, meta, name="r.txt").to_bytes()
    tei.encode(first, meta, name="r.txt")
    assert tei.encode(second, meta, name="r.txt").to_bytes() == before


# -- the collection build


def test_the_build_reads_the_collection_file_and_titles_the_index_with_it(tmp_path):
    seeds = folder(tmp_path, COLLECTION.replace("Conversations of 1952", "Talks <1952> & after"))
    report = corpus.build(seeds, tmp_path / "out", formats=("xml", "html"))
    assert report.exit_code == 0 and report.lone_sidecars == []
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "<title>Talks &lt;1952&gt; &amp; after</title>" in page
    assert '<h1 class="title">Talks &lt;1952&gt; &amp; after</h1>' in page
    assert b'xml:id="stalin"' in (tmp_path / "out" / "r.xml").read_bytes()


def test_an_index_without_a_collection_title_is_editions(tmp_path):
    seeds = folder(tmp_path, COLLECTION.replace('title = "Conversations of 1952"\n', ""))
    corpus.build(seeds, tmp_path / "out", formats=("html",))
    assert "<h1 class=\"title\">Editions</h1>" in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_a_changed_collection_file_rebuilds_every_record(tmp_path):
    seeds = folder(tmp_path)
    (seeds / "s.txt").write_text("MOLOTOV says no.\n", encoding="utf-8")
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml",))
    assert [d.skipped for d in corpus.build(seeds, out, formats=("xml",)).documents] == [True, True]
    (seeds / COLLECTION_FILE).write_text(COLLECTION.replace('"APRF"', '"RGASPI"'), encoding="utf-8")
    report = corpus.build(seeds, out, formats=("xml",))
    assert [(d.skipped, d.written) for d in report.documents] == [(False, [str(out / "r.xml")]),
                                                                 (False, [str(out / "s.xml")])]
    assert b"RGASPI" in (out / "s.xml").read_bytes()


def test_a_mistake_in_the_collection_file_stops_the_build_before_any_record(tmp_path):
    seeds = folder(tmp_path, 'title = "C"\n\n[source]\nrepositry = "APRF"\n')
    out = tmp_path / "out"
    with pytest.raises(InputError) as caught:
        corpus.build(seeds, out)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.file == str(seeds / COLLECTION_FILE) and diagnostic.position.line == 4
    assert not out.exists()


def test_a_collection_file_not_in_utf8_is_named_so(tmp_path):
    seeds = folder(tmp_path)
    (seeds / COLLECTION_FILE).write_bytes('title = "Gespr\u00e4che"\n'.encode("latin-1"))
    with pytest.raises(InputError) as caught:
        corpus.build(seeds, tmp_path / "out")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "collection-not-utf8" and "collection file is not UTF-8" in diagnostic.message
    assert (diagnostic.position.line, diagnostic.position.column) == (1, 15)  # (where the byte is; had no place)


def test_the_cli_reports_a_bad_collection_file_with_its_position_and_no_traceback(tmp_path):
    seeds = folder(tmp_path, 'title = "C"\ndate = "1952"\n[[person]]\nid = "x y"\nname = "X"\n')
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2, result.output
    assert f"{seeds / COLLECTION_FILE}:2:1: error[collection-field]: date describes one record" in result.output
    assert f"{seeds / COLLECTION_FILE}:4:1: error[collection-field]: person id 'x y'" in result.output
    assert "Traceback" not in result.output and not (tmp_path / "out").exists()


def test_a_record_whose_id_clashes_fails_alone(tmp_path):
    seeds = folder(tmp_path, sidecar='[[person]]\nid = "stalin"\nname = "J. Stalin"\n')
    (seeds / "s.txt").write_text("MOLOTOV says no.\n", encoding="utf-8")
    report = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert report.exit_code == 1 and report.failed == 1
    (failed,) = [d for d in report.documents if d.failed]
    assert failed.stem == "r" and failed.errors[0].file == str(seeds / "r.toml")
    assert (tmp_path / "out" / "s.xml").is_file()


def test_a_transcript_whose_sidecar_would_be_the_collection_file_is_refused(tmp_path):
    seeds = folder(tmp_path)
    (seeds / "collection.txt").write_text("MOLOTOV says no.\n", encoding="utf-8")
    report = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    (refused,) = [d for d in report.documents if d.failed]
    assert refused.stem == "collection" and refused.errors[0].code == "reserved-name"
    assert (tmp_path / "out" / "r.xml").is_file()


def test_the_index_lists_the_registers_persons_with_the_records_that_name_them(tmp_path):
    seeds = folder(tmp_path, COLLECTION + '\n[[person]]\nid = "beria"\nname = "Beria"\nfull_name = "L.P. Beria"\n')
    (seeds / "r.toml").write_text('title = "First <talk>"\n', encoding="utf-8")
    (seeds / "s.txt").write_text("MOLOTOV says no.\n\nSTALIN says yes.\n", encoding="utf-8")
    (seeds / "s.toml").write_text('title = "Second talk"\n', encoding="utf-8")
    out = tmp_path / "out"
    corpus.build(seeds, out, formats=("xml", "html"))
    first = (out / "index.html").read_text(encoding="utf-8")
    section = first[first.index('<section class="index-entry index-persons" id="persons">'):]
    section = section[:section.index("</section>")]
    # The register's order; Beria, whom no record names, is left out; a record's title is escaped.
    assert section.count("<dt") == 2
    assert ('<dt id="person-stalin" dir="auto">STALIN</dt><dd><a href="r.html#stalin">First &lt;talk&gt;</a>; '
            '<a href="s.html#stalin">Second talk</a></dd>') in section
    assert '<dt id="person-molotov" dir="auto">MOLOTOV</dt><dd><a href="s.html#molotov">Second talk</a></dd>' in section
    assert '<li id="stalin">' in (out / "r.html").read_text(encoding="utf-8")  # where the link goes
    # Up to date, the records are not built again: the manifest keeps whom they name.
    report = corpus.build(seeds, out, formats=("xml", "html"))
    assert all(d.skipped for d in report.documents) and (out / "index.html").read_text(encoding="utf-8") == first
    assert json.loads((out / corpus.MANIFEST).read_text(encoding="utf-8"))["s"]["persons"] == ["stalin", "molotov"]


def test_without_html_a_persons_records_link_to_what_there_is(tmp_path):
    seeds = folder(tmp_path)
    corpus.build(seeds, tmp_path / "out", formats=("text",))
    assert '<dd><a href="r.txt">' in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")


def test_a_collection_without_a_register_has_no_persons_index_and_its_manifest_no_persons(tmp_path):
    seeds = folder(tmp_path, 'title = "C"\n')
    corpus.build(seeds, tmp_path / "out", formats=("html",))
    assert 'id="persons"' not in (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert "persons" not in json.loads((tmp_path / "out" / corpus.MANIFEST).read_text(encoding="utf-8"))["r"]


def test_a_json_report_says_what_stopped_the_build_before_any_record(tmp_path):
    """CI reads standard output: a build stopped by its collection file still prints a report, with the error."""
    seeds = folder(tmp_path, 'title = "C"\ndate = "1952"\n')
    result = CliRunner().invoke(main, ["build", str(seeds), "-o", str(tmp_path / "out"),
                                                       "--report", "json"])
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    (stopped,) = report["stopped"]
    assert (stopped["code"], stopped["file"], stopped["line"], stopped["column"]) == \
        ("collection-field", str(seeds / COLLECTION_FILE), 2, 1)
    assert report["summary"]["exit_code"] == 2 and report["summary"]["errors"] == 1
    assert report["documents"] == [] and "error[collection-field]" in result.stderr


def test_a_json_report_says_the_seeds_folder_is_missing(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--report", "json"])
    assert result.exit_code == 2
    (stopped,) = json.loads(result.stdout)["stopped"]
    assert stopped["code"] == "seeds-missing" and stopped["file"] == str(tmp_path / "nope")


@pytest.mark.parametrize("which", ["seeds", "output"])
def test_a_json_report_says_a_folder_named_is_a_file(tmp_path, which):
    """`-o` naming a file had been click's usage error, with no report on standard output for CI to read."""
    seeds = folder(tmp_path)
    a_file = tmp_path / "a-file"
    a_file.write_text("mine\n", encoding="utf-8")
    args = [str(a_file), "-o", str(tmp_path / "out")] if which == "seeds" else [str(seeds), "-o", str(a_file)]
    result = CliRunner().invoke(main, ["build", *args, "--report", "json"])
    assert result.exit_code == 2 and "Usage:" not in result.stderr
    (stopped,) = json.loads(result.stdout)["stopped"]
    assert stopped["file"] == str(a_file) and "a file, not a folder" in stopped["message"]
    assert stopped["code"] == {"seeds": "seeds-missing", "output": "output-unwritable"}[which]
    assert a_file.read_text(encoding="utf-8") == "mine\n" and not (tmp_path / "out").exists()


def test_the_build_lists_the_speakers_no_register_names_across_the_collection(tmp_path):
    """What an editor promotes into collection.toml: each derived id once, with every spelling it was
    written in and the records naming it, the most named first; also for records the build did not redo."""
    seeds = folder(tmp_path)  # r.txt: Stalin is the collection's, Zhou Enlai derived
    (seeds / "s.txt").write_text("ZHOU ENLAI says that it is late.\n\nMR. ADAMS said so.\n", encoding="utf-8")
    (seeds / "t.txt").write_text("Zhou Enlai says yes.\n", encoding="utf-8")
    first = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    expected = [{"id": "zhou-enlai", "names": ["ZHOU ENLAI", "Zhou Enlai"], "records": ["r", "s", "t"]},
                {"id": "adams", "names": ["ADAMS"], "records": ["s"]}]
    assert first.unregistered == expected
    assert "2 speakers in no register, named in 3 records" in first.lines()[-2]
    again = corpus.build(seeds, tmp_path / "out", formats=("xml",))
    assert all(d.skipped for d in again.documents) and again.as_dict()["summary"]["unregistered"] == expected


def test_a_collections_correction_is_credited_and_missed_only_where_a_record_makes_it(tmp_path):
    """A correction in the collection file had been warned "matched nothing" in every record that does not have
    the slip, and every record's header credited "Corrections: the editor". A record's own is still warned."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / COLLECTION_FILE).write_text('[[correction]]\nsic = "paranoiac"\ncorr = "paranoid"\n', encoding="utf-8")
    (seeds / "one.txt").write_text("Mr. A: They were paranoiac about it.\n\nMr. B: Yes.\n\nMr. A: Bye.\n")
    (seeds / "two.txt").write_text("Mr. A: Hello.\n\nMr. B: Hi.\n\nMr. A: Bye.\n")
    one, two = tei.encode(seeds / "one.txt"), tei.encode(seeds / "two.txt")
    assert not [d for d in (*one.diagnostics, *two.diagnostics) if d.code == "correction-unused"]
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert one.tree.find(".//t:choice/t:corr", ns).text == "paranoid"
    assert [len(r.tree.findall(".//t:titleStmt/t:respStmt", ns)) for r in (one, two)] == [1, 0]
    assert [len(r.tree.findall(".//t:editorialDecl/t:correction", ns)) for r in (one, two)] == [1, 0]
    assert validate_result(one) == [] and validate_result(two) == []
    (seeds / "two.toml").write_text('[[correction]]\nsic = "Helo"\ncorr = "Hello"\n', encoding="utf-8")
    assert [d.code for d in tei.encode(seeds / "two.txt").diagnostics] == ["correction-unused"]
