"""Names as written → people: the sidecar's register first, derived ids after.

``ZHOU ENLAI``, ``Zhou Enlai`` and ``Zhou`` are one person; ``A. Vyshinskii``
under a signature is the ``Vyshinskii`` of the participants list. A person the
register does not know gets an id derived from the name and is marked as
derived, so an editor can review it (``person/@resp="#encoder"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from . import ids
from .model import Person
from .speakers import (COURTESIES, TITLE_FIRST_WORDS, TITLES, cjk_surname, derive_id, forenames_written_out,
                       is_office, name_key, nickname_apart, without_article)


@dataclass(frozen=True)
class RegisterEntry:
    id: str
    name: str
    full_name: str | None = None
    aliases: tuple[str, ...] = ()
    role: str | None = None
    sex: str | None = None


@dataclass
class _Entry:
    id: str
    names: list[str]
    full_name: str | None
    role: str | None
    sex: str | None
    derived: bool
    shared: bool = False  # the collection's: in a record's header only when the record names the person
    keys: set[str] = field(default_factory=set)
    used: bool = False


# Words that make an office a deputy's, another person's than the office's holder ("Tredje vice talmannen").
_DEPUTIES = frozenset("vice deputy förste andre tredje fjärde vize stellvertretender stellvertretende".split())


class Registry:
    def __init__(self, register: tuple[RegisterEntry, ...] = (), taken: frozenset[str] = frozenset(),
                 shared: tuple[RegisterEntry, ...] = ()) -> None:
        """``register``: the record's sidecar's; ``shared``: the collection file's, which may hold
        thousands of persons, indexed once for all its records (see ``_shared_index``)."""
        self._taken = taken  # ids of the header's that a derived person's id must not take (responsibilities)
        base = self._base = _shared_index(shared) if shared else None
        # For names of one word: the entries with a key that has that word, and those whose key is
        # that word alone (by id(entry)), so a name is found without reading every entry.
        if base is None:
            self._entries: list[_Entry] = []
            self._by_key: dict[str, _Entry] = {}
            self._by_id: dict[str, _Entry] = {}
            self._by_word: dict[str, dict[int, _Entry]] = {}
            self._by_one_word_key: dict[str, dict[int, _Entry]] = {}
        else:  # the shared index's tables, copied on write: a record changes only what it names
            self._entries = list(base._entries)
            self._by_key, self._by_id = dict(base._by_key), dict(base._by_id)
            self._by_word, self._by_one_word_key = dict(base._by_word), dict(base._by_one_word_key)
        self._add(register)
        self._registered = len(self._entries)  # the registers' entries; the derived come after them
        # Offices this record names a person in ("President Nixon", "Harold Macmillan, M.P., Prime Minister",
        # "President: Mr. ZORIN"), by the office's key: "The President said" is Nixon's where the record names
        # one president, and no one's of its own where it names two.
        self._offices: dict[str, dict[int, _Entry]] = {}
        self._handed_over: set[str] = set()  # offices whose holder the record changes ("takes_office")
        self._written: set[str] = set()
        self._plain: set[str] = set()  # ids of persons named "Mr. Allen Dulles" (``named_plainly``)
        # Only the register's entries are not derived, and they are all made here.
        self.has_register = bool(register or shared)
        self.has_collection_register = bool(shared)
        # The register's names and aliases as written: labels that open a turn however short ("Q",
        # "A"), see speakers.registered_start; and the longest one's length.
        labels = _labels(register)
        self.labels: frozenset[str] = (labels | base.labels if labels else base.labels) if base else labels
        self.longest_label: int = max(map(len, labels), default=base.longest_label if base else 0)
        self._positions: dict[int, int] = {}  # the shared index's: each entry's place among its entries

    def _add(self, register: tuple[RegisterEntry, ...], shared: bool = False) -> None:
        for item in register:
            entry = _Entry(item.id, [item.name, *item.aliases], item.full_name, item.role, item.sex, False, shared)
            for name in (item.name, item.full_name, *item.aliases):
                if name:
                    self._index(entry, name)
            self._entries.append(entry)
            self._by_id[entry.id] = entry

    def _index(self, entry: _Entry, name: str) -> None:
        nicknamed = nickname_apart(name)
        if nicknamed is not None:  # 'Ernesto "Che" Guevara': found as "Che" and "Ernesto Guevara" too
            for other in nicknamed:
                self._index(entry, other)
        key = name_key(name)
        if key and key not in entry.keys:
            entry.keys.add(key)
            self._by_key.setdefault(key, entry)
            self._by_key.setdefault(forenames_written_out(key), entry)  # ("thos pyke" as "thomas pyke")
            words = key.split()
            for word in words:
                self._writable("_by_word", word)[id(entry)] = entry
            if len(words) == 1:
                self._writable("_by_one_word_key", key)[id(entry)] = entry

    def _writable(self, table_name: str, word: str) -> dict[int, _Entry]:
        """A word's entries, to change: the shared index's are copied first."""
        table = getattr(self, table_name)
        inner = table.get(word)
        if inner is None:
            inner = table[word] = {}
        elif self._base is not None and inner is getattr(self._base, table_name).get(word):
            inner = table[word] = dict(inner)
        return inner

    def _own(self, entry: _Entry) -> _Entry:
        """The entry, this registry's to change: a shared index's entry is copied first and the copy
        put in its places."""
        base = self._base
        position = base._positions.get(id(entry)) if base is not None else None
        if position is None or base._entries[position] is not entry:
            return entry
        copy = _Entry(entry.id, list(entry.names), entry.full_name, entry.role, entry.sex, entry.derived,
                      entry.shared, set(entry.keys), entry.used)
        self._entries[position] = copy
        self._by_id[entry.id] = copy
        for key in entry.keys:
            if self._by_key.get(key) is entry:
                self._by_key[key] = copy
            words = key.split()
            for table_name, names in (("_by_word", words), ("_by_one_word_key", [key] if len(words) == 1 else [])):
                for word in names:
                    inner = self._writable(table_name, word)  # (a word of two keys is met twice)
                    inner.pop(id(entry), None)
                    inner[id(copy)] = copy
        return copy

    def is_registered(self, name: str) -> bool:
        """Whether the register names this person.

        With a register, the answer can change as people are derived (a one-word name
        stops being unique); without one, it is always False.
        """
        if not self.has_register:
            return False
        entry = self._find(name)
        return entry is not None and not entry.derived

    def knows(self, name: str) -> bool:
        """Whether this name is a person's the record or the register named before (registered or derived)."""
        return self._find(name) is not None

    def known_id(self, name: str, office: bool = False) -> str | None:
        """The id of the person the record or the register named so before, if any; no one is derived (``resolve``)."""
        entry = self._find(name, office)
        return entry.id if entry is not None else None

    def _find(self, name: str, office: bool = False) -> _Entry | None:
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        written_out = forenames_written_out(key)
        if written_out in self._by_key:
            return self._by_key[written_out]
        ident = derive_id(name)
        if ident in self._by_id:
            return self._by_id[ident]
        if office:  # "The DEPUTY SPEAKER" is not "The SPEAKER", nor "PRESIDENTE DEL GOBIERNO" the "PRESIDENTE":
            # an office is its holder's only where the record names one (below), never by a word in common
            return self._sole_holder(key)
        # A single word ("Zhou", "Molotov") names the one person with that word in a name; a letter alone is no
        # name's initial ("A." answers in a press conference, "I:" asks in an interview: not "Cllr A. Jones").
        words = key.split()
        if len(words) == 1 and len(key) > 1:
            matches = self._by_word.get(words[0], {})
            if len(matches) == 1:
                return next(iter(matches.values()))
        holder = self._sole_holder(key)
        if holder is not None:
            return holder
        # "Zhou Enlai" after "ZHOU" was seen alone: a name that contains a known one-word name.
        if len(words) > 3 or not _DEPUTIES.isdisjoint(words):
            return None  # (not an office's deputy: "TREDJE VICE TALMANNEN" is not "TALMANNEN", the Riksdag's speaker)
        candidates = {ident: e for word in words if len(word) > 1
                      for ident, e in self._by_one_word_key.get(word, {}).items()}  # (not "A. Jones" the answers')
        if len(candidates) == 1:
            return next(iter(candidates.values()))
        # "W.J. Stoessel" and "Walter J. Stoessel", "A. Vyshinsky" and "Andrei Vyshinsky": one surname, and
        # given names that agree letter for letter where one of them is only initials.
        if len(words) >= 2:
            full = not all(len(word) == 1 for word in words[:-1])
            alike = {id(e): e for e in self._by_word.get(words[-1], {}).values()
                     if any(_initials_agree(words, other.split()) for other in e.keys)
                     # a full name, only to one known by initials alone ("Jane Smith" is not "John Smith")
                     and not (full and any(_is_full(other.split(), words[-1]) for other in e.keys))}
            if len(alike) == 1:
                return next(iter(alike.values()))
            # "Sánchez Gil" after "D. Pedro Sánchez Gil", "de Gaulle" after "Charles de Gaulle": the last words of
            # one known name (a Spanish name's two surnames).
            ending = " " + key
            tails = {id(e): e for e in self._by_word.get(words[-1], {}).values()
                     if any(other.endswith(ending) for other in e.keys)}
            if len(tails) == 1:
                return next(iter(tails.values()))
        surname = cjk_surname(key)
        if surname:  # "毛主席", "周总理": the one known Chinese or Japanese name of that surname (rare: all are read)
            named = {id(e): e for e in self._entries for other in e.keys
                     if other[:1] == surname and 2 <= len(other) <= 4 and other != key and cjk_surname(other) is None}
            if len(named) == 1:
                return next(iter(named.values()))
        return None

    def has_holder(self, office: str) -> bool:
        """Whether the record names one holder of the office ("President: Mr. VAN DER MEULEN")."""
        return self._sole_holder(name_key(office)) is not None

    def _sole_holder(self, office: str) -> _Entry | None:
        """"The President", "The Prime Minister": the one the record names in that office, if it names one."""
        holders = self._offices.get(office, {})
        return next(iter(holders.values())) if len(holders) == 1 else None

    def resolve(self, name: str, office: bool = False, apart_from: set[str] | None = None,
                in_office: str | None = None) -> str:
        """The person id for a name as written (``office``: a role's, "The Speaker"); a derived person if none
        is known. ``apart_from``: the persons this one is not, though the name may seem theirs: those listed before
        it in one list of who was present, which names each once ("Dr. Lindqvist, Mr A. Lindqvist": two people;
        the second had been the first's other name). Not a surname alone, which may be a firm's ("Mr Grant ELLIS
        (solicitor, Ellis & Co.)") or the end of a name the line cut ("…, Robert" / "Kennedy, …"). ``in_office``:
        the office the name is written after ("Secretary Dulles" → "secretary"), see ``_another_holder``."""
        entry = self._find(name, office)
        if entry is not None and in_office is not None and self._another_holder(name, in_office, entry):
            entry = None
        if entry is not None and apart_from and entry.id in apart_from and " " in name.strip() \
                and name_key(name) not in entry.keys:
            entry = None
        if entry is None:
            ident = ids.for_person(derive_id(name))  # "P1:" is a person, not paragraph p1
            if ident in self._by_id and apart_from:
                ident = ids.for_person(derive_id(name, initials=True))  # "a-lindqvist" beside "lindqvist"
            base, n = ident, 2
            while ident in self._by_id or ident in self._taken:
                ident = f"{base}-{n}"
                n += 1
            entry = _Entry(ident, [], None, None, None, True)
            self._entries.append(entry)
            self._by_id[ident] = entry
        entry = self._own(entry)
        if name not in self._written:  # (a name's office is read once: a record names its speakers again and again)
            self._written.add(name)
            held = office_of(name)
            if held is not None and name_key(name).split(" ", 1)[0] != held:
                # (a name that is the office and what it is of, "PRESIDENTE DEL GOBIERNO", holds no "PRESIDENTE")
                self._offices.setdefault(held, {})[id(entry)] = entry
        if name not in entry.names:
            # A name already among the entry's names is already indexed.
            entry.names.append(name)
            self._index(entry, name)
        entry.used = True
        return entry.id

    def _another_holder(self, name: str, office: str, entry: _Entry) -> bool:
        """"Secretary Dulles" after "Mr. Allen Dulles": a surname alone after an office, found by that surname as
        one the record names plainly with a forename, or in another office: another man (the record gives the
        forename to tell them apart). Not one named so in that office ("President Nixon" twice)."""
        key = name_key(name)
        if " " in key or key in entry.keys:
            return False
        held = [other for other, holders in self._offices.items() if id(entry) in holders]
        if held:
            return office not in held
        return entry.id in self._plain

    def named_plainly(self, ident: str) -> None:
        """A person written with a courtesy and a forename, no office ("Mr. Allen Dulles")."""
        self._plain.add(ident)

    def also_named(self, name: str, ident: str) -> None:
        """An office's holder, named beside it ("The Chancellor of the Exchequer (Sir Stafford Cripps)"): the office
        among the names the record writes for the person. It does not find the person by itself: the office alone
        is the holder's while the record names one (``holds_office``)."""
        entry = self._own(self._by_id[ident])
        if name not in entry.names:
            entry.names.append(name)

    def holds_office(self, office: str, ident: str) -> None:
        """A participant whose office the record writes beside the name ("Harold Macmillan, M.P., Prime
        Minister"; "President: Mr. ZORIN"): "The Prime Minister" is his, while no one else holds it."""
        entry = self._by_id.get(ident)
        key = name_key(office)
        if entry is not None and key:
            self._offices.setdefault(key, {})[id(entry)] = entry

    def takes_office(self, office: str, ident: str) -> None:
        """The one who holds an office from here on, the one before no longer ("(Przewodnictwo w obradach obejmuje
        wicemarszałek Sejmu …)": the chair changes hands, and "Wicemarszałek:" after it is the new holder's)."""
        entry = self._by_id.get(ident)
        key = name_key(office)
        if entry is not None and key:
            if any(holder is not entry for holder in self._offices.get(key, {}).values()):
                self._handed_over.add(key)
            self._offices[key] = {id(entry): entry}
            if key in self._by_key:  # the office as a name, found first: the last holder's since it named them
                self._by_key[key] = entry

    def settle_offices(self, titled: dict[str, set[str]] | None = None) -> dict[str, str]:
        """The persons an office alone made before the record named its holder ("The President said …" above
        "President Nixon agreed."), each → the holder, whose names take the office's: where the record names
        one holder of that office, and the office never changes hands in it. Where the text names no holder,
        the one its title names is (``titled``: an office → the names written with it there)."""
        same: dict[str, str] = {}
        for entry in self._entries[self._registered:]:  # (a collection's register may hold thousands: not read)
            if not (entry.derived and entry.used and entry.keys) or entry.keys & self._handed_over:
                continue
            for key in list(entry.keys):  # (the title's name may be found as this entry: its keys grow)
                names = (titled or {}).get(key, ())
                if len(names) == 1 and not any(h is not entry for h in self._offices.get(key, {}).values()):
                    self.holds_office(key, self.resolve(next(iter(names))))  # ("… between President Nixon and …")
            found = [[h for h in self._offices.get(key, {}).values() if h is not entry] for key in entry.keys]
            if any(len(others) != 1 for others in found) or len({id(others[0]) for others in found}) != 1 \
                    or not all(map(is_office, entry.names)) or all(map(is_office, found[0][0].names)):
                continue  # (an office alone, to a person named: not "PRESIDENTE" to "PRESIDENTE DEL GOBIERNO")
            holder = self._own(found[0][0])
            holder.names.extend(name for name in entry.names if name not in holder.names)
            entry.used = False
            same[entry.id] = holder.id
        return same

    def persons(self) -> tuple[Person, ...]:
        """Everyone the record's sidecar registers, and everyone else the text names (the collection's
        register, which may hold thousands, and the derived)."""
        return tuple(
            Person(e.id, tuple(e.names), e.full_name, e.role, e.sex, e.derived, e.derived and _is_group(e.names))
            for e in self._entries if e.used or not (e.derived or e.shared)
        )


