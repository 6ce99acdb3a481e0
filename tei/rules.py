"""The block rules: what a unit of the transcript is, by its shape.

Each rule is a named pattern with the examples it must claim (tested in
``tests/test_rules.py``). The parser asks them in order: participants, list
item, turn, statement, heading, topic label, direction, paragraph; the end of the record
(closer, footnotes) is found first, from the bottom.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Callable, Iterator

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
          # (and as a clerk of the eighteenth and nineteenth centuries wrote them: "Decr. 10th 1832", "Jany. 3rd")
          "|Jany\\.|Feby\\.|Augt\\.|Septr\\.|Octr\\.|Novr\\.|Decr\\.")
# And in capitals, as a hearing's head sets its day ("WEDNESDAY, NOVEMBER 8, 2023"): spelt out, not "(?i:…)", which
# had made the dateline's pattern three times as slow.
MONTHS_IN_CAPITALS = "|".join(month.upper() for month in MONTHS.split("|") if "\\" not in month)

# The months in the other languages whose verbs of speaking the encoder knows, as datelines write them
# ("le 4 mars 1950", "4. März 1950", "4 de marzo de 1950", "4 marzo 1950", "4 марта 1950 г.").
OTHER_MONTHS = ("janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
                "Januar|Jänner|Februar|März|Juni|Juli|Oktober|Dezember|"
                "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
                "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
                "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|"
                # Swedish, Danish, Norwegian, Finnish, Romanian, Turkish
                "januari|februari|maj|augusti|marts|mai|desember|"
                "tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|"
                "lokakuuta|marraskuuta|joulukuuta|"
                "ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
                "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
                # Dutch, Portuguese, Polish and Czech ("dinsdag 12 maart 2024", "12 de março de 2024", "12 marca 2024")
                "maart|mei|augustus|december|"
                "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
                "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
                "ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince")
# Not a paragraph's or an item's number: a day's, before its month and year ("17. September 1971", "4. marts 1960").
# (The month's name is asked only before a year: most numbers' words are ruled out by the first look.)
_NO_MONTH_AFTER = rf"(?!(?=[^\W\d_]+\.?\s*,?\s*\d{{4}}\b)(?:{MONTHS}|(?i:{OTHER_MONTHS}))\s*,?\s*\d{{4}}\b)"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...] = ()
    # A word every text the pattern claims ends with (before spaces and one full stop or colon), in
    # small letters: asked first, by ``match``, where the pattern must read a whole paragraph to find
    # its last words (BEGIN_TEXT took 35 µs on a paragraph of 1.6 kB, 4% of a record's build).
    ending: str = ""
    # The pattern's own ``match`` (text → match or None): the rules are asked about every
    # unit, and a method that only forwarded would be a Python call each time.
    match: Callable[[str], re.Match | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "match", _after_ending(self.pattern.match, self.ending) if self.ending
                           else self.pattern.match)


def _after_ending(match: Callable[[str], re.Match | None], ending: str) -> Callable[[str], re.Match | None]:
    """``match``, asked only of a text that ends with ``ending`` (see ``Rule.ending``)."""
    def ending_first(text: str) -> re.Match | None:
        end = text.rstrip()
        if end[-1:] in (".", ":"):
            end = end[:-1].rstrip()
        return match(text) if end[-len(ending):].lower() == ending else None
    return ending_first


# "Present" in the other languages records are kept in: Russian, German, French, Spanish, Italian.
_PRESENT_IN = (r"присутствовали|присутствуют|присутствовал|участвовали|участники|anwesend|teilnehmer|"
               r"(?:étaient\s+)?présents|assistaient|presentes|asistentes|asistieron|presenti|partecipanti|"
               r"jelen\s+vannak|jelen\s+voltak|jelenlévők|obecni|přítomni|"
               # Dutch, Portuguese, the Nordic languages, Greek, Turkish; Arabic, Persian, Hebrew.
               r"aanwezig|deelnemers|participantes|närvarande|deltagare|til\s+stede|deltagere|läsnä|παρόντες|"
               # (and as older Dutch minutes list the councillors: "Tegenwoordig de Heeren: A. Bosman, …")
               r"tegenwoordig(?:\s+de\s+he(?:e)?ren)?|"
               # Latin, as Scottish kirk sessions' and burghs' minute books write it ("Sederunt: Mr James …")
               r"sederunt|"
               r"katılanlar|katılımcılar|الحاضرون|الحضور|المشاركون|حاضران|حاضرین|נוכחים|משתתפים|השתתפו|"
               # Chinese and Japanese ("在座：周恩来、陈毅", "出席者：")
               r"在座|出席者?|参加者?|列席|陪同|出席人员|参加人员|同席者")

# Markdown's bold, as it may stand round a label and its colon ("**Participants:**", "**Date**:").
MARKDOWN_BOLD = r"(?:\*\*|__)?"
# Dots or a rule left for a signature or a date to be written on ("Signed ............ Chair", "_____________").
BLANK_TO_FILL = r"(?:\.{4,}|_{4,}|…{2,})"
# A time of day, hours and minutes ("14:02", "9:45").
CLOCK_TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d"

PARTICIPANTS = Rule(
    "participants",
    re.compile(MARKDOWN_BOLD + r"(?:(?:Also\s+|Those\s+|Persons\s+|Members\s+)?present|participants|participating|"
               # (and a British Cabinet's conclusions' later lists: "The following were also present:", "Secretariat:")
               r"the\s+following\s+were\s+(?:also\s+)?present|secretariat|"
               r"attending|in attendance|attendees|members|witnesses|" + _PRESENT_IN + r")" + MARKDOWN_BOLD +
               r"\s*[:—：-]" + MARKDOWN_BOLD +
               r"|on the [^\W\d_][\w\s.-]{0,40}? side\b\s*[:—,-]?"
               # (a Soviet protocol's, without its colon before the comrades: "Присутствовали тт. Алиев Г.А., …")
               r"|(?:Присутствовали|Присутствуют)\s+(?=тт?\.\s)",
               re.IGNORECASE),
    ("Present: comrs. Molotov, Malenkov", "Participants: Mr. Kissinger", "On the Soviet side: comrades Stalin",
     "**Participants:** Secretary Kissinger; Foreign Minister Gromyko",  # Markdown's, in bold
     "Присутствовали: тт. Косыгин, Микоян", "Anwesend: Herr Brandt", "Étaient présents : M. Schuman",
     "Jelen vannak: Kádár János, Kállai Gyula", "الحاضرون: الرئيس جمال عبد الناصر، السفير كيسيليف",
     "נוכחים: ראש הממשלה לוי אשכול, שר הביטחון משה דיין", "Aanwezig: de heer Luns",
     "Members: China . . . . . . Mr. Wu Haitao",  # (a council's members, as the United Nations' records list them)
     # (a select committee's members and witnesses, as the House of Commons' oral evidence lists them)
     "Members present: Alicia Kearns (Chair); Bob Seely", "Witnesses: Rt Hon James Cleverly MP, Foreign Secretary",
     "在座：周恩来、陈毅、廖承志", "Присутствовали тт. Алиев Г.А., Громыко А.А.",
     "Sederunt: Mr James Robertson, Minister, Moderator;", "The following were also present: Mr. Lloyd",
     "Secretariat: Sir Norman Brook"),
    ("Presently the talks resumed",),
)

# Who presides, named at the head of a body's record ("President: Mr. ZORIN (Union of Soviet Socialist Republics)",
# the United Nations' verbatim records); the same label before speech is a speaker's (see parser._presiding).
PRESIDING = Rule(
    "presiding",
    re.compile(r"(?:(?:President|Chairman|Chairwoman|Chairperson|Chair|Presiding|In\s+the\s+Chair|Président|Presidente|"
               r"Vorsitz|Vorsitzender|Voorzitter|Председатель(?:ствующий)?"
               # (a minute's past tense: "Chaired: Comrade N. S. Khrushchev.", "Chaired by: Mr. Smith")
               r"|Chaired(?:\s+by)?|Presided(?:\s+by)?)\s*:"
               # (and a Soviet protocol's "Председательствовал тов. ГОРБАЧЕВ М.С.")
               r"|Председательствовал[аи]?(?=\s+тов?\.)"
               # (the presidency, as the French, Italian, Portuguese and Spanish records name it above the sitting)
               r"|Présidence\s+de|Presidenza\s+del(?:la)?|Presidência\s+d[oa]|Presidencia\s+de(?:l|\s+la))\s+",
               re.IGNORECASE),
    ("President: Mr. ZORIN (Union of Soviet Socialist Republics)", "In the Chair: Sir Pierson Dixon",
     "Председатель: тов. Хрущев", "Présidence de Mme Yaël Braun-Pivet", "PRESIDENZA DEL PRESIDENTE LORENZO FONTANA",
     "Presidência do Sr. Arthur Lira", "PRESIDENCIA DE LA EXCMA. SRA. D.ª ANA MARÍA PASTOR JULIÁN",
     "Voorzitter: Bosma", "Председательствовал тов. ГОРБАЧЕВ М.С.",
     "Chaired: Comrade N. S. Khrushchev."),
    ("Presidential elections: the results", "Chairman Mao said", "Présidence française de l'Union"),
)

# A note in parentheses of who presides, or takes the chair, as the Sejm's record sets it between the speeches
# ("(Posiedzeniu przewodniczy marszałek Sejmu Szymon Hołownia)"): the office's labels after it ("Marszałek:") are
# that person's. The office as its labels write it, and the holder's name.
PRESIDING_NOTE = Rule(
    "presiding-note",
    re.compile(r"\((?i:(?:Na\s+)?posiedzeniu\s+przewodnicz(?:y|ą)|Przewodnictwo\s+w\s+obradach\s+obejmuje)\s+"
               r"(?P<office>(?i:(?:wice)?marsza(?:łek|łkini)))\s+(?i:Sejmu|Senatu)\s+"
               r"(?P<name>[^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){1,2})\s*\.?\)\Z"),
    ("(Posiedzeniu przewodniczy marszałek Sejmu Szymon Hołownia)",
     "(Przewodnictwo w obradach obejmuje wicemarszałek Sejmu Krzysztof Bosak)",
     "(Na posiedzeniu przewodniczą marszałek Sejmu Szymon Hołownia)"),
    ("(Posiedzeniu przewodniczy marszałek Sejmu)", "(Oklaski)", "(Przewodnictwo obejmuje marszałek)"),
)

# The chair taken by another, as the United Nations' verbatim records note it: "In the absence of the President, Mr.
# Rakotondramboa (Madagascar), Vice-President, took the Chair."
CHAIR_TAKEN = Rule(
    "chair-taken",
    re.compile(r"In\s+the\s+absence\s+of\s+the\s+(?P<office>President|Chairman|Chair|Chairperson|Speaker),\s+"
               r"(?P<name>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,3})"
               r"(?:\s*\([^()]{1,60}\))?,\s+(?:the\s+|a\s+)?Vice-?\s?(?i:president|chairman|chair|chairperson),?\s+"
               r"(?:took|takes|occupied)\s+the\s+[Cc]hair\b"),
    ("In the absence of the President, Mr. Rakotondramboa (Madagascar), Vice-President, took the Chair.",
     "In the absence of the Chairman, Mr. Smith, Vice-Chairman, took the Chair."),
    ("In the absence of the President, the meeting was adjourned.",
     "In the absence of any objection, it is so decided."),
)

# The participants' label alone on its line, the names on the lines below it, as memoranda of conversation set
# them ("PARTICIPANTS", "In Attendance"); the colon is optional there.
PARTICIPANTS_LABEL = Rule(
    "participants-label",
    re.compile(r"(?:(?:Also\s+|Those\s+|Persons\s+)?present|participants|participating|attending|in attendance|"
               r"the\s+following\s+were\s+(?:also\s+)?present|secretariat|"
               r"attendees|" + _PRESENT_IN + r")\s*[:.—-]?\s*\Z", re.IGNORECASE),
    ("PARTICIPANTS", "In Attendance", "Participants:", "Those present:", "Присутствовали:", "Teilnehmer:",
     "The following were also present:", "Secretariat:"),
    ("Participants: Mr. Kissinger", "Presently", "Attending the meeting were"),
)

# A side's label on its own line above its members, in a participants list ("Soviet side:", "U.S. Side",
# "United States:", "For the Government of India:").
SIDE_LABEL = Rule(
    "side-label",
    re.compile(r"(?:[^\W\d_][\w.’'-]*\s+){0,4}side\s*:?\s*\Z|[^\W\d_][\w.’'-]*(?:\s+[\w.’'-]+){0,4}\s*:\s*\Z",
               re.IGNORECASE),
    ("Soviet side:", "U.S. Side", "The American side", "United States:", "For the Government of India:"),
    ("Ambassador Dobrynin", "Mr. Kornienko, Counselor", "U.S.S.R."),
)

# A state's name alone on its line above its members, without a colon, as a memorandum of conversation sets its
# sides ("United States" / "The Secretary" / …, "U.S.S.R." / "Foreign Minister Andrei A. Gromyko" / …): the common
# names of states in such records, an abbreviation with its full stops, or a people's name and its side.
SIDE_NAME = Rule(
    "side-name",
    re.compile(r"(?:The\s+)?(?:United\s+States(?:\s+of\s+America)?|Soviet\s+Union|United\s+Kingdom|Great\s+Britain|"
               r"Federal\s+Republic\s+of\s+Germany|German\s+Democratic\s+Republic|People'?s\s+Republic\s+of\s+China|"
               r"Republic\s+of\s+(?:China|Korea|Vietnam|India)|France|China|Japan|India|Israel|Egypt|Canada|Australia|"
               r"Italy|Germany|Poland|Cuba|Korea|Vietnam|Pakistan|Iran|Turkey|Greece|Spain|Mexico|Brazil|"
               r"(?:[A-Z]\.){2,5}|U\.S|USSR|USA|UK|FRG|GDR|PRC|ROK|DPRK|"
               r"(?:American|Soviet|British|French|Chinese|Japanese|German|Indian|Israeli|Egyptian|Canadian|"
               r"Australian|Italian|Polish|Cuban|Korean|Vietnamese)\s+(?:Side|Delegation|Participants|Party))\.?\Z"),
    ("United States", "U.S.S.R.", "USSR", "The Soviet Union", "French Delegation", "Federal Republic of Germany"),
    ("Ambassador Dobrynin", "The Secretary", "Mr. U. Thant", "Chinese Ambassador Huang Zhen"),
)

# A diary's day alone on its line over the day's entry, its year often left out ("Monday, 3rd June.", "June 5.",
# "13th.", "Saturday, 15 June 1889."): read as an entry's head where a record has two such lines at least.
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
DIARY_DAY = Rule(
    "diary-day",
    re.compile(rf"(?:(?:(?:{_WEEKDAYS}|Mon\.|Tues?\.|Wed\.|Thurs?\.|"
               rf"Fri\.|Sat\.|Sun\.),?\s+)?(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})"
               rf"|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?\.?"
               # (a day of the month alone, under the month another line named, after its weekday too, "Saturday,
               # 23rd."; a weekday alone)
               rf"|\d{{1,2}}(?:st|nd|rd|th)\.|(?:{_WEEKDAYS}),?\s+\d{{1,2}}(?:st|nd|rd|th)\.?|(?:{_WEEKDAYS})\.)\Z"),
    ("Monday, 3rd June.", "June 5.", "June 12th, 1889.", "13th.", "Saturday, 15 June.", "Sunday.", "Saturday, 23rd.",
     "Tuesday 2nd"),
    ("Monday, 3rd June we left.", "June", "13", "On June 5 we met."),
)

# A translator's credit under a record in translation, a sentence: "Translated by Oldřich Tůma.", "Translated from the
# Russian by Gary Goldberg." (no signatory of the record; its full stop after a word, not an initial's).
_CREDITED = r"\s+(?-i:[^\W\d_a-z])[^\n.:]{0,80}?[^\W\d_]{2}\.\s*$"  # (the translator's name, to the sentence's end)
_TRANSLATORS_CREDIT = rf"(?:Translated\s+(?:from\s+(?:the\s+)?[^\W\d_]+\s+)?by|Translation\s+by){_CREDITED}"

SIGNATURE_LABEL = Rule(
    "signature-label",
    re.compile(r"(?:Recorded|Prepared|Drafted|Written|Compiled|Taken|Transcribed|Minuted|Noted|Signed|Approved|"
               r"Certified|Translated|Interpreted|Minutes taken|Notes taken|Record made|Note[- ]?taker|"
               # (a town clerk's, under a New England town meeting's record: "A true record." / "Attest:")
               r"Attest|"
               # Russian (recorded, drawn up, translated, signature), German, French
               r"Записал[аи]?|Записывал[аи]?|Составил[аи]?|Переводил[аи]?|Перевел[аи]?|Подпись|"
               r"Aufgezeichnet|Aufgenommen|Gezeichnet|Protokollführer(?:in)?|Signé|Rédigé|Établi|Traduit|"
               # and who questioned and who kept the record of an interrogation: "Vernehmer:", "Допросил:",
               # "Протокол составил:", "Przesłuchujący:", "Protokołowała:", "Vyslýchající:", "Fdo.:"
               r"Vernehmer(?:in)?|Vernehmender|Unterschrift(?:\s+(?:des|der)\s+[^\W\d_]+)?|Допросил[аи]?|"
               r"Протокол\s+составил[аи]?|Przesłuchując[ya]|"
               r"Protokołował[a]?|Vyslýchající|Zapisovatel(?:ka)?|Fdo\.)"
               # (or a typist's wide space for the colon: "Signed      H. Barraclough", a bench's register)
               r"(?:\s+down)?(?:\s+(?:by|von|durch|par))?(?:\s*:|[ \t]{2,}(?=\S))"
               # (or the blank to sign on right after the word, a board's minutes: "Signed ............ Chair")
               r"|Signed(?=[ \t]+" + BLANK_TO_FILL + ")"
               # A Soviet record's "Записал А. Вышинский" ("recorded"): the verb, then the name, with no colon; so
               # in English, the name in capitals after "by"; the mark of a signature before the typed name.
               r"|(?:Записал[аи]?|Записывал[аи]?|Составил[аи]?)(?=(?-i:\s+[А-ЯЁ]))"
               r"|(?:Recorded|Prepared|Drafted|Minuted|Transcribed|Signed|Approved)\s+by(?=(?-i:\s+[A-Z]))"
               rf"|Translated\s+by(?=(?-i:\s+[A-Z]))(?!{_CREDITED})"
               r"|\((?:signed|sgd\.?|signé|signée|gez\.?)\)(?=\s+\S)"
               # Signed, abbreviated before the typed name: German "gez.", English "Sgd.", Italian "f.to", Russian
               # "подп.".
               r"|(?:gez\.|sgd\.|f\.to|подп\.)(?=(?-i:\s+[A-ZÀ-ÖØ-ÞА-ЯЁ]))",
               re.IGNORECASE),
    ("Recorded by: [signature] /A. Vyshinskii/", "Prepared by: J. Smith", "Signed: A. B.",
     "Записал: А. Вышинский", "Aufgezeichnet von: Dr. Schmidt", "Rédigé par : M. Dupont",
     "Записал А. Вышинский", "Recorded by A. Vyshinsky", "(signed) J. Smith", "Note taker: John Smith",
     "gez. Globke", "gez. Dr. Schmidt", "Sgd. J. Smith", "f.to Moro", "подп. А. Громыко",
     "Vernehmer: Unterleutnant Krause", "Unterschrift des Beschuldigten:", "Допросил: следователь лейтенант Коротков",
     "Protokołowała: kpr. B. Jankowska",
     "Fdo.: M. Ibarrondo", "Translated by A. Smith", "Signed ............ Chair"),
    ("Recorded in the minutes that", "Записал в протокол", "Recorded by the embassy staff", "(signed)",
     "Translated by Oldřich Tůma.",
     "gez. und beglaubigt", "gez.", "Signed ... and sealed"),
)

# A closing unit made only of signature marks and typed names: "[signature] /N. Fedorenko/".
SIGNATURE_LINE = Rule(
    "signature-line",
    re.compile(r"(?:\s*(?:\[(?:signature|signed|sgd\.?)\]|\((?:signature|signed|sgd\.?)\)|/[^/\n]{1,80}/))+\s*$"
               # (a typed signature's mark, then the name, as American memoranda set it: "/s/ Robert L. Hammond")
               r"|/s/\s*[^\W\d_][\w.'’ -]{1,60}$", re.IGNORECASE),
    ("[signature] /N. Fedorenko/", "/A. Vyshinskii/", "(Signature)", "/s/ ROBERT L. HAMMOND", "/S/ J. Smith"),
    ("and/or the like", "/s/ and the rest of the sentence, which goes on and on past any name's length to its end."),
)

# Initials or a bare name as the last line: "A.V.", "J. B. S.", "Pyotr Ivanov".
SIGNATURE_INITIALS = Rule(
    "signature-initials",
    # (An office of a few words may stand before the initials: "Секретарь ЦК Л. Брежнев".)
    re.compile(r"(?:[^\W\d_]\.\s?){2,4}$|(?:[^\W\d_]{1,3}\.\s?)?(?:[^\W\d_][\w'’-]+\s?){1,3}$"
               r"|(?:[^\W\d_][\w'’-]*\s){1,4}(?:[^\W\d_]\.\s?){1,3}[^\W\d_][\w'’-]+$"),
    ("A.V.", "J. B. S.", "N. Fedorenko", "Pyotr Ivanov", "Секретарь ЦК Л. Брежнев", "Ambassador A.F. Dobrynin"),
    ("He agreed.",),
)

# A sentence's small words in the languages the encoder reads: a title's words run on past one ("… held at the" /
# "Company's registered office"), and a dateline's words before its date are a title's with two of them.
SMALL_WORDS = frozenset("""
    of the to with between and on for at in by from about a an
    de du des la le les à au aux en sur avec entre et der die das dem den von vom zu zum zur mit und über bei
    di del della dei con e y el los las para da do dos na no em com
