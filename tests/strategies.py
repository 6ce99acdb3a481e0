"""Hypothesis strategies: transcripts rich in the shapes the encoder must survive."""

from __future__ import annotations

import re

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
    # A memorandum of conversation's participants, a person a line, by sides.
    "PARTICIPANTS", "In Attendance", "Soviet side:", "United States:", "Prof.", "Ambassador Dobrynin",
    # A parliament's record.
    "Mr. CALWELL. -", "(East Sydney). -",
    # A word broken at a line's end.
    "nego-", "well-",
    # A memorandum's or a telegram's heading fields, a sender's surname signing it, a tape's side.
    "SUBJECT:", "FROM:", "TO:", "Date:", "KOHLER", "Записал:", "[END OF TAPE 1, SIDE A]", "I:",
    # Notes under their heading, numbered as printed; a name before a full-width colon; a diary's date.
    "Notes", "[2]", "毛泽东：", "Monday, 3 March 1941",
    # A parliament's members together, and its record of the house.
    "Honorable Members. -", "Government members interjecting.",
    # A text a telegram carries, between its marks.
    "Begin text.", "End text.",
    # A letterhead, a record's title in capitals, an office then its holder; Chinese verbs of speaking and a meeting.
    "THE WHITE HOUSE\nWASHINGTON", "MEMORANDUM OF CONVERSATION", "President Nixon", "The President said",
    "周恩来说：", "会议认为：",
    # A record's labels before its parts, a protocol's; a press conference's bare Q; a letterhead of one line.
    "Decision:", "Слушали:", "Постановили:", "Присутствовали:", "Q", "DEPARTMENT OF STATE", "The Cabinet agreed",
    # Notes of the editor alone, a title of them all, signatures without a colon.
    "[Translated for CWIHP by Csaba Farkas.]", "Comrades", "Recorded by", "(signed)", "Секретарь ЦК",
    # A stenogram's labels, French spacing, a legislature's, a Hungarian title, gaps, a marker on a name.
    "СТАЛИН.", "MAO ZEDONG.", ":", "Mr. SMITH of Texas.", "The SPEAKER pro tempore.", "Kádár elvtárs:",
    "[inaudible 00:12:03]", "[Omitted here is discussion.]", "[less than 1 line not declassified]", "Lord Tedder",
    "went on:", "felt",
    # A raw telegram's routing lines and text in capitals, its author in the first person; a copy's number.
    "FM AMEMBASSY MOSCOW", "PAGE 01 MOSCOW", "O 051100Z MAR 73", "GROMYKO SAID", "I replied that", "Copy No. 1",
    # What happened, in brackets; who presides; a cabinet's members and offices; a protocol's parts and decisions.
    "[The witness took the stand.]", "President: Mr. ZORIN (USSR)", "In the Chair:", "The Right Hon.",
    "Harold Macmillan, M.P., Prime Minister", "I.", "II.", "On the plan.", "Decided:", "a.", "b.", "Senators",
    # A typed signatory and office, a second title, a surname after its full name, French verbs, a telephone's head.
    "J. S. EARMAN\nExecutive Assistant", "RECORD OF CONVERSATION", "FROM THE JOURNAL OF V.M. MOLOTOV",
    "KARL BODENSCHATZ (Witness):", "BODENSCHATZ:", "M. SPAAK", "déclare que", "BETWEEN DR. KISSINGER", "K:",
    # Notes and markers in superscript figures or signs, a unit's power, emphasis, bullets.
    "treaty¹", "1955.²", "¹ The treaty.", "² Signed.", "m²", "ratified.*", "* Ratified.", "Manila†", "† Not sent.",
    "*important*", "- Wheat", "• rice", "— Да.",
    # Times of day with a.m. or p.m., a full stop's too, and a range.
    "3:55 p.m.", "10.30 a.m.", "2.50-3.55 P.M.",
    # A format's own signs: Markdown's bold label, heading and emphasis; a WebVTT file's signature, cue and voice.
    "**Stalin:**", "**Mr. Molotov**:", "# Record", "## Korea", "*19 September 1952*", "WEBVTT",
    "0:0:3.310 --> 0:0:5.200", "<v John Smith>", "</v>",
    # The house's noises in parentheses; offices with their holders; the Diet's circle and a full-width indent;
    # lines of Chinese; a surname and its initials; a chat's sender; an interview's and a focus group's labels.
    "(Applause.)", "(Aplausos.— Rumores)", "(Zuruf von der AfD: Nein!)", "(Applause. Applause. x)",
    "The DEPUTY SPEAKER:", "The Prime Minister (Boris Johnson):", "El señor PRESIDENTE DEL GOBIERNO (Rajoy Brey):",
    "○委員長（河村建夫君）", "○枝野委員", "\u3000", "我们明天", "再谈。", "Жириновский В. В.",
    "From John Smith to Everyone:", "INT:", "RESP:", "P3:", "Facilitator:", "الحاضرون:", "،",
    # A recording's offset alone on its line; a member and party in the record's brackets; Korea's Assembly; the
    # United Nations' head, its dots leading to a state and its members; a record numbered past 999.
    "0:04", "(Zuruf des Abg. Müller [SPD]: Nein!)", "◯위원장 윤상현", "◯김영호 위원", "New York", ". . . .",
    "President:", "Members:", "China Mr. Wu Haitao", "999.", "1000.",
    # Other parliaments' titles, parties and letters; a broadcast's labels and directions.
    "Präsident Mag.", "Petteri Orpo kok:", "Andrew RT Davies MS:", "The Llywydd (Elin Jones):", "STEVE INSKEEP, HOST:",
    "INSKEEP:", "(BEGIN VIDEOTAPE)", "Präsident (Aebi Andreas, Präsident):", "Washington, D.C.", "Place of interview:",
    # A police rank and a capital's letters; a date's field named by what it dates; a quoted text's marks; numbers
    # past 9999; a parliament's subjects.
    "DC JONES:", "Washington, DC.", "Date of interview:", "Begin text.", "End text.", "9999.", "10000.", "Engagements",
    "Climate Change", "Présidence de Mme", "Mme la présidente.", "PRESIDENZA DEL PRESIDENTE", "EXCMA. SRA. D.ª",
    # A deposition's page, the Tweede Kamer's chair, a board's and a parish council's minutes.
    "Page 12", "BY MR. COLE:", "Voorzitter: Bosma", "12 maart 2024", "In attendance:", "Apologies:", "(Chairman)",
    "Cllr", "19/47 PLANNING", "3. FINANCE REPORT", "Signed: ........", "____", "Attendees:", "1. Welcome",
    "ACTION:", "SL", "On. Moro:", "(Stalin)", "(Zhou Enlai)",
    # An office, what it is of and its holder; a presiding note; a middle initial; a Rev export's offset; the
    # Folketing's offices; a select committee's head; the Commons' department asked; a title before its date.
    "Prezes Rady Ministrów Donald Tusk:", "Secretary of State Dean Rusk:", "Marszałek:",
    "(Posiedzeniu przewodniczy marszałek Sejmu Szymon Hołownia)", "John F. Kennedy:", "Speaker 1: (00:00)",
    "Formanden (Søren Gade):", "Members present:", "Witnesses:", "The Prime Minister was asked—",
    "Oral Answers to Questions", "Visit of the Prime Minister to Moscow, 12 May 1975", "회의록", "The President/",
    # A day's full stop before its month; a protocol's heard and decided; a tribunal's notes; an elided office; a
    # Spanish acta's; a memcon's participants a line each; a note's author; what an office is of, in French.
    "17. September 1971", "17. září 1971", "Слушали:", "Постановили:", "Heard:", "1. Вопрос НКИД.", "тт.",
    "[Open session]", "[Interpretation]", "--- Upon commencing at 9.02 a.m.", "L'Ambasciatore", "ha osservato",
    "Dña.", "(Presidente)", "PM Chou:", "PARTICIPANTS: Chou En-lai, Premier, State Council", "Ich erwiderte,",
    "Betr.:", "Le Président de la République", "de l'Intérieur", "Conversation between President Nixon and",
    # A holder of one name after what the office is of; a title's office and holder after a comma; an acta's close.
    "Minister of Foreign Affairs Gromyko:", "Bundesminister des Auswärtigen Scheel", "dem Generalsekretär des ZK der",
    "KPdSU, Breschnew,", "Sin más asuntos que tratar, se levanta la sesión.", "La seduta comincia alle 9.30.",
    # The Bundestag's call by name, a house's noises in other languages and full-width parentheses; closings.
    "(Dr. Michael Fuchs [CDU/CSU]: Unsinn!)", "(Шум в зале.)", "（众笑）", "（鼓掌", "A Sr.ª Presidente:",
    "Question put and agreed to.", "The Cabinet—", "Pour copie conforme,", "(signé)", "周恩来说，", "VICE CHAIRMAN",
    "replik:", "(S):", "Mr. President,", "Okay, thanks", "AMBASSADOR REPLIED THAT", "COMMENT:",
    "Baron ALOISI (Italy). —", "President: M. BENEŠ.", "Председательствовал тов.", "Присутствовали тт.", "PRESENT",
    "The Rt Hon Harold Wilson MP", "Prime Minister", "CROSS-EXAMINATION BY MR. JUSTICE JACKSON:", "AN CEANN COMHAIRLE:",
    "[Translation]", "Army General", "时间：", "在座：周恩来、陈毅", "Marshal of the Soviet Union D.F. Ustinov",
    # A tape's names once among others; a hyphen before a capital, a soft hyphen; a tab then a colon; brackets.
    "RFK:", "Rusk:", "ŁUKASZEWICZ:", "Sino-", "agree\u00ad", "THE CHAIRMAN\t:", "[sic: not yet]", "[whispering]",
    "[Cuvânt indescifrabil]", "[illegible: two words]", "[END OF TRANSCRIPT]", "/s/ ROBERT L. HAMMOND", "Colonel, USA",
    "A recorded vote was taken.", "It was so decided.", "El Comandante en Jefe expresó", "ПЕТРЕНКО О.В., член",
    "O SR. PRESIDENTE (Jorge Amaral. Bloco/MDB - PA) –", "we said --", "- 2 -", "Canberra, 12 September 1975",
    "SECRETO", "VERSIÓN DE LA CONVERSACIÓN", "Tovarăşa", "DR. TÓTH FERENC belügyminisztériumi államtitkár:",
    "Keskustelu:", "القرارات:", "Schluss der Sitzung:",
    # A record's head; a tape's initials; an interrogation's labels and closing; the Diet's mark; the house's noise
    # in square brackets; a report's dotted heading; dots run together; an address; a participants' post.
    "Stenoprotokol", "Riksdagens protokoll 2012/13:65", "P  Well,", "H  ", "Вопрос:", "Ответ:", "PREGUNTADO:",
    "CONTESTÓ:", "Lecture faite, persiste et signe avec nous.", "Vernehmer:", "Protokołowała:", "○委員長（高村義雄君）\u3000",
    "[Cheers.]", "[Hear, hear.]", "[Oh, oh!]", "IRISH CORPORATIONS.", "SUPPLY—ARMY ESTIMATES.", "Canada ........ Mr.",
    "Mr. Chairman, colleagues,", "Harbour Engineer", "Capitaine du port", "Minutes of the meeting held on",
    "MEETING:", "my Lord.", "Right.", "DEFENSE COUNSEL:", "TRIAL JUDGE ADVOCATE:", "Examined by THE CORONER",
    "(National—Whangārei) to the Minister of Health:", "Infantry, Law Member.",
    "Bro. Sowerby", "(in the Chair)", "Decr. 10th 1832.", "J. Hallam, Branch Secretary",
    "When KISHI finished, MR MENZIES, after expressing thanks, said:", ", continued Mr Whitlam,", "HIS HONOUR:",
    "Your loving sister,", "P.S. Mam says", "Rough notes of", "21:41:02  HOT-1   ", "0012   MARSH: ",
    "Absents excusés : MM.", "Le Conseil, après en avoir délibéré, approuve",
    "PC GRAHAM LEWIS, sworn\nExamined by MR HALE", "appeared on behalf of the Prosecution", "[Margin: nota]",
    "DR ANNA PRZYBYLSKA (affirmed)", "CROSS-EXAMINATION BY MS GCABASHE:", "KARL WENDELER (Witness):", "CARRIED",
    "Moved by Cr Feeney, seconded by Cr Tran,", "Motion by Member Patel, seconded by",
    "Roll call vote:\nAyes: Brennan, Delgado\nNoes: Whitfield\nMotion carried 4-1.", "Voted in the affirmative",
    "Mr van der Berg", "Signed: Margaret Halloran, Chair",
    "श्री नरेश अग्रवाल :", "प्रो. के.वी. थॉमस :", "NAME: JOHANNES PETRUS BOTHA", "SOME HON. MEMBERS:", "Hon. (Ms.)",
    # Lines set in columns: a log's rows, a vote's.
    "1902  DKW v QZA  28  Prefix\n1910  QZA v DKW  R  Receipt", "Ayes      12\nNoes       5\nAbstain    1",
    # Minutes' votes, lists of those present, closings; monitors' notes; damage, gestures, a document's marks.
    "Yes: 41", "No: 77", "Sederunt:", "Q. Are you his widow? - A. Yes, sir.", "Edward Crisp sworn.",
    "1 Q. Mr. Hegarty?\nA. Yes.\n\n2 Q. And?",
    "Council Member Pruitt", "Staff present: City Manager Paul Everly;",
    # A broadcast script's cues.
    "GRAMS:     SIGNATURE TUNE.\n\nF/X:       WIND.", "MUSIC:     \"Linden Lea\".",
    "Respectfully submitted,", "(Excerpts)", "[torn]", "[indiscernible]",
    "[Speaks in English]", "[Entry crossed through in pencil.]", "[Seal of the Embassy]",
    # A call's transcript: its participants at the head, each name alone above the words.
    "Company Participants\nMichael Tan - Chief Executive Officer", "Michael Tan\nThanks, Sarah.", "Operator",
    # A statement's fields under its signature; a town meeting's articles; a board's offices.
    "Name: Joanna Mary Field", "ARTICLE 4. Shall the voters", "Clerk Susan Whitfield", "and Tom Brennan",
    # Struck words; an oral history's label with a direction, its key and certificate, its title, a middle initial.
    "fifty ~~two~~ three", "<del>Saint Anne's</del>", "~~", "</del>", "ABDI (through interpreter):", "LINDQVIST:",
    "KEY\nHM = Dr. Helen Marsh", "Certification: I, Maria Esposito, certify that", "George T. Abernathy (GTA)",
    "GTA:", "INTERVIEW TRANSCRIPT — DRAFT 2", "Saturday, 23rd.", "Interpreter: Yusuf Warsame", "Page 2",
    # Parliaments: a French minister's label, the chair changing hands, offices with commas, the Diet's and the
    # Riksdag's labels, the Bundestag's running head and margin letters, a page's bare number far in.
    "Mme Élisabeth Borne, Première ministre.", "PRESIDENZA DEL VICEPRESIDENTE GIORGIO MULÈ",
    "Présidence de Mme Valérie Rabault,\nvice-présidente", "La señora MINISTRA DE TRANSPORTES, MOVILIDAD Y",
    "AGENDA URBANA (Sánchez Pérez):", "Klara Geywitz, Bundesministerin für Wohnen, Stadtentwicklung und Bauwesen:",
    "Sr.as e Srs.", "Deputados:", "○佐藤（花）委員", "○林国務大臣", "Anf. 3", "TREDJE VICE TALMANNEN:",
    "Deutscher Bundestag – 20. Wahlperiode – 87. Sitzung          10235", "(A)          (C)",
    "                         18",
    # Courts and closings: a signatory's comma, a roll's membrane, the sessions papers' witnesses, a French court's
    # dashed labels, a witness affirmed after a colon.
    "W. F. KESSLER,\nSecretary.", "m. 4d.", "Le Secrétaire général\nde la Présidence,", "Étienne BURIN des ROZIERS",
    "Cross-examined by MR. WARTON.", "ELLEN MARSH.", "WILLIAM HOSKINS (Policeman K 218).", "Prisoner's Defence.",
    "Le Président. —", "M. l'Avocat général :", "Bundeskanzler:", "DOUGLAS FERRANTE: AFFIRMED",
    # Cold War records in translation: a resolution's label, two letters' initials, a supplied part of a name, a
    # marker on a name, a cable's title, a translator's credit, a surname or an office over a signature.
    "Resolution:", "Comrade Yu. V. Andropov:", "Comrade Gh. Gheorghiu-Dej (Romania):", "Peng [Dehuai] said",
    "Truong Chinh[2] said", "conveyed", "Cable from the Chinese Embassy in Moscow", "Translated by Oldřich Tůma.",
    "Mielke\nColonel General", "Ambassador of the USSR in the PRC\nP. Yudin",
    # This session's: Chinese turns a line each and dates in Chinese numerals; dates between slashes; a telegram's
    # signing office and a memorandum's distribution; responses and an interpreter in brackets; offices before a
    # holder; two speakers of one turn; initials defined in brackets; lines between turns; signatures; headings.
    "毛泽东：欢迎你们来北京。\n赫鲁晓夫：谢谢。", "一九五八年七月三十一日", "25/02/2019", "02/25/2019",
    "Embassy in the Soviet Union", "Sent to:", "cc:", "[agrees]", "[Interjections.]", "[Interpreter]:",
    "Navy Minister Oikawa:", "President\nof the Privy Council Hara:",
    "Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated", "Dr H. Okafor (HO);", "HO:", "RT said",
    "Chair: Dr Helen Okafor, Consultant", "[14:02]", "Tape ends.", "Operator's note:", "KM joined the meeting.",
    "After discussion, it was\nRESOLVED THAT", "Signed ........ Chair", "_______________\nMartha Klinger, Clerk",
    "W. Drummond, Sgt.", "CALL TO ORDER\nPresident Farrow called", "Zu 1.:", "[The information referred to follows:]",
    "Prepared Statement of Eleanor V. Marsh", "3. My colleague tells me", "I should be grateful",
]
# Tokens of one line, for the transcripts built line by line (a token with a line break in it would put the
# words after it on a line of their own, unnumbered, against what the strategy says of its lines).
LINE_TOKENS = [token for token in TOKENS if "\n" not in token]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n\n\n\n", "\t", "  ", "\f", "\r\n", ""]
_OPENS_A_NOTE = re.compile(r"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\*+|[†‡]) ")