# The last word of a label that names members speaking together ("Honorable Members", "Several Senators").
_GROUP_WORDS = frozenset("""members delegates delegations representatives senators deputies voices participants
    everyone everybody several others audience crowd chorus membres députés voix abgeordnete stimmen члены депутаты
    голоса zurufe voces""".split())


def _is_group(names: list[str]) -> bool:
    """A derived speaker whose every name is of members together ("Honorable Members", "Opposition Members")."""
    return bool(names) and all((words := name.split()) and words[-1].strip(".,:;-").casefold() in _GROUP_WORDS
                               for name in names)


@lru_cache(maxsize=4096)
def office_of(name: str) -> str | None:
    """The office a name is written after ("President Nixon" → "president"); a courtesy ("Mr. Zhou") is none:
    "Mr." alone names no one."""
    words = name.split(None, 1)
    if len(words) < 2:
        return None
    first = without_article(words[0]).rstrip(".").casefold()  # (after an elided article: "L'Ambasciatore Kozyrev")
    if first in TITLE_FIRST_WORDS and " " in words[1]:  # an office of two words before the name: "Deputy Minister
        # Winiewicz", "Prime Minister Chou" hold what "The Deputy Minister", "The Prime Minister" name
        second = words[1].split(None, 1)[0].rstrip(".").casefold()
        if second in TITLES and second not in COURTESIES:
            return name_key(f"{first} {second}")
    # (its key as the office alone has it: "Général de Gaulle" holds the office "Le Général" names, "general")
    return name_key(first) if first in TITLES and first not in COURTESIES else None