""".split())

# The titles that are abbreviations, which no sentence ends with: a line or a paragraph ending with one ("… by Dr.")
# runs on to the name.
ABBREVIATED_TITLES = frozenset(
    "mr mrs ms dr prof gen col capt lt adm amb sen rep gov rev messrs mme comr comrs bro bros srs sras".split())
# (and the Portuguese and Spanish plurals, "… Sr.as e Srs." / "Deputados: Os portugueses …", the address wrapped, no
# member's label)

# A memorandum's or a telegram's heading fields, a line each ("SUBJECT: Berlin", "FROM: Embassy Moscow"). The
# weak labels ("TO:", "RE:", "CC:") make fields only beside a strong one: alone, they may be a speaker's initials.
FIELD = Rule(
    "field",
    re.compile(MARKDOWN_BOLD + r"(?:(?P<strong>MEMORANDUM\s+FOR(?:\s+THE\s+RECORD)?|SUBJECT|SUBJ|FROM|"
               # ("Date of interview:", "Place of birth:": a date's or a place's field, named by what it dates)
               r"(?:DATE|TIME|PLACE)(?:\s+OF\s+(?:THE\s+)?[^\W\d_]+)?(?:\s*(?:,|AND|&)\s*(?:DATE|TIME|PLACE))*"
               r"(?:\s+OF\s+(?:THE\s+)?[^\W\d_]+)?"  # ("Date and place of capture:")
               r"|LOCATION|MEETING|NAME|"  # ("Name: SCHRÖDER, Karl-Heinz", a report's on a person)
               # (a court-martial's charge sheet: "CHARGE I: Violation of …" / "Specification: In that …")
               r"(?:ADDITIONAL\s+)?CHARGE(?:\s+[IVXL]{1,5}|\s+\d{1,3})?|SPECIFICATION(?:\s+[IVXL\d]{1,5})?|"
               # (a recorded vote's, as the United Nations' records list the states: "In favour: Afghanistan, …" /
               # "Against: Israel, …" / "Abstaining: Malawi, …"; a military signal's date-time group, "DTG: 211730Z")
               r"IN\s+FAVOU?R|DTG|"
               r"DISTRIBUTION|REFERENCES?|REF|ATTENTION|ATTN|COPIES\s+TO|COPY\s+TO|ENCLOSURES?|PRIORITY|CLASSIFICATION|"
               r"SENT|IMPORTANCE|ATTACHMENTS?|TAGS|E\.\s?O\.\s?\d+|"
               r"BETREFF|BETR|DATUM|OBJET|ТЕМА|ДАТА|"
               # (a German protocol's head: "Beginn: 10.00 Uhr", "Protokollführer: Genosse Eberlein", "Entschuldigt: …")
               r"BEGINN|ENDE|ORT|ZEIT|SITZUNGSLEITUNG|PROTOKOLLFÜHRER(?:IN)?|PROTOKOLL|ENTSCHULDIGT|ABWESEND|"
               r"VORSITZ|SCHRIFTFÜHRER(?:IN)?|"
               # Chinese and Japanese heading fields: time, place, date, subject, record-keeper, interpreter
               r"时间|地点|日期|主题|事由|记录人?|翻译|時間|場所|日時|地點|記録者?|記錄人?|通訳|翻譯)"
               r"|(?P<weak>TO|RE|CC|BCC|FOR|VIA|THROUGH|THRU|INFO|ACTION|NO|NR|AN|VON|DE|"
               r"КОМУ|ОТ|"
               # (under a report's "Name:" on a person, a prisoner's interrogation's: "Rank: …", "Unit: …")
               r"RANK|UNIT|SERIAL\s+(?:NUMBER|NO)|NATIONALITY|OCCUPATION|INTERROGATOR|INTERROGATED\s+BY|CASE|"
               r"AGAINST|ABSTAINING|ABSTENTIONS?|ABSTAINED)"
               # An interview's heading, which may be its speakers' labels too: fields only in a block with a strong one.
               r"|(?P<aside>INTERVIEWEE|INTERVIEWER(?:\(S\))?|NARRATOR|TRANSCRIBER|TRANSCRIBED\s+BY|INTERVIEWED\s+BY|"
               r"MODERATOR|FACILITATOR|INTERPRETER|NOTE[- ]?TAKER|LANGUAGES?|"
               # (a case conference's or a meeting's notes: "Chair: Dr Helen Okafor, …", "Minute taker: Ms D. Hale")
               r"CHAIR|MINUTE[- ]?TAKER|"
               # (a police interview's record: "Person interviewed:", "Place of interview:", "Time commenced:")
               r"PERSON\s+INTERVIEWED|PLACE\s+OF\s+INTERVIEW|TIME\s+COMMENCED|TIME\s+CONCLUDED|(?:OFFICERS?|OTHERS?)\s+PRESENT|"
               r"INTERVIEWING\s+OFFICERS?|OTHER\s+PERSONS?\s+PRESENT|TAPE\s+REFERENCE(?:\s+(?:NUMBERS?|NOS?))?|"
               r"DURATION\s+OF\s+INTERVIEW|"
               r"DURATION|LENGTH|PROJECT|COLLECTION))" + MARKDOWN_BOLD + r"\s?\.?\s*(?::|(?<=[^\x00-\u2fff])：)"
               + MARKDOWN_BOLD + r"(?:\s+|\Z|(?<=：))",
               re.IGNORECASE),
    ("SUBJECT: Berlin", "FROM: Embassy Moscow", "MEMORANDUM FOR: THE PRESIDENT", "Date: June 4, 1961", "TO: Secretary",
     "**Date:** September 23, 1975", "**Place**: Waldorf Towers",  # Markdown's, in bold
     "DATE AND TIME: Tuesday, March 6, 1973", "Date, Time and Place: Friday, 10 a.m., the Oval Office",
     "Betreff: Unterredung", "Betr.: Gespräch mit Botschafter Falin", "CC:", "Sent: Monday, March 3, 2003 9:14 AM",
     "Interviewee: John Smith",
     "Place of interview: Leeds Central Police Station", "Interviewer(s): DC 1234 Jones, DS 567 Brown",
     "Date of interview: 14 March 2019", "Time of the meeting: 10 a.m.", "时间：一九六四年七月十日下午三时",
     "地点：中南海颐年堂", "记录：王效贤", "Beginn: 10.00 Uhr", "Protokollführer: Genosse Eberlein",
     "Entschuldigt: Genosse Sindermann", "MEETING: The President, Haldeman and Ehrlichman, Oval Office",
     "Name: SCHRÖDER, Karl-Heinz", "Date and place of capture: 22 January 1944, near Cassino",
     "Interviewing officer: DC Smith", "CHARGE I: Violation of the 61st Article of War.", "Specification: In that",
     "In favour:  Afghanistan, Algeria", "DTG: 211730Z OCT 19"),
    ("Subjects of the talks were", "From the start, he said", "DATELINE", "Tokyo: the talks",
     "Time of great change: the sixties"),
)

# A raw telegram's routing lines, in capitals and without colons: its page, its sender, addressees, action and
# information offices, and the precedence before its date-time group ("O 051100Z MAR 73").
CABLE_FIELD = Rule(
    "cable-field",
    re.compile(r"(?:(?P<strong>PAGE(?=\s+\d)|FM)|(?P<weak>TO|INFO|ACTION|[OPRZ](?=\s+\d{6}Z)))\s+(?=[A-Z0-9])"),
    ("PAGE 01 MOSCOW 01234 051200Z", "FM AMEMBASSY MOSCOW", "TO SECSTATE WASHDC IMMEDIATE 1234", "ACTION EUR-12",
     "O 051100Z MAR 73"),
    ("Page 3 of the report", "FMS was discussed", "O Canada", "To the President"),
)

# A field's name alone on its line, its value on the lines below ("SUBJECT" / "Middle East; SALT").
FIELD_ALONE = Rule(
    "field-alone",
    re.compile(r"(?P<strong>SUBJECT|(?:DATE|TIME|PLACE)(?:\s*(?:,|AND|&)\s*(?:DATE|TIME|PLACE))*|LOCATION|DISTRIBUTION|"
               r"Subject|(?:Date|Time|Place)(?:\s*(?:,|and|&)\s*(?:Date|Time|Place|date|time|place))*)\s*:?\s*\Z"),
    ("SUBJECT", "Subject:", "DATE", "DATE AND TIME", "Date and Place:"),
    ("SUBJECTS OF THE TALKS", "subject"),
)

STATEMENT = Rule(
    "statement",
    re.compile(r"(?:There\s+being\s+no\s+(?:further|other)\s+business,?\s+)?"
               r"(?:The\s+)?(?:conversation|meeting|talk|talks|discussion|interview|session|conference|audience|"
               r"reception|sitting|congress|hearing|synod|court|tribunal|inquest|inquiry|commission|committee|"
               r"council|Lok\s+Sabha|Rajya\s+Sabha|House|Senate)s?\s+(?:\w+\s+){0,2}?"
               r"(?:started|began|commenced|ended|lasted|"
               r"concluded|closed|"
               r"finished|adjourned|adjourns|resumed|resumes|terminated|took place|was held|opened|broke up|rose)\b"
               # (and a transcript's last line in capitals: "END OF MEETING", which had headed a section of nothing)
               r"|END\s+OF\s+(?:THE\s+)?(?:MEETING|SESSION|SITTING|HEARING|TRANSCRIPT|RECORD|PROCEEDINGS|DAY|"
               r"CONVERSATION|INTERVIEW|CALL|CONFERENCE)\.?\s*$"
               # (the hour alone, as the Lok Sabha's record notes it between the speeches: "12.05 hrs."; a member taking
               # a place at the table, as the Security Council's record notes it: "At the invitation of the President,
               # Mr. X (Kestravia) took a place at the Council table."; a Dutch council's vote: "Het voorstel wordt in
               # stemming gebracht en aangenomen …": each had been the words of the speaker above)
               r"|\d{1,2}[.:]\d{2}\s+hrs\.?\s*$|At\s+the\s+invitation\s+of\s+the\s+President\b"
               # (a witness's leaving, as a royal commission's minutes of evidence note it: "The witness withdrew.")
               r"|The\s+witness(?:es)?\s+(?:withdrew|retired|stood\s+down)\b"
               # (a minute book's next meeting, opened so below the last: "At a Vestry held on Monday the 16th day of
               # June 1834.", which had been words of the last speaker's turn; its name's words capitalised)
               r"|At\s+an?\s+(?-i:(?:[A-Z][\w'’]*\s+|of\s+|the\s+|and\s+){1,6}?)(?:held|holden)\b"
               r"|(?:Het\s+)?(?:voorstel|amendement|motie)\s+wordt\s+(?:in\s+stemming\s+gebracht|zonder\s+hoofdelijke"
               r"\s+stemming|aangenomen|verworpen)\b"
               # (or "END" and the hour, as the White House's transcripts close: "END    (AT 2:58 P.M. EST)", which had
               # been a person "END"'s turn)
               r"|END\s+\(?(?:AT\s+)?\d{1,2}[:.]\d{2}\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?\)?\.?\s*$"
               # In Russian and German: "Беседа продолжалась 40 минут.", "Die Unterredung dauerte eine Stunde."
               r"|(?:На\s+этом\s+)?(?:Беседа|Встреча|Заседание|Разговор)\s+(?:продолжалась|длилась|началась|"
               r"закончилась|окончилась|завершилась|продолжалось|длилось|началось|закончилось|окончилось|завершилось)\b"
               r"|(?:Die\s+|Das\s+)?(?:Unterredung|Gespräch|Sitzung|Besprechung)\s+(?:dauerte|begann|endete)\b"
               r"|(?:Schluss|Schluß|Beginn|Unterbrechung)\s+der\s+Sitzung\b"
               # and in French, as the United Nations' records open and close a meeting: "La séance est ouverte à …"
               r"|(?:L['’]ordre\s+du\s+jour\s+étant\s+épuisé\s*,\s*(?:la\s+)?|La\s+)?"
               r"(?:séance|réunion|conversation|entretien)\s+(?:est|a\s+été)\s+(?:ouverte?|levée?|"
               r"suspendue?|reprise?|close)\b"
               r"|(?:L['’]|La\s+)?(?:séance|réunion|conversation|entretien)\s+(?:prend|prit|a\s+pris)\s+fin\b"
               # in Spanish, as an acta records it ("Sin más asuntos que tratar, se levanta la sesión …"), and in
               # Italian, as a stenographic record notes the hour ("La seduta comincia alle 9.30.")
               r"|(?:(?:Sin\s+más\s+asuntos\s+que\s+tratar|Siendo\s+las\s+[\d.:]+(?:\s+horas)?)\s*,\s*)?"
               r"se\s+(?:abre|levanta|suspende|reanuda|cierra)\s+la\s+(?:sesión|reunión)\b"
               r"|(?:La\s+)?seduta\s+(?:comincia|termina|ha\s+inizio)\b"
               # (and the hour the Spanish Congress's record closes with: "Eran las dos y cuarenta minutos de la
               # tarde.")
               r"|Eran\s+las\s+[^\W\d_][\w\s]{0,60}?\s+de\s+la\s+(?:mañana|tarde|noche)\b"
               # (and as Nordic, Finnish, Romanian, Polish, Czech, Dutch and Portuguese records close a sitting:
               # "Møtet hevet kl. 14.35.", "Istunto lopetetaan kello 14.35.", "Şedinţa s-a încheiat la ora 12.30.")
               r"|(?:Møtet|Mødet|Sammanträdet|Istunto)\s+(?:hevet|hævet|avslutades|ajourneras|lopetetaan|päättyi|"
               r"keskeytetään)\b"
               r"|(?:Şedinţa|Ședința|Sedinta)\s+(?:s-a\s+încheiat|s-a\s+terminat|a\s+început|se\s+încheie)\b"
               r"|(?:Posiedzenie|Schůze|Zasedání)\s+(?:zakończono|zakończyło\s+się|skončila|skončilo|zahájeno)\b"
               r"|(?:De\s+)?vergadering\s+wordt\s+(?:om\s+[\d.:]+\s+uur\s+)?(?:gesloten|geopend|geschorst)\b"
               r"|(?:Está\s+encerrada|Está\s+aberta|Levanta-se)\s+a\s+sessão\b"
               # An interrogation's record read back to the one questioned, and its end: "Lecture faite, persiste et
               # signe avec nous.", "Vorgelesen, genehmigt und unterschrieben.", "Протокол мною прочитан, с моих слов
               # записано верно.", "Leída que le fue, se ratifica y firma.", "Clos à seize heures."
               r"|Lecture\s+faite\b|(?:Clos|Clôturé|Clôture)\s+à\b|Dont\s+(?:procès-verbal|acte)\b"
               r"|(?:Selbst\s+)?(?:Vorgelesen|gelesen),?\s+genehmigt\b"
               r"|(?:Ende|Schluss|Schluß)\s+der\s+(?:Vernehmung|Befragung)\b"
               r"|Die\s+(?:Vernehmung|Befragung)\s+(?:wurde\s+)?(?:um\s+[\d.:]+\s+Uhr\s+)?(?:beendet|endete|begann)\b"
               r"|Протокол\s+(?:мною|мне)\s+(?:прочитан|прочтен|зачитан)|С\s+моих\s+слов\s+записано\b"
               r"|Допрос\s+(?:окончен|закончен|начат|прерван)\b"
               r"|Leída\s+(?:que\s+le\s+fue|su\s+declaración|la\s+presente)\b"
               r"|(?:Y\s+)?en\s+(?:prueba|fe)\s+de\s+lo\s+cual\b"
               r"|(?:Protokół\s+(?:odczytano|został\s+odczytany)|Odczytano,?\s+(?:przyjęto|podpisano))\b"
               r"|Przesłuchanie\s+(?:zakończono|rozpoczęto)\b|(?:Na\s+tym\s+)?protokół\s+zakończono\b"
               r"|Protokol\s+(?:byl\s+)?přečten\b"
               r"|Výslech\s+(?:ukončen|skončen|zahájen)\b"
               r"|(?:Statement\s+)?read\s+over\s+(?:to\s+(?:the\s+)?(?:witness|deponent)\s+)?and\s+"
               r"(?:signed|found\s+correct)\b"
               # A clerk's or a reporter's certificate under the transcript: "I, Patricia Kwan, City Clerk, certify
               # that the foregoing is a true …", "I hereby certify that …"
               r"|I,\s+[^,\n]{2,60},(?:\s*[^,\n]{2,60},){0,2}\s+(?:do\s+)?(?:hereby\s+)?certify\b"
               r"|I\s+(?:do\s+)?hereby\s+certify\b"
               # (and without "hereby", of what is above it: "I certify that the foregoing is a true and complete
               # record of the proceedings.", a court-martial's, over its judge advocate's and its president's names)
               r"|I\s+(?:do\s+)?certify\s+that\s+the\s+(?:foregoing|above|within)\b"
               # A meeting service's own lines: "Priya Raman stopped transcription" (Teams'), "Transcribed by
               # https://otter.ai" (Otter's)
               # (the words possessive: every paragraph is asked, and backtracking into them cost a third more)
               r"|(?:[^\W\d_][\w.'’-]*+\s++){1,4}(?:\([\w -]{1,20}\)\s+)?(?:started|stopped)\s+"
               r"(?:transcription|recording)\s*$"
               r"|Transcribed\s+by\s+(?:https?://)?(?:www\.)?otter\.ai\b"
               # (and a translator's credit under a record in translation, a sentence: "Translated by Oldřich Tůma.",
               # which had been a signatory, a person "#oldrich-tuma")
               rf"|{_TRANSLATORS_CREDIT}",
               re.IGNORECASE),
    ("The conversation started at 10:30, ended at 12:30.", "The meeting adjourned at 1 p.m.",
     "Translated by Oldřich Tůma.", "Translated from the Russian by Gary Goldberg.", "Translation by Sergey Radchenko.",
     "The conversation lasted two hours.", "Беседа продолжалась 40 минут.", "Die Unterredung dauerte eine Stunde.",
     "La séance est ouverte à 10 h 5.", "La séance est levée à 11 h 30.",
     "Sin más asuntos que tratar, se levanta la sesión.", "Se abre la sesión a las diez.",
     "Siendo las 13.30 horas, se levanta la sesión.", "La seduta comincia alle 9.30.",
     "L'entretien prend fin à 12 h 15.", "На этом беседа закончилась.", "Eran las dos y cuarenta minutos de la tarde.",
     "The Congress adjourned at 5.30 p.m.", "Møtet hevet kl. 14.35.", "The Synod adjourned at 4.52 p.m.",
     "The court adjourned at 1140 hours, 10 October 1944.", "Priya Raman stopped transcription",
     "Marcus Olufemi (Guest) started transcription", "Transcribed by https://otter.ai",
     "I, Patricia Kwan, City Clerk, certify that the foregoing is a true and correct transcript.",
     "I hereby certify that the foregoing is a correct record.",
     "I certify that the foregoing is a true and complete record of the proceedings.",
     "There being no further business the meeting closed at 9.52 p.m.", "HEARING ADJOURNS", "COMMITTEE RESUMES",
     "END           (AT 2:58 P.M. EST)", "END 11:42 A.M. EDT", "12.05 hrs.",
     "The Lok Sabha then adjourned for Lunch till Fourteen of the Clock.",
     "At the invitation of the President, Mr. Dalmatov (Kestravia) took a place at the Council table.",
     "At a Vestry held on Monday the 16th day of June 1834.", "At a General Meeting of the Branch held at the Swan,",
     "At a Court Baron holden for the Manor of Kettleburgh", "The witness withdrew.",
     "Het voorstel wordt in stemming gebracht en aangenomen met 5 tegen 3 stemmen.",
     "Schluss der Sitzung: 18.42 Uhr", "Istunto lopetetaan kello 14.35.",
     "Şedinţa s-a încheiat la ora 12.30.", "Posiedzenie zakończono o godz. 14.", "Schůze skončila v 14.35 hodin.",
     "Lecture faite, persiste et signe avec nous.", "Clos à seize heures quarante-cinq.",
     "Vorgelesen, genehmigt und unterschrieben.", "Ende der Vernehmung: 11.40 Uhr",
     "Протокол мною прочитан, с моих слов записано верно.", "Допрос окончен в 14 час. 20 мин.",
     "Leída que le fue, se ratifica y firma.", "Protokół odczytano, podpisano.", "Výslech ukončen v 11.30 hod.",
     "Read over to the witness and signed.", "Die Vernehmung wurde um 12.40 Uhr beendet.",
     "Na tym protokół zakończono i po odczytaniu podpisano.",
     "De vergadering wordt om 17.05 uur gesloten.", "Está encerrada a sessão."),
    ("The conversations were frank and friendly, he said.", "Se levanta temprano cada día.",
     "La seduta è stata lunga, ha detto.", "Møtet var langt.", "De vergadering was kort.",
     "END 2:58 P.M. was the time he gave.", "At a party held in his honour, he spoke.",
     "At a Vestry he held his tongue."),
)

# A court reporter's heading of an examination, alone on its line ("DIRECT EXAMINATION", "CROSS-EXAMINATION"): the
# questions below it are a new examiner's, whose line ("BY MS. CHO:") follows it.
EXAMINATION_HEAD = re.compile(r"[ \t]*(?:(?:CROSS|RE|DIRECT|REDIRECT|RECROSS|FURTHER)[- ]?)*EXAMINATION"
                              r"(?:[ \t]+\((?:CONTINUED|RESUMED)\))?\.?[ \t]*")
# A vote's tally by name or by number, a line each ("Ayes: Brennan, Delgado", "Noes: Whitfield", "Nays: None"): the
# record's, and a block of its own, also under a line that ends with no full stop.
VOTE_TALLY = re.compile(r"(?:Ayes|Nays|Noes|Yeas)\s*:\s+(?=[A-Z\d])")
# When a meeting service's recording started, and how long it ran, on the lines under its name (Teams: "March 12,
# 2024, 1:02PM" / "42m 18s"; "12 March 2024, 13:02"; "1h 2m 3s").
RECORDING_STARTED = re.compile(r"(?:[A-Z][a-z]+ \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}),? \d{1,2}:\d{2}(?::\d{2})?"
                               r"(?: ?[AaPp][Mm])?")
RECORDING_LENGTH = re.compile(r"(?:\d+h ?)?(?:\d+m ?)?\d+s|\d+h(?: ?\d+m)?|\d+m")
# A trial's parts, as the Old Bailey's Proceedings head them: the prisoner's own account ("Prisoner's Defence.") and
# the witnesses for a side ("For the Prisoner.").
DEFENCE = re.compile(r"(?:The )?[Pp]risoner'?s [Dd]efen[cs]e\.?")
TRIAL_PART = re.compile(rf"{DEFENCE.pattern}|For the (?:[Pp]risoner|[Pp]rosecution|[Dd]efen[cs]e)\.?"
                        # (and an inquest's or a court's findings under the evidence, on a line of their own)
                        r"|(?:VERDICT|Verdict|FINDING|Finding|SENTENCE|Sentence|JUDGMENT|Judgment)\.?")
# The verdict and the sentence, a short line each under the evidence ("Guilty 4 s. 10 d.", "Not Guilty.",
# "Transportation."): the court's, not the last witness's words.
VERDICT = re.compile(r"(?:(?:Not )?Guilty|Acquitted|Death|Transportation|Transported|Whipped|Branded|Imprisoned|"
                     r"Fined|Discharged)\b[^.!?]{0,60}(?:\.[^.!?]{0,12}){0,3}\.?")
# A jury's verdict in capitals, as the Old Bailey's sessions papers print it under the evidence, in any record ("NOT
# GUILTY.", "GUILTY.—Seven Years' Penal Servitude.", which had headed a section, or been the last witness's words).
VERDICT_IN_CAPITALS = re.compile(r"(?:NOT\s+)?GUILTY\b(?:\s+on\s+the\s+\w+\s+[Cc]ount)?\s*(?:[.,;]|[.—–-]+(?=\S)|$)")
# An entry of a log at its hour, on the line under a sentence: a ship's log's "9.0 Read Articles of War." (the hour
# and a tenth, as the Navy kept it), "11.30 Took in top gallant sails.", a diary's "14.05 The meeting resumed.": a
# block of its own (the entries after a line long enough to be wrapped had run into the entry before them).
# Or the hour as a merchant ship's log and a diary write it, "4 a.m.", "9.30 a.m.", "Noon.", "Midnight." (a day's
# entries had been one paragraph).
LOG_ENTRY = re.compile(r"(?:(?:[01]?\d|2[0-3])\.(?:[0-5]\d|\d)|(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?[ \t]?[ap]\.[ \t]?m\."
                       r"|Noon\.?|Midnight\.?|Midday\.?)[ \t]+(?=[A-Z])")
# What the body that met decided or held, in the record's own voice ("The Cabinet agreed …", "It was agreed
# that …", "会议认为：…", the meeting held): a paragraph of the record's, neither a turn nor in the turn before.
# What the body decided, or someone is to do, under its label ("Decided: …", "Постановили: …", "ACTION: TB to …"):
# a block of its own, also on the line right under a sentence.
DECISION_LABEL = re.compile(r"(?i:Decided|Resolved|Decisions?|Agreed|Actions?(?:\s+(?:points?|items?))?|Постановили|"
                            # (a Politburo's protocol in translation: "Resolution adopted:", "Resolution:")
                            r"Resolutions?(?:\s+adopted)?|"
                            r"Решили|Beschlossen|Beschluss|Décidé|Décision|Acuerdo|"
                            # (and how a vote went, under its label: "Stemming: voor het amendement stemmen …")
                            r"Stemming|Abstimmung(?:sergebnis)?)\s*:")
# What a body resolved, on the line under its lead-in ("After discussion, it was" / "RESOLVED THAT …", a blank line
# between them as a UK company's minutes set it): the decision's first word.
DECIDED_UNDER_LEADIN = re.compile(r"(?:RESOLVED|AGREED|DECIDED|NOTED|(?i:resolved|agreed|decided|noted))\b")

# What a protocol's item heard, under its label, above what was decided ("Слушали: Сообщение т. Молотова …" /
# "Постановили: …", the Soviet protocols' form, and as translations write it).
HEARD_LABEL = re.compile(r"(?i:Слушали|Заслушали|Heard|Listened\s+to)\s*:")
# Who moved and seconded a motion, how it went, and how the members voted, as a council's minutes record them
# ("Moved by Cr Feeney, seconded by Cr Tran, that …", "CARRIED", "The motion was put.", "For: Crs Hollis, O'Dwyer"),
# and the minutes' confirmation ("Confirmed this 21st day of July 1987."): the record's, and each a block of its own,
# also on the line right under a sentence (they had been words of the councillor who spoke last).
MOTION = Rule(
    "motion",
    re.compile(r"(?:(?:Amendment|Motion|AMENDMENT|MOTION)\s*:\s*)?(?:Moved|Proposed)\s+by\s+[^,:;\n]{1,60},\s+(?:and\s+)?seconded\s+by\b"
               # (and as a union branch's minutes record it, without "by": "Moved Bro. Kettle, seconded Bro. Malpass,
               # that …", "Amendment moved Bro. Feeney, seconded Bro. Pym, to …")
               # (under its label too: "AMENDMENT: Moved Alderman Smith, seconded Alderman O'Brien, that …")
               r"|(?:(?:Amendment|Motion|AMENDMENT|MOTION)\s*:\s*)?"
               r"(?:(?:Amendment|Motion)\s+moved|Moved|Proposed)\s+(?!by\b)[^,:;\n]{1,60},\s+(?:and\s+)?seconded\s+"
               r"(?!by\b)[A-Z]"
               # (and as American boards record it: "Motion by Member Patel, seconded by Member Brennan, to …", "On
               # motion of Trustee Hale, duly seconded, …", "It was moved and seconded that …")
               r"|(?:(?:On|Upon)\s+(?:a\s+|the\s+)?)?(?i:motion)\s+(?:by|of|from)\s+[^,:;\n]{1,60},\s+(?:and\s+)?"
               r"(?:duly\s+)?second(?:ed)?\b"
               r"|It\s+was\s+(?:duly\s+)?moved\s+(?:by\s+[^,:;\n]{1,60},?\s+)?(?:and\s+(?:duly\s+)?)?seconded\b"
               # how the members voted and how it went: "Roll call vote:", "Ayes: Brennan, Delgado", "Motion
               # carried 4-1.", "Article 4 passed.", "Voted in the affirmative by voice vote.", "VOTED: to adopt …"
               r"|Roll[\s-]+call\s+vote\b"
               r"|" + VOTE_TALLY.pattern +
               r"|(?:The\s+)?(?:Substantive\s+)?(?i:motion|amendment|article|resolution)(?:\s+(?:No\.\s*)?\d+)?\s+"
               r"(?:carried|passed|failed|lost|was\s+defeated)(?=\s*(?:\d|unanimously|by\b|[.;,]|$))"
               r"|Voted\s+(?:in\s+the\s+(?:affirmative|negative)|unanimously|on\s+the\b|to\s+(?:accept|adopt|approve|"
               r"appropriate|authori[sz]e|raise|pass|table|postpone|refer|amend|dismiss)\b)|VOTED\s*:"
               r"|(?:CARRIED|LOST|DEFEATED|Carried|Lost|Defeated)(?:\s+(?:unanimously|UNANIMOUSLY|nem\.?\s*con\.?)"
               # (and the count: "Carried, 22 for, 4 against.", "Lost by 9 votes to 12.", "Carried 5-2.")
               r"|,?\s+(?:by\s+)?\d+\s+(?:for|in\s+favou?r)\s*,?\s+(?:and\s+|with\s+)?\d+\s+against"
               r"|,?\s+(?:by\s+)?\d+\s*(?:votes?\s+)?(?:to|-|–)\s*\d+)?"
               r"\.?\s*$"
               r"|The\s+(?:motion|amendment|substantive\s+motion|question)\s+was\s+(?:then\s+)?put\b"
               r"|(?:For|Against|Abstained|Abstaining|Abstentions)\s*:\s+(?:Crs?|Cllrs?|Councillors?|Messrs|Mr|Mrs|Ms|"
               r"Dr)\b"
               r"|Confirmed\s+(?:this|on\s+the)\s+\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\b"),
    ("Moved by Cr Feeney, seconded by Cr Tran, that the minutes be confirmed.", "CARRIED", "Lost.",
     "Carried unanimously.", "Amendment: Moved by Cr Feeney, seconded by Cr Tran, that a permit be granted",
     "Proposed by Mr Smith, and seconded by Mrs Jones:", "The motion was put.", "For: Crs Hollis, O'Dwyer, Beaumont",
     "Against: Cr Feeney", "Confirmed this 21st day of July 1987.",
     "Motion by Member Patel, seconded by Member Brennan, to approve the contract.",
     "On motion of Trustee Hale, duly seconded, the board approved the budget.",
     "It was moved and seconded that the minutes be approved.", "Roll call vote:", "Ayes: Brennan, Delgado, Patel",
     "Nays: None", "Motion carried 4-1.", "The amendment failed.", "Article 4 passed.",
     "Voted in the affirmative by voice vote.", "Voted to accept the reports as printed.",
     "VOTED: to adopt the budget", "Moved Bro. Kettle, seconded Bro. Malpass, that the report be adopted.",
     "Amendment moved Bro. Feeney, seconded Bro. Pym, to delete", "Substantive motion carried.",
     "Carried, 22 for, 4 against.", "Lost by 9 votes to 12.", "Carried 5-2.", "CARRIED by 40 in favour, 3 against"),
    ("Lost in the fog, we waited.", "Carried away, he said more.", "For: the record, I agree.",
     "Carried, 22 of them, to the cart.", "Lost 3 sheep to the wolves.",
     "Moved by the appeal, he wept.", "CARRIED OUT BY THE ENGINEER", "The motion passed yesterday was flawed.",
     "Motion sickness kept him away.", "Ayes: the ones who agreed", "Voted for him twice, and regretted it."),
)

DECISION = Rule(
    "decision",
    # (and the EU Council's working parties and its presidency, in its outcome of proceedings: "The Working Party
    # continued its examination …", "The Presidency concluded that …", which had been persons' turns)
    # (and the body with the words of its name before it, capitalised: "The Political Committee decided to propose to
    # the Central Committee:", which had been words of the last speaker's turn, the list under it too)
    re.compile(r"(?:The\s+(?:[A-Z][\w'’-]*\s+){0,3}?)?"
               r"(?:Cabinet|Committee|Council|Meeting|Conference|Commission|Board|Politburo|Presidium|"
               r"Secretariat|Delegations|Ministers|Chiefs\s+of\s+Staff|Working\s+(?:Party|Group)|Presidency)"
               r"\s*(?:[-—–:]\s*)?(?:\w+\s+){0,2}?(?i:agreed|decided|"
               r"resolved|approved|took\s+note|noted|invited|adopted|endorsed|authori[sz]ed|instructed|deferred|"
               r"concluded|discussed|considered|continued\s+its|examined|welcomed)\b"
               r"|It\s+was\s+(?:so\s+|unanimously\s+)?(?:agreed|decided|resolved|noted)\b"
               r"|IT\s+WAS\s+(?:UNANIMOUSLY\s+)?(?:AGREED|DECIDED|RESOLVED|NOTED)\b"  # (a board's minutes, in capitals)
               # (and after what led to it, as a UK company's minutes set it: "After discussion, it was" / "RESOLVED
               # THAT …", which had been words of the last speaker's turn)
               r"|(?:After|Following|Upon|On)\s+(?:(?:some|further|full|brief|lengthy|careful|due)\s+|"
               r"a\s+(?:(?:full|brief|short|lengthy)\s+)?)?(?:discussion|consideration|debate|deliberation)"
               r"(?:\s+of\s+[^,;:.]{1,80})?,?\s+(?:it|It|IT)\s+(?:was|WAS)\s+(?:(?:so|unanimously|therefore|duly|"
               r"accordingly|UNANIMOUSLY)\s+)?(?i:agreed|decided|resolved|noted)\b"
               # (the council's deliberation, then its decision: "Après en avoir délibéré, le Conseil municipal, …,
               # décide :"; a Spanish acta's vote: "Sometidas a votación, las cuentas son aprobadas …")
               r"|Après\s+en\s+avoir\s+délibéré\b|Sometid[ao]s?\s+a\s+votación\b"
               # (a German cabinet's or presidium's: "Das Kabinett stimmt den Ernennungsvorschlägen zu.", "Das Kabinett
               # beschließt …", which had been a person "#das-kabinett")
               r"|Das\s+(?:Kabinett|Präsidium|Politbüro|Sekretariat|Bundeskabinett)\s+(?:stimmt|beschließt|beschliesst|"
               r"billigt|nimmt|stellt|vertagt|verabschiedet|erklärt\s+sich|ist\s+einverstanden)\b"
               # (and as a French council's minutes record it: "Le Conseil, après en avoir délibéré, approuve …")
               r"|Le\s+(?:Conseil|conseil|Comité|Bureau)(?:\s+municipal)?\s*,\s*(?:après\s+en\s+avoir\s+délibéré|"
               r"à\s+l['’]unanimité)\s*,\s*(?:\w+\s+){0,1}?(?:approuve|décide|adopte|autorise|accepte|refuse|"
               r"rejette|émet|prend\s+acte)\b"
               # (how a vote went, as the United Nations' and a congress's records note it: "A recorded vote was
               # taken.", "The draft resolution was adopted by 98 votes to 2", "The Composite Motion was CARRIED")
               r"|A\s+(?:recorded\s+|roll-call\s+|card\s+|secret\s+)?(?:vote|ballot)\s+was\s+taken\b"
               # (and the chair putting a text to it, the record's, no chairman's words: "The CHAIRMAN put to the vote
               # the United Kingdom draft resolution", "The PRESIDENT put the amendment to the vote.")
               r"|The\s+(?:CHAIRMAN|Chairman|PRESIDENT|President|CHAIR|Chair)\s+(?:then\s+)?put\s+"
               r"(?:[^.;:]{1,80}?\s+)?to\s+the\s+vote\b"
               r"|(?:The\s+(?i:(?:draft|composite|amended)\s+)?|Draft\s+(?=[rd]))"
               r"(?i:resolution|decision|motion|amendment|report|recommendation|agenda)"
               r"(?:\s+[\w/.()-]*[\d/][\w/.()-]*)?(?:,?\s+as\s+(?:a\s+whole|amended),?)?"
               r"\s+(?:was|were)\s+(?:(?:unanimously|then|accordingly)\s+)?"
               r"(?i:adopted|carried|rejected|lost|approved|defeated|withdrawn|remitted)\b"
               # (a telegram's comment or summary, its author's: "4. COMMENT: GROMYKO'S TONE WAS MEASURED. END
               # COMMENT.")
               r"|(?:COMMENT|Comment|SUMMARY|Summary)\s*:"
               # (the body alone and a dash, above what it concluded: "The Cabinet—" / "1. Agreed that …")
               # (and with the words of its name before it: "The National Security Council:" / "a. Noted …", the
               # council's record of action, which had been a person "#national-security-council")
               r"|The\s+(?:[A-Z][\w'’-]*\s+){0,3}?(?i:Cabinet|Committee|Council|Meeting|Conference|Board)"
               r"\s*(?:[—–-]+|:)\s*$"
               # (as British Cabinet conclusions report what was said without naming who: "In discussion it was
               # pointed out …")
               r"|In\s+(?:(?:the|a|further|the\s+ensuing)\s+)?discussion\b"
               # What the house did with a question, a motion or a bill, as Hansard records it: "Question put and
               # agreed to.", "Motion agreed to.", "Bill read a Second time.", "The House divided: Ayes 210, Noes 305."
               r"|(?:Question|Main\s+Question|Motion|Amendments?|Resolution|Lords\s+amendments?|New\s+clause|Clause|"
               r"Schedule)(?:\s+(?:No\.\s*)?\d+)?(?:,\s+(?:as\s+amended|by\s+leave),)?\s+(?:put(?:\s+(?:accordingly|"
               r"forthwith))?(?:\s+and\s+(?:agreed\s+to|negatived))?|(?:accordingly\s+)?agreed\s+to|"
               r"(?:accordingly\s+)?negatived|disagreed\s+to|withdrawn|"
               r"ordered\s+to\s+stand\s+part)(?=[\s.,:;—–-]|$)"
               r"|Bill(?:,\s+as\s+amended,)?\s+(?:accordingly\s+)?"
               r"(?i:read\s+(?:a|the)\s+(?:first|second|third)\s+time)\b"
               r"|The\s+(?:House|Senate|Committee|Assembly)\s+divided\b|(?:Ordered|Resolved),\s+That\b"
               # (and who counted the division, as Hansard prints them under it: "TELLERS FOR THE AYES: Mr. Short and
               # Mr. Charles Grey.", which had been a person "#tellers-for-the-ayes")
               r"|(?i:tellers\s+for\s+the\s+(?:ayes|noes|contents|not[\s-]contents))\b"
               # (and as a council's minutes record it: "RESOLVED that the minutes be approved.", "Question declared
               # carried.")
               r"|RESOLVED\s*(?:[-—–:]\s*)?(?:\(\w{1,4}\)\s*)?(?:that|That|THAT|to)\b"
               # (and a vestry's or a parish meeting's, in small letters: "Resolved that a Rate of Three pence in the
               # pound be made.", which had been words of the last speaker's turn)
               r"|Resolved\s+(?:unanimously\s+|nem\.\s*con\.\s+)?(?:that|That)\b"
               r"|(?:Question|Motion|Amendment)\s+(?:declared\s+)?(?:carried|lost)\b"
               r"|" + MOTION.pattern.pattern +
               # The record's author, in the first person ("I replied that …", a memorandum's or a telegram's):
               # the record's voice, not the last speaker's.
               r"|(?i:(?:I|We)\s+(?:then\s+|also\s+|again\s+)?(?:said|replied|answered|asked|added|noted|told|"
               r"stated|responded|remarked|explained|stressed|emphasi[sz]ed|observed|suggested|agreed|continued|"
               r"pointed\s+out)\b)"
               # (and in German and French: "Ich erwiderte, …", "J'ai répondu que …")
               r"|(?:Ich|Wir)\s+(?:\w+\s+)?(?:sagte|erwiderte|antwortete|erklärte|fragte|betonte|bemerkte|"
               r"entgegnete|fügte|stellte|wies|führte|unterstrich|bat|dankte)n?\b"
               r"|(?:J'ai|Je|Nous\s+avons)\s+(?:alors\s+|aussi\s+)?(?:répondu|dit|déclaré|demandé|ajouté|souligné|"
               r"réponds|dis|déclare|demande|ajoute|souligne)\b"
               r"|(?:会议|会谈|双方|各方|大家|与会者|會議|會談|雙方|與會者)[^：:，,。]{0,6}[：:，,]"
               # What the body decided, under its label ("Decided: to convene the Plenum", "Постановили: …").
               r"|" + DECISION_LABEL.pattern),
    ("The Cabinet agreed to resume the discussion.", "The Committee then agreed that", "It was agreed that the",
     "The Working Party continued its examination of the above", "The Presidency concluded that a revised text",
     "The Cabinet - Took note of the statement by the Foreign Secretary.",
     "The Chiefs of Staff took note of the report.", "The Political Committee decided to propose to the Central",
     "会议认为：双方应继续接触。", "双方一致同意，",
     "會議認為：雙方應繼續接觸。", "I replied that we would consider it.", "I REPLIED THAT WE WOULD",
     "Decided: to convene the Plenum.", "Постановили: созвать Пленум.", "ACTION: TB to circulate the budget.",
     "Action points: none.", "Ich erwiderte, die Bundesregierung sei zuversichtlich.",
     "Ich antwortete, dies hänge vom Bundesrat ab.", "J'ai répondu que la France le désirait.",
     "In discussion it was pointed out that the price would remain high.", "Question put and agreed to.",
     "Motion agreed to.", "Bill read a Second time.", "Question put accordingly, That the amendment be made:—",
     "The House divided: Ayes 210, Noes 305.", "Amendment, by leave, withdrawn.",
     "Clause 3 ordered to stand part of the Bill.",
     "Resolved, That this House approves the report.", "The Cabinet—", "The COUNCIL:",
     "COMMENT: GROMYKO'S TONE WAS MEASURED.",
     "RESOLVED that the minutes be approved.", "Question declared carried.", "Motion lost.", "It was so decided.",
     "Moved by Cr Feeney, seconded by Cr Tran, that the minutes be confirmed.", "CARRIED",
     "A recorded vote was taken.", "The draft resolution was adopted by 98 votes to 2.",
     "The CHAIRMAN put to the vote the United Kingdom draft", "The President put the amendment to the vote.",
     "The National Security Council:",
     "The draft resolution A/C.1/L.123, as amended, was adopted.", "Draft resolution A/47/L.20 was adopted by 59 votes",
     "The Composite Motion was CARRIED on a card vote:", "The amendment was lost.",
     "IT WAS RESOLVED THAT the Company enter into the lease",
     "After discussion, it was RESOLVED THAT the draft business plan be approved.",
     "Following consideration of the report, it was unanimously AGREED that", "RESOLVED - (1) That Option B be adopted",
     "Resolved that a Rate of Three pence in the pound be made.", "Resolved unanimously that the Clerk write",
     "Das Kabinett stimmt den Ernennungsvorschlägen zu.", "Das Kabinett beschließt, die Beratung fortzusetzen.",
     "Question accordingly negatived.", "Question accordingly agreed to.",
     "TELLERS FOR THE AYES: Mr. Short and Mr. Charles Grey.", "Tellers for the Noes: Mr. Whitelaw",
     "Après en avoir délibéré, le Conseil municipal décide :", "Sometidas a votación, las cuentas son aprobadas"),
    ("Ich bin froh.", "Je pense que oui.", "The Cabinet Secretary said that", "Decided to go.", "Committee members said",
     "Lost in the fog, we waited.",
     "It was a long meeting.", "会议在北京举行。", "Question time is over.", "Motions of censure are rare.",
     "In discussions with the Russians we found them firm.", "The Bill read well, he said.",
     "The resolution that we adopted was carried by the Assembly, he said.", "A vote was a vote.",
     "Resolved to go, he left.", "Resolved, he said, that is the word.",
     # (capitalised words before the body's name only after "The": a speaker's "If Council noted …" is his)
     "If Council noted the report, we would not object.", "Our Board approved it last year.",
     "After discussion, it was clear that we had no money.", "After the meeting, it was agreed by all of us."),
)

# A numbered paragraph of a despatch or a telegram in its author's first person, past what it reports others said
# ("3. My United States colleague tells me that …", "I am not so sure.", "4. I should be grateful for instructions
# …", "I have the honour to report …"): the record's, like DECISION's "I replied that …" (they had been words of the
# turn the paragraph before opened, "2. The Chairman then said …"). Asked of numbered paragraphs only: unnumbered,
# a speaker's next paragraph may open so.
AUTHOR_FIRST_PERSON = Rule(
    "author-first-person",
    re.compile(r"(?i:My\s+(?:[\w.'’-]+\s+){1,4}?(?:tells|told|informs|informed|assures|assured)\s+me\b"
               r"|I\s+(?:am|was)\s+not\s+(?:so\s+|quite\s+|at\s+all\s+)?(?:sure|convinced)\b"
               r"|I\s+(?:should|would)\s+be\s+grateful\b|I\s+have\s+the\s+hono(?:u)?r\b)"),
    ("My United States colleague tells me that Washington regard the question as a test.", "I am not so sure.",
     "I should be grateful for instructions before 6 June.", "I have the honour to report that",
     "MY FRENCH COLLEAGUE TOLD ME THAT", "My Soviet colleague assured me that"),
    ("My colleagues and I met today.", "I am sure of it.", "I should be there.", "Myself, I doubt it.",
     "I have the report here."),
)

# A translator's or an editor's note in parentheses inside the words: "(Translator's note: in the original
# "poshliny", literally "customs duties".)", "(Editor's note: the date is uncertain)".
PARENTHESISED_NOTE = re.compile(r"\((?i:translator['’]?s|editor['’]?s|transcriber['’]?s|interpreter['’]?s|ed\.|trans\.)"
                                r"\s+(?i:note)\s*[:.]\s*[^()]{1,400}\)")

# A paragraph that is one parenthesis, of words: what a record notes of the room, not anyone's speech
# ("(Witness excused.)", "(Whereupon, at 4:15 p.m., the hearing was recessed.)", "(Laughter.)").
DIRECTION = Rule(
    "direction",
    re.compile(r"\((?=[^()]*[^\W\d_])[^()]{1,400}\)\.?\s*$"),
    ("(Witness excused.)", "(Whereupon, at 4:15 p.m., the hearing was recessed.)", "(Laughter.)"),
    ("(00:00:09)", "(a) the first point", "(He paused.) Then he went on.", "(see (b) below)"),
)

# What a parliament's record notes of the house inside a member's speech, in parentheses: "(Applause.)",
# "(Laughter and cheers.)", "(Aplausos.— Rumores)", "(Beifall bei der SPD)", "(Applaudissements sur les travées du
# groupe LR.)", "(Vivi applausi dei deputati del gruppo PD)". Its words, a few before them ("Loud", "Lebhafter") and
# what follows them after a small word ("from the Government benches", "bei der SPD"), are all it may hold: a
# speaker's own parenthesis, "(applause is not an argument)", "(see below)", is the speaker's.
_HOUSE_VOCAL = (r"laughter|laughs|cries|shouts|murmurs|cheers|cheering|boos|booing|jeers|hear,?\s+hear|oh,?\s+oh|"
                r"order,?\s+order|protests|"
                r"risas|rumores|murmullos|protestas|abucheos|voces|exclamaciones|"
                r"rires|sourires|murmures|exclamations|protestations|"
                r"heiterkeit|lachen|gelächter|zurufe?|zwischenrufe?|gegenrufe?|widerspruch|"
                r"ilarità|si\s+ride|commenti|proteste|rumori|risos|apupos|"
                r"смех|шум|оживление|голоса|возгласы|smích|hluk|ruch|wesołość|poruszenie|gelach|geroep|skratt|"
                r"oro|protestos|"
                r"naer|kõrvalhääled|kõrvalhääl|naurua|välihuuto|välihuutoja")  # (Estonian's and Finnish's)
_HOUSE_EVENT = (r"applause|interruptions?|uproar|commotion|disorder|"
                # (and a room's silence, a speaker's breaking in, as a party's minutes note them: "(Silence.)",
                # "(interrupting)")
                r"silence|interrupting|"
                r"aplausos|interrupciones|interrupción|pausa|"
                r"applaudissements|mouvements?|tumulte|"
                r"beifall|unruhe|"
                r"applausi|interruzion[ei]|palmas|"
                r"аплодисменты|овация|овации|potlesk|oklaski|applaus|applåder|aplaus|suosionosoituksia")
_HOUSE_QUALIFIER = (r"loud|prolonged|sustained|renewed|continued|great|general|some|hearty|"
                    r"fuertes|grandes|prolongados|nutridos|vifs|vives|longs|nouveaux|nouvelles|"
                    r"lebhafter|lebhafte|anhaltender|starker|gro(?:ß|ss)er|allgemeine|"
                    r"vivi|vivissimi|prolungati|generali")
_HOUSE_TAIL = (r"from|on|in|at|of|and|among|bei|der|des|im|von|und|auf|sur|de|du|dans|et|sui|dei|del|della|dal|"
               r"nei|e|en|desde|y|los|las|da|do|dos|na|no|nas|nos|в|на|с|из|v|ve|z|ze|od|w|van|bij|uit|op|av|från|"
               r"på|i|poslanců|posłów|deputados|депутатов|saalis|salissa")
# In what follows the words: a member's title's full stop ("des Abg. Dr. Müller") and the party in the record's own
# square brackets after a member's name, as the Bundestag sets it ("Zuruf des Abg. Stephan Brandner [AfD]").
_HOUSE_TAIL_CHARACTER = (r"[^.;:!?—–()\[\]\x00]"
                         r"|(?<=\bAbg|\bSra|\bMrs|\bMme)\.|(?<=\bProf)\.|(?<=\bDr|\bSr|\bMr|\bMs)\.|(?<=\bM)\."
                         r"|\[[^\[\]().;:!?\x00]{1,60}\]")
# A member named, the party in the record's own square brackets, and what the member called, as the Bundestag sets
# it: "(Dr. Michael Fuchs [CDU/CSU]: Unsinn!)".
_HOUSE_NAMED = r"(?P<named>(?:[^\W\d_][\w'’-]*\.?\s+){1,5}\[[^\[\]().;:!?\x00]{1,60}\]:[ \t][^()\[\]\x00–—]{1,200})"
_HOUSE_SEGMENT = (rf"(?:{_HOUSE_NAMED}|"
                  rf"(?:(?:{_HOUSE_QUALIFIER})\s+){{0,2}}(?:(?P<vocal>{_HOUSE_VOCAL})|{_HOUSE_EVENT})\b"
                  rf"(?:\s+(?:{_HOUSE_TAIL})\b(?:{_HOUSE_TAIL_CHARACTER}){{0,120}})?"
                  # and what was called, after a colon: "(Zuruf von der AfD: Das glauben Sie doch selbst nicht!)", to
                  # the dash before the next ("… Unsinn! – Gegenruf des Abg. Thomas Oppermann [SPD]: Doch!)")
                  r"(?::[ \t][^()\[\]\x00–—]{1,200})?)")
_HOUSE_LATER_SEGMENT = _HOUSE_SEGMENT.replace("?P<vocal>", "").replace("?P<named>", "")  # (a group's name once)
_HOUSE_RUN = rf"(?>{_HOUSE_SEGMENT})(?>\s*[.;,!]?\s*[—–-]?\s*(?>{_HOUSE_LATER_SEGMENT}))*+[.!]?"
HOUSE_NOISE = Rule(
    "house-noise",
    # (Each segment and each separator, once read, is not read again otherwise: atomic groups, so that a long
    # parenthesis that is none is turned away in linear time, not in exponential.)
    re.compile(rf"\(\s*({_HOUSE_RUN})\s*\)"
               # and in Chinese and Japanese records' full-width parentheses: "（众笑）", "（鼓掌）", "（一同笑い）"
               r"|（(?:(?P<cjk>众笑|笑声|大笑|哄堂大笑|全场大笑|一同笑い|笑い|笑)|鼓掌|掌声|热烈鼓掌|长时间鼓掌|拍手)）",
               re.IGNORECASE),
    ("(Applause.)", "(Laughter.)", "(Laughter and applause.)", "(Applause from the Government benches.)",
     "(Aplaus.)", "(Kõrvalhääled saalis.)", "(Naer saalis.)", "(Naurua)", "(Välihuutoja)",
     "(Hear, hear!)", "(Aplausos)", "(Aplausos.— Rumores)", "(Risas y aplausos)", "(Beifall bei der SPD)",
     "(Lebhafter Beifall bei der CDU/CSU)", "(Applaudissements sur les travées du groupe LR.)",
     "(Vivi applausi dei deputati del gruppo PD)", "(Heiterkeit)", "(Interruption.)",
     "(Zuruf von der AfD: Das glauben Sie doch selbst nicht!)", "(Beifall bei der SPD – Zuruf von der CDU/CSU: Unsinn!)",
     "(Zuruf des Abg. Müller [SPD]: Das stimmt nicht!)",
     "(Beifall bei der AfD sowie des Abg. Dr. Anton Hofreiter [BÜNDNIS 90/DIE GRÜNEN])",
     "(Dr. Michael Fuchs [CDU/CSU]: Unsinn!)",
     "(Dr. Michael Fuchs [CDU/CSU]: Unsinn! – Gegenruf des Abg. Thomas Oppermann [SPD]: Doch!)",
     "(Шум в зале.)", "(Смех. Аплодисменты.)", "(Hluk v sále.)", "(Potlesk poslanců TOP 09.)", "(Oklaski)",
     "(Geroep van de PVV)", "(Applåder)", "（众笑）", "（鼓掌）", "（一同笑い）", "(Silence.)", "(interrupting)"),
    ("(see below)", "(Smith [1]. He left)", "(the minister [sic] said)",
     "(applause is not an argument)", "(Laughter, he said, is the best medicine)", "(silence is consent)",
     "(Applausometer)", "(a) the first point", "(applause from [the benches)", "(Beifall. Er sagte das.)"),
)


def house_noise_kind(match: re.Match) -> str:
    """Whether the house's noise a ``HOUSE_NOISE`` match reads is its voices' ("Laughter", "Rumores") or not
    ("Applause", "Beifall"): its first word's."""
    return "vocal" if match.group("vocal") is not None or match.group("named") is not None \
        or match.groupdict().get("cjk") is not None else "event"


