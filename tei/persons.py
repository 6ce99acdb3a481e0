"""Names as written → people: the sidecar's register first, derived ids after.

``ZHOU ENLAI``, ``Zhou Enlai`` and ``Zhou`` are one person; ``A. Vyshinskii``
under a signature is the ``Vyshinskii`` of the participants list. A person the
register does not know gets an id derived from the name and is marked as
derived, so an editor can review it (``person/@resp="#encoder"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import ids
from .model import Person
from .speakers import derive_id, name_key


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
    keys: set[str] = field(default_factory=set)
    used: bool = False


class Registry:
    def __init__(self, register: tuple[RegisterEntry, ...] = (), taken: frozenset[str] = frozenset()) -> None:
        self._taken = taken  # ids of the header's that a derived person's id must not take (responsibilities)
        self._entries: list[_Entry] = []
        self._by_key: dict[str, _Entry] = {}
        self._by_id: dict[str, _Entry] = {}
        # For names of one word: the entries with a key that has that word, and those whose key is
        # that word alone (by id(entry)), so a name is found without reading every entry.
        self._by_word: dict[str, dict[int, _Entry]] = {}
        self._by_one_word_key: dict[str, dict[int, _Entry]] = {}
        for item in register:
            entry = _Entry(item.id, [item.name, *item.aliases], item.full_name, item.role, item.sex, False)
            for name in (item.name, item.full_name, *item.aliases):
                if name:
                    self._index(entry, name)
            self._entries.append(entry)
            self._by_id[entry.id] = entry
        # Only the register's entries are not derived, and they are all made here.
        self.has_register = any(not e.derived for e in self._entries)
        # The register's names and aliases as written: labels that open a turn however short ("Q",
        # "A"), see speakers.registered_start; and the longest one's length.
        self.labels = frozenset(name for item in register for name in (item.name, *item.aliases) if name)
        self.longest_label = max(map(len, self.labels), default=0)

    def _index(self, entry: _Entry, name: str) -> None:
        key = name_key(name)
        if key and key not in entry.keys:
            entry.keys.add(key)
            self._by_key.setdefault(key, entry)
            words = key.split()
            for word in words:
                self._by_word.setdefault(word, {})[id(entry)] = entry
            if len(words) == 1:
                self._by_one_word_key.setdefault(key, {})[id(entry)] = entry

    def is_registered(self, name: str) -> bool:
        """Whether the register names this person.

        With a register, the answer can change as people are derived (a one-word name
        stops being unique); without one, it is always False.
        """
        if not self.has_register:
            return False
        entry = self._find(name)
        return entry is not None and not entry.derived

    def _find(self, name: str) -> _Entry | None:
        key = name_key(name)
        if key in self._by_key:
            return self._by_key[key]
        ident = derive_id(name)
        if ident in self._by_id:
            return self._by_id[ident]
        # A single word ("Zhou", "Molotov") names the one person with that word in a name.
        words = key.split()
        if len(words) == 1:
            matches = self._by_word.get(words[0], {})
            if len(matches) == 1:
                return next(iter(matches.values()))
        # "Zhou Enlai" after "ZHOU" was seen alone: a name that contains a known one-word name.
        if len(words) > 3:
            return None
        candidates = {ident: e for word in words for ident, e in self._by_one_word_key.get(word, {}).items()}
        if len(candidates) == 1:
            return next(iter(candidates.values()))
        return None

    def resolve(self, name: str) -> str:
        """The person id for a name as written; a derived person if none is known."""
        entry = self._find(name)
        if entry is None:
            ident = ids.for_person(derive_id(name))  # "P1:" is a person, not paragraph p1
            base, n = ident, 2
            while ident in self._by_id or ident in self._taken:
                ident = f"{base}-{n}"
                n += 1
            entry = _Entry(ident, [], None, None, None, True)
            self._entries.append(entry)
            self._by_id[ident] = entry
        if name not in entry.names:
            # A name already among the entry's names is already indexed.
            entry.names.append(name)
            self._index(entry, name)
        entry.used = True
        return entry.id

    def persons(self) -> tuple[Person, ...]:
        """Everyone registered, and everyone derived that the text mentions."""
        return tuple(
            Person(e.id, tuple(e.names), e.full_name, e.role, e.sex, e.derived)
            for e in self._entries if e.used or not e.derived
        )
