"""The bracket-convention table: how a square bracket is read, encoded and printed.

One row per convention. A row says which bracketed contents it claims (a
predicate over the content and its neighbours), which TEI element it becomes,
how an edition prints it back, a sentence for the edition's ``editorialDecl``
and examples that are its own tests. The parser asks the table to classify,
the builder asks it for the element, the renderer asks it how to print: a new
convention is one new row. A sidecar may map contents to rows, or add rows.

Rows are tried in order; the first that claims a bracket wins; ``supplied`` is
the conservative default for words a translator or editor added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from . import rules
from .diagnostics import assigning_init
from .furniture import PAGE_WORDS

# Pronouns and determiners that a bracket right after them usually explains:
# "worsens its [Japan's] position", "he [Stalin] said".
_REFERRING = frozenset("he she it they him her them his its their this that these those who which".split())

# Nouns of office or relation that mark a bracket as an identification of a person:
# "[PLA commander] Wang Zhen", "[widow of Sun Yat-sen]".
_ROLE_NOUNS = frozenset("""
    commander minister secretary ambassador chairman chairperson president premier leader general
    head director official envoy representative deputy chief spokesman delegate consul marshal
    widow wife husband son daughter brother sister father mother
""".split())

_GLOSS_CUES = re.compile(
    r"^(?:also|i\.\s?e\.|e\.\s?g\.|that is|namely|presumably|probably|possibly|apparently|"
    r"meaning|lit\.|literally|=|former|formerly|then|now|here|sc\.|viz\.|see)\b",
    re.IGNORECASE,
)


@assigning_init
@dataclass(frozen=True, slots=True)
class BracketContext:
    """What a row may look at: the content and the characters around the bracket."""

    content: str
    before: str  # up to 40 characters of the paragraph before the opening bracket
    after: str  # up to 40 characters after the closing bracket

    @property
    def word_internal(self) -> bool:
        return bool(self.before[-1:].isalpha() and (self.after[:1].isalpha() or self.content.isalpha()) and
                    self.content.isalpha() and len(self.content) <= 3)

    @property
    def previous_word(self) -> str:
        words = _WORDS.findall(self.before)
        return words[-1].lower() if words else ""


_WORDS = re.compile(r"[\w']+")
_HYPHENATED_WORDS = re.compile(r"[\w-]+")


@dataclass(frozen=True)
class Convention:
    name: str
    description: str  # one sentence for editorialDecl: what the brackets mean here
    element: str  # TEI element name (in the TEI namespace)
    attributes: tuple[tuple[str, str], ...] = ()
    # "children": the bracket's content is the element's content;
    # "desc": the content is a description inside the element (gap/desc).
    content: str = "children"
    # Which responsibility (a respStmt id from the sidecar) the insertion belongs to.
    resp_role: str | None = None
    certainty: str | None = None
    claims: Callable[[BracketContext], bool] = field(default=lambda ctx: False, repr=False)
    examples: tuple[str, ...] = ()  # transcript snippets this row must claim
    # How an edition prints it: the characters around the content.
    opener: str = "["
    closer: str = "]"


def on_content(test: Callable[[str], bool]) -> Callable[[BracketContext], bool]:
    """A claim that reads the bracket's content (stripped) and nothing around it.

    Such a claim answers the same for the same content, so a table may remember its
    answer; a claim written as a plain function is asked every time.
    """
    def claims(ctx: BracketContext) -> bool:
        return test(ctx.content.strip())

    claims.content_only = True  # type: ignore[attr-defined]
    claims.test = test  # type: ignore[attr-defined]  # (what a table asks of a content it has stripped once)
    return claims


def on_reading(read: Callable[[str], object], value: object) -> Callable[[BracketContext], bool]:
    """A claim of the contents that ``read`` reads as ``value`` (stripped, as ``on_content``'s). Rows that share
    a reading (the house's noise in brackets, its voices' or what happened) have it made once a content by the
    table, not once a row."""
    claims = on_content(lambda text: read(text) == value)
    claims.reading = (read, value)  # type: ignore[attr-defined]
    return claims


def _content_only(claims: Callable[[BracketContext], bool]) -> bool:
    return getattr(claims, "content_only", False)


def _is(*words: str) -> Callable[[BracketContext], bool]:
    wanted = frozenset(words)
    return on_content(lambda text: text.lower().rstrip("!") in wanted)


def _fullmatch(pattern: str, flags: int = 0) -> Callable[[BracketContext], bool]:
    compiled = re.compile(pattern, flags)
    return on_content(lambda text: compiled.fullmatch(text) is not None)


def _starts(pattern: str, flags: int = 0) -> Callable[[BracketContext], bool]:
    compiled = re.compile(pattern, flags)
    return on_content(lambda text: compiled.match(text) is not None)


def _gloss(ctx: BracketContext) -> bool:
    text = ctx.content.strip()
    if ";" in text or _GLOSS_CUES.match(text):
        return True
    # A name after a pronoun says whom the pronoun means; lower-case words there
    # ("connected with it [are occurring]") are supplied words, not a gloss.
    if text[:1].isupper() and ctx.previous_word in _REFERRING and not ctx.before.rstrip().endswith((",", ".")):
        return True
    # A noun of office before a capitalised name: the cheap test first.
    if not ctx.after.lstrip()[:1].isupper():
        return False
    last = _HYPHENATED_WORDS.findall(text.lower())
    return bool(last and last[-1] in _ROLE_NOUNS)


# Words that make a bracketed sentence someone's speech, not the record's note of what happened.
_SPEAKERS_OWN = frozenset("i i'm i've i'll we we're we've we'll you you're your my our me us".split())


def _happening(ctx: BracketContext) -> bool:
    """A sentence of its own, in the third person, between sentences: what the record saw happen."""
    text = ctx.content
    if not text[:1].isupper() or text[-1:] not in ".!":  # (most brackets are turned away here, unstripped)
        text = text.strip()
        if not text[:1].isupper() or text[-1:] not in ".!":
            if text[-1:] == ":" and _introduces_what_follows(text):
                return _between_sentences(ctx)
            return _noted_alone(ctx, text)
    words = _WORDS.findall(text)
    if len(words) == 1 and words[0].lower() in _STAGE_VERBS:
        return _between_sentences(ctx)
    if not 2 <= len(words) <= 40 or any(word.lower() in _SPEAKERS_OWN for word in words):
        return False
    return _between_sentences(ctx)


def _between_sentences(ctx: BracketContext) -> bool:
    before, after = ctx.before.rstrip(), ctx.after.lstrip()
    return (not before or before[-1] in ".!?:\"”)") and (not after or after[0].isupper() or after[0] in "\"“[(")


# One word that a transcript's stage direction may be, a gesture of the speaker's: "answer? [Bows.]".
_STAGE_VERBS = frozenset("""
    bows nods smiles pauses sighs shrugs gestures points rises stands sits kneels weeps exits enters withdraws
    hesitates salutes bowing nodding pausing
""".split())


def _introduces_what_follows(text: str) -> bool:
    """A participle and what the speaker does before the words that follow, as a record of a meeting notes it:
    "[Reading from a piece of paper:]", "[Quoting the Emperor Meiji:]"."""
    first = text.split(None, 1)[0]
    return len(first) > 4 and first.endswith("ing") and " " in text and \
        not any(word.lower() in _SPEAKERS_OWN for word in _WORDS.findall(text))


def _noted_alone(ctx: BracketContext, text: str) -> bool:
    """A paragraph that is one bracket of a few words and no full stop, as a court's transcript notes the room
    ("[Open session]", "[The accused entered court]", "[Trial Chamber confers]"): a word in small letters among
    them, so that no name alone ("[Zhou Enlai]") is taken for one."""
    if not text[:1].isupper() or ctx.before.strip() or ctx.after.strip():
        return False
    words = _WORDS.findall(text)
    return len(words) <= 12 and any(word[:1].islower() for word in words[1:]) \
        and not any(word.lower() in _SPEAKERS_OWN for word in words)


# What a recording's bracketed notes of its media name, and what they say happened to them.
_MEDIUM = r"(?:tape|side|cassette|reel|disc|disk|track|session|interview|recording|transcript|extract|excerpt)"
_HAPPENS = r"(?:ends|ended|begins|starts|stops|resumes|continues|paused|resumed|interrupted|changed?)"
# Where a recording or its transcript ends, begins or turns over ("End of interview", "Tape 1, Side B"), and a
# broadcast's break ("BREAK", "Commercial break").
_MEDIUM_MARK = (rf"(?:(?:end|start|beginning|begin|resume|continuation)\s+(?:of\s+)?(?:the\s+)?{_MEDIUM}"
                rf"|{_MEDIUM}(?=\s+(?:\d|one|two|three|four|[a-d]\b|{_HAPPENS})))")
_BREAK = r"(?:(?:commercial|station|ad|advertising|news|coffee|tea|lunch|luncheon|short|brief|comfort)\s+)?break"
_RECORDING_MARK = re.compile(rf"{_MEDIUM_MARK}[^\[\]]*|{_BREAK}\.?", re.IGNORECASE)
# The languages a transcript says words were spoken in ("[in Punjabi]", "[in English]").
_LANGUAGE_NAMES = ("english|french|german|russian|spanish|italian|portuguese|dutch|polish|czech|ukrainian|greek|"
                   "latin|hebrew|yiddish|arabic|persian|farsi|turkish|kurdish|urdu|hindi|punjabi|bengali|gujarati|"
                   "tamil|telugu|marathi|chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|malay|indonesian|"
                   "tagalog|swahili|amharic|somali|welsh|gaelic|irish|scots|afrikaans|zulu|xhosa|the\\s+original")


_CLOCK = re.compile(rules.CLOCK_TIME)


def _clock_alone(ctx: BracketContext) -> bool:
    """A time of day, hours and minutes, the bracket alone in its paragraph ("[14:02]"): its length and first
    character asked first (this row reads the bracket's neighbours, so it is asked of every bracket that reaches it)."""
    content = ctx.content
    return len(content) <= 5 and content[:1].isdigit() and _CLOCK.fullmatch(content) is not None \
        and not ctx.before.strip() and not ctx.after.strip()


def marks_the_recording(content: str) -> bool:
    """Whether a bracket's words say where the recording or its transcript ends, begins or turns over ("[End of
    interview]", "[Tape 1, Side B]"), or a broadcast breaks off ("[BREAK]"): the record's, not the words of the turn
    before it."""
    return _RECORDING_MARK.fullmatch(content.strip()) is not None


# What a parliament's record notes of the house in parentheses inside a speech. No square bracket holds it: the
# inline parser reads these parentheses (rules.HOUSE_NOISE), in a record that has them.
_HOUSE_VOCAL = Convention(
    "house-vocal",
    "(Laughter.), (Risas), (Heiterkeit) in parentheses inside a speech are the record's note of the house's "
    "voices, not the speaker's words.",
    "vocal", content="desc", claims=on_content(lambda text: False), opener="(", closer=")",
)
_HOUSE_EVENT = replace(
    _HOUSE_VOCAL, name="house-event", element="incident", description=(
        "(Applause.), (Aplausos), (Beifall bei der SPD) in parentheses inside a speech are the record's note of what "
        "happened in the house, not the speaker's words."))

# A translator's or an editor's note in parentheses inside the words, as the bracketed one is read (the inline parser
# reads these parentheses, rules.PARENTHESISED_NOTE, in a record that has them).
_PARENTHESISED_NOTE = Convention(
    "editorial-note-parenthesised",
    "(Translator's note: …) and (Editor's note: …) in parentheses inside the words are notes by the translator or the "
    "editor, not the speaker's words.",
    "note", (("type", "editorial"), ("place", "inline")), claims=on_content(lambda text: False), opener="(", closer=")",
)

DEFAULT_TABLE: tuple[Convention, ...] = (
    Convention(
        "signature",
        "[signature] stands where the original bears an autograph signature that is not transcribed.",
        "gap", (("reason", "editorial"),), content="desc",
        claims=_is("signature", "signed", "sig.", "sgd.", "sgd", "signature illegible"),
        examples=("Recorded by: [signature] /A. Vyshinskii/",),
    ),
    Convention(
        "query",
        "[?] marks a doubt in the source or its translation (a missing question mark, or doubt "
        "about the preceding words); it is kept as an inline query note for an editor to resolve.",
        "note", (("type", "query"), ("place", "inline")), certainty="low",
        claims=on_content(lambda text: text == "?"),
        examples=("with India and Burma [?] Mao Zedong", "to wait 2-3 weeks[?]"),
    ),
    Convention(
        "supplied-punctuation",
        "[?] supplies a question mark that the source omits.",
        "supplied", (("reason", "omitted"),),
        claims=on_content(lambda text: False),  # chosen only by a sidecar override of "?"
    ),
    Convention(
        "sic",
        "[sic] is an editor's confirmation that the preceding words stand so in the source.",
        "note", (("type", "sic"), ("place", "inline")), resp_role="editor",
        # (with the editor's reason after it: "[sic: the meeting had not yet taken place]")
        claims=_fullmatch(r"sic[.!]?(?:\s*[:;,]\s*\S.*)?", re.IGNORECASE | re.DOTALL),
        examples=("the island [sic] had", "the [sic!] plan", "at Nassau [sic: the meeting had not yet taken place]"),
    ),
    Convention(
        "phonetic",
        "[ph] is the transcriber's mark that the preceding word is spelt as it sounded, its spelling not checked.",
        "note", (("type", "phonetic"), ("place", "inline")), resp_role="transcriber",
        # (as transcription services mark a name heard but not found: "Mr. Kowalczyk [ph]"; "[sp?]": spelling unsure)
        claims=_is("ph", "ph.", "phon", "phon.", "phonetic", "phonetically", "sp?", "sp"),
        examples=("Mr. Kowalczyk [ph] said", "the village of Qalandiya [phonetic]", "Ms. Nguyen [sp?] answered"),
    ),
    Convention(
        "page-reference",
        "[page 41], [p. 41], [page 41 of the original transcript] mark where a page of the original begins, as the "
        "transcriber noted it.",
        "note", (("type", "page"), ("place", "inline")),
        # (it had been words supplied, said too softly to hear)
        # (and a roll's membrane, as a manor court's roll is cited: "[membrane 4]", "[m. 4d]"; and a page's word in
        # the other languages the records are in, "[Seite 1]", "[Sid. 23]", which had been words supplied)
        claims=_fullmatch(rf"(?:page|p\.|pp\.|pg\.?|folio|fol\.|f\.|membrane|memb\.|m\.|{PAGE_WORDS})\s*\d{{1,4}}"
                          r"(?:\s*[-–]\s*\d{1,4})?[rvd]?"
                          r"(?:\s+(?:of|in)\s+(?:the\s+)?(?:original|transcript|document|source|typescript|manuscript)"
                          r"(?:\s+[\w-]+){0,2})?\.?", re.IGNORECASE),
        examples=("said no [page 41 of the original transcript] and", "the treaty [p. 12] was", "[Page 3] The talks",
                  "agreed [fol. 12v] that", "[membrane 4]", "[m. 4d]", "[Seite 1]", "die Mehrausgaben [Seite 2] und"),
    ),
    Convention(
        "column-reference",
        "[Col. 214], [column 214] mark where a column of the printed record begins, as Hansard's are cited.",
        "note", (("type", "column"), ("place", "inline")),
        # (it had been words supplied, said too softly to hear)
        claims=_fullmatch(r"(?:col\.|cols\.|column|columns)\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?\.?", re.IGNORECASE),
        examples=("resume your seat. [Col. 214]", "[column 1207]"),
    ),
    Convention(
        "illegible",
        "[illegible] marks words the transcriber could not read.",
        "gap", (("reason", "illegible"),), content="desc",
        # (and in Russian, Ukrainian, German, French, Spanish, Portuguese, Italian, Romanian, Polish, Czech,
        # Serbo-Croatian, Hungarian, Dutch, Swedish, Arabic: "[Неразборчиво]", "[unleserlich]", "[Cuvânt
        # indescifrabil]", "[غير واضح]"; what is missing after a colon, "[illegible: two words]")
        claims=_fullmatch(r"(?:\w+\s+){0,3}(?:illegible|illeg|indecipherable|unreadable|unclear|неразборчиво|"
                          r"нрзб|нерозбірливо|unleserlich|illisible|ilegible|ilegível|illeggibile|indescifrabil|"
                          r"nieczytelne|nieczytelny|nečitelné|nečitko|nečitljivo|olvashatatlan|onleesbaar|"
                          r"oläsligt?|oläsliga|illeggibili|неразб|غير\s+واضح|غير\s+مقروء)(?:\s+\w+)*\.?"
                          r"(?:\s*:\s*[^:]{1,40})?", re.IGNORECASE),
        examples=("the [illegible] question", "[two words illegible]", "[Illegible.]", "the [unclear] plan",
                  "Надо заканчивать. [Неразборчиво]", "ein Wort [unleserlich] hier", "le mot [illisible] ici",
                  "[illegible: two words]", "[Cuvânt indescifrabil]", "[Нерозбірливо]", "بعد [غير واضح] ذلك",
                  # (and as the Riksdag, the Camera and a Russian stenogram shorten or inflect it: "[två ord oläsliga]",
                  # "[parole illeggibili]", "[неразб.]", which had been words supplied)
                  "[två ord oläsliga]", "[parole illeggibili]", "[неразб.]"),
    ),
    Convention(
        "inaudible",
        "[inaudible] marks words the transcriber of a recording could not hear.",
        "gap", (("reason", "inaudible"),), content="desc",
        # (A recording service's transcript gives the time in the recording: "[inaudible 00:12:03]".)
        # (a court's and a call's provider's "[indiscernible]", a monitoring service's "[garbled]")
        # (and in Swedish, German, Dutch, Italian and Polish: "[ohörbart]", "[unverständlich]", "[onverstaanbaar]")
        claims=_fullmatch(r"(?:\w+\s+){0,3}(?:inaudible|inaud|unintelligible|indistinct|indiscernible|garbled|"
                          r"ohörbart?|unverständlich|onverstaanbaar|onhoorbaar|incomprensibile|niesłyszalne|"
                          r"niezrozumiałe|nesrozumitelné|ininteligible|inintelligible|incompréhensible|inaudível|"
                          r"inaudivel|"
                          r"nicht\s+verständlich|(?-i:UI))"
                          r"(?:\s+\w+)*"
                          r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\.?", re.IGNORECASE),
        examples=("the [inaudible] question", "[two words inaudible]", "[Inaudible.]", "the [inaudible 00:12:03] plan",
                  "[unintelligible]", "with [indiscernible] on their", "supports the [garbled] of the CPSU",
                  "departementet [ohörbart] och", "[unverständlich]",
                  # (and in Spanish, French, Portuguese and German's two words, and a wiretap's "[UI]", unintelligible:
                  # they had been words supplied)
                  "[ininteligible]", "[inintelligible]", "[incompréhensible]", "[inaudível]", "[nicht verständlich]",
                  "A: [UI] Thursday's no good"),
    ),
    Convention(
        "vocal",
        "[laughs], [coughs], [sighs] describe a sound a speaker made that is not a word.",
        "vocal", content="desc",
        claims=_fullmatch(r"(?:(?:both|all|everyone|he|she|they|\w+)\s+)?(?:laugh(?:s|ing|ter)?|chuckl(?:es|ing)|"
                          r"giggl(?:es|ing)|cough(?:s|ing)?|sigh(?:s|ing)?|sniff(?:s|ing)?|cries|crying|sob(?:s|bing)?|"
                          r"groan(?:s|ing)?|gasp(?:s|ing)?|clears?\s+(?:his\s+|her\s+|their\s+)?throat)\.?",
                          re.IGNORECASE),
        examples=("In Leeds. [laughs] A long time ago.", "[Laughter.]", "[both laugh]", "[clears throat]"),
    ),
    Convention(
        "incident",
        "[pause], [crosstalk], [phone rings] describe what happened in the recording besides speech.",
        "incident", content="desc",
        claims=_fullmatch(r"(?:(?:(?:long|short|brief|slight)\s+)?(?:pause[sd]?|silence)|cross-?talk|"
                          # (who pauses: "[witness pauses]", "[The witness hesitates]")
                          r"(?:the\s+)?(?:witness|speaker|deponent|accused|defendant|he|she|they)\s+"
                          r"(?:pauses|hesitates|is\s+silent)|"
                          r"overlapping(?:\s+(?:speech|voices))?|applause|clapping|interruption|"
                          r"(?:tele)?phone\s+rings|door\s+(?:opens|closes|slams)|knock(?:s|ing)?(?:\s+at\s+the\s+door)?|"
                          # (how the words were said, or what the speaker did: "[whispering]", "[Reads]")
                          r"whisper(?:s|ing)|shout(?:s|ing)|mumbl(?:es|ing)|reads?(?:\s+aloud)?|reading(?:\s+aloud)?|"
                          # (what a witness shows, the language a speaker turns to, a call's operator and line)
                          r"indicating|gestur(?:es|ing)|demonstrat(?:es|ing)|nods|nodding|points?|pointing|"
                          r"shakes\s+head|"
                          r"(?:speaks|speaking|answers|answering|continues)\s+in\s+[^\W\d_]+|"
                          r"technical\s+difficult(?:y|ies)|operator\s+instructions|"
                          r"(?:background\s+)?noise|music|break\s+in\s+(?:the\s+)?recording|"
                          # (and as an Italian or French transcript says it: "[interruzione dell'audio]", which had
                          # been words supplied)
                          r"(?:interruzione|interruption|unterbrechung|interrupción|interrupção)\s+"
                          r"(?:dell'|della\s+|del\s+|de\s+l'|de\s+la\s+|du\s+|de\s+|da\s+|der\s+)?"
                          r"(?:audio|registrazione|enregistrement|son|grabación|gravação|aufnahme|tonaufnahme)|"
                          # (a broadcast's breaks: "[BREAK]", "[Commercial break]")
                          rf"{_BREAK}|"
                          # (the sounds about the speech, the line's own: "[birds singing in background]", "[dog
                          # barking]", an air traffic tape's "[carrier wave, 3 seconds, no modulation]")
                          r"(?:[^\W\d_]+\s+){1,3}in\s+(?:the\s+)?background|"
                          r"(?:(?:dogs?\s+bark(?:s|ing)?|birds?\s+(?:sing(?:s|ing)?|chirp(?:s|ing)?)|static|"
                          r"carrier(?:\s+wave)?|feedback|beep(?:s|ing)?|(?:dial\s+)?tone|sirens?|thunder)"
                          r"(?:,\s*[^,\]]{1,40}){0,3})|"
                          # (the words after it come through the interpreter, as a tribunal's transcript notes it)
                          r"interpretation|(?:through|via)\s+(?:the\s+|an\s+)?interpreters?|"
                          # A recording's tapes, sides and sessions: "End of Tape 1, Side A", "Tape 2 begins".
                          rf"{_MEDIUM_MARK}(?:\s+(?:\d+|one|two|three|four|[a-d]))?(?:,?\s+side\s+(?:\d|one|two|[ab]))?"
                          rf"(?:\s+{_HAPPENS})?)\.?",
                          re.IGNORECASE),
        examples=("And your parents? [pause]", "[long pause]", "my mother [crosstalk] took in", "[Phone rings.]",
                  "[END OF TAPE 1, SIDE A]", "[Tape 2 begins]", "THE ACCUSED: [Interpretation] Yes, I can hear you.",
                  "[whispering] Not now.", "[Reads] The Council resolves",
                  "I -- [witness pauses] -- I didn't", "[END OF EXTRACT]", "[End of transcript]",
                  "on the window [indicating] like that", "I agree with Bill. [Speaks in English] Yes, yes.",
                  "with her hands. [demonstrates] Like this.", "[BREAK]", "[Commercial break]",
                  "$98 million. [Technical Difficulty]", "$71 million. [Operator Instructions]",
                  "my grandmother [birds singing in background] kept hens", "[dog barking]",
                  "1417:29    [carrier wave, 3 seconds, no modulation]", "e [interruzione\ndell'audio] contro"),
    ),
    # The house's noise in square brackets, as nineteenth-century reports set it inside a speech ("[Cheers.]"),
    # in the words the parentheses' rows read (rules.HOUSE_NOISE): after the rows above, which keep "[Laughter.]"
    # and "[Applause]" theirs.
    Convention(
        "bracketed-house-vocal",
        "[Cheers.], [Hear, hear.] inside a speech are the record's note of the house's voices, not the speaker's "
        "words.",
        "vocal", content="desc", claims=on_reading(rules.bracketed_house_noise, "vocal"),
        examples=("the Bill must pass. [Cheers.] He would", "[Hear, hear.]", "[Loud cheers and laughter.]",
                  "[Oh, oh!]"),
    ),
    Convention(
        "bracketed-house-event",
        "[Uproar.], [Interruptions.] inside a speech are the record's note of what happened in the house, not the "
        "speaker's words.",
        "incident", content="desc", claims=on_reading(rules.bracketed_house_noise, "event"),
        examples=("[Uproar.]", "[Interruptions.]", "[Prolonged applause from the Opposition benches.]"),
    ),
    Convention(
        "timestamp",
        "[00:12:05] gives the time in the recording at which the words after it are spoken; [10:02 AM], a time of "
        "day (on a day: [4/3/21, 10:02:15 AM]), the time at which a chat's message was sent.",
        "seg", (("type", "timestamp"),),
        claims=_fullmatch(r"\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?|\d{1,2}:\d{2}(?::\d{2})?[ \t]?[AaPp]\.?[Mm]\.?"
                          r"|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"),
        examples=("[00:00:05] Can you tell me", "born? [01:02:03.5]", "[10:02 AM] John Smith: Has everyone",
                  "[4/3/21, 10:02:15 AM] John Smith: Has everyone"),
    ),
    Convention(
        "omitted",
        "[matter omitted] and [...] mark text that the edition leaves out.",
        "gap", (("reason", "omitted"),), content="desc",
        # (and what the omitted words were about, as the BBC's monitors say it: "[passage omitted on relations with
        # Syria]", which had been words the editor supplied)
        claims=_fullmatch(r"(?:\.\s?){3,4}|…|(?:(?:matter|text|passages?|paragraphs?|remainder|rest|part|portion|"
                          r"sections?|sentences?|words?|lines?)\s+)?omitted(?:[\s:;,]+\S.*)?"
                          # FRUS's summary of what it leaves out: "[Omitted here is discussion of the agenda.]",
                          # "[Here follows discussion of the Berlin question.]"
                          r"|omitted\s+here\s+(?:is|are)\b.*|here\s+follows?\b.*", re.IGNORECASE | re.DOTALL),
        examples=("[matter omitted]", "said [...] and", "[…]", "[Omitted here is discussion of the agenda.]",
                  "[Here follows discussion of the Berlin question.]", "[passage omitted on relations with Syria]"),
    ),
    Convention(
        "withheld",
        "[less than 1 line not declassified], [1 paragraph (8 lines) not declassified], [redacted] mark text that "
        "its classification still withholds.",
        "gap", (("reason", "withheld"),), content="desc",
        claims=_fullmatch(r".*\b(?:not\s+declassified|withheld|redacted|excised|sanitized|sanitised)\b.*"
                          # (what the release deleted, as a cabinet's released papers say it: "[figure deleted]",
                          # "[name deleted]", which had been words supplied)
                          r"|(?:(?:\d+|one|two|three|four|five|several|some|a)\s+)?"
                          r"(?:figures?|words?|sums?|names?|amounts?|numbers?|lines?|sentences?|paragraphs?|passages?)"
                          r"\s+deleted\.?", re.IGNORECASE | re.DOTALL),
        examples=("[less than 1 line not declassified]", "[1 paragraph (8 lines) not declassified]", "[REDACTED]",
                  "the [name withheld] source", "estimated at [figure deleted] per barrel", "[name deleted]"),
    ),
    Convention(
        "corrupt-group",
        "[GROUP CORRUPT], [2 groups undecypherable], [group omitted] mark a telegram's cipher groups that were lost "
        "or garbled in transmission, as its decypher notes them.",
        "gap", (("reason", "corrupt"),), content="desc",
        # (they had been words supplied, said too softly to hear: "SHEIKH <supplied>GROUP CORRUPT</supplied> HAS")
        claims=_fullmatch(r"(?:(?:\d+|one|two|three|four|five|six|several|some|a)\s+)?(?:(?:cipher|cypher|code)\s+)?"
                          r"groups?\s+(?:corrupt(?:ed)?|undecyph(?:er)?able|undeciph(?:er)?able|mutilated|omitted|"
                          r"missing)\.?"
                          r"|(?:corrupt(?:ed)?|undecyph(?:er)?able|undeciph(?:er)?able|mutilated|missing)\s+"
                          r"(?:(?:cipher|cypher|code)\s+)?groups?\.?", re.IGNORECASE),
        examples=("REPORTS SHEIKH [GROUP CORRUPT] HAS WITHDRAWN", "FORTS AT [GROUP UNDECYPHERABLE] AFTER",
                  "[group undecypherable]", "[GROUPS CORRUPT]", "[2 groups corrupt]", "[group omitted]",
                  "[groups mutilated]", "[corrupt group]"),
    ),
    Convention(
        "footnote",
        "[1], [2] … are footnote markers; the notes are at the end of the record.",
        "ref", (("type", "footnote"),),
        claims=_fullmatch(r"\d{1,3}"),
        examples=("the Kellogg Pact. [2]", "Foreign Minister [1] had"),
    ),
    Convention(
        "footnote-superscript",
        "¹, ² … (superscript figures against a word) are footnote markers; the notes are at the end of the record.",
        "ref", (("type", "footnote"),),
        # No bracket holds it: the inline parser reads these markers, where the record's notes are so numbered.
        # (A claim on the content alone, so that the table still remembers its answers for the rows past it.)
        claims=on_content(lambda text: False), opener="", closer="",
    ),
    Convention(
        "footnote-sign",
        "*, **, † … (a sign against a word) are footnote markers; the notes are at the end of the record.",
        "ref", (("type", "footnote"),),
        claims=on_content(lambda text: False), opener="", closer="",  # (as footnote-superscript)
    ),
    _HOUSE_VOCAL,
    _HOUSE_EVENT,
    _PARENTHESISED_NOTE,
    replace(_HOUSE_VOCAL, name="house-vocal-wide", opener="（", closer="）", description=(
        "（众笑）, （笑声）, （一同笑い） in full-width parentheses inside a speech are the record's note of the house's "
        "voices, as Chinese and Japanese records print it.")),
    replace(_HOUSE_EVENT, name="house-event-wide", opener="（", closer="）", description=(
        "（鼓掌）, （掌声）, （拍手） in full-width parentheses inside a speech are the record's note of what happened "
        "in the house, as Chinese and Japanese records print it.")),
    Convention(
        "editorial-note",
        "[Ed. note: …], [Translator's note: …] and [Translated by …] are notes by the editor or translator.",
        "note", (("type", "editorial"), ("place", "inline")),
        claims=_starts(r"(?:ed\.|editor'?s?|translator'?s?|trans\.|note)(?:\s*note)?\s*[:.]"
                       r"|translated\s+(?:for|by|from|into)\b|translation\s+(?:for|by|from)\b"
                       # (the language the words after it were spoken in, as Canada's Hansard marks it: "[English]",
                       # "[Translation]", "[Français]")
                       r"|(?:english|translation|français|traduction)\Z"
                       # (or the words before it, as an interview's transcriber marks them: "[in Punjabi]")
                       rf"|in\s+(?:{_LANGUAGE_NAMES})\Z"
                       # (a written minute's status, as a minute book's heading notes it: "HONORARY DEGREES
                       # [Reserved]", which had been words supplied, said too softly to hear)
                       r"|(?-i:Reserved|Confidential|Not printed)\.?\Z", re.IGNORECASE),
        examples=("[Ed. note: the date is uncertain]", "[Translator's note: literally 'brothers']",
                  "[Translated for CWIHP by Csaba Farkas.]", "[Translation from Russian by Gary Goldberg.]",
                  "[Translation] Mr. Speaker, …", "[English]", "We went home. [in Punjabi]",
                  "HONORARY DEGREES [Reserved]"),
    ),
    Convention(
        "physical",
        "[Handwritten: …], [Stamp: …], [Marginal note: …], [Seal] describe what the document bears besides its "
        "typed text: a hand's additions, stamps, seals, marks.",
        "note", (("type", "physical"), ("place", "inline")),
        claims=_fullmatch(r"(?:hand-?written|handwriting|in\s+(?:the\s+)?margin|marginal(?:ia)?|manuscript|"
                          r"stamp(?:ed)?|seal|annotation|annotated|underlined|underlining|crossed\s+out|"
                          r"struck\s+through|initials?|initialed|postmark|letterhead|illegible\s+signature|"
                          # (a word written over another, as a minute book's editor notes it: "[written over:
                          # required]", which had been words supplied, said too softly to hear)
                          r"written\s+(?:over|above|below|in)|interlined|overwritten)"
                          # (more than one of them, a comma between: "[handwritten, crossed out: probable]", which
                          # had been words supplied)
                          r"(?:,?\s+(?:note|text|addition|annotation|comment|crossed\s+out|struck\s+through|"
                          r"in\s+(?:a\s+|another\s+|the\s+)?"
                          r"(?:later\s+|different\s+|same\s+)?(?:hand|ink|pencil)|in\s+\w+))*(?:\s*[:.]\s*.*|\.?)"
                          # (and as a charter's edition notes its margin, seals and back: "[Margin: nota de
                          # warantia]" had been words supplied, "[Seal missing; tag remains]" a gloss)
                          r"|(?:margin|endorsed|endorsement|dorse)\b\s*(?:[:,;.]|on\b|in\b).*"
                          r"|seals?\s+(?:missing|wanting|lost|torn|damaged|broken|fragment\w*|remains?)\b.*"
                          # (a diary's, a minute book's: "[Entry crossed through in pencil.]", "[Pages 47-52 of the
                          # volume are blank.]", an embassy's "[Seal of the Embassy]")
                          r"|(?:[\w-]+\s+){1,3}(?:crossed|struck|scored)\s+(?:out|through)\b.*"
                          r"|(?:[\w-]+\s+){1,6}(?:is|are|left)\s+blank\b.*|(?:seal|stamp)\s+of\s+.{1,80}"
                          # (what the original shows of the words before it, as a translator notes it: "[In the
                          # original, this sentence is underlined.]", which had been an event)
                          r"|in\s+the\s+original\s*[,:]\s*\S.*",
                          re.IGNORECASE | re.DOTALL),
        examples=("said yes [Handwritten: agreed] and", "[Stamp: SECRET]", "[Marginal note: check this]", "[Seal]",
                  "[handwritten note in Russian: Agreed. J. St.]", "[Margin: nota de warantia]",
                  "[Seal missing; tag remains]", "[Endorsed on dorse, in a later hand: Carta Roberti]",
                  "Nothing much. [Entry crossed through in pencil.]", "[Pages 47-52 of the volume are blank.]",
                  "[Seal of the Embassy]", "the assize. [marginal note in a later hand: \"quere\"]",
                  "had [written\nover: required] requested", "is [handwritten, crossed out: probable] possible",
                  "coast.\" [In the original, this sentence is underlined.]"),
    ),
    Convention(
        "damage",
        "[torn], [two lines torn away], [hole in the paper] mark text lost to damage of the document.",
        "gap", (("reason", "damage"),), content="desc",
        # (what was lost, how, and where: not a supplied word that says so, "they [burned] the village" aside)
        claims=_fullmatch(r"(?:(?:one|two|three|four|five|six|several|some|a|the|\d+)\s+)?"
                          r"(?:(?:words?|lines?|letters?|pages?|leaf|leaves|folios?|corner|edge|part|text|paper)\s+)?"
                          r"(?:(?:is|are|was|were)\s+)?"
                          r"(?:torn(?:\s+(?:away|off|out))?|damaged|damage|hole|holed|burnt|faded|mutilated|"
                          r"cut\s+(?:away|off)|lacuna|lacunae)"
                          r"(?:\s+(?:in|on|from|at|of)\s+(?:the\s+)?(?:original|source|document|manuscript|paper|page|"
                          r"margin|edge|corner|foot|top|bottom)(?:\s+of\s+the\s+\w+)?)?\.?", re.IGNORECASE),
        examples=("none shall take [torn] from the lord's woods",
                  "into the box. [Two lines torn away in the original.]",
                  "[hole in the paper]", "[Damaged.]", "[corner torn off]",
                  # (a gap in the text where the source is lost, as a Latin record's edition marks it: it had been
                  # words supplied)
                  "Et vectigal [lacuna] reficiantur", "[lacuna in the manuscript]"),
    ),
    Convention(
        "source",
        "[NAA: A1838, …] gives the archival reference of the document, as the edition printed it.",
        "note", (("type", "source"), ("place", "inline")),
        claims=_fullmatch(r"[A-Z][A-Z.]{1,7}\s?:\s?\S.*\d.*|(?:Sources?|Archive|Quelle|Источник)\s?:\s?\S.*"
                          # (a Russian archive's fond, opis and delo, as the reference alone: "[Fond 89, opis 25, delo
                          # 19, listy 1-6]", "[RGASPI f. 17, op. 3, d. 1090, l. 4]"; it had been an event)
                          r"|(?:[A-Z]{3,8},?\s+)?(?:[Ff]ond|[Ff]\.)\s*\d+\S*,?\s+(?:[Oo]pis|[Oo]p\.)\s*\d+\S*,?\s+"
                          r"(?:[Dd]elo|[Dd]\.)\s*\d+.*"),
        examples=("[NAA: A1838, 303817/1, iii]", "[AA: A6712, 4 COPY 2]",
                  "[Source: APRF, f. 45, op. 1, d. 329, ll. 54-72. Translated by Danny Rozas.]",
                  "[Fond 89, opis 25, delo 19, listy 1-6]", "[RGASPI f. 17, op. 3, d. 1090, l. 4]"),
    ),
    Convention(
        "translated-speech",
        "*[…], a sign before the bracket, marks a speech given in translation, as India's Constituent Assembly "
        "Debates print it (their note \"*[ ] Translation of Hindustani speech.\" at the page's foot).",
        "seg", (("type", "translation"),),
        claims=lambda ctx: ctx.before[-1:] == "*" and (len(ctx.before) == 1 or ctx.before[-2] in " \t\n"),
        examples=("(Bombay: General): *[Mr. President, I support the motion.]",),
    ),
    Convention(
        "event",
        "A bracketed sentence standing between sentences ([The witness took the stand.], [Reads from a paper.]) "
        "is the record's note of what happened, not words spoken.",
        # (TEI's incident, of the spoken module, may stand anywhere: stage may not stand in a speaker or a dateline.)
        "incident", content="desc",
        claims=_happening,
        examples=("[The witness took the stand.]", "Yes. [Reads from a paper.] The Soviet Union",
                  "Mr. President: [The witness repeated the oath.]", "[Open session]", "[Trial Chamber confers]",
                  # (a record of a meeting's stage directions: they had been words supplied, said too softly to hear)
                  "answer? [Reading from a piece of paper:] \"Since", "rise?\" [Bows.]"),
    ),
    # A listener's assent or dissent, and the room's interjections, as a record of a conversation notes them inside a
    # speech ("We will not give way on Berlin. [agrees]", "I understand. [Interjections.] I will report it."): they had
    # been words supplied. A verb of assent and those noises only: "[of the treaty]" is still the editor's words. (After
    # the row above, which keeps a sentence between sentences its own: "[He agrees.]".)
    Convention(
        "response",
        "[agrees], [nods in agreement], [Interjections.] inside a speech note a listener's response or the room's "
        "noise, not the speaker's words.",
        "incident", content="desc",
        claims=_fullmatch(r"(?:(?:(?:he|she|everyone)\s+)?(?:agrees|assents|disagrees|concurs|dissents|demurs)"
                          r"|(?:both|all|they)\s+(?:agree|assent|concur)"
                          r"|(?:nods|nodding)\s+(?:in\s+)?(?:agreement|assent)|interjections?)\.?", re.IGNORECASE),
        examples=("We will not give way on Berlin. [agrees]", "[Agrees.]", "so [he disagrees] the", "[both agree]",
                  "[nods in agreement]", "I understand. [Interjections.] I will report it.", "[Interjection]"),
    ),
    Convention(
        "unclear",
        "[word?] marks a doubtful reading of the source.",
        "unclear", certainty="low",
        claims=_fullmatch(r"[^\W\d_][\w .,'-]*\?"),
        examples=("met [Nehru?] in Delhi",),
    ),
    Convention(
        "restoration",
        "Brackets inside a word (view[s]) restore letters missing from the source.",
        "supplied", (("reason", "omitted"),), resp_role="editor",
        claims=lambda ctx: ctx.word_internal,
        examples=("their view[s] on",),
    ),
    Convention(
        "gloss",
        "Square brackets around an explanation (an identification of a person, the referent of a "
        "pronoun) mark the translator's or editor's gloss, encoded as an inline note.",
        "note", (("type", "gloss"), ("place", "inline")), resp_role="translator", certainty="medium",
        claims=_gloss,
        examples=("worsens its [Japan's] position", "released [PLA commander] Wang Zhen",
                  "Song Qingling [also Soong Chingling; widow of Sun Yat-sen]"),
    ),
    # A time of day alone in its paragraph, as a police interview's record notes the clock between the turns
    # ("[14:02]" / "DC HUGHES: …"): the record's time, a timestamp as a recording's is (it had been words supplied,
    # said too softly to hear). Inside a sentence ("we met at [10:30] and") it stays words supplied.
    Convention(
        "clock-time",
        "[14:02] alone on its line gives the time of day at that point of the record.",
        "seg", (("type", "timestamp"),),
        claims=_clock_alone,
        examples=("[14:02]", "[9:45]"),
    ),
    Convention(
        "supplied",
        "Square brackets around words mark words the translator or editor supplied for sense.",
        "supplied", (("reason", "subaudible"),), resp_role="translator", certainty="medium",
        claims=on_content(lambda text: True),
        examples=("maintains a [naval] fleet", "the percentage [of POWs] withheld"),
    ),
)

# Elements a sidecar-defined row may produce: all valid wherever a bracket can stand.
ALLOWED_ELEMENTS = frozenset({"supplied", "note", "gap", "unclear", "ref", "sic", "add", "seg", "vocal", "incident"})
# Elements that hold a description of what stood there, not the words themselves.
DESCRIBING = frozenset({"gap", "vocal", "incident"})


@dataclass(frozen=True)
class Table:
    """The conventions in force for one document: the defaults plus the sidecar's."""

    rows: tuple[Convention, ...] = DEFAULT_TABLE
    # Exact contents mapped to a row by the sidecar: {"?": "supplied-punctuation"}.
    overrides: tuple[tuple[str, str], ...] = ()
    _reading_context: tuple = field(init=False, repr=False, compare=False)
    _reading_content: tuple = field(init=False, repr=False, compare=False)
    _first_claim: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Rows whose claims read the bracket's neighbours are asked every time; for the others,
        # the first that claims a content is remembered (per table: a sidecar may add rows).
        object.__setattr__(self, "_reading_context", tuple(
            (index, row) for index, row in enumerate(self.rows) if not _content_only(row.claims)))
        # The others, asked of a content once (see classify): (index, test of the stripped content, reading).
        object.__setattr__(self, "_reading_content", tuple(
            (index, row.claims.test, getattr(row.claims, "reading", None))
            for index, row in enumerate(self.rows) if _content_only(row.claims)))
        object.__setattr__(self, "_first_claim", {})

    def by_name(self, name: str) -> Convention:
        for row in self.rows:
            if row.name == name:
                return row
        raise KeyError(name)

    def classify(self, ctx: BracketContext) -> Convention:
        content = ctx.content.strip()
        for literal, name in self.overrides:
            if literal == content:
                return self.by_name(name)
        # The rows in order, as if each were asked: those that read only the content answer
        # as they did for this content before.
        first = self._first_claim.get(content)
        if first is None:
            first = self._first_of_content(content)
            if len(self._first_claim) >= 4096:
                self._first_claim.clear()  # a bound for a table that reads a whole collection
            self._first_claim[content] = first
        for index, row in self._reading_context:
            if index > first:
                break
            if row.claims(ctx):
                return row
        if first < len(self.rows):
            return self.rows[first]
        return self.by_name("supplied")

    def _first_of_content(self, content: str) -> int:
        """The first row that reads only the content and claims ``content`` (stripped), else the number of rows; a
        reading two rows share made once."""
        readings: dict[Callable[[str], object], object] = {}
        for index, test, reading in self._reading_content:
            if reading is None:
                if test(content):
                    return index
                continue
            read, value = reading
            if read not in readings:
                readings[read] = read(content)
            if readings[read] == value:
                return index
        return len(self.rows)

    def names(self) -> frozenset[str]:
        return frozenset(row.name for row in self.rows)


def extend(table: Table, rows: list[dict], overrides: dict[str, str]) -> Table:
    """A table with the sidecar's rows (tried first) and overrides.

    A sidecar row is ``{name, match, as}`` (reuse a row's encoding for contents
    matching a regular expression) or ``{name, match, element, attributes,
    description}`` (a new encoding). Raises ValueError with a readable reason.
    """
    new_rows: list[Convention] = []
    for spec in rows:
        name = spec["name"]
        pattern = re.compile(spec["match"])
        claims = on_content(lambda text, p=pattern: bool(p.fullmatch(text)))
        if "as" in spec:
            base = table.by_name(spec["as"])
            row = Convention(name, spec.get("description", base.description), base.element, base.attributes,
                             base.content, base.resp_role, base.certainty, claims, tuple(spec.get("examples", ())))
        else:
            element = spec["element"]
            if element not in ALLOWED_ELEMENTS:
                raise ValueError(f"element {element!r} is not one a bracket may become "
                                 f"(choose from {', '.join(sorted(ALLOWED_ELEMENTS))})")
            attributes = tuple((str(k), str(v)) for k, v in spec.get("attributes", {}).items())
            row = Convention(name, spec["description"], element, attributes,
                             "desc" if element in DESCRIBING else "children", spec.get("resp"), spec.get("cert"),
                             claims, tuple(spec.get("examples", ())))
        new_rows.append(row)
    combined = Table(tuple(new_rows) + table.rows, tuple(overrides.items()) + table.overrides)
    for literal, name in overrides.items():
        if combined.by_name(name).opener != "[":  # KeyError names an unknown convention
            raise KeyError(name)  # nor is a row that no square bracket prints (superscript markers, the house's
            # noises in parentheses) a square bracket's
    return combined