# The house's noise in square brackets, as nineteenth-century reports set it ("[Cheers.]", "[Hear, hear.]", "[Loud
# cheers and laughter.]"): a bracket's whole content.
_BRACKETED_HOUSE_NOISE = re.compile(_HOUSE_RUN, re.IGNORECASE)


def bracketed_house_noise(content: str) -> str | None:
    """"vocal" or "event" for a square bracket's content that is the house's noise, else None; after the members
    who made it too, as Hansard names them ("[HON. MEMBERS: "Hear, hear!"]")."""
    match = _BRACKETED_HOUSE_NOISE.fullmatch(content)
    if match is None and ":" in content and (cry := _MEMBERS_CRY.fullmatch(content)) is not None:
        match = _BRACKETED_HOUSE_NOISE.fullmatch(cry.group(1))
    return house_noise_kind(match) if match is not None else None


_MEMBERS_CRY = re.compile(r"(?:an\s+)?(?:hon\.?\s+)?members?\s*:\s*[\"“]?(.+?)[\"”]?", re.IGNORECASE)


# A law report's year in the citation's own square brackets, as the English reports and the neutral citations set it
# ("[1980] ICR 303", "[1983] 1 WLR 17", "[2018] UKSC 16", "[2019] EWCA Civ 1234"): the source's words, no editor's
# (it had been words supplied, said too softly to hear). The match is the bracket alone; a report's abbreviation (a
# word in capitals, or the Chancery's, the Family Division's, Lloyd's, the Criminal Appeal Reports') and a number after
# it, a volume's before it.
LAW_REPORT_YEAR = Rule(
    "law-report-year",
    re.compile(r"\[(?:1[6-9]|20)\d\d\](?=[ \t\n]+(?:\d{1,3}[ \t\n]+)?"
               r"(?=(?:[A-Z][A-Za-z'’.&]{0,7}[ \t\n]+){0,2}(?:[A-Z]{2,}|Ch|Fam|Cr|Lloyd['’]s)\b)"
               r"(?:[A-Z][A-Za-z'’.&]{0,7}[ \t\n]+){1,3}\d{1,5}\b)"),
    ("[1980] ICR 303", "[1983] 1 WLR 17", "[2018] UKSC 16.", "[2019] EWCA Civ 1234", "[2001] 2 All ER 1",
     "[1990] Ch 1", "[1999] 1 Lloyd's Rep 1", "[2008] 1 Cr App R 5", "[2004] EWHC 123 (Admin)"),
    ("[1956] Moscow had agreed", "[1945] The Big 3", "[1980] and ICR 303", "[1980]", "[12] ICR 303",
     "[1980] The ICR"),
)