@st.composite
def transcripts(draw) -> str:
    pieces = draw(st.lists(st.tuples(st.sampled_from(TOKENS), st.sampled_from(SEPARATORS)), max_size=60))
    text = "".join(token + separator for token, separator in pieces)
    if draw(st.booleans()):
        text = " " + text  # a leading space, as in PDF extractions
    return text


def numbered(lines: list[str], per_page: int, printed: bool, feeds: bool, margin: str, first_page: int,
             spacing: str = "\n", page: str = "{}") -> tuple[str, list[str]]:
    """A transcript of these lines numbered in the margin as court reporters number it, 1 … on each page,
    and its numbers in order: maybe each page's number printed above its first line, maybe a form feed
    between pages, maybe double-spaced (``spacing``)."""
    out, numbers = [], []
    for k, text in enumerate(lines):
        n = k % per_page + 1
        if n == 1 and k and feeds:
            out.append("\f")
        if n == 1 and printed:
            out.append(" " * 60 + page.format(first_page + k // per_page))
        out.append((margin.format(n) + text).rstrip())
        numbers.append(str(n))
    return spacing.join(out) + "\n", numbers


MARGINS = ["{:>2}   ", "{} ", "{:>2}\t", "  {:>2}  "]


@st.composite
def numbered_transcripts(draw) -> tuple[str, list[str]]:
    """Pages of 10–28 lines numbered in the margin, blank lines numbered too, and the numbers in order."""
    count = draw(st.integers(20, 70))
    line = st.lists(st.sampled_from(LINE_TOKENS), max_size=6).map(" ".join)
    return numbered(draw(st.lists(line, min_size=count, max_size=count)), draw(st.integers(10, 28)),
                    draw(st.booleans()), draw(st.booleans()), draw(st.sampled_from(MARGINS)),
                    draw(st.integers(1, 400)), draw(st.sampled_from(["\n", "\n\n"])),
                    draw(st.sampled_from(["{}", "Page {}"])))


HEADS = ["SECRET", "TOP SECRET", "Wilson Center Digital Archive      Original Scan", "Page {n} of 9", "- {n} -",
         "{n}", "[{n}]", "CONFIDENTIAL — file 12/{n}", "INTERVIEWER:", "p. {n}",
         "Ellison interview, 9 June 1994      Page {n}", "Deutscher Bundestag – 20. Wahlperiode – 87. Sitzung      {n}"]


@st.composite
def furnished_transcripts(draw) -> str:
    """Pages of token lines with what pages print beside the text: a running head or foot, a page's number
    (running on, or not), on every page or some; pages turned by form feeds or runs of blank lines."""
    pages = draw(st.integers(2, 6))
    line = st.lists(st.sampled_from(LINE_TOKENS), min_size=1, max_size=8).map(" ".join)
    head, foot = draw(st.sampled_from([None, *HEADS])), draw(st.sampled_from([None, *HEADS]))
    first = draw(st.integers(1, 50))
    step = draw(st.sampled_from([1, 1, 2, 0]))
    out = []
    for k in range(pages):
        lines = draw(st.lists(line, min_size=1, max_size=10))
        gap = draw(st.sampled_from(["\n", "\n\n"]))
        n = first + k * step
        if head is not None and draw(st.integers(0, 4)):
            lines.insert(0, head.format(n=n) + gap.rstrip("\n"))
        if foot is not None and draw(st.integers(0, 4)):
            lines.append(gap.lstrip("\n") + foot.format(n=n))
        out.append("\n".join(lines))
    return draw(st.sampled_from(["\f", "\n\n\n\n", "\n\n\n", "\n\f\n"])).join(out) + "\n"


@st.composite
def noted_pages(draw) -> tuple[str, int]:
    """Pages of token lines whose markers ([1], [2]; or ¹, ²) name notes printed at the page's foot ("1 A note.";
    "¹ A note."), and how many notes stand at the feet of pages with another page after them."""
    pages = draw(st.integers(2, 5))
    # (no line of the pages' words opens as a note does, "¹ The treaty.": a last page of such lines is its notes after
    # the record, and the notes at the foot of the page above it theirs, as tests/test_blocks.py holds)
    words = [token for token in LINE_TOKENS if not _OPENS_A_NOTE.match(token)]
    raised = draw(st.booleans())
    marker = (lambda n: "⁰¹²³"[n]) if raised else (lambda n: f" [{n}]")
    head = (lambda n: "⁰¹²³"[n]) if raised else str
    line = st.lists(st.sampled_from(words), min_size=1, max_size=8).map(" ".join)
    out, inside = [], 0
    for k in range(pages):
        notes = draw(st.integers(0, 3))
        lines = draw(st.lists(line, min_size=1, max_size=6))
        # (each page its own words: lines that pages repeat are their running heads)
        word = ("alpha", "beta", "gamma", "delta", "epsilon")[k]
        lines[-1] += f" {word}" + "".join(f" text{marker(n)}" for n in range(1, notes + 1)) + " ends here."
        if notes:
            lines.append("\n" + "\n".join(f"{head(n)} Note {n} of the {word} page." for n in range(1, notes + 1)))
            inside += notes if k < pages - 1 else 0
        out.append("\n".join(lines))
    return draw(st.sampled_from(["\f", "\n\f\n"])).join(out) + "\n", inside


# Any text at all, from the characters XML allows (the encoder must never crash on it).
xml_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\ufffe\uffff",
                           max_codepoint=0x2FFFF).filter(lambda c: c in "\t\n\r\f" or ord(c) >= 0x20),
    max_size=200,
)
