"""A deterministic generator of transcripts in several conventions, with their ground truth.

Used by the benchmarks (corpora of 1,000 and 10,000 records, and records 100×
the seed's size) and by tests that check the encoder against what the generator
knows it wrote (turns per speaker, page breaks, brackets). The words are an
invented vocabulary: no third-party text.

    python benchmarks/generate.py OUT_DIR --count 1000 [--scale 1] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

WORDS = ("the question of the treaty was raised again and the delegation would consider the proposal "
         "carefully before the next session since the committee had not yet agreed on the terms of the "
         "exchange of prisoners and the withdrawal of forces from the region under the observation of a "
         "neutral commission with the participation of other countries including those not directly "
         "concerned by the negotiations on trade credit shipping and the price of wheat").split()
SURNAMES = ("PETROV", "LI WEIMING", "HALVORSEN", "NGUYEN VAN AN", "OKONKWO", "DUBOIS", "KOWALSKI",
            "TANAKA", "ALVAREZ", "MBEKI", "IVANOVA", "CHEN", "SØRENSEN", "ÖZTÜRK", "ANDERSSON")
VERBS = ("says", "answers", "asks", "adds", "notes", "emphasizes", "explains", "replies", "agrees", "remarks")
SUPPLIED = ("naval", "of the delegates", "in agreement", "are occurring", "of the treaty")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass
class Truth:
    """What the generator wrote, for tests to compare with what the encoder found."""

    turns: dict[str, int] = field(default_factory=dict)
    page_breaks: int = 0
    supplied: int = 0
    queries: int = 0
    signatures: int = 0


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen)


def _speech(rng: random.Random, truth: Truth, sentences: int) -> str:
    parts = []
    for _ in range(sentences):
        text = _sentence(rng, rng.randint(8, 20))
        roll = rng.random()
        if roll < 0.15:
            text += f" [{rng.choice(SUPPLIED)}] " + _sentence(rng, rng.randint(3, 8))
            truth.supplied += 1
        elif roll < 0.2:
            text += " [?]"
            truth.queries += 1
        parts.append(text[0].upper() + text[1:] + ".")
    return " ".join(parts)


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))


def minutes(rng: random.Random, turns: int, truth: Truth) -> str:
    """The seed's convention: reported speech, hard-wrapped, page breaks as three blank lines."""
    speakers = rng.sample(SURNAMES, 3)
    lines = [" Present: comrs. " + ", ".join(s.title() for s in rng.sample(SURNAMES, 4)) + ".", ""]
    since_page = 0
    for index in range(turns):
        speaker = speakers[index % 2] if rng.random() < 0.9 else speakers[2]
        truth.turns[speaker] = truth.turns.get(speaker, 0) + 1
        body = f"{speaker} {rng.choice(VERBS)} that {_speech(rng, truth, rng.randint(1, 4))}"
        lines += [_wrap(body, 96), ""]
        if rng.random() < 0.3:
            lines += [_wrap("He adds that " + _speech(rng, truth, rng.randint(1, 2)), 96), ""]
        since_page += 1
        if since_page >= 14 and index < turns - 1:
            lines += ["", "", ""]
            truth.page_breaks += 1
            since_page = 0
    lines += ["The conversation started at 10:30, ended at 12:30.", ""]
    names = rng.sample(SURNAMES, 2)
    lines.append(f"Recorded by: [signature] /{names[0][0]}. {names[0].title()}/")
    lines.append(f"[signature] /{names[1][0]}. {names[1].title()}/")
    truth.signatures += 2
    return "\n".join(lines) + "\n"


def colon(rng: random.Random, turns: int, truth: Truth) -> str:
    """A memorandum of conversation: "Mr. Name: …" on unwrapped lines."""
    people = [f"Mr. {s.split()[-1].title()}" for s in rng.sample(SURNAMES, 3)]
    lines = ["Participants: " + ", ".join(people), ""]
    for index in range(turns):
        speaker = people[index % len(people)]
        key = speaker.split()[-1]
        truth.turns[key] = truth.turns.get(key, 0) + 1
        lines += [f"{speaker}: {_speech(rng, truth, rng.randint(1, 4))}", ""]
    return "\n".join(lines)


def numbered(rng: random.Random, turns: int, truth: Truth) -> str:
    """A record with a title, dateline, classification and numbered paragraphs."""
    day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(1930, 1980)
    people = [s for s in rng.sample(SURNAMES, 2)]
    lines = ["Record of Conversation", "", f"Geneva, {day} {month} {year}", "", "SECRET", ""]
    for index in range(turns):
        speaker = people[index % 2]
        truth.turns[speaker] = truth.turns.get(speaker, 0) + 1
        lines += [f"{index + 1}. MR {speaker} said that {_speech(rng, truth, rng.randint(1, 4))}", ""]
    return "\n".join(lines)


# Invented surnames for debates: three or more syllables, one name for each number.
_SYLLABLES = ("KA", "LO", "MIR", "DEN", "TU", "VAS", "OR", "BEL", "SU", "RAN", "GOR", "IV")


def _member(number: int) -> str:
    syllables = []
    number += len(_SYLLABLES) ** 2  # three syllables at least
    while number:
        number, digit = divmod(number, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    return "".join(syllables)


def debate(rng: random.Random, turns: int, truth: Truth) -> str:
    """The record of a debate: many members speak, more the longer it runs ("MR KALOMIR said that …")."""
    members = [_member(n) for n in rng.sample(range(4 * turns), max(4, turns // 4))]
    lines = ["Debate in the Assembly", ""]
    for _ in range(turns):
        member = rng.choice(members)
        truth.turns[member] = truth.turns.get(member, 0) + 1
        lines += [f"MR {member} said that {_speech(rng, truth, rng.randint(1, 4))}", ""]
    return "\n".join(lines)


CONVENTIONS = {"minutes": minutes, "colon": colon, "numbered": numbered, "debate": debate}


def record(seed: int, convention: str | None = None, scale: int = 1) -> tuple[str, Truth]:
    """One transcript of about the seed's size (×scale) and its truth."""
    rng = random.Random(seed)
    name = convention or rng.choice(sorted(CONVENTIONS))
    truth = Truth()
    return CONVENTIONS[name](rng, 72 * scale, truth), truth


def corpus(out: Path, count: int, scale: int = 1, seed: int = 0) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        text, _ = record(seed * 1_000_003 + index, scale=scale)
        path = out / f"record-{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = corpus(args.out, args.count, args.scale, args.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} transcripts, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