# A quoted text's marks, as telegrams set them round a letter they carry: "… Begin text." / "End text."
BEGIN_TEXT = Rule(
    "begin-text",
    re.compile(r"(?:.*[\s.:])?(?:Begin|Start)\s+(?:verbatim\s+|quote\s+)?text\s*[.:]?\s*$", re.IGNORECASE | re.DOTALL),
    ("Please deliver the following letter. Begin text.", "Begin text:", "BEGIN VERBATIM TEXT."),
    ("Begin textual analysis of the draft.", "We begin text review tomorrow, he said."),
    ending="text",
)
END_TEXT = Rule(
    "end-text",
    re.compile(r"(?:End\s+(?:verbatim\s+|quote\s+)?text|Text\s+ends)\s*\.?\s*$", re.IGNORECASE),
    ("End text.", "END VERBATIM TEXT", "Text ends."),
    ("End text. Then he left.",),
)

# Where the recording ends, stops or turns over, said without brackets on a line of its own, as a police interview's
# record closes ("Tape ends.", "Tape 2 begins.", "Recording stopped at 14:31.", "End of tape 1."): the record's line,
# not the words of the turn before it (it had been the last speaker's paragraph; "[End of tape]" was read so already).
RECORDING_NOTE = Rule(
    "recording-note",
    re.compile(r"(?i:(?:The\s+)?(?:tape|cassette|reel|recording)(?:\s+(?:\d{1,2}|one|two|three|four))?"
               r"(?:,?\s+side\s+(?:[AB12]|one|two))?\s+(?:ends|ended|stops|stopped|begins|began|starts|started|"
               r"resumes|resumed|switched\s+(?:off|on)|turned\s+(?:off|over))"
               r"|End\s+of\s+(?:the\s+)?(?:tape|cassette|reel|recording)(?:\s+(?:\d{1,2}|one|two|three|four))?"
               r"(?:,?\s+side\s+(?:[AB12]|one|two))?)"
               r"(?:\s+at\s+\d{1,2}[.:]\d{2}(?:\s*(?i:[ap]\.?\s?m\.?|hours|hrs))?)?\s*\.?\s*\Z"),
    ("Tape ends.", "TAPE ENDS", "Tape 2 begins.", "Recording stopped at 14:31.", "End of tape 1.",
     "Tape 1, side A ends.", "The tape stopped.", "End of recording"),
    ("Tape 2 contains the confession.", "The tape ends where he left.", "Tapes end up lost.", "End of tape 1 was lost."),
)
RECORDING_NOTE_FIRST = frozenset("TtCcRrEe")  # (what such a line opens with: most paragraphs are asked no further)