def _initials_agree(one: list[str], other: list[str]) -> bool:
    """Two names' words (their keys'), one surname, each given name's first letter that of the other's in
    its place (``_find`` asks only where one of them is initials alone)."""
    if len(other) < 2 or one[-1] != other[-1] or one == other:
        return False
    return all(a[0] == b[0] for a, b in zip(one[:-1], other[:-1]))


def _is_full(words: list[str], surname: str) -> bool:
    """A name of that surname whose given names are not initials alone."""
    return len(words) >= 2 and words[-1] == surname and not all(len(word) == 1 for word in words[:-1])


def _labels(register: tuple[RegisterEntry, ...]) -> frozenset[str]:
    return frozenset(name for item in register for name in (item.name, *item.aliases) if name)


_SHARED: dict[int, tuple[tuple[RegisterEntry, ...], Registry]] = {}


def _shared_index(register: tuple[RegisterEntry, ...]) -> Registry:
    """The collection's register indexed once: every record of a build has the same tuple."""
    held = _SHARED.get(id(register))
    if held is None or held[0] is not register:
        if len(_SHARED) >= 4:
            _SHARED.clear()
        index = Registry()
        index._add(register, shared=True)
        index.labels = _labels(register)
        index.longest_label = max(map(len, index.labels), default=0)
        index._positions = {id(entry): position for position, entry in enumerate(index._entries)}
        held = _SHARED[id(register)] = (register, index)
    return held[1]