# A note under its writer's label, in a paragraph of its own ("Operator's note: ZZZ may be a new call sign.",
# "Editor's note: the tape is damaged here.", "TRANSCRIBER'S NOTE: …"): the record's, not the words of the turn above
# it (it had been the last speaker's paragraph).
NOTE_LABEL = Rule(
    "note-label",
    re.compile(r"(?:[A-Z][\w-]*['’][sS]|Ed\.|Trans\.)\s+(?:[Nn]ote|NOTE)\s*:\s*\S"),
    ("Operator's note: ZZZ may be a new call sign.", "Editor's note: the tape is damaged here.",
     "TRANSCRIBER'S NOTE: inaudible passage.", "Ed. note: the date is uncertain."),
    ("Note: this is a note.", "My note: none.", "He took a note: it said go.", "Operator's note was lost."),
)

# Someone coming into the meeting or leaving it, as minutes note it ("KM joined the meeting.", "Mr Tang returned to
# the meeting at 11.15 a.m.", "Cllr O'Brien left the meeting."): the record's paragraph, no one's turn nor in one (the
# first had been KM's turn, the others words of the turn above them).
COMES_OR_GOES = Rule(
    "comes-or-goes",
    re.compile(r"(?!(?:I|We|They|He|She|You|It|THEY|WE)\s)(?:[A-Z][\w.'’-]*+\s++){1,4}(?:(?:re-?)?joined|"
               r"(?:re-?)?entered|arrived\s+at|returned\s+to|left|withdrew\s+from)\s+the\s+meeting\b"),
    ("KM joined the meeting.", "KM left the meeting.", "Mr Tang returned to the meeting at 11.15 a.m.",
     "Cllr O'Brien left the meeting.", "Katie Morrow rejoined the meeting.", "JS arrived at the meeting."),
    ("We left the meeting early.", "I joined the meeting late.", "KM said she joined the meeting late.",
     "The chairman left the meeting in no doubt."),
)


# Where a hearing's printed record inserts a document, between rows of asterisks ("**********INSERT 1**********",
# as the Government Publishing Office sets it): the record's mark, no heading (it had held every turn after it).
INSERT_MARK = re.compile(r"\*{3,}\s*(?:INSERT|Insert|OFFSET|Offset|RETAIN|Retain)(?:\s+[\w.-]{1,12})?\s*\*{3,}")


# A broadcast script's cue for the studio, its label in capitals: a sound or music to play ("GRAMS:     SIGNATURE
# TUNE.", "F/X:       WIND. RUSHES.", "MUSIC:     \"Linden Lea\"."): what is heard, not a speaker's words.
CUE = Rule(
    "cue",
    re.compile(r"(?P<cue>GRAMS?|F/X|FX|SFX|SOUND(?:\s+EFFECTS?)?|EFFECTS?|(?P<music>MUSIC)|DISC|TAPE)\s*:\s+\S"),
    ("GRAMS:     SIGNATURE TUNE. ESTABLISH, THEN FADE UNDER.", "F/X:       WIND. RUSHES. HOLD UNDER.",
     "MUSIC:     \"Linden Lea\". FADE UNDER FOR:", "SFX: Door slams.", "SOUND: TRAFFIC"),
    ("Music: the programme's budget was cut.", "GRAMSCI: Hegemony.", "MUSICIAN: I play."),
)
CUE_INITIALS = frozenset("GFSEMDT")  # what a cue's label opens with


# A parliament's record of the house, in a paragraph of its own without parentheses: "Government members
# interjecting.", "Quorum formed.", "Laughter." — the record's words, not a member's.
PROCEEDINGS = Rule(
    "proceedings",
    re.compile(r"(?:(?:[A-Z][\w-]*\s+){1,3}(?:members?|senators?)\s+interjecting|Interruption|Interjections?|Laughter|"
               r"Applause|Uproar|Quorum formed|Bells? (?:was |were )?rung|(?:Sitting|Proceedings) suspended"
               r"(?: from [\w.: ]{1,40})?"  # (a Senate committee's: "Proceedings suspended from 10:30 to 10:45")
               # (the House of Commons' oral questions, under the department's heading)
               r"|The (?:[A-Z][\w-]*\s+|of\s+|for\s+|the\s+|and\s+){1,8}was asked"
               # (a tribunal's transcript, as the ICTY's sets the hearing's start, breaks and end after dashes)
               r"|-{2,3}[ \t]+(?:Upon commencing|On resuming|Recess taken|Luncheon recess taken|Break taken|"
               r"Whereupon)\b[^\n]{0,160})"
               r"\s*[.—–-]?\s*$"),
    ("Government members interjecting.", "Opposition members interjecting—", "Quorum formed.", "Laughter.",
     "The Prime Minister was asked—", "The Secretary of State for Foreign and Commonwealth Affairs was asked—",
     "--- Upon commencing at 9.02 a.m.", "--- Recess taken at 10.30 a.m.",
     "--- Whereupon the Status Conference adjourned at 10.15 a.m.", "Proceedings suspended from 10:30 to 10:45"),
    ("Government members interjecting repeatedly asked the Minister", "Members of the Government agreed.",
     "The Prime Minister was asked whether he agreed.", "--- the witness said", "Upon commencing the talks"),
)

# An item's number: figures, a small letter, or a small Roman number past i ("ii", "iv").
_ITEM_NUMBER = r"\d{1,2}|i{2,3}|iv|vi{1,3}|ix|[a-z]"

# What a list item opens with, but a digit (any script's, as \d reads them): most paragraphs, a capital, are read no
# further.
ITEM_FIRST = frozenset('"“(abcdefghijklmnopqrstuvwxyz')

LIST_ITEM = Rule(
    "list-item",
    # (A small letter too: a memorandum's sub-points, "a. all cables …" / "b. the files …", under a colon; in
    # parentheses, as British and Commonwealth records set them: "(a) the situation …", "(ii) to resume …".)
    # (and as Spanish and Italian number their points, an ordinal's sign after the number: "1.º Lectura …", "2º …")
    re.compile(rf"(?=[^(]|\((?:{_ITEM_NUMBER})\)\s)([\"“(]?)({_ITEM_NUMBER})([./)][º°ª]?|(?<=\d)[º°ª])\s+"
               rf"{_NO_MONTH_AFTER}"),
    ('"1. Immediate cessation', "1/ the initiative", "2) both", "a. all cables", "b) the files",
     "(a) the situation in Berlin;", "(ii) to resume the discussion", "(1) The first point",
     "1.º Lectura y aprobación del acta anterior.", "2º Examen de las cuentas"),
    ("1 February 1951", "2-3 months", "a.m. tomorrow", "A. Brown", "(a. b) c", "(see below) the text", "(ab) x",
     "(a)bc", "17. September 1971", "4. marts 1960"),
)


def item_ordinal(number: str, roman: bool = False) -> int:
    """An item's place from its number: 1, 2 …; a, b …; or, in a list counted so (``roman``: its first item is
    "i"), i, ii …."""
    if number.isdigit():
        return int(number)
    if roman or len(number) > 1:
        return roman_value(number)
    return ord(number) - ord("a") + 1


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(numeral: str) -> int:
    """A Roman number's value, in capitals or small letters ("IV", "ii"); 0 for letters that make none."""
    values = [_ROMAN_VALUES.get(letter, 0) for letter in numeral.upper()]
    if not values or 0 in values:
        return 0
    return sum(-value if index + 1 < len(values) and value < values[index + 1] else value
               for index, value in enumerate(values))


# The signs a bulleted list's items open with, then a space. Not the em dash, which opens a line of dialogue
# (Russian, French: "— Согласен, — сказал Сталин."); "*" and "-" only with a space, so that "**Stalin:**",
# "*Secret*" and "-5 degrees" are words.
BULLETS = "-–•·▪◦‣●○■□*"

BULLET_ITEM = Rule(
    "bullet-item",
    # (not a rule of spaced dashes, as a court's caption draws its box: "- - - - - - - - x")
    re.compile(f"([{re.escape(BULLETS)}])[ \\t]+(?=\\S)(?![-–—][ \\t]+[-–—][ \\t]+[-–—])"),
    ("- wheat deliveries", "• the grain price", "* Wheat", "– les livraisons", "▪ the treaty"),
    ("— Согласен", "-5 degrees", "**Stalin:** Yes", "*Secret*", "- ", "---", "- - - - - - - - - x"),
)

CLASSIFICATION = Rule(
    "classification",
    # (In capitals or not; in Russian, German, French, Spanish and Chinese too.)
    re.compile(r"(?i:TOP SECRET|STRICTLY CONFIDENTIAL|SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|PERSONAL|"
               r"EYES ONLY|FOR OFFICIAL USE ONLY|NOT FOR PUBLICATION|NODIS|EXDIS|LIMDIS|"
               r"СОВЕРШЕННО СЕКРЕТНО|СЕКРЕТНО|ОСОБАЯ ПАПКА|STRENG GEHEIM|GEHEIM|VERTRAULICH|TRÈS SECRET|"
               # (a caveat after it, one slash or two: "SECRET/NODIS", "UNCLASSIFIED // EXERCISE ONLY")
               r"CONFIDENTIEL|SECRETO|RESERVADO)(?:\s+(?:AND|&|and)\s+\w+|\s*(?:[-–—;,]|//?)\s*\w+(?:\s+ONLY)?)*"
               # (and the copy's number set apart on its line, as the Cabinet's papers print it: "SECRET   Copy No. 42")
               r"(?:\.?\s{3,}(?:Copy|COPY)\s+(?:No|NO)\.?\s*\d+)?\.?\s*$"
               r"|(?:绝密|机密|秘密)\s*$"
               # A telegram's, its letters spaced, then its post and number: "C O N F I D E N T I A L MOSCOW 1234".
               r"|(?:C O N F I D E N T I A L|S E C R E T|U N C L A S S I F I E D)(?:\s+[A-Z0-9]+){0,3}\s*$"),
    ("SECRET", "TOP SECRET", "CONFIDENTIAL", "SECRET AND PERSONAL", "Top Secret", "Secret; Nodis",
     "СОВЕРШЕННО СЕКРЕТНО", "Streng geheim", "绝密", "C O N F I D E N T I A L MOSCOW 1234", "SECRET/NODIS/XGDS",
     "UNCLASSIFIED // EXERCISE ONLY", "SECRET                Copy No. 42"),
    ("SECRETARY", "Secret talks were held", "SECRET/ the talks went on"),
)

# A document's copy number, under its classification ("Copy No. 1", "Copy 2 of 5", "Экз. № 1").
COPY_NUMBER = Rule(
    "copy-number",
    re.compile(r"(?:Copy|Cy\.?|Ex\.?|Экз\.?|Экземпляр|Ausfertigung|Exemplaire)\s*(?:No\.?|Nr\.?|№|n°)?\s*\d+"
               r"(?:\s+(?:of|из|von|de|sur)\s+\d+)?(?:\s+copies)?\.?\s*$", re.IGNORECASE),
    ("Copy No. 1", "Copy 2 of 5", "Экз. № 1", "Ausfertigung Nr. 3"),
    ("Copy No. 1 was sent to Moscow.", "Copies"),
)

# A record's file or reference number alone on its line, in its opening ("No. 2/44/68/IV", "Nr. 412/83", "Ref.
# 0123/7"): figures and a stroke at least, as a ministry numbers what it sends.
REFERENCE_NUMBER = Rule(
    "reference-number",
    re.compile(r"(?:No|Nr|Ref|Nº|№|Az|Čj|Č\.j)\.?\s*(?=[\w./-]*\d)[\w.-]+(?:/[\w.-]+)+\s*$"),
    ("No. 2/44/68/IV", "Nr. 412/83", "Ref. 0123/7", "№ 1432/с"),
    ("No. 3", "No. 2 was adopted.", "Nr. 5", "No/Yes"),
)

# Hungarian's months, after the year: "1960. március 4."
HUNGARIAN_MONTHS = ("január|február|március|április|május|június|július|augusztus|szeptember|október|november|"
                    "december")

DATELINE = Rule(
    "dateline",
    # (the months in capitals too, as a hearing's head sets its day: "WEDNESDAY, NOVEMBER 8, 2023")
    re.compile(rf".{{0,60}}(?:\b\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:{MONTHS}|{MONTHS_IN_CAPITALS})"
               rf"|(?:{MONTHS}|{MONTHS_IN_CAPITALS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?"
               rf"|\b\d{{1,2}}\.?\s+(?:de\s+)?(?i:{OTHER_MONTHS})(?:\s+de)?)"
               rf"\s*,?\s*\d{{4}}\b.{{0,40}}$|.{{0,40}}\b\d{{4}}-\d{{2}}-\d{{2}}\b.{{0,40}}$"
               # Hungarian: 1960. március 4.
               rf"|.{{0,60}}\b\d{{4}}\.\s+(?i:{HUNGARIAN_MONTHS})\s+\d{{1,2}}\.?.{{0,20}}$"
               # Vietnamese: ngày 5 tháng 3 năm 1965
               rf"|.{{0,40}}ngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+\d{{4}}.{{0,20}}$"
               # Chinese and Japanese: 1972年2月21日
               rf"|.{{0,40}}\d{{4}}\s?年\s?\d{{1,2}}\s?月(?:\s?\d{{1,2}}\s?日)?.{{0,20}}$"
               # and in Chinese numerals: 一九五八年七月三十一日
               r"|.{0,40}[〇○零一二三四五六七八九]{4}\s?年\s?[一二三四五六七八九十]{1,3}\s?月"
               r"(?:\s?[一二三四五六七八九十]{1,4}\s?日)?.{0,20}$"
               # the day first in figures, alone or after the place: "Berlin, 21.09.1983", "Praha, dne 5. 3. 1968"
               r"|(?:[^\W\d_][\w'’.-]*(?:[ -][^\W\d_][\w'’.-]*){0,3},?\s+(?:(?:den|le|dne|am)\s+)?)?"
               r"\d{1,2}\.\s?\d{1,2}\.\s?\d{4}(?:\s*(?:г|r)\.)?\.?\s*$"),
    ("Canberra, 12 September 1975", "12th April, 1957", "NEW DELHI, 24 February 1947", "1952-09-19",
     "Paris, le 4 mars 1950", "Bonn, den 4. März 1950", "Moskau, den 30. November 1960", "Madrid, 4 de marzo de 1950",
     "Москва, 4 марта 1950 г.", "1972年2月21日", "北京，1972年2月21日", "一九五八年七月三十一日", "Hà Nội, ngày 5 tháng 3 năm 1965",
     "Moszkva, 1960. március 4.", "København den 4. marts 1960", "Helsinki 4. maaliskuuta 1960",
     "Moscova, 4 martie 1960", "Ankara, 4 Mart 1960", "Vergadering van dinsdag 12 maart 2024",
     "Brasília, 12 de março de 2024", "Warszawa, 12 marca 2024", "Praha 12. března 2024", "Berlin, 21.09.1983",
     "Praha, dne 5. 3. 1968"),
    ("He said that on 12 September 1975 the talks had begun and would go on for a long time after that.",
     "Information No. 412/83 of 21.09.1983 about the exercise"),
)

# A date alone at a record's end, after what was said, perhaps after its place or office ("Moscow, 12 March 1950",
# "15th February, 1962.", "Bonn, den 3. März 1960"): the record's closing dateline, no one's words.
CLOSING_DATE = Rule(
    "closing-date",
    re.compile(rf"(?:[^\W\d_][\w.'’ -]{{0,40}},\s*(?:(?:den|le|el|il|the|this)\s+)?)?"
               rf"(?:\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+|(?:day\s+)?of\s+)?(?:{MONTHS}|(?i:{OTHER_MONTHS}))"
               rf"(?:\s+de)?\s*,?\s*\d{{4}}"
               rf"|(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})(?:\s*г\.)?\.?\s*$"),
    ("Moscow, 12 March 1950", "15th February, 1962.", "March 4, 1972", "Bonn, den 3. März 1960", "1952-09-19",
     "Москва, 4 марта 1950 г.", "Bristoll, the 19th of September, 1724.", "London, this 2nd day of May 1701"),
    ("The meeting ended on 12 March 1950.", "On 12 March 1950 he left.", "12 March"),
)

# A letter's greeting, alone on its line at the head of the record, in its opener (in English, and in
# the other languages whose verbs of speaking the encoder knows: French, German, Spanish, Italian, Russian).
SALUTATION = Rule(
    "salutation",
    re.compile(r"(?:(?:(?:My\s+)?(?:[Dd]ear(?:est)?|Respected|Esteemed|Honou?red)"
               r"|Cher|Chère|Chers|Sehr geehrter?|Lieber?|Estimad[oa]s?|Querid[oa]s?|Car[oa]|Egregi[oa]|Gentile"
               r"|Уважаем(?:ый|ая|ые)|Дорог(?:ой|ая|ие))\s+[^\W\d_][^\n]{0,60}?"
               r"|(?:Dear\s+)?(?:Sir|Madam|Sirs|Gentlemen|Colleagues?)|(?:Your\s+)?Excellency|(?:Dear\s+)?Comrades?"
               r"|My\s+(?:Lords?|Lady)"  # (a despatch's to a secretary of state: "My Lord,")
               r"|Monsieur|Madame|Messieurs|(?:Monsieur|Madame) (?:le|la) [^\W\d_][^\n]{0,40}?|Excellence"
               r"|Товарищ[^\n]{0,40}?)"
               r"\s*[,:!]\s*$"),
    ("Dear Mr Nehru,", "My dear Prime Minister,", "Sir,", "Your Excellency,", "Dear Comrade Stalin!", "Dear Sirs:",
     "Monsieur le Ministre,", "Sehr geehrter Herr Botschafter,", "Estimado señor Presidente:",
     "Уважаемый товарищ Сталин!", "Товарищ Молотов!", "My Lord,"),
    ("Dear as it was, the price was paid in full.", "Sir Robert said so,", "Dear Mr Nehru, I write",
     "Monsieur le Ministre a dit que la conférence continuerait demain matin."),
)

# A letter's leave-taking, before the signatory's name: the closer's salute.
VALEDICTION = Rule(
    "valediction",
    re.compile(r"(?:Yours(?:\s+\w+){0,3}"
               # (a family's: "Your loving sister,", "Your affectionate son,", "With love,")
               r"|Your\s+(?:ever\s+|most\s+|very\s+)?(?:loving|affectionate|devoted|dutiful|obedient|obedt\.|obt\.|"
               r"humble|faithful|obliged)(?:\s+\w+){0,2}(?=\s*,)"
               # (a despatch's to a lord or a governor: "Your Lordship's most obedient humble Servant,")
               r"|Your\s+(?:Lordship|Excellency|Grace|Honou?r|Majesty)['’]s\s+(?:most\s+|very\s+)?(?:obedient|humble|"
               r"faithful|devoted|dutiful)(?:\s+\w+){0,3}(?=\s*,)"
               # (a letter-book's copy of a merchant's or an official's: "I am, Sir," / "We are, Dear Sir," above it)
               r"|(?:I|We)\s+(?:am|are|remain)(?:,\s+(?:my\s+)?(?:[Dd]ear\s+)?(?:Sirs?|Madam|Gentlemen)(?=\s*,|\s*$)"
               r"|,?\s+[Yy]ours\b)"
               r"[^\n]{0,80}?"
               r"|(?:With\s+(?:much\s+|all\s+my\s+|fondest\s+)?)?[Ll]ove"
               r"|(?:Very\s+)?(?:[Ss]incerely|[Ff]aithfully|[Tt]ruly|[Rr]espectfully|[Cc]ordially)(?:\s+yours)?"
               # (minutes' clerks': "Respectfully submitted,", "Signed on behalf of the meeting,", "Attest:")
               r"|[Rr]espectfully\s+submitted|Attest"
               r"|Signed,?\s+(?:for\s+and\s+)?on\s+behalf\s+of\s+the\s+\w+(?:\s+\w+)?"
               r"|(?:With\s+)?(?:(?:best|kind|warm|warmest|kindest)\s+)?(?:regards|wishes)"
               r"|(?:Believe me|(?:I|We) have the honou?r to (?:be|remain)|(?:I|We) remain)\b[^\n]{0,80}?"
               r"|(?:Veuillez agréer|Je vous prie d'agréer|Agréez)[^\n]{0,160}?|Bien (?:à vous|cordialement)"
               r"|(?:Mit )?(?:freundlichen|besten|herzlichen) Grüßen|Hochachtungsvoll"
               r"|Atentamente|Cordialmente|(?:Distinti|Cordiali) saluti|С уважением|С товарищеским приветом"
               # (a copy's certification above who certified it: "Pour copie conforme,", "Für die Richtigkeit:")
               r"|(?:Pour|Copie certifiée) copie conforme|Für die Richtigkeit"
               r"|(?:Certified\s+|A\s+)?[Tt]rue\s+(?:[Cc]opy|[Ee]xtract|[Tt]ranslation)|Верно"
               r"|In fidem)"
               r"\s*[,.:]?\s*$"),
    ("Yours sincerely,", "Yours faithfully,", "Sincerely yours,", "With kind regards,", "Yours ever,",
     "I have the honour to be, Sir, your obedient servant,", "We have the honour to be, Sir,", "Very truly yours,",
     "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération.",
     "Mit freundlichen Grüßen", "Atentamente,", "Distinti saluti", "С уважением,", "Pour copie conforme,",
     "Für die Richtigkeit:", "True copy", "Верно:", "In fidem", "Your loving sister,", "With love,",
     "Respectfully submitted,", "Signed on behalf of the meeting,", "Attest:", "I am, Sir,", "We are, Dear Sir,",
     "Your obedt. Servants,", "Your most obedient humble Servant,", "I am, Sir, Your obedient Servant,",
     "Your Lordship's most obedient humble Servant,", "True Extract,", "A true copy."),
    ("I am, however, not sure.", "We are, in short, ready.", "I am Sir John's guest,",
     "Yours is the decision, and we accept it.", "Sincerely, we hope you agree.", "With regards to wheat,",
     "Pour copie conforme, nous envoyons le texte.", "In fidem of the treaty we signed.", "Your loving sister wrote.",
     "Love is all.", "Respectfully submitted to the board were three bids.", "Attested by two witnesses."),
)

# A letter's afterthought, after the signature: "P.S.", "P.P.S.", "PS:".
POSTSCRIPT = Rule(
    "postscript",
    re.compile(r"(?:P\.\s?)+S\.|P\.?P?S:|PS\.?(?=\s)"),
    ("P.S. The papers follow.", "P.P.S. And the maps.", "PS: see over", "P. S. Forgive the haste."),
    ("PSYCHOLOGY of the talks", "PSA. on the agenda"),
)

TOPIC_LABEL = Rule(
    "topic-label",
    # A word of two letters or more, or words: a letter alone is a question's or an answer's ("Q:", "A:").
    # (Capitals: no small letter of the Latin, Cyrillic or Greek alphabets.)
    re.compile(r"([^\W\d_a-zß-ÿа-яёα-ω](?:[^\W\da-zß-ÿа-яёα-ω]+|[^\W\da-zß-ÿа-яёα-ω]*"
               r"(?:[ &,'-]+[^\W\d_a-zß-ÿа-яёα-ω][^\W\da-zß-ÿа-яёα-ω]*){1,5}))\s*:(?:\s|$)"),
    ("WHEAT: the price was agreed", "TRADE POLICY:", "UK: the talks", "A & B: the firms", "ПОСТАНОВИЛИ: одобрить",
     "DÉCISION : adoptée"),
    ("Wheat: the price", "Q: Where were you born?", "A: In Leeds.", "Постановили: одобрить", "Décision: adoptée"),
)

# An archival reference on a line of its own after the record: "[NAA: A1838, 303817/1, iii]".
SOURCE_REFERENCE = Rule(
    "source-reference",
    re.compile(r"\[\s*[A-Z][A-Za-z]{0,7}\s?:\s?[^\[\]]+\]\s*$"),
    ("[NAA: A1838, 303817/1, iii]", "[AA: A6712, 4 COPY 2]", "[FA : IMP. CONF. 1937, MEETINGS]"),
    ("[matter omitted]", "[1]"),
)

SUPERSCRIPT_FIGURES = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# A note's number at its head, in figures, in superscript figures or as a sign ("¹ The Austrian State Treaty.",
# "* Ratified later in 1955.").
FOOTNOTE_BODY = Rule(
    "footnote-body",
    re.compile(rf"(\d{{1,3}}|[{SUPERSCRIPT_FIGURES}]{{1,3}}|\*{{1,3}}|[†‡])\s+(?=\S)"),
    ("1 Omitted paragraphs record general pleasantries.", "¹ The Austrian State Treaty.", "* Ratified later.",
     "† Not sent."),
    ("1/ the initiative", "¹/ the initiative", "*/ the initiative"),
)

# A note's marker in the text: "[1]"; or superscript figures ("treaty¹", "1955.²"), a marker only against a word
# (``unbracketed_markers``). Two patterns: one of both, with no literal to find first, took a record's whole text
# character by character (2% of a record's build).
FOOTNOTE_MARKER = re.compile(r"\[(\d{1,3})\]")
RAISED_MARKER = re.compile(f"[{SUPERSCRIPT_FIGURES}]{{1,3}}(?![{SUPERSCRIPT_FIGURES}])")
# Or a sign against a word ("ratified.*", "Council†"): asterisks, one to three, a dagger, a double dagger.
SIGN_MARKER = re.compile(r"(?:\*{1,3}|[†‡])(?![*†‡])")
_SIGN_NAMES = {"*": "star", "†": "dagger", "‡": "ddagger"}
# What superscript figures follow when they mark a note: a word of three letters or more, or a punctuation mark
# (not a unit's or a number's power: "m²", "km²", "10³").
_MARKS_A_NOTE = re.compile(r"(?:[^\W\d_]{3}|[.,;:!?)\]\"'’”»])\Z")


def unbracketed_markers(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match]:
    """The markers printed without brackets in ``text[start:end]``, superscript figures or signs, each standing
    where a note's marker does (``_MARKS_A_NOTE``, checked only where such a marker is: as a look-behind in the
    pattern it was tried at every character of every record)."""
    end = len(text) if end is None else end
    for present, pattern in ((has_raised_figures, RAISED_MARKER), (has_note_signs, SIGN_MARKER)):
        if present(text):
            yield from (m for m in pattern.finditer(text, start, end)
                        if _MARKS_A_NOTE.search(text, max(0, m.start() - 3), m.start()) is not None)


def may_mark_notes(text: str) -> bool:
    """Whether ``text`` may hold a note's marker of any kind: a bracket, superscript figures, a sign."""
    return "[" in text or has_raised_figures(text) or has_note_signs(text)


_AS_FIGURES = str.maketrans(SUPERSCRIPT_FIGURES, "0123456789")


def has_raised_figures(text: str) -> bool:
    """Whether ``text`` holds superscript figures: ten substring searches, far cheaper than a pattern's character
    class (a record's text read a character at a time, twice, had cost 2.5% of its build)."""
    return not text.isascii() and any(figure in text for figure in SUPERSCRIPT_FIGURES)


def has_note_signs(text: str) -> bool:
    return "*" in text or "†" in text or "‡" in text


def next_note(number: str) -> str | None:
    """The number or sign of the note after this one: "2" after "1", "**" after "*", "‡" after "†"."""
    if number.isdecimal():
        return str(int(number) + 1)
    if number in ("*", "**"):
        return number + "*"
    return "‡" if number == "†" else None


def note_key(number: str) -> str:
    """A note's number or sign as an xml:id may hold it: "1", "-star", "-star2", "-dagger"."""
    if number.isdecimal():
        return number
    return "-" + _SIGN_NAMES[number[0]] + (str(len(number)) if len(number) > 1 else "")


def figures(number: str) -> str:
    """A note's number in figures, however it is printed ("²" → "2")."""
    return number.translate(_AS_FIGURES)

# The heading of the notes after the record ("Notes", "FOOTNOTES", "Примечания"), alone on its line.
NOTES_HEADING = Rule(
    "notes-heading",
    re.compile(r"(?:foot|end)?notes?\s*:?\s*$|примечания\s*:?\s*$|anmerkungen\s*:?\s*$", re.IGNORECASE),
    ("Notes", "FOOTNOTES", "Endnotes:", "Примечания"),
    ("Notes on the talks", "Noted."),
)

# Under such a heading, a note numbered as printed: "1. …", "[1] …", "1) …" (and "1 …", as FOOTNOTE_BODY).
NOTE_BODY_PRINTED = Rule(
    "note-body-printed",
    re.compile(r"(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+(?=\S)"),
    ("1. The ANZUS Treaty.", "[2] The SEATO Council.", "3) Not found."),
    ("1/ the initiative", "12 September"),
)

ABBREVIATIONS = {"comrs.": "comrades", "comr.": "comrade", "comrades": None, "messrs.": "messieurs",
                 "mm.": "messieurs", "tt.": "comrades", "bros.": "brothers"}


def is_upper_line(text: str) -> bool:
    if text.isascii() and not text.isupper():  # a lower-case letter, or no letter at all
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_TITLE_WORD = re.compile(r"[^\W_][\w'’-]*")  # a number too ("the 12th Meeting")


def is_title_line(text: str) -> bool:
    """Most words capitalised and no full stop at the end: a title as printed; in a script without capitals, a
    short line without a sentence's end, a colon or a comma: forty characters where words are not spaced (Chinese,
    Japanese: "会谈记录"), twelve words where they are (Arabic, Hebrew: "محضر اجتماع الرئيس جمال عبد الناصر مع السفير السوفيتي")."""
    first = text[:1]
    if first.isalpha() and not first.isupper() and not first.islower():
        if any(sign in text for sign in "。！？；：:，,،؛؟") or text.endswith("."):
            return False
        return len(text) <= 40 if " " not in text else len(text.split()) <= 12
    words = _TITLE_WORD.findall(text)
    if not any(w[0].isalpha() for w in words):
        return False
    if text.rstrip().endswith((".", ";", ",")) and not text.rstrip().endswith(".."):
        return False
    small = {"of", "and", "the", "between", "with", "to", "on", "in", "for", "a", "an", "at", "by", "de", "van", "von"}
    capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit() or w.lower() in small)
    return capitals == len(words)


# A recording's timestamp before a speaker's name or the words, in brackets or not ("[00:12:05] ", "00:12:05.3 "), or a
# caption's cue, its number and its times, as SRT and WebVTT files set them ("1" / "00:00:02,340 --> 00:00:05,120";
# the hours optional in WebVTT's, its cue settings after the times, and Teams' unpadded "0:0:2.870" too). The groups:
# the time the words start (the bracket's, the cue's, the bare timestamp's); none for a chat's time of day
# ("[10:02 AM] John Smith: …", "[4/3/21, 10:02:15 AM] John Smith: …", "4/3/21, 10:02 - John Smith: …", as chat
# services export a conversation). The look-ahead turns a numbered paragraph
# ("12. …", the commonest that opens with figures) away at its first sign.
# A paragraph's printed number ("5. Mr Tang …"); a question's, as a committee's evidence numbers them ("Q1 Chair: …");
# a speech's, as the Riksdag's record numbers them ("Anf. 1 STATSMINISTER MAGDALENA ANDERSSON (S):"). Only the first
# numbers a paragraph that opens no turn.
# (and a starred question's, as the Lok Sabha's record numbers those answered orally: "*412. SHRI RAM NARAYAN SINGH:")
PRINTED_NUMBER = re.compile(rf"(\d{{1,3}}\.|\*\d{{1,5}}\.|Q\d{{1,4}}(?=\s)|Anf\.[ \t]\d{{1,4}}(?=\s))\s+(?=\S)"
                            rf"{_NO_MONTH_AFTER}")
# A question's number before it, as Irish tribunals print them ("1 Q. Mr. Hegarty, …"): a number only in a record that
# numbers two at least (one may be a line's number in the margin, "10   Q. Mr. Finch, …").
NUMBERED_QUESTION = re.compile(r"^\d{1,5}[ \t]+Q\.\s", re.MULTILINE)


@functools.lru_cache(maxsize=None)
def printed_number(figures: int, questions: bool = False) -> re.Pattern:
    """``PRINTED_NUMBER`` for a record whose paragraphs are numbered past 999 (to ``figures`` figures), or that
    numbers its questions (``NUMBERED_QUESTION``)."""
    pattern = PRINTED_NUMBER.pattern.replace(r"\d{1,3}\.", rf"\d{{1,{figures}}}\.", 1) if figures > 3 \
        else PRINTED_NUMBER.pattern
    if questions:
        pattern = pattern.replace(r"Q\d{1,4}(?=\s)", r"Q\d{1,4}(?=\s)|\d{1,5}(?=[ \t]+Q\.\s)", 1)
    return re.compile(pattern)


_NUMBER_KINDS = {"Q": "question", "A": "speech"}


def number_kind(number: str) -> str:
    """What a printed number numbers (its num/@type): "5." a paragraph, "Q1" and "1" (before "Q.") a question,
    "Anf. 1" a speech."""
    return "paragraph" if number[-1] == "." and number[0] != "*" else _NUMBER_KINDS.get(number[0], "question")


TIMESTAMP_FIRST = frozenset("[0123456789")  # (what a timestamp opens with: any other text is read no further)
_CHAT_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"  # ("10:02", "10:02:15 AM")
_CHAT_DATE = r"\d{1,2}/\d{1,2}/\d{2,4},?[ \t]"  # ("4/3/21, ")
TIMESTAMP_LEAD = re.compile(
    r"(?=\[|\d{1,6}[\s:]|\d{1,2}/)(?:\[(\d{1,2}:\d{2}:\d{2})(?:[.,]\d{1,3})?\]"
    # (a chat's message sent at a time of day, on a day: no offset)
    rf"|\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t]?[AaPp]\.?[Mm]\.?\]|\[{_CHAT_DATE}{_CHAT_TIME}\]"
    rf"|{_CHAT_DATE}{_CHAT_TIME}[ \t]+[-–]"
    r"|(?:\d{1,6}\s+)?((?:\d{1,2}:)?\d{1,2}:\d{1,2})[.,]\d{1,3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{1,2}:\d{1,2}[.,]\d{1,3}"
    r"(?:[ \t]+(?:[a-z]+:\S+[ \t]*)+)?"
    r"|(\d{1,2}:\d{2}:\d{2})(?:[.,]\d{1,3})?"
    # (a tape's counter, four figures, then a wide space: "0012   MARSH: …", as a police interview's record sets it)
    r"|\d{4}(?=[ \t]{2,}[^\W\d_]))\s+(?=\S)")
# An offset into a recording alone on its line, as YouTube's transcripts set each caption under the time it starts
# ("0:04" / "going to talk about the archive"): minutes and seconds, the hours before them past the first hour.
OFFSET_ALONE = re.compile(r"(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)")
# Where a transcript may have such lines: an offset's seconds right before a line's end (most transcripts have none).
_OFFSET_AT_LINE_END = re.compile(r":[0-5]\d[ \t]*\r?$", re.MULTILINE)


def offsets_alone(text: str) -> bool:
    """Whether the transcript sets its words under offsets into a recording, each alone on its line: three such
    lines at least, running forward, and not a schedule's times of day (the first offset under an hour's first
    minute, one with hours, or one past 23 minutes: "9:00" / "Registration" / "9:30" / "Opening" stays prose)."""
    if _OFFSET_AT_LINE_END.search(text) is None:
        return False
    offsets = [found.groups() for line in text.splitlines() if (found := OFFSET_ALONE.fullmatch(line.strip()))]
    if len(offsets) < 3:
        return False
    seconds = [int(hours or 0) * 3600 + int(minutes) * 60 + int(rest) for hours, minutes, rest in offsets]
    if any(later < earlier for earlier, later in zip(seconds, seconds[1:])):
        return False
    return seconds[0] < 60 or any(hours is not None or int(minutes) > 23 for hours, minutes, _ in offsets)


# Markdown's heading's signs ("# Record of conversation", "## Korea").
MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+(?=\S)")
