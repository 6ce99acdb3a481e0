"""Speaker turns: where a paragraph opens with a person speaking.

Records of conversation name their speakers in many ways (``STALIN answers
that``, ``Comrade STALIN``, ``STALIN. This would be good.``, ``DR. EVATT:``,
``Mr. Kissinger:``, ``Zhou Enlai says``, ``The Prime Minister said``). A name at
the start of a paragraph is only a speaker when the evidence says so, because
the same shape also opens ordinary prose (``USSR. He says``, ``WHEAT:``). Verbs of
speaking are English's, and also French's, German's, Spanish's, Italian's or
Russian's when the sidecar names the transcript's language (``speech_verbs``).

Evidence, strongest first (the rule name and certainty go into the TEI so an
editor can review what was inferred):

=================  =====================================================  =========
rule               shape                                                  certainty
=================  =====================================================  =========
register           the name is in the sidecar's register                  high
speech-verb        a name, then a verb of speaking (``says``, ``asked``)  high
titled-colon       a title and a name, then a colon (``Mr. Kissinger:``)  high
titled-period      a title and a name in capitals, then a full stop, as   medium
                   hearings write them (``Senator FULBRIGHT. We …``,
                   ``The CHAIRMAN. The committee …``)
repeated-colon     ``NAME:`` used as a label more than once               medium
numbered-speech    ``NAME:`` after a speech's printed number, once too    medium
                   (``Anf. 3  TREDJE VICE TALMANNEN:``, the Riksdag's)
joint-turn         two titled names joined by "and", then a verb, as      high
                   summary records set two delegates' turn (``Mr.
                   BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile) associated
                   themselves …``): each a delegate's name in capitals
                   and brackets, or a label the record uses elsewhere
answering-colon    ``NAME:`` used once, between two turns of one other     low
                   speaker's label (``STALIN: …`` / ``ZHOU: Good.`` /
                   ``STALIN: …``): the other side of the dialogue; or
                   between two others' labels, or as the record's
                   first turn, a name set as the record's repeated
                   ones are (``Rusk:`` among ``McNamara:``; ``RFK:``
                   beside ``JFK:``; in capitals before a sentence)
timed-label        a name and a recording's offset alone on a line, above  medium
                   the speech (``Speaker 2  1:04``), or the offset in
                   brackets before it (``[00:00:03] Speaker 1``), used
                   more than once, the offsets running forward (above
                   the speech, once where another name is so set more
                   than once)
name-above         a name in capitals alone on a line, above the speech   medium
                   (``HALE``): two speakers so named more than once, one
                   of them by a role, a title or the register
known-name         ``NAME.``, ``NAME,`` or ``NAME verb`` for a name that   medium
                   the rules above already proved to be a speaker
action-verb        ``UPPERCASE NAME`` then a third-person verb             medium
examination        a court record's ``Q.`` and ``A.``, in a record that    medium
                   names its examiner (``BY MR. SMITH:``): the question
                   the examiner's, the answer the witness's
=================  =====================================================  =========
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

from .diagnostics import assigning_init

# Verbs of what a speaker thought or felt, which minutes report as speech ("MR EDEN felt that …"), but which a
# state's name takes as often ("Japan considered that …"): after a name of one word alone, no turn.
OPINION_VERBS = frozenset("""felt feels thought thinks believed believes considered considers hoped hopes feared fears
    wished wishes regretted regrets""".split())
# Verbs that introduce reported speech in minutes and records of conversation.
SPEECH_VERBS = frozenset("""
    says said answers answered asks asked adds added replies replied responds responded
    notes noted remarks remarked emphasizes emphasized emphasises emphasised explains explained
    states stated declares declared agrees agreed objects objected observes observed
    points pointed suggests suggested proposes proposed continues continued reports reported
    repeats repeated mentions mentioned concedes conceded introduces introduced raises raised
    shifts shifted talks talked acknowledges acknowledged affirms affirmed underscores
    underscored confirms confirmed inquires inquired enquires enquired stresses stressed
    recalls recalled reminds reminded insists insisted interjects interjected interrupts
    interrupted intervenes intervened informs informed concludes concluded summarizes
    summarized summarises summarised comments commented thanks thanked welcomes welcomed
    expresses expressed requests requested urges urged argues argued maintains maintained
    claims claimed warns warned assures assured announces announced wonders wondered
    doubts doubted refers referred reiterates reiterated greets greeted opens opened
    begins began closes closed returns returned replies interposes interposed
    underlines underlined indicates indicated describes described speaks spoke discusses discussed
    outlines outlined drew draws queried queries asserted asserts contended contends submitted submits
    opposes opposed supports supported seconds seconded moves moved
    recognised recognized recognises recognizes accepted accepts ruled
    intimates intimated conveys conveyed
""".split()) | OPINION_VERBS  # ("intimated": announced, as a kirk session's or a Scots council's minutes write it)

# The same in the languages records are kept in, for a transcript whose sidecar names its language:
# the third person, present and past, that minutes use.
_SPEECH_VERBS_IN = {
    "fr": """dit disait déclare déclara déclarait répond répondit répondait demande demanda demandait ajoute
             ajouta ajoutait souligne souligna note nota remarque remarqua explique expliqua indique indiqua
             poursuit poursuivit propose proposa observe observa affirme affirma rappelle rappela insiste
             insista constate constata précise précisa estime estima expose exposa réplique répliqua conclut
             confirme confirma assure assura exprime exprima remercie remercia évoque évoqua relève releva
             reprend reprit objecte objecta intervient intervint souhaite souhaita fait fit faisait
             signale signala informe informa annonce annonça interroge interrogea suggère suggéra regrette
             regretta rapporte rapporta présente présenta rend rendit""",
    "de": """sagt sagte erklärt erklärte antwortet antwortete fragt fragte fügt fügte bemerkt bemerkte betont
             betonte meint meinte erwidert erwiderte entgegnet entgegnete führt führte stellt stellte weist
             wies schlägt schlug unterstreicht unterstrich äußert äußerte bejaht bejahte verneint verneinte
             stimmt stimmte erläutert erläuterte ergänzt ergänzte hebt hob bittet bat dankt dankte berichtet
             berichtete teilt teilte versichert versicherte bestätigt bestätigte widerspricht widersprach
             wendet wandte wirft warf legt legte begrüßt begrüßte regt regte erinnert erinnerte verweist
             verwies schildert schilderte bezeichnet bezeichnete""",
    "es": """dice dijo declara declaró responde respondió contesta contestó pregunta preguntó añade añadió
             agrega agregó señala señaló subraya subrayó explica explicó indica indicó observa observó
             afirma afirmó propone propuso insiste insistió manifiesta manifestó expresa expresó comenta
             comentó recuerda recordó replica replicó asegura aseguró reitera reiteró sugiere sugirió agradece
             agradeció destaca destacó precisa precisó puntualiza puntualizó advierte advirtió plantea planteó
             concluye concluyó prosigue prosiguió interviene intervino aclara aclaró reconoce reconoció informa
             informó expone expuso""",
    "it": """dice disse dichiara dichiarò risponde rispose domanda domandò chiede chiese aggiunge aggiunse
             sottolinea sottolineò osserva osservò spiega spiegò afferma affermò propone propose rileva
             rilevò ricorda ricordò replica replicò precisa precisò ribadisce ribadì conclude concluse prosegue
             proseguì interviene intervenne evidenzia evidenziò nota notò accenna accennò ringrazia ringraziò
             esprime espresse assicura assicurò conferma confermò riconosce riconobbe sostiene sostenne""",
    "ru": """говорит сказал сказала заявляет заявил заявила отвечает ответил ответила спрашивает спросил
             спросила добавляет добавил добавила отмечает отметил отметила подчеркивает подчеркнул
             подчеркнула подчёркивает замечает заметил заметила указывает указал указала предлагает
             предложил предложила продолжает продолжил продолжила поясняет пояснил пояснила
             сообщает сообщил сообщила считает""",
    "pt": """diz disse declara declarou responde respondeu pergunta perguntou acrescenta acrescentou observa
             observou afirma afirmou sublinha sublinhou explica explicou salienta salientou refere referiu
             frisa frisou lembra lembrou comenta comentou indica indicou replica replicou agradece agradeceu
             manifesta manifestou conclui concluiu insiste insistiu propõe propôs""",
    "nl": """zegt zei antwoordt antwoordde vraagt vroeg verklaart verklaarde benadrukt benadrukte stelt stelde
             merkt merkte voegt voegde""",
    "pl": """mówi powiedział powiedziała odpowiada odpowiedział odpowiedziała pyta zapytał zapytała dodaje dodał
             dodała stwierdza stwierdził stwierdziła podkreśla podkreślił podkreśliła zaznacza zaznaczył
             zaznaczyła oświadcza oświadczył oświadczyła wyjaśnia wyjaśnił wyjaśniła zauważa zauważył zauważyła""",
    "cs": """říká řekl řekla odpovídá odpověděl odpověděla ptá zeptal zeptala prohlásil prohlásila uvedl uvedla
             dodal dodala zdůraznil zdůraznila poznamenal poznamenala sdělil sdělila""",
    "sv": """säger sade sa svarar svarade frågar frågade tillägger tillade betonar betonade påpekar påpekade
             förklarar förklarade framhåller framhöll understryker underströk konstaterar konstaterade menar
             menade meddelar meddelade uppger uppgav föreslår föreslog fortsätter fortsatte tackar tackade""",
    "da": """siger sagde svarer svarede spørger spurgte tilføjer tilføjede understreger understregede påpeger
             påpegede forklarer forklarede fremhæver fremhævede bemærker bemærkede konstaterer konstaterede
             meddeler meddelte oplyser oplyste foreslår foreslog fortsætter fortsatte takker takkede erklærer
             erklærede""",
    "no": """sier sa svarer svarte spør spurte tilføyer tilføyde understreker understreket påpeker påpekte
             forklarer forklarte fremhever fremhevet bemerker bemerket konstaterer konstaterte meddeler meddelte
             opplyser opplyste foreslår foreslo fortsetter fortsatte takker takket erklærer erklærte""",
    "fi": """sanoo sanoi vastaa vastasi kysyy kysyi lisää lisäsi korostaa korosti huomauttaa huomautti toteaa
             totesi selittää selitti ilmoittaa ilmoitti ehdottaa ehdotti jatkaa jatkoi kiittää kiitti painottaa
             painotti muistuttaa muistutti kertoo kertoi""",
    "hu": """mondta elmondta mondja válaszolt válaszolta felelt felelte kérdezte megkérdezte hozzátette
             hangsúlyozta kijelentette megjegyezte jelezte közölte kifejtette javasolta folytatta megköszönte
             rámutatott emlékeztetett""",
    "ro": """spune spuse răspunde răspunse întreabă întrebă adaugă adăugă subliniază subliniă declară arată
             precizează menționează afirmă explică propune""",
    "tr": """söyledi dedi belirtti ekledi sordu yanıtladı cevapladı vurguladı açıkladı bildirdi kaydetti önerdi
             hatırlattı ifade""",
    "el": """είπε λέει δήλωσε δηλώνει απάντησε απαντά ρώτησε ρωτά πρόσθεσε προσθέτει τόνισε τονίζει σημείωσε
             σημειώνει παρατήρησε παρατηρεί υπογράμμισε υπογραμμίζει εξήγησε εξηγεί ανέφερε αναφέρει
             υπενθύμισε επεσήμανε πρότεινε προτείνει συνέχισε ευχαρίστησε διαβεβαίωσε""",
}


# Compound pasts, the auxiliary and the participle, as Italian minutes write them ("Il Presidente Moro ha
# osservato che …"), French ("M. Schuman a déclaré que …") and Spanish ("El Ministro ha señalado que …"):
# each is one verb of the set, the two words with a space between them.
_COMPOUND_VERBS_IN = {
    "it": ("ha", """detto osservato risposto aggiunto dichiarato sottolineato affermato chiesto domandato spiegato
                    proposto ricordato rilevato precisato replicato ribadito concluso evidenziato notato
                    ringraziato espresso assicurato confermato"""),
    "fr": ("a", """déclaré répondu demandé ajouté souligné noté remarqué expliqué indiqué proposé observé affirmé
                   rappelé insisté constaté précisé estimé dit exposé répliqué conclu confirmé assuré exprimé
                   remercié évoqué relevé"""),
    "ro": ("a", """spus răspuns întrebat adăugat subliniat declarat arătat precizat menționat afirmat explicat
                   propus mulțumit remarcat observat"""),
    # (Norwegian's "la til", added: the verb and its particle, as a compound's two words)
    "no": ("la", "til"),
    "es": ("ha", """dicho señalado manifestado expresado indicado respondido contestado preguntado añadido
                    declarado explicado subrayado afirmado"""),
}


_SAME_VERBS = {"nb": "no", "nn": "no"}  # Norwegian's written standards, under its own tag


@lru_cache(maxsize=None)
def speech_verbs(language: str | None) -> frozenset[str]:
    """The verbs of speaking for a transcript in ``language`` (BCP 47: ``fr``, ``de-CH``): its own and
    English's, since records in one language quote the other; English's alone for any other."""
    primary = (language or "en").split("-")[0].lower()
    primary = _SAME_VERBS.get(primary, primary)
    own = _SPEECH_VERBS_IN.get(primary)
    if not own:
        return SPEECH_VERBS
    auxiliary, participles = _COMPOUND_VERBS_IN.get(primary, ("", ""))
    return SPEECH_VERBS | frozenset(own.split()) | frozenset(f"{auxiliary} {word}" for word in participles.split())


def language_of_verbs(openings: list[str]) -> str | None:
    """The language whose verbs of speaking, not English's, open two paragraphs or more, and more than any
    other's ("M. SPAAK déclare que …" / "M. PINEAU répond que …"): a record too short to tell by its words."""
    # (English's verbs read none of them: no shape, or a name and a comma with no verb of English's after it)
    unread = [text for text in openings if (start := match_turn_start(text)) is None or start.shape == "comma"]
    counts = {}
    for language in _SPEECH_VERBS_IN:
        verbs = speech_verbs(language)
        counts[language] = sum(1 for text in unread if (start := match_turn_start(text, verbs)) is not None
                               and start.shape in ("verb", "comma-verb"))  # (Turkish's verb ends the sentence)
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


# Words that may stand between a speaker's name and the verb (``Mr Tang then asked``).
ADVERBS = frozenset("then also again further first lastly finally now briefly once later next thereupon still".split())

# Auxiliaries and modals: ``USSR has``, ``PRC should`` are prose, never a turn.
NOT_VERBS = frozenset("""
    is was are were be been has had have do does did should would will shall can could
    may might must ought and or of in on at to for from with by as that the a an
    appeared appears conducted conducts prosecuted defended
""".split())  # ("MR HALE appeared on behalf of the Prosecution", "MR. DOWLING conducted the Prosecution": a court's
# appearances, the record's, no speech; the last had been a turn holding every witness's evidence after it)

# A police officer's rank before the name, in capitals and never with a full stop ("DC JONES:", "DS Patel"): a title,
# but no abbreviation that a name must follow ("Washington, DC." ends its sentence).
UNDOTTED_TITLES = frozenset("dc ds di dci dsu pc".split())
# Forenames as older clerks abbreviated them, with a full stop: a name's word, as an initial is ("Mr Wm. Harcourt", "Mr
# Thos. Ashby" had been persons "Mr Wm" and "Mr Thos").
# Each written out, for the same person named in full ("Thos. Pyke" under the minutes signs for "Mr. Thomas Pyke" of
# those present: they had been two persons).
WRITTEN_OUT_FORENAMES = {"wm": "william", "thos": "thomas", "jno": "john", "jas": "james", "geo": "george",
                         "chas": "charles", "robt": "robert", "richd": "richard", "saml": "samuel", "benj": "benjamin",
                         "edwd": "edward", "edw": "edward", "hy": "henry", "fredk": "frederick", "jos": "joseph",
                         "nathl": "nathaniel", "danl": "daniel", "alexr": "alexander", "christr": "christopher",
                         "abm": "abraham", "margt": "margaret", "eliz": "elizabeth"}
ABBREVIATED_FORENAMES = frozenset(WRITTEN_OUT_FORENAMES)


def forenames_written_out(key: str) -> str:
    """A name's key with its abbreviated forenames written out ("thos pyke" → "thomas pyke"); the key if it has none."""
    words = key.split()
    if len(words) < 2 or not any(word in WRITTEN_OUT_FORENAMES for word in words[:-1]):
        return key
    return " ".join([*(WRITTEN_OUT_FORENAMES.get(word, word) for word in words[:-1]), words[-1]])

# Titles and forms of address that may precede a name (compared without case or dot).
TITLES = UNDOTTED_TITLES | frozenset("""
    comrade comrades comr comrs mr mrs ms miss dr sir lord lady general gen marshal admiral m mlle
    colonel col major captain capt ambassador senator secretary president premier pm chairman chancellor
    counsellor counselor
    minister professor prof madame madam dame mme monsieur herr frau prince king queen father rev judge
    revd reverend canon archdeacon prebendary archbishop cardinal fru fröken statsrådet
    governor count mister messrs baron baroness countess marquis marquess viscount earl duke duchess
    sen rep amb gov adm lt sgt cdr maj brig pres sec sig dott avv ing justice hon deputy right rt
    shri shrimati smt kumari sushri pandit seth sardar
    général président présidente chancelier ministre secrétaire ambassadeur maréchal
    kanzler bundeskanzler bundeskanzlerin präsident botschafter staatssekretär genosse genossin genossen
    ministerpräsident bundesminister außenminister bundesaußenminister bundespräsident staatspräsident
    vizepräsident alterspräsident bundestagspräsident abgeordneter abgeordnete staatsminister vorsitzende
    vorsitzender präsidentin vizepräsidentin ministerin bundesministerin
    angeklagte angeklagter zeuge zeugin verteidiger verteidigerin staatsanwalt staatsanwältin oberstaatsanwalt
    oberstaatsanwältin sachverständige sachverständiger nebenkläger nebenklägerin beisitzer beisitzerin
    protokollführer protokollführerin dolmetscher dolmetscherin
    accusé accusée témoin prévenu prévenue
    bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin gemeinderat gemeinderätin stadtrat stadträtin
    ratsherr ratsfrau landrat landrätin kreisrat kreisrätin ortsvorsteher ortsvorsteherin
    generalsekretär gesandter premierminister vizekanzler ministerialdirektor ministerialdirigent botschaftsrat
    sottosegretario segretario subsecretario
    towarzysz soudruh soudružka tovarăș tovarăşul tovarășul druže
    presidente presidenta vicepresidente vicepresidenta ministro ministra embajador secretario secretaria canciller
    generale ambasciatore
    comandante coronel teniente capitán almirante doctor licenciado ingeniero señor sr señora sra compañero compañera
    excmo excma ilmo ilma d.ª dª doña dña
    primeiro-ministro primeira-ministra vice-presidente vice-presidenta
    camarade camarades camarada senhor senhora doutor onorevole signor signore dottore dott compagno commandant capitaine docteur
    oberst hauptmann полковник капитан академик доктор
    tow pani ambasador prezydent heer mevrouw velvyslanec předseda embaixador
    poseł posłanka wicemarszałek przewodniczący przewodnicząca voorzitter staatssecretaris secretaris burgemeester
    griffier wethouder
    т тов товарищ товарищи господин г-н мистер посол министр председатель премьер генерал маршал
    президент
    thủ tướng đại chủ tịch bộ trưởng đồng chí ông bà sứ
    κ πρωθυπουργός πρέσβης πρόεδρος υπουργός υφυπουργός στρατηγός αρχιεπίσκοπος προεδρεύων προεδρεύουσα
    προεδρος προεδρευων προεδρευουσα
    statsminister statsministern statsministeren ambassadör ambassadören ambassadør ambassadøren utrikesminister
    utrikesministern udenrigsminister udenrigsministeren utenriksminister utenriksministeren ministern ministeren
    formanden næstformanden presidenten visepresidenten talmannen ordföranden
    pääministeri suurlähettiläs ulkoministeri presidentti ministeri puhemies varapuhemies
    esimees aseesimees peaminister välisminister justiitsminister rahandusminister kaitseminister siseminister
    mag mmag dipl.-ing llywydd
    insp inspector sergeant constable detective cllr cr councillor alderman bro bros brother brothers sister
    clerk trustee commissioner selectman selectwoman supervisor treasurer moderator member members
    chairperson chairwoman convener convenor director superintendent
    mayor councilmember councilmembers councilman councilwoman alderwoman aldermen manager attorney
    श्री श्रीमती सुश्री कुमारी डॉ डा प्रो माननीय
    miniszterelnök nagykövet külügyminiszter elnök
    tovarășa domnul doamna ambasadorul ministrul președintele premierul tovarăş tovarăşa preşedintele
    başbakan büyükelçi bakan cumhurbaşkanı sayın
""".split())

# Titles of courtesy, which any man or woman of a record may bear: no office.
COURTESIES = frozenset("""mr mrs ms miss mister dr sir lady dame lord madame madam mme monsieur herr frau comr comrade
                          comrades comrs camarade camarades messrs т тов товарищ товарищи господин г-н мистер ông bà hon right rt deputy
                          shri shrimati smt kumari sushri pandit seth sardar bro bros brother brothers sister""".split())

# A courtesy before a name of particles ("Mr. de LA BARRE de NANTEUIL", "M. de la Tour"), no office of anything.
_COURTESY_WORDS = COURTESIES | frozenset({"m", "mm", "messrs"})
# What a legislature sets after a member's name in capitals, before the label's sign: the state ("Mr. SMITH of
# Texas."), or the office's standing ("The SPEAKER pro tempore."); and that tail in the label's key.
_LABEL_TAIL = re.compile(r" ((?:of|from) (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+|pro tempore)[.:](?:[ \t]?[-–—](?=[ \t]|[^\W\d_]))?"
                         r"(?=\s|[^\W\d_])")
_KEY_TAIL = re.compile(r" (?:of|from|pro) .*$")
_US_STATES = frozenset("""Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi
    Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
    Wisconsin Wyoming""".split()) | {"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
                                      "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"}
_TAIL_WORDS = (" of ", " from ", " pro ")
# The subject a verb later in the sentence may have instead of the name before the comma ("Manila, he said, …").
_PRONOUNS = frozenset("he she they we i it one who".split())
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")  # a footnote's marker, a word of its own after a name
_MARK_ON_NAME = re.compile(r"(?<=[^\W\d_]{2})\[\d{1,3}\]$")  # and one on a name's last word
# Words that open a sentence and never continue a name.
_SENTENCE_OPENERS = frozenset("The He She It They We This That These Those His Her Their Its Our".split())
# Going on is speaking on, after a name: "KISHI then went on: 'I believe …'".
_GOES_ON = frozenset("went goes".split())

# In brackets after an office alone, its holder's names and a comma ("Präsident (Aebi Andreas, Präsident):").
_HOLDER_AND_OFFICE = re.compile(r"\s+\(\s*[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){1,3},")
# Or the holder's names alone, as Denmark's Folketing sets its chair's and ministers' labels: "Formanden (Søren
# Gade):", "Statsministeren (Mette Frederiksen):".
_HOLDER_ALONE = re.compile(r"\s+\(\s*[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){1,3}\s*\):")
# A member's party in small letters after the name, before the colon, as Finland's Eduskunta sets it.
_PARTY_ABBREVIATIONS = frozenset("kok sd ps kesk vihr vas r kd liik".split())
# Letters after a member's name that say what house the member sits in, before the colon ("Andrew RT Davies MS:").
_POSTNOMINALS = frozenset("MS MSP MP MLA TD AM".split())

# Titles set after the name (Hungarian: "Kádár elvtárs", comrade Kádár; "Nagy úr", Mr Nagy).
TRAILING_TITLES = frozenset("elvtárs elvtársnő elvtársak úr asszony".split())

# The article before an office in the languages whose verbs the encoder knows: "Le général de Gaulle dit",
# "Der Bundeskanzler erklärte", "El presidente dijo" (English's "The" is read on its own).
ARTICLES = frozenset("Le La Der Die De El Il Lo O Ο Η".split())  # (Dutch "De", Portuguese "O"; the last two Greek's)
# Small words inside a name, before its capitalised part: "de Gaulle", "von Ribbentrop", "van Kleffens".
NAME_PARTICLES = frozenset("de du des da di del della van von ter ten bin ibn al le la der den wa".split())

# Adverbs between an aside's closing comma and the verb: "STALIN, turning to Zhou, then asked …".
_AFTER_ASIDE = frozenset("then also again further later finally now thereupon next".split())

# Capitalised words that open ordinary sentences and are never a speaker's name.
NOT_NAMES = frozenset("""
    he she it they we i you this that these those there here then when if but and as in on
    at of for with by from after before since while although regarding concerning a an his
    her their our my its let now so yet also both each every all some no not such what which
    who whom whose why how where throughout during following under over upon against between
    among through without within once even only perhaps however moreover furthermore therefore
    thus hence meanwhile in addition according besides finally first secondly thirdly lastly
    today yesterday tomorrow present participants recorded signed embassy consulate department
    meeting session sitting hearing minutes agenda respectfully
    yes ayes aye yeas noes nays nay abstain abstained abstaining abstentions absent
    stemming stemverklaring abstimmung
    zur zum vom beim auf
""".split())  # (the last, a vote's: "Yes: 41     No: 77" had been a person "Yes" and the record after it theirs;
# a Dutch council's "Stemming: voor het amendement stemmen …" a person "Stemming")

# An office of two to eight words (its links in small letters), then a name in brackets, of up to four words and a
# courtesy before them, and the label's colon: "Minister for Industry and Commerce (Mr. Lemass):".
_OFFICE_AND_HOLDER = re.compile(r"([^\W\d_a-z][\w'’-]*"
                                r"(?:\s+(?:of|for|and|the|in|without|[^\W\d_a-z][\w'’-]*)){1,7})"
                                r"\s+\(\s*(?:(?:Mr|Mrs|Ms|Dr|Miss|Shri|Smt)\.?\s+)?[^\W\d_a-z][\w'’-]*"
                                r"(?:\s+[^\W\d_a-z][\w'’.-]*){0,3}\s*\):")


_CAPITALS_OFFICE_AND_HOLDER = re.compile(r"THE\s+((?:[A-Z][A-Z'’-]*,?\s+){1,15}?[A-Z][A-Z'’-]*)\s*\(\s*"
                                         r"(?:SHRI|SHRIMATI|SMT\.?|KUMARI|SUSHRI|DR\.?|PROF\.?|MR\.?|MRS\.?|MS\.?)"
                                         r"\s+[A-Z][A-Z.'’ -]{1,60}?\s*\):")


# "La señora"/"El señor", an office in capitals, what it is of too (commas and its "Y" in it), and the holder in
# brackets, as the Congreso de los Diputados sets a member of the government's label: "La señora MINISTRA DE
# TRANSPORTES, MOVILIDAD Y AGENDA URBANA (Sánchez Pérez):", over two lines too.
_CONGRESO_OFFICE_AND_HOLDER = re.compile(r"(?:La\s+señora|El\s+señor)\s+((?:[^\W\d_a-z][^\W\d_a-z'’-]*,?\s+){0,20}?"
                                         r"[^\W\d_a-z][^\W\d_a-z'’-]*)\s*\(\s*([^\W\d_a-z][^()\n:]{1,60}?)\s*\):")
_CONGRESO_COURTESIES = frozenset({"señora", "señor"})


_OFFICE_PHRASE_LINKS = frozenset("für und des der die im and of for the de del y e la el et du".split())


def _office_phrase_colon(text: str, at: int) -> int:
    """Where the colon of an office's words after a name's comma stands ("…, Bundesministerin für Wohnen,
    Stadtentwicklung und Bauwesen:"), commas among them: an office first, then only capitalised words and the
    links between them, up to the colon; else -1."""
    colon = text.find(":", at, at + _OFFICE_LABEL)
    words = text[at:colon].split() if colon > 0 else ()
    if len(words) < 2 or _fold(words[0]) not in TITLES or words[0][-1:] in ".,":
        return -1
    for word in words:
        core = word[:-1] if word[-1:] == "," else word
        if not core or not (core[:1].isupper() and core.isalpha() or core in _OFFICE_PHRASE_LINKS):
            return -1
    return colon if text[colon + 1:colon + 2] in ("", " ", "\n") else -1


def _an_office(words: list[str]) -> bool:
    """Words that name an office alone: one that opens with an office and says what it is of ("Minister of
    Agriculture and Forestry"), or ends with a role ("Government Witness")."""
    if words[0] in ("The", "THE") or words[-1].isupper():
        return False  # (read as a role's label is: "The Chair (Mr. René Arseneault):", "THE PRESIDENT (…):")
    return _fold(words[0]) in TITLES and words[1] in _ROLE_LINKS or len(words) <= 3 and _fold(words[-1]) in (
        NUMBERED_ROLES | COURT_ROLES) and all(word[:1].isupper() for word in words)


def _verb_after_aside(text: str, at: int, verbs: frozenset[str]) -> bool:
    """Whether the aside at ``at``, in small letters, closes with a comma before a verb of speaking (an adverb
    between them too): "speaking on a point of order, asked …"."""
    comma = text.find(", ", at, at + _DIRECTION)
    if comma < 0 or any(sign in text[at:comma] for sign in ".:;!?()"):
        return False
    for word in text[comma + 2:comma + 40].split(None, 3)[:3]:
        lead = _LEAD_PUNCT.match(word)
        if lead is None or _fold(word) not in ADVERBS:
            return lead is not None and lead.group(1) in verbs and lead.group(1).islower()
    return False


def _an_office_after_comma(words: list[str]) -> bool:
    """Capitalised words and their links that end with an office or open as one does, after a name's comma: "Konoe,
    Prime Minister:", "Oikawa, Navy Minister:", "Nagano, Chief of the Navy General Staff:" (as the Imperial
    Conferences' minutes set them; only "Hara, President of the Privy Council:" had been read)."""
    return len(words) <= 8 and (_fold(words[-1]) in TITLES or _fold(words[0]) in TITLE_FIRST_WORDS) and all(
        word[:1].isupper() or word in _OFFICE_PHRASE_LINKS for word in words)


_HONOURABLE = frozenset("honourable honorable hon".split())  # (a style after "The", before a title)
# Honorifics that are also given names ("Seth Low said"): a title only before two words of a name ("Seth Govind Das").
_TITLES_AS_NAMES = frozenset({"seth"})

# The words of a style of address, which name no one alone ("The Right Hon.", "The Most Rev.").
_STYLES_ALONE = frozenset("the right rt hon honourable honorable most very rev revd reverend".split())

# A word and an English contraction after it: "I've", "we're", "it's", "that'll".
_CONTRACTION = re.compile(r"(\w+)['’](?:ve|re|ll|d|s|m)")

SENTENCE_END = tuple('.!?:;"\'”’)]')


@assigning_init
@dataclass(frozen=True, slots=True)
class TurnStart:
    """Where a speaker's name ends and the speech begins, in the unit's text."""

    name: str  # the name as written, with its title ("Comrade STALIN")
    key: str  # the name without title, for resolving to a person
    speaker_end: int  # end of the text that goes into <speaker>
    speech_start: int  # where the words of the first paragraph begin
    shape: str  # "verb", "colon", "period", "comma", "action", "timed", "above", "alone"
    titled: bool
    role: bool  # "The Prime Minister": a role, not a name
    # The keys of those who speak with the first, in a turn of two ("Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ (Chile)
    # associated themselves …", shape "joint"; ``_joint_start``)
    also: tuple[str, ...] = ()


_TOKEN = re.compile(r"\S+")
_LEAD_PUNCT = re.compile(r"^([^\W\d_]+)")  # a word's letters, before any sign (``says,`` ``répond,``)


def _fold(word: str) -> str:
    return word.strip(".,:;").lower()


def _is_upper_word(word: str) -> bool:
    if word.isascii():  # the same answer, without looking at each letter
        return word.isupper()
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 1 and all(c.isupper() for c in letters)


def _is_name_word(word: str) -> bool:
    """A word that can be part of a name: starts with a capital letter."""
    first = word[:1]
    if first.isalpha():  # the usual case, and never a quotation mark
        # (or a particle elided before a capital: "M. Giscard d'Estaing fait observer …", which had been words of the
        # turn before)
        return not first.islower() or first == "d" and word[1:2] in ("'", "’") and word[2:3].isupper()
    first = next((c for c in word if c.isalpha()), "")
    # Scripts without case (Chinese, Japanese …) can always begin a name.
    return bool(first) and not first.islower() and word[0] not in "\"'([“‘"


# (a letter of an Indic script with its vowel sign: "के.वी." is K.V.)
_INITIALS = re.compile(r"(?:[^\W\d_][\u0900-\u0903\u093a-\u094f\u0962\u0963]?\.){1,3}")


def _is_initial(word: str) -> bool:
    return "." in word and _INITIALS.fullmatch(word) is not None


def match_turn_start(text: str, verbs: frozenset[str] = SPEECH_VERBS) -> TurnStart | None:
    """The shape of a possible turn at the start of ``text``, or None.

    This reads only the shape; whether the shape is a turn is decided by
    :func:`accept` with the document's evidence. Only the first words matter.
    The answers are kept per document by the parser's ``Evidence``, which asks
    about every paragraph start once: kept across documents they were hardly
    ever asked for again, and keeping them cost more than reading.
    """
    if len(text) <= 80 and text[-1:] in ("D", "N") and WITNESS_ALONE.match(text) is not None:
        return None  # the witness sworn, no one's words ("LENA MORRISON: AFFIRMED", "JOHN SMITH, SWORN")
    if text.find("sworn", 0, 90) >= 0 or text.find("affirmed", 0, 90) >= 0:
        deposed = _SWORN_SAITH.match(text)
        if deposed is not None:  # "MARY ALDRED, sworn, saith:--I am the widow …", as a coroner's depositions set it
            end = deposed.end()
            return TurnStart(deposed.group(0).rstrip(), deposed.group(1), end, _speech_start(text, end), "colon", True,
                             False)
    if text.find(").", 0, 90) >= 0 and (called := _NAME_AND_CALLING.match(text)) is not None:
        # "WILLIAM HOSKINS (Policeman K 218). On 17th …": a witness in capitals, the calling in brackets, as the
        # sessions papers set one (a name and a full stop; a turn only where the record proves such names)
        end = called.end()
        return TurnStart(text[:end], called.group(1), end, _speech_start(text, end), "period", False, False)
    if text[:1] in "PT" and text.find("efen", 8, 24) >= 0 and (defence := _DEFENCE_SAID.match(text)) is not None:
        # "Prisoner's Defence. I was going to my work …": the prisoner's words, as the sessions papers head them
        end = defence.end()
        return TurnStart(text[:end], "Prisoner", end, _speech_start(text, end), "period", False, False)
    start = _match_prefix(text[:_LOOKAHEAD], verbs)
    if start is None and (text.find(". —", 0, 60) >= 0 or ("'" in text[:20] or "’" in text[:20]) and ":" in text[:60]) \
            and (dashed := _DASHED_LABEL.match(text)) is not None:
        # A French court's report, the label a full stop and a dash ("Le Président. — Accusé, levez-vous.", "M.
        # l'Avocat général. — …", "Le témoin. — …"): a turn where the record proves such labels, as a full stop's
        # are; or a colon after an office with its article elided ("M. l'Avocat général : …"), if titled
        end = dashed.end()
        name, article, titled = dashed.group(1), dashed.group(2), dashed.group(1)[:2] in ("M.", "Me", "Mm", "Ml")
        if titled or not dashed.group(3):  # (a colon's untitled words are asked as an office and its holder below)
            return TurnStart(name, name[len(article):] if article else name, end, _speech_start(text, end),
                             "colon" if dashed.group(3) else "period", titled, bool(article))
    if start is None and (text.find(" and M", 3, _JOINT_LABEL) > 0 or text.find(" and Sir", 3, _JOINT_LABEL) > 0) \
            and (joint := _joint_start(text, verbs)) is not None:
        return joint
    if start is None and ":" in text[:_OFFICE_LABEL]:
        return _office_and_holder(text)
    if start is None and text[1:2].isupper() and (initials := _TITLE_AS_INITIALS.match(text)) is not None \
            and initials.group(2) in verbs and _fold(initials.group(1)) in TITLES:
        # Initials that are a title's letters too, then a verb of speaking, as a case conference's notes call those
        # present ("Mr R. Tennant, Care Coordinator (RT)", then "RT said a home visit …"): a name, not a title
        # wanting one (it had been words of the turn before)
        end = initials.end(1)
        return TurnStart(initials.group(1), initials.group(1), end, end, "verb", False, False)
    if start is not None and start.shape == "colon" and not (start.titled or start.role) \
            and start.key.count(" ") >= 2 and (held := _office_and_holder(text)) is not None:
        return held  # "Navy Minister Oikawa:", "Foreign Minister Toyoda:": an office, its service first, and the
        # holder's surname, as the Imperial Conferences' records in English set them (it had been a name of three
        # words, the person #navy-minister-oikawa, and a turn only if the label came twice)
    if start is not None and (start.speech_start >= _LOOKAHEAD or start.shape == "verb" and (
            "  " in start.name or "\t" in start.name)):
        return None  # (and a log's columns, no name: "Land's End  Radio CTL acknowledges, …", a station and its remark)
    return start


# A deposition's witness sworn and what they said, run on: "MARY ALDRED, sworn, saith:--", "JOHN SMITH, being duly
# sworn, deposeth and saith:" (the oath as good as a title: each witness is so named once; they had been paragraphs).
_SWORN_SAITH = re.compile(r"([A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){1,5}),\s+(?:being\s+)?(?:(?:first\s+)?duly\s+)?"
                          r"(?:sworn|affirmed)(?:\s+and\s+examined)?,?\s+(?:saith|says|deposeth(?:\s+and\s+saith)?|"
                          r"deposes(?:\s+and\s+says)?)\s*[:.,;]?(?:\s*(?:-{1,2}|—|–))?")
_DASHED_LABEL = re.compile(r"(?=[A-ZÀ-Þ])((Le\s|La\s|L['’])?(?:(?:M\.|Me|Mme|Mlle)\s+)?(?:l['’])?[^\W\d_][\w'’-]*"
                           r"(?:\s+(?:l['’]|d['’])?[^\W\d_][\w'’-]*){0,3}?)(?:\.\s*—|(?<=[^\W\d_])\s?(:))(?=\s*\S)")
_NAME_AND_CALLING = re.compile(r"([A-Z][A-Z'’-]+\.?(?:\s+[A-Z][A-Z'’-]+\.?){1,4})\s+\([^()\n]{1,40}\)\.(?=\s+\S)")
_DEFENCE_SAID = re.compile(r"(?:The )?[Pp]risoner'?s [Dd]efen[cs]e\.(?=\s+\S)")
# How the words were heard, in brackets at a label's end: over film, on camera, through an interpreter, by telephone.
_HOW_HEARD = re.compile(r"\s*\((?:voice[- ]over|v\.?o\.?|on[- ]camera|off[- ]camera|o\.?c\.?|through\s+(?:an\s+)?"
                        r"interpreter|via\s+(?:telephone|satellite|video(?:link)?)|by\s+(?:tele)?phone|on\s+tape)\)\Z",
                        re.IGNORECASE)
_TITLE_AS_INITIALS = re.compile(r"([A-Z]{2,3})[ \t]+([a-z]+)\b")  # "RT said …"
_OFFICE_LABEL = 120  # characters: the longest label of an office, what it is of, and its holder
_LABEL_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _office_and_holder(text: str) -> TurnStart | None:
    """A label that names an office, what it is of in small letters, and the holder, then a colon ("Secretary of
    State Dean Rusk:", "Předseda vlády ČR Andrej Babiš:"), which the name's shapes do not read (a name holds no word
    in small letters but a particle)."""
    colon = text.find(":", 0, _OFFICE_LABEL)
    label = text[:colon].rstrip()
    if label.endswith(")") and "(" in label:  # and the ministry or party in brackets after the holder ("Minister of
        # State Dr. Tobias Lindner (Federal Foreign Office):", as a committee's record sets a government member)
        label = label[:label.rindex("(")].rstrip()
    words = label.split()
    if not words or words[0].rstrip(".").casefold() not in _OFFICE_FIRST and not _qualified_office(words):
        return None
    if not 3 <= len(words) <= 12 or not all(map(_LABEL_WORD.fullmatch, words)) \
            or holder_after_office(label, False, True) is None:
        return None
    return TurnStart(label, label, colon + 1, _speech_start(text, colon + 1), "colon", True, False)


# Two speakers of one reported turn, as the UN's summary records write them: "Mr. BELAUNDE (Peru) and Mr. SANTA CRUZ
# (Chile) associated themselves with the amendment." (it had been words of the turn before). Each a title and a name,
# a delegation in brackets after it or not; then a verb in small letters.
_JOINT_LABEL = 160  # characters: the longest two such names and their delegations
_JOINT_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|M|Mme|Mlle)\.?\s+"
_JOINT_NAME = r"((?:[^\W\d_][\w'’.-]*\s+){0,3}?[^\W\d_][\w'’-]+)(?:\s+\(([^()\n]{2,60})\))?"
_JOINT = re.compile(rf"{_JOINT_TITLE}{_JOINT_NAME}\s+and\s+{_JOINT_TITLE}{_JOINT_NAME}\s+([a-z]+)\b")
# Verbs two delegates' joint turn opens with that are no verbs of speaking alone ("associated themselves with").
_JOINT_VERBS = frozenset("associated endorsed joined concurred".split())


def _joint_start(text: str, verbs: frozenset[str]) -> TurnStart | None:
    """Two titled names joined by "and", then a verb of speaking (or of joining another's words): a turn of both,
    ``titled`` where each name is a delegate's as summary records set it, in capitals with a delegation in brackets
    ("Mr. BELAUNDE (Peru)"); else a turn only where the record uses both names as labels (``accept``)."""
    joint = _JOINT.match(text)
    if joint is None or joint.group(5) not in verbs and joint.group(5) not in _JOINT_VERBS:
        return None
    first, second = joint.group(1), joint.group(3)
    if any(_fold(word) in NOT_NAMES or _fold(word) in TITLES for name in (first, second) for word in name.split()):
        return None  # ("Mr. Smith and Mr. Speaker said …": an office, read as a name's shapes read it)
    paired = all(joint.group(g) and _is_upper_word(name.rsplit(None, 1)[-1]) and len(name.rsplit(None, 1)[-1]) > 1
                 for g, name in ((2, first), (4, second)))
    end = joint.end(4) + 1 if joint.group(4) else joint.end(3)
    return TurnStart(text[:end], first, end, joint.start(5), "joint", paired, False, (second,))


_LOOKAHEAD = 240
_DASHES = frozenset({"-", "–", "—", "--"})  # after a name's full stop, as parliaments' records set the label
_DIRECTION = 60  # at most this long, what stands between a speaker's name after a comma and the label's sign
# At most this long, a direction, a seat or an office in brackets after a speaker's name: "Senator CORMANN (Western
# Australia—Minister for Finance and the Public Service) (09:35):", as the Australian Senate sets it.
_BRACKETED_AFTER_NAME = 120
# A cockpit voice recorder's source, at the margin: the channel and the seat ("HOT-1", "RDO-2", "HOT-?").
_RECORDER_LABEL = re.compile(r"[A-Z]{2,5}-[0-9A-Z?]{1,2}")
# A name of up to four words at a line's start, then a tab before the speech.
_TAB_LABEL = re.compile(r"([^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,3}) *\t[\t ]*(?=\S)")
COLON_DASHES = (":-", ":–", ":—")  # a label's colon and a dash, as Indian and British typescripts set it
_DIRECTION_CLOSES = {"(": ")", "[": "]"}  # what a direction after a speaker's name opens with, and closes with
_NUMBERED_LABEL = re.compile(r"\d{1,3}:")  # the number of a speaker's label, then its colon
# Words that name a speaker by a role and a number ("Speaker 12:", "Respondent 3:"): a transcript that
# uses one such label twice names its speakers so, and a label of the kind used once is a speaker too.
NUMBERED_ROLES = frozenset("""speaker interviewer interviewee participant respondent narrator voice moderator
    member delegate witness caller student teacher panelist panellist guest host operator""".split())


# A judge's style, as a court's transcript labels the judge ("HIS HONOUR:", "Her Honour:", "HIS LORDSHIP:").
_HIS_HER = frozenset({"HIS", "HER", "His", "Her"})
_HONOURS = frozenset({"honour", "honor", "lordship", "ladyship", "worship",
                      "majesty", "highness"})  # (and a sovereign's, as minutes name one: "His Majesty: Why do …")
# Whom a transcript of a court or a hearing names by the role alone, in capitals ("THE COURT:").
COURT_ROLES = NUMBERED_ROLES | TITLES | frozenset("""court clerk bailiff defendant plaintiff interpreter reporter
    deponent foreman juror jury marshal accused prosecutor counsel registrar usher examiner commissioner
    deputy chair arbitrator arbiter umpire referee mediator videographer stenographer""".split())
# (an arbitration's and a deposition's: "THE ARBITRATOR:", "THE VIDEOGRAPHER:", used once each, had headed sections)


def numbered_role(key: str) -> str | None:
    """The kind of a numbered speaker's label ("speaker 12" → "speaker #"; a focus group's "p3" → "p #", as
    qualitative research numbers its participants, respondents and speakers), from its ``name_key``; else None."""
    role, _, number = key.partition(" ")
    if not number and key[-1:].isdecimal():
        role = key.rstrip("0123456789")
        return f"{role} #" if role in _NUMBERED_LETTERS and len(key) - len(role) <= 3 else None
    return f"{role} #" if role in NUMBERED_ROLES and number.isdecimal() and len(number) <= 3 else None


_NUMBERED_LETTERS = frozenset("p r s sp".split())  # ("P1", "R2", "S3", "SP4")


def registered_start(text: str, labels: frozenset[str], longest: int) -> TurnStart | None:
    """A label the register declares (``labels``, the longest ``longest`` characters), then a full stop
    or a colon and white space, at the start of ``text``; the longest such label: the register's word
    is enough where no shape reads a name ("Q. When …", "A: In …" — a letter and a full stop is an
    initial, and "A" an article, to the shapes). Looked up at each place a label could end, not label
    by label: every paragraph that opens no turn read a register of thousands whole."""
    ends = [match.start() for match in _LABEL_END.finditer(text, 0, longest + 2)]
    for end in reversed(ends):
        if text[:end] in labels:
            label = text[:end]
            shape = "colon" if text[end] == ":" else "period"
            return TurnStart(label, label, end + 1, _speech_start(text, end + 1), shape, False, False)
    return None


_LABEL_END = re.compile(r"[.:](?=\s)")  # \s is str.isspace's white space


def role_continues(words: list[str], at: int, linked: bool) -> int | None:
    """Where a role's name goes on past ``words[at]``: past "of", "for" and "of the" (and "de la", "del", … in other
    languages) to a capitalised word;
    past "and" only inside such a phrase, to a word that is no title ("… of Fuel and Power", not "The Prime
    Minister and Mr. Eden", two people)."""
    word = words[at]
    if word in _ROLE_LINKS:
        at += 1
        if at < len(words) and words[at] in _ROLE_ARTICLES:
            at += 1
    elif word == "and" and linked:
        at += 1
        if at < len(words) and _fold(words[at]) in TITLES:
            return None
    else:
        return None
    return at if at < len(words) and without_article(words[at])[:1].isupper() else None


# What links an office to what it is of, and the article after it: "The Minister of the Interior", "Le Président de la
# République", "Le Ministre de l'Intérieur", "El Presidente del Gobierno", "Il Ministro degli Esteri"; and where, "El
# Comandante en Jefe", "The Commander in Chief", "The Ambassador in Moscow".
# (and what it is without: "The Minister without Portfolio", a war cabinet's)
_ROLE_LINKS = frozenset("of for de du des del della dello dei degli do da dos in en without".split())
_ROLE_ARTICLES = frozenset("the la le les los las".split())


# A parliament's members speaking together, or one unnamed: "Honorable Members. - Hear, hear!", "An Honourable
# Member: Shame!", "Opposition Members: No!" (the speaker their kind, without the article).
_MEMBERS = re.compile(r"((?:(?i:An?)\s+)?((?:(?i:Hono(?:u)?rable|hon\.|Opposition|Government|Some)\s+)+(?i:members?)))"
                      r"(\s*(?:\.\s*[-–—]|:))")  # (in capitals too, as India's records set it: "SOME HON. MEMBERS:")
_BRACKETED_COURTESY = re.compile(r"\((?:Ms|Mrs|Miss|Mr|Dr|Prof|Eng|Capt|Col|Gen|Maj|Amb|Rtd|Lt)\.?\)")
_MEMBERS_FIRST = frozenset("""An AN A Honorable Honourable Hon. Opposition Government Some HONORABLE HONOURABLE HON.
                              OPPOSITION GOVERNMENT SOME""".split())
# A French assembly's office, after its courtesy and article, then a full stop: "M. le président.", "Mme la
# présidente.", "M. le ministre des affaires étrangères. —" (the office the speaker's key).
_COURTESIES = frozenset("M. Mme Mlle".split())
_OFFICE_AFTER_COURTESY = re.compile(
    r"((?:M\.|Mme|Mlle)\s+(?:le|la)\s+((?:président|présidente|ministre|secrétaire d'État|rapporteur|rapporteure|"
    r"garde des sceaux|doyen|doyenne|premier ministre)(?:\s+(?:de|des|du|d'|de la|de l'|à|aux|chargé|chargée)"
    r"(?:\s+[\w'’-]+){1,5}?)?))(\.(?:\s*[-–—])?)(?=\s)")
# The same office, in capitals or not, its article elided too, before a verb of speaking: "M. le Ministre déclare
# que …", "M. l'Ambassadeur a répondu que …", as French diplomatic records report a conversation.
_COURTESY_OFFICE = re.compile(
    r"((?:M\.|Mme|Mlle)\s+(?:le\s+|la\s+|l['’])((?i:président|présidente|ministre|secrétaire général|ambassadeur|"
    r"ambassadrice|chancelier|général|premier ministre)))\s+(\w+)(?:\s+(\w+))?")
# An unnamed voice from the floor, as stenograms and parliaments record it ("Голос с места. Правильно!", "A VOICE:
# Hear, hear!", "Zurufe: Sehr richtig!", "Une voix. Très bien!"): the voice is the label. And a juror unnamed, as a
# grand jury's or an inquest's transcript labels one ("A GRAND JUROR: Could he speak up?", which had headed a section
# holding the rest of the record).
_VOICES = re.compile(r"((?i:Голоса?\s+(?:с\s+мест[а]?|из\s+зала)|Голоса|A\s+voice|Voices|Eine\s+Stimme|Zurufe?|"
                     r"A\s+(?:grand\s+)?juror|A\s+member\s+of\s+the\s+jury|"
                     r"Une\s+voix|Plusieurs\s+voix|Des\s+voix|Una\s+voz|Voces))(\s*(?:\.(?:\s*[-–—])?|:))(?=\s)")
_VOICES_FIRST = frozenset(word + sign for word in """Голос Голоса ГОЛОС ГОЛОСА A Voices VOICES Eine EINE Zuruf Zurufe
                          ZURUF ZURUFE Une UNE Plusieurs PLUSIEURS Des DES Una UNA Voces VOCES""".split()
                          for sign in ("", ".", ":"))  # (as the first word, with the label's sign)
# A meeting's chat, as Zoom exports it after the time: "From John Smith to Everyone: …", "From John Smith to Maria
# Garcia(Direct Message): …" (the sender the speaker, the label as written).
_CHAT_FROM = re.compile(r"From ([^\W\d_][\w.'’ -]{0,60}?) to [^\W\d_][\w.'’ -]{0,60}?"
                        r"(?:\s?\((?:Direct Message|Privately|privately)\))?\s?:(?=\s|$)")
# The first words that announce a shape of their own, and which (a voice's is tried after the others).
_SPECIAL_FIRST = {**dict.fromkeys(_VOICES_FIRST, "voice"), **dict.fromkeys(_COURTESIES, "courtesy"),
                  **dict.fromkeys(_MEMBERS_FIRST, "members"), **dict.fromkeys(NAME_PARTICLES, "particle"),
                  "From": "chat", "On.": "onorevole", "Toma": "floor", "Tomó": "floor"}
# A Spanish acta's member given the floor, then what they asked or said ("Toma la palabra D. José Martín Gil, quien
# pregunta por qué …"): the name's, its courtesy apart, up to the comma before "quien" or "que".
_TAKES_THE_FLOOR = re.compile(r"Tom[aó] (?:de nuevo |nuevamente )?la palabra (?:el |la )?"
                              r"((?:(?:D\.|Dña\.|Dª|Don|Doña|Sr\.|Sra\.)\s+)?"
                              r"([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de|del|y|la|[A-ZÁÉÍÓÚÑ][\w'’-]+)){0,4})),\s+(?=quien|que)")
# A woman's courtesy after the feminine article, as Brazil's and Portugal's records write it ("A Sra. …", "A Sr.ª …"),
# and the form of the same length read in its place (the label's offsets are the text's).
_SENHORA = {"SRA.": "SRA.", "Sra.": "Sra.", "Sr.ª": "Sra.", "SR.ª": "SRA.", "Sr.ᵃ": "Sra.", "SR.ᵃ": "SRA."}
# An Irish office after its article, and the colon, as the Dáil's record sets its chair's and its ministers' labels
# ("An Ceann Comhairle: …", "An Taoiseach: …", "An Tánaiste: …"); English's "An" opens no label.
_IRISH_OFFICE = re.compile(r"A[Nn] ((?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){0,2}):(?=\s)")  # ("AN CEANN COMHAIRLE:")
_UNCASED_LABEL = re.compile(r"([^\W\d_][^\s:：,，、。.;；]{0,11}?)\s?[：:]")
# Chinese minutes report speech with a verb before the colon ("周恩来说：", "周恩来表示："): the speaker is the
# name before it, as in "Zhou said:". A single character that may end an office ("顾问", adviser) is no verb.
_CJK_SPEECH_VERBS = tuple(sorted("""说 表示 指出 回答 答道 问道 强调 认为 提出 插话 补充 宣布 声明
                                  同意 决定 一致认为 一致同意 商定
                                  說 強調 認為 插話 補充 聲明 決定 一致認為""".split(), key=len, reverse=True))
# What minutes say the meeting, both sides or all agreed or held ("会议认为：", "双方同意："): no one's turn
# (in the simplified characters and the traditional).
_CJK_NOT_SPEAKERS = frozenset("""会议 会谈 双方 各方 大家 与会者 我们 他们 你们 我方 对方
                                 會議 會談 雙方 與會者 我們 他們 你們 對方""".split())


def _uncased_label(text: str, label: re.Match) -> TurnStart | None:
    """"毛泽东：…" a name and its colon; "周恩来说：…" a name and a verb of speaking; "会议认为：…" no one's."""
    name = label.group(1)
    subject = name.removesuffix(next((verb for verb in _CJK_SPEECH_VERBS if name.endswith(verb)), ""))
    if subject in _CJK_NOT_SPEAKERS or subject != name and len(subject) < 2:
        return None  # (one character before the verb is a pronoun's: "他说：", he said)
    if subject != name:
        return TurnStart(subject, _without_cjk_title(subject), len(subject), len(subject), "verb", False, False)
    end = label.end()
    key = _without_cjk_title(name)
    return TurnStart(name, key, end, _speech_start(text, end), "colon", key != name, False)


# A name and a verb of speaking before a comma, as Chinese minutes report speech too: "周恩来说，同意。"
_UNCASED_SAID = re.compile(r"([^\W\d_][^\s:：,，、。.;；]{1,9}?)[，,]")


def _said_before_comma(said: re.Match) -> TurnStart | None:
    """"周恩来说，…", "毛主席说，…": the name, the verb of speaking, then a comma (the speech from the verb on); a name of
    three characters or one with its office after it ("毛主席"), since a noun may say as a person does ("报告说", the
    report says)."""
    name = said.group(1)
    verb = next((verb for verb in _CJK_SPEECH_VERBS if name.endswith(verb)), "")
    subject = name[:len(name) - len(verb)]
    key = _without_cjk_title(subject)
    if not verb or subject in _CJK_NOT_SPEAKERS or not (len(subject) == 3 or subject.endswith(_CJK_TITLES)):
        return None
    return TurnStart(subject, key, len(subject), len(subject), "verb", key != subject, False)


def cjk_surname(name: str) -> str | None:
    """The surname of a Chinese or Japanese name written as a surname and an office ("毛主席", "周总理"); else None."""
    if len(name) < 3 or not "\u3400" <= name[0] <= "\u9fff":
        return None
    title = next((title for title in _CJK_TITLES if name.endswith(title)), None)
    return name[0] if title is not None and len(name) - len(title) == 1 else None


# Offices and courtesies a Chinese or Japanese record writes after the name ("周恩来总理：", "佐藤総理：", "基辛格博士：").
_CJK_TITLES = tuple(sorted("""总理 主席 副主席 总统 副总统 大使 部长 外长 国务卿 博士 先生 女士 同志 委员长 书记 总书记 首相 元帅 将军
                              總理 總統 副總統 國務卿 委員長 書記 總書記
                              総理 大統領 大臣 長官 氏 さん 外相 委員 議員 君""".split(), key=len, reverse=True))


def _without_cjk_title(name: str) -> str:
    """The name without the office after it, so that "周恩来总理" and "周恩来" are one person (two characters left at
    the least: "周总理" is premier Zhou, not a person "周")."""
    for title in _CJK_TITLES:
        if name.endswith(title) and len(name) - len(title) >= 2:
            return name[:-len(title)]
    return name


# Japanese records name the speaker first and the verb last: "佐藤総理から、…と述べた。", "大平大臣より、…旨発言した。".
_JA_SUBJECT = re.compile(r"([^\W\d_]{2,12}?)(?:から|より|は)[、，]")
# ("と述べた", "旨述べた": that …, he said; "について説明した": on …, he explained)
_JA_SAID = re.compile(r"(?:と|旨|について|につき)(?:述べ|発言し|答え|応じ|指摘し|説明し|強調し|表明し|語っ|言っ|尋ね|質問し|要請し|提案し)"
                      r"(?:た|ました)。")


def _reported_at_the_end(text: str) -> TurnStart | None:
    """A Japanese record's report: the speaker, "から" or "は", and the verb of speaking at the first sentence's
    end ("佐藤総理から、会談は有益であったと述べた。"): the speaker's name, and the rest the speech, as "STALIN says"."""
    subject = _JA_SUBJECT.match(text)
    if subject is None:
        return None
    stop = text.find("。", subject.end())  # the verb ends the first sentence, right before its full stop
    if stop < 0 or _JA_SAID.search(text, subject.end(), stop + 1) is None:
        return None
    name = subject.group(1)
    if name in _CJK_NOT_SPEAKERS:
        return None
    return TurnStart(name, _without_cjk_title(name), len(name), len(name), "verb", False, False)  # ("から、…と述べた。")


def _affiliation_label_end(words: list[str], start: int) -> int | None:
    """The index of the word that ends a firm's or an office's name with the label's colon, up to five words from
    ``start``, each capitalised, or a joining word ("Harbor Point Securities:", "Keel & Compass:", "Director, Investor
    Relations:"); None if a word of prose or a sentence's end comes first."""
    for k in range(start, min(len(words), start + 5)):
        word = words[k]
        if not _affiliation_word(word):
            return None
        if word[-1:] == ":" and len(word) > 1:
            return k
    return None


def _affiliation_alone(words: list[str], start: int) -> bool:
    """The words from ``start`` to the line's end a firm's or an office's name and nothing else ("Chief Executive
    Officer", "Director, Investor Relations", "Goldman Sachs & Co. LLC"): no colon, nor a comma or a stop at its end."""
    rest = words[start:]
    return bool(rest) and rest[-1][-1:] not in ".?!;:," and all(
        _affiliation_word(word) and word[-1:] != ":" for word in rest)


def _affiliation_word(word: str) -> bool:
    """A word of a firm's or an office's name: capitalised, or a joining word; no sentence's end after it (but an
    abbreviation's stop: "Co.", "Inc.", "Ltd.")."""
    return (_is_name_word(word) or word in _AFFILIATION_JOINS) \
        and word[-1:] not in "?!;" and not (word[-1:] == "." and len(word) > 5)


_AFFILIATION_JOINS = frozenset({"&", "and", "of", "for", "de", "du", "der"})


AFFILIATED = re.compile(r"\S+(?:\s+\S+)+\s+[-–—]\s+\S")  # (a name of two words at least, a dash, an affiliation)


def _speech_start(text: str, at: int) -> int:
    """Where the words after a speaker's label start: past the white space at ``at``."""
    rest = text[at:]
    return at + len(rest) - len(rest.lstrip())


@lru_cache(maxsize=1)
def _brackets():
    """The conventions table as the encoder has it by default, for a bracket inside a name (made once, when asked:
    the table's module reads this one's)."""
    from .conventions import Table

    return Table()


def _supplied_in_name(words: list[str], at: int) -> bool:
    """Whether the words at ``at`` are a part of the name the editor supplied in brackets, capitalised, after its first
    word: "Peng [Dehuai] said …", "Kim [Il Sung] asked …" (they had been no one's turn)."""
    for k in range(at, min(at + 3, len(words))):
        word = words[k][1:] if k == at else words[k]
        if not word[:1].isupper() or "[" in word or word[1:2].isupper():  # (not an abbreviation's gloss, "[USSR]")
            return False
        close = word.find("]")
        if close >= 0:
            if close != len(word.rstrip(".,:;")) - 1 or close < 2:
                return False
            from .conventions import BracketContext  # (asked of a bracket after a name's word alone)
            inner = " ".join([words[at][1:], *words[at + 1:k], word[:close]]) if k > at else word[:close]
            return _brackets().classify(BracketContext(inner, words[at - 1], "")).name == "supplied"  # ("[Laughing]")
    return False


def _match_prefix(text: str, verbs: frozenset[str]) -> TurnStart | None:
    # Titles, a name, adverbs and a verb: a dozen words are all a shape can use. Their
    # offsets are found only for the few words the shape's answer points into.
    words = text.split(None, 14)[:14]
    if not words:
        return None
    if "—" in text or "–" in text:  # (no search at all in a text of Latin-1 letters: the dashes are beyond them)
        words = _dashes_apart(words)
    first = words[0]
    initial = first[:1]
    marked = _MARKED_OPENINGS.get(initial)  # (a label a format marks with its own signs: one look-up)
    if marked is not None:
        found = marked(text, words, verbs)
        if found is not None:
            return None if found is _NO_LABEL else found
    special = _SPECIAL_FIRST.get(first)  # (one look-up for the shapes a first word announces)
    if special is not None:
        found = _special_shape(special, text, words, verbs)
        if found is not None:
            return found
    if "\t" in text:
        tab = _TAB_LABEL.match(text)
        if tab is not None and all(map(_is_upper_word, tab.group(1).split())):
            # Typed minutes that set the speaker in capitals at the margin, a tab before the speech: "STALIN\tWe …";
            # and a colon after the tab, the label's ("THE CHAIRMAN\t:\tThe floor is …").
            if text[tab.end():tab.end() + 1] == ":":
                return TurnStart(tab.group(1), tab.group(1), tab.end() + 1, _speech_start(text, tab.end() + 1),
                                 "colon", False, False)
            return TurnStart(tab.group(1), tab.group(1), tab.end(1), tab.end(), "colon", False, False)
    if (len(first) <= 3 and first.isupper() or "-" in first and _RECORDER_LABEL.fullmatch(first)) \
            and text[len(first):len(first) + 2] == "  " and len(words) > 1:
        # A tape's transcript that sets its speakers' initials at the margin, two spaces or more before the speech:
        # "P  Well, what's the story?" / "H  The story is Dean." (a label if repeated, as a colon's is).
        return TurnStart(first, first, len(first), _speech_start(text, len(first)), "colon", False, False)
    if first[-1:] == "." and len(first) > 4 and _fold(first) in TITLES and len(words) > 1 and (
            words[1] in _DASHES or len(first) > 6 and first.isupper()):
        office = first[:-1]  # (an office alone, then a full stop)
        # An office alone, the label: "President. – The next item is …" (the European Parliament's); "PRESIDENTE.
        # Ha facoltà di parlare …" (the Italian Chamber's), a name in capitals and a full stop as a stenogram's
        # are, and a speaker's as they are (below). Not "Mr. Smith", "PROF. JONES".
        if words[1] in _DASHES:
            end = text.find(words[1], len(first)) + len(words[1])
            return TurnStart(office, office, end, _speech_start(text, end), "colon", False, True)
        return TurnStart(office, office, len(first), _speech_start(text, len(first)), "period", False, False)
    if first == "Q" and len(words) > 1 and (words[1][:1].isupper() or words[1][:1] in "\"“‘'"):
        # A press conference's question, "Q Mr. Secretary, …": the letter alone, a label if repeated.
        return TurnStart("Q", "Q", 1, _speech_start(text, 1), "colon", False, False)
    if initial.isalpha() and not initial.isupper() and not initial.islower():
        # A script without case and spaces (Chinese, Japanese): "毛泽东：我们…", the name up to its colon.
        label = _UNCASED_LABEL.match(text)
        if label is not None:
            return _uncased_label(text, label)
        reported = _reported_at_the_end(text) if "、" in text or "，" in text else None
        if reported is not None:
            return reported
        said = _UNCASED_SAID.match(text) if "，" in text or "," in text else None
        if said is not None:
            return _said_before_comma(said)
    # Most paragraphs are ruled out by their first word alone.
    # (A capital first letter makes a name word at once: most words asked about have one.)
    if not (initial.isupper() or _is_name_word(first) or _is_initial(first)):
        return None
    folded = _fold(first)
    # "A:", "I:" (an answer's, an interviewer's) are labels if repeated (``accept``), not an article or a pronoun.
    letter_label = len(first) == 2 and first[1] == ":" and first[0].isupper()
    count = len(words)
    judge = first in _HIS_HER and count > 1 and _fold(words[1]) in _HONOURS  # ("HIS HONOUR:", a court's style)
    if folded in NOT_NAMES and folded not in TITLES and not letter_label and not _is_initial(first) and not judge:
        return None  # ("A. Vyshinsky": an initial, not the article)
    if ("'" in folded or "’" in folded) and (contracted := _CONTRACTION.fullmatch(folded)) is not None \
            and contracted.group(1) in NOT_NAMES:
        return None  # ("I've asked …", "It's said …": a pronoun's contraction, which had been a person "I've")
    if first == "THE" and "(" in text and (held := _CAPITALS_OFFICE_AND_HOLDER.match(text)) is not None \
            and _fold(held.group(1).split(None, 1)[0]) in TITLES:
        # An office of many words in capitals, its holder titled in brackets, as the Lok Sabha's and the Rajya
        # Sabha's records set a minister's label, over two lines too: "THE MINISTER OF STATE IN THE MINISTRY OF FOOD
        # AND AGRICULTURE" / "(SHRI ANNASAHEB SHINDE): …" (it had been words of the member's question before it).
        office = " ".join(held.group(1).split())
        return TurnStart(f"THE {office}", office, held.end(), _speech_start(text, held.end()), "colon", True, True)
    if "(" in text and (held := _OFFICE_AND_HOLDER.match(text)) is not None and _an_office(held.group(1).split()):
        # An office of several words, then its holder in brackets, as the Diet's and the Dáil's records in English
        # set a minister's label: "Minister of Agriculture and Forestry (Kono Shigeru):", "Minister for Industry and
        # Commerce (Mr. Lemass):", "Government Witness (Tanaka Hideo):" (the first two had been words of the turn
        # before; the last a person "Government Witness"). The holder is read from the brackets with the turn.
        close = held.end() - 1
        return TurnStart(text[:close], held.group(1), close + 1, _speech_start(text, close + 1), "colon", True, True)
    i = 0
    role = False
    titled = False
    if first in ("La", "El") and count > 2 and words[1] in _CONGRESO_COURTESIES and "(" in text \
            and (held := _CONGRESO_OFFICE_AND_HOLDER.match(text)) is not None \
            and _fold(held.group(1).split(None, 1)[0]) in TITLES and not is_office(held.group(1)):
        # (the office in capitals whatever its length: it had been words of the turn before, a comma in it or wrapped;
        # the speaker the holder, whom the office's words had made a person "#de-transportes-movilidad-…"; an office
        # the shapes below read, "El señor PRESIDENTE DEL GOBIERNO (Rajoy Brey):", is read there, its holder named)
        close = held.end() - 1
        return TurnStart(text[:close], " ".join(held.group(2).split()), close + 1, _speech_start(text, close + 1),
                         "colon", True, True)
    if first in ARTICLES and count > 1 and _is_name_word(words[1]) and _fold(words[1].rstrip(".,:;")) not in TITLES:
        pass  # "Le Duc Tho:", "La Follette:": a surname the article begins, no office after it
    elif first == "The" and count > 3 and _fold(words[1]) in _HONOURABLE and _fold(words[2]) in TITLES \
            and _is_name_word(words[3]) and _fold(words[3]) not in NOT_NAMES:
        # A style, then a title and the name: "The Honourable Dr. B. R. Ambedkar (Bombay: General):", as the
        # Constituent Assembly of India names a member (a person, no role; it had been a paragraph).
        titled = True
        i = 3
        while i < count - 1 and i < 5 and _fold(words[i]) in TITLES and _is_name_word(words[i + 1]):
            i += 1
    elif first == "The" or first in ARTICLES:
        if count > 1 and (words[1][-1:] == ":" or count > 2 and words[2] == ":") and _fold(words[1]) in TITLES:
            # The office alone, in small letters, as the label: "De voorzitter:", "El presidente:"; French's with a
            # space before the colon, "Le témoin : …" (it had been words of the turn before).
            end = text.find(":") + 1
            return TurnStart(text[:end - 1].rstrip(), words[1].rstrip(":"), end, _speech_start(text, end), "colon",
                             False, True)
        if count < 2 or not (_is_name_word(words[1]) or first != "The" and _fold(words[1]) in TITLES):
            return None  # "The talks were long": an article, then a noun that looks like a verb
        role = True
        i = 1
        while first != "The" and i < count - 1 and (words[i][:1].islower() or words[i][-1:] == ".") \
                and _fold(words[i]) in TITLES:
            i += 1  # "Le général de Gaulle", "El presidente Franco": an office in small letters; "El Sr. Castiella"
    elif first == "THE" and count > 1 and _fold(words[1]) in COURT_ROLES:
        role = True  # "THE COURT:", "THE WITNESS:": in capitals, only a role's name (else a topic's label)
        i = 1
    elif judge:
        role = True  # a judge as a court addresses one: "HIS HONOUR:", "HER HONOUR:", "HIS LORDSHIP:" (it had headed a
        i = 1  # section, and the judge's words been no one's)
    elif first[:1] in _TWO_WORD_TITLE_INITIALS and count > 2 and _fold(first) in _TWO_WORD_TITLE_FIRST \
            and _fold(words[1]) in TITLES \
            and words[1][-1:] not in ":,." and _is_name_word(words[2]) and _fold(words[2]) not in TITLES:
        titled = True  # a title of two words before the name: "VICE CHAIRMAN MCDONOUGH.", "Prime Minister Chou:"
        i = 2
    else:
        while i < count and i < 3 and (_fold(words[i]) in TITLES or words[i][1:2] in ("'", "’")
                                       and _fold(without_article(words[i])) in TITLES
                                       # (a degree's letter before a title: "Präsident D. Dr. Gerstenmaier")
                                       or len(words[i]) == 2 and words[i][1] == "." and words[i][0].isupper()
                                       and i + 1 < count
                                       and _fold(words[i + 1]) in TITLES) and not words[i].endswith((":", ",")) \
                and not (words[i][0] in "Dd" and _deputy_office(words, i)) \
                and not (_fold(words[i]) in _TITLES_AS_NAMES
                         and not (i + 2 < count and _is_name_word(words[i + 1]) and _is_name_word(words[i + 2])
                                  and words[i + 1][-1:] not in ".,:;")):
            if (i or first[1:2] in ("'", "’")) and (
                    i + 1 == count or not (_is_name_word(words[i + 1]) or words[i + 1] in NAME_PARTICLES
                                           or _fold(words[i + 1]) in TITLES)):
                break  # no name after it, after a title: a surname that is also an office ("Mr. King said …",
                # "Mr. MAJOR.—I …")
            titled = True  # (an office after an elided article: "L'Ambasciatore Reinhardt", "L'Ambassadeur")
            i += 1
    if titled and i < count - 1 and words[i][:1] == "(" and _BRACKETED_COURTESY.fullmatch(words[i]):
        i += 1  # a courtesy in brackets after the title, as Kenya's Hansard sets it: "Hon. (Ms.) Wanjiku Muhia (…):"
    name_first = i
    if titled and i == 1 and i < count and words[i][:1] == "(" and (
            _HOLDER_AND_OFFICE.match(text, len(first)) or _fold(first) not in COURTESIES
            and _HOLDER_ALONE.match(text, len(first))):
        # An office alone, its holder and the office again in brackets, as Switzerland's Federal Assembly sets its
        # chair's label: "Präsident (Aebi Andreas, Präsident):"; or the holder alone, "Formanden (Søren Gade):" (the
        # holder read from the brackets when the turn is made; not "Mr (interrupting):", nor "Mr (John Smith):").
        close = text.find(")", len(first))
        if close > 0 and text[close + 1:close + 2] == ":" and "(" not in text[len(first) + 2:close]:
            return TurnStart(text[:close + 1], first, close + 2, _speech_start(text, close + 2), "colon", True, True)
    # "An", "Long", "So" are names after a title ("Mr. An:"), ordinary words without one.
    if i < count and not titled and _fold(words[i]) in NOT_NAMES and not letter_label and not _is_initial(words[i]) \
            and not (role and i + 1 < count and _fold(words[i]) in TITLE_FIRST_WORDS
                     and any(_fold(word) in TITLES for word in words[i + 1:i + 3])):
        return None  # (but "The First Minister", "The First Sea Lord", offices: "first" opens sentences, not offices)
    name_end_index = None
    delimiter = ""
    longest = 8 if role else 5  # a role's name runs longer: "The Secretary of State for Foreign Affairs"
    linked = False
    while i < count and i - name_first < longest:
        word = words[i]
        if name_end_index is None and titled and i == name_first and word in verbs \
                and _fold(words[i - 1]) not in COURTESIES:
            name_first = name_end_index = i - 1  # "AMBASSADOR REPLIED THAT …": the office alone, then its verb
            break
        if ("—" in word or "–" in word) and word[-1].isalpha():
            break  # no name holds a dash: "The U.S.—Soviet talks" are words (a label's ends it: "STALIN:—")
        if name_end_index is not None and word[-1:] == ":" and _NUMBERED_LABEL.fullmatch(word):
            name_end_index, delimiter = i, ":"  # "Speaker 1:", "Interviewer 2:" (a label used twice)
            break
        if name_end_index == i - 1 and word.isdecimal() and len(word) <= 3 and i + 1 < count \
                and words[i + 1][:1] == "(" and _fold(words[name_end_index]) in NUMBERED_ROLES:
            name_end_index = i  # "Speaker 1 (00:03): …", its offset between its number and its colon
            break
        if name_end_index == i - 1 and (word in _SENTENCE_OPENERS or word in verbs):
            break  # "STALIN He said …", "SECRET The talks …": a sentence after a heading, no one's name; and
            # in a telegram's capitals, the verb after the name ("GROMYKO SAID THAT")
        if not (word[:1].isupper() or _is_name_word(word) or _is_initial(word)
                or linked and word[1:2] in ("'", "’") and without_article(word)[:1].isupper()  # ("de l'Intérieur")
                or word[:1] == "[" and name_end_index == i - 1 and _supplied_in_name(words, i)):
            if name_end_index == i - 1 and word[-1:] == ":" and word[:-1] in _PARTY_ABBREVIATIONS:
                # The member's party in small letters after the name, as the Eduskunta sets it ("Petteri Orpo kok:"):
                # the label's, no part of the name.
                end = text.find(word, text.find(words[name_end_index])) + len(word)
                key = " ".join(words[name_first:i])
                return TurnStart(text[:end - 1], key, end, _speech_start(text, end), "colon", True, role)
            if word == "i" and i + 1 < count and words[i - 1].isupper() and words[i + 1][:1].isupper() \
                    and not words[i + 1].isupper():
                i += 1  # a Swedish member told by the place, as the Riksdag's record names them: "ANDERSSON i Luleå"
                continue
            if word in NAME_PARTICLES:
                after = i + 1
                while after < count and after - i < 3 and words[after] in NAME_PARTICLES:
                    after += 1  # ("van der Berg", "van den Broek", "de la Rúa")
                if after < count and words[after][:1].isupper() and after - name_first < longest:
                    i = after  # "de Gaulle", "Joachim von Ribbentrop", "Mr van der Berg": the name goes on
                    continue
            if role and first in ARTICLES and i == name_first + 1 == name_end_index + 1 and word.isalpha() \
                    and word.islower() and word not in verbs and i + 1 < count and words[i + 1] in verbs:
                name_end_index, i = i, i + 1  # the office's country after it: "El Ministro guineano preguntó"
                continue
            following = role_continues(words, i, linked) if role and name_end_index is not None else None
            if following is None or following - name_first >= longest:
                break
            linked, i = True, following  # "The Minister of Fuel and Power", "The Chancellor of the Exchequer"
            continue
        if word[-1:] == "]" and (mark := _MARK_ON_NAME.search(word)) is not None:
            words[i] = word[:mark.start()]  # a footnote's marker on the name ("Truong Chinh[2] said …"): the
            name_end_index = i  # name ends before it, the speech opens with it (it had been part of the name)
            break
        core = word[:-2] if word[-2:] in COLON_DASHES else word.rstrip(".,:;")
        if word[-2:] == ".:" and _is_initial(word[:-1]):
            core = word[:-1]  # initials after the surname, then the colon: "ХРУЩЕВ Н.С.:" (the dot the initials')
        tail = word[len(core):]
        if tail and not _is_initial(word) and not (
                tail == "." and core[1:2].islower() and i + 1 < count and words[i + 1][:1].isupper()
                and _DIGRAPH_INITIALS.fullmatch(word)):  # (a given name's initial of two letters: "Yu. V. Andropov:")
            # "STALIN." "DR. EVATT:" "ZHOU ENLAI," — the name stops at its punctuation.
            name_end_index = i
            delimiter = tail
            break
        name_end_index = i
        i += 1
        if tail == "." and i < count and i - name_first >= 2 and not _is_initial(words[name_first]) \
                and _is_initial(words[name_first + 1]) and not _is_initial(words[i]) and words[i][:1].isupper() \
                and words[i][-1:] != ":" and not (i + 1 < count and words[i + 1] in verbs):
            # A surname and the initials after it, then the speech, as the Duma's stenograms set a deputy's label
            # ("Жириновский В. В. Уважаемые коллеги!"): the initials' last full stop the label's. Not a middle
            # initial, the name going on to its sign or its verb ("John F. Kennedy:", "Dwight D. Eisenhower said").
            delimiter = "."
            break
    if name_end_index is None or name_end_index < name_first:
        return None
    key = " ".join(words[name_first:name_end_index + 1])
    if "[" in key:
        key = key.replace("[", "").replace("]", "")  # (the name's part the editor supplied: "Peng [Dehuai]")
    key = key[:-2] if delimiter in COLON_DASHES else key[:-1] if delimiter == ":" and key[-2:] == ".:" \
        else key if delimiter == "." and _is_initial(words[name_end_index]) \
        else key.rstrip(".,:;")  # ("ХРУЩЕВ Н.С.:", "Жириновский В. В.": the initials keep their dot)
    if not key or not (key[0].isalpha() or any(c.isalpha() for c in key)):
        return None
    if len(key.replace(".", "").replace(" ", "")) < 2 and not delimiter.startswith(":"):
        return None  # one letter is an initial or an article; a capital and a colon a label ("K:"), if repeated
    if (" " in key or first in ("The", "THE")) and all(_fold(word) in _STYLES_ALONE for word in key.split()):
        return None  # a style with no name after it ("THE RIGHT HON. THE EARL OF WENSLEY": it had been a speaker)
    after_index = name_end_index + 1
    # Where the words up to the name's last start (str.split's white space is \s's).
    offsets = []
    at = 0
    find = text.find
    for word in words[:after_index]:
        at = find(word, at)
        offsets.append(at)
        at += len(word)
    name_start = offsets[0]
    last_start = offsets[name_end_index]
    last_word = words[name_end_index]
    core_len = len(last_word) - len(delimiter) if delimiter else len(last_word)
    name_stop = last_start + core_len
    name = text[name_start:name_stop]

    # The speech starts past the white space after the label's sign: what else follows the sign
    # ("EVATT:, yes") is the speech's.
    if delimiter.startswith(":"):
        end = last_start + core_len + (2 if delimiter in COLON_DASHES else 1)  # ("STALIN:- We agree.")
        if text[end + 1:end + 2] in ("(", "[") and (stamp := _OFFSET_AFTER_SIGN.match(text, end)) is not None:
            end = stamp.end()  # the recording's offset after the sign, as Rev exports a label: "Speaker 1: (00:00)"
        if name_end_index - name_first >= 2 and words[name_end_index][:-1] in _POSTNOMINALS:
            key = key.rsplit(" ", 1)[0]  # "Andrew RT Davies MS:": the member of the Senedd, no part of the name
        return TurnStart(name, key, end, _speech_start(text, end), "colon", titled, role)
    if delimiter.startswith("."):
        end = last_start + core_len + 1
        if after_index + 1 < count and words[after_index] in _DASHES and _is_name_word(words[after_index + 1]):
            # A parliament's record: "Mr. CALWELL. - I ask …", the dash after the name's full stop the label's.
            end = text.find(words[after_index], end) + len(words[after_index])
            return TurnStart(name, key, end, _speech_start(text, end), "period", titled, role)
        if after_index < count and _is_name_word(words[after_index]):
            return TurnStart(name, key, end, _speech_start(text, end), "period", titled, role)
        if delimiter == ".," and _is_initial(last_word[:-1]) and in_capitals(key := key + "."):
            # A deputy's surname and initials, then what they are in small letters (their constituency and party in
            # brackets) and a full stop, as the Verkhovna Rada's stenograms set it: "ПЕТРЕНКО О.В., член Комітету …
            # ("Слуга народу"). Дякую, …", "СИДОРЕНКО А.П., міністр фінансів України. Шановний …".
            affiliation = _STENOGRAM_AFFILIATION.match(text, end + 1) or _STENOGRAM_OFFICE.match(text, end + 1)
            if affiliation is not None:  # (a name after the comma is read above: "ПЕТРЕНКО О.В., ІВАНЕНКО М.С.")
                end = affiliation.end()
                return TurnStart(name, key, end, _speech_start(text, end), "period", titled, role)
        return None
    if delimiter.startswith(","):
        if text.rstrip()[-1:] in _TIMED_LABEL_ENDS:
            inverted = _inverted_timed_label(text, name_start, name_stop, key)
            if inverted is not None:
                return TurnStart(*inverted, "timed", titled, role)
        affiliation = _AFFILIATION.match(text, name_stop)
        if affiliation is not None:
            # "Martin Schulz, on behalf of the S&D Group. – Mr President, …": what the member speaks as, a full stop
            # and a dash, the label (the European Parliament's).
            end = affiliation.end()
            return TurnStart(name, key, end, _speech_start(text, end), "colon", True, role)
        colon = text.find(":", name_stop + 2, name_stop + _DIRECTION)
        office_colon = _office_phrase_colon(text, name_stop + 1) if colon < 0 or "," in text[name_stop + 1:colon] \
            else -1
        if office_colon > 0:
            # An office of several words and commas, what it is of, after the name, as the Bundestag sets a member
            # of the government's label: "Klara Geywitz, Bundesministerin für Wohnen, Stadtentwicklung und
            # Bauwesen:" (it had been words of the turn before).
            return TurnStart(name, key, office_colon + 1, _speech_start(text, office_colon + 1), "colon", True, role)
        between = text[name_stop + 1:colon] if colon > 0 else ""
        if between.endswith(")") and (direction := _HOW_HEARD.search(between)) is not None:
            between = between[:direction.start()]  # "TOM ASHBY, CORRESPONDENT (voice-over):", as a network's
            # transcript sets a reporter's words over film (they had been words of the anchor's turn)
        office_words = between.split()
        if office_words and not any(word[-1:] in ".,;!?" for word in office_words) and (
                _fold(office_words[0]) in TITLES or _an_office_after_comma(office_words)
                or len(office_words) <= 8 and all(map(_is_upper_word, office_words))
                and name_end_index > name_first and all(map(_is_upper_word, words[name_first:name_end_index + 1]))):
            # A member of the government, the office after the name: "Dr. Adenauer, Bundeskanzler:", "Brandt,
            # Bundesminister des Auswärtigen:" (the office the speaker's); and as broadcasts' transcripts name a
            # speaker the first time, all in capitals, "STEVE INSKEEP, HOST:", "KAITLAN COLLINS, CNN CORRESPONDENT:"
            # (a name of two words at least: "MOSCOW, KREMLIN:" is a place's).
            return TurnStart(name, key, colon + 1, _speech_start(text, colon + 1), "colon", True, role)
        capitals = name_end_index > name_first and all(map(_is_upper_word, words[name_first:name_end_index + 1]))
        stop = text.find(". ", name_stop + 2, name_stop + _DIRECTION) if titled or capitals else -1
        office_words = text[name_stop + 1:stop].split() if stop > 0 else []
        if office_words and (_fold(office_words[0]) in TITLES or _fold(office_words[0]) in _OFFICE_ADJECTIVES
                             and len(office_words) > 1 and _fold(office_words[1]) in TITLES) \
                and not any(word[-1:] in ".,;!?:" for word in office_words) \
                and _is_name_word(text[stop + 2:stop + 42].split(" ", 1)[0]):
            # And then a full stop, as the French assemblies set a minister's label: "M. Édouard Philippe, Premier
            # ministre. Monsieur le président, …" (a label where the record's others are so set: see accept); and the
            # Italian Chamber, the name in capitals: "MAURIZIO SACCONI, Ministro del lavoro. Signor Presidente, …".
            return TurnStart(name, key, stop + 1, _speech_start(text, stop + 1), "period", True, role)
        # "ZHOU ENLAI, ending the conversation, says": a verb of speaking later in the sentence.
        shape = "comma"
        rest = [(m.start(), m.group()) for m in islice(_TOKEN.finditer(text, name_stop + 1), 30)]
        for k, (_, word) in enumerate(rest):
            lead = _LEAD_PUNCT.match(word)
            if lead and lead.group(1) in verbs and lead.group(1).islower():
                if k and rest[k - 1][1].casefold() in _PRONOUNS:
                    break  # "Manila, he said.": the verb's subject is the pronoun before it
                if not k:
                    break  # "Okay, thanks very much, everyone.": a word and a noun, as no subject meets its verb
                next_word = rest[k + 1][1] if k + 1 < len(rest) else ""
                # "The Indonesians, continued Mr Whitlam, were …": the verb's subject follows it. And the verb
                # right after the aside's closing comma (perhaps after "then"), or ending the sentence in a language
                # that sets it last (Turkish's "Başbakan Menderes, … kalacağını söyledi."): "Mr. Chairman,
                # colleagues, the failure reminds us …" is an address, the verb another subject's.
                before = rest[k - 1][1] if rest[k - 1][1].casefold() not in _AFTER_ASIDE or k < 2 else rest[k - 2][1]
                last = word[-1:] in ".!?" and lead.group(1) not in SPEECH_VERBS
                if not (_is_name_word(next_word) or _fold(next_word) in TITLES) and (before.endswith(",") or last):
                    shape = "comma-verb"
                break
            if word.endswith((".", "?", "!", ":", ";")):
                break
        return TurnStart(name, key, name_stop, name_stop, shape, titled, role)
    if delimiter:
        return None
    if count <= after_index + 2 and words[-1][-1:] in LABEL_OFFSET_ENDS or count <= after_index + 3 \
            and words[-1] in MERIDIEMS:  # the label's offset, its last word (or a clock time's "AM" after it)
        timed = _timed_label(text, words, after_index, name_start, name_stop, key)
        if timed is not None:
            return TurnStart(*timed, "timed", titled, role)
    if after_index == count and all(map(_is_upper_word, words[name_first:])):
        # A name in capitals and nothing else: the label a play or an interview sets above the speech.
        return TurnStart(name, key, name_stop, len(text), "above", titled, role)
    if after_index == count or (after_index == count - 1 and words[-1].isdecimal() and len(words[-1]) <= 3):
        # A name (perhaps with its number) and nothing else: a label only after a recording's timestamp
        # ("[00:00:03] Speaker 1", the timestamp read before), see accept.
        if after_index < count:
            key = f"{key} {words[-1]}"
        return TurnStart(text, key, len(text), len(text), "alone", titled, role)
    if words[after_index] in _DASHES and name_end_index > name_first and count - after_index <= 7 \
            and _affiliation_alone(words, after_index + 1):
        # A full name, a dash and the firm or office, alone on the line above the speech, as an earnings call's
        # transcript sets its speakers ("Paul Ferreira - Chief Executive Officer" / "Sure. We have …"): a name
        # alone, the affiliation the label's (they had been words of the operator's turn).
        return TurnStart(text, key, len(text), len(text), "alone", titled, role)
    if after_index < count and words[after_index][:1] in _DIRECTION_CLOSES \
            and not _FOOTNOTE_MARK.match(words[after_index]):  # (a footnote's marker opens the speech: see below)
        # "MR. BUNDY (interrupting): We should wait.": a direction between the name and its colon
        # belongs to the speaker's label, in brackets too ("DOBRYNIN [laughing]: …"); so do two, as verbatim
        # records set a delegate's country and language ("Mr. IVANOV (Union of Soviet Socialist Republics)
        # (spoke in Russian): …").
        at = name_stop
        for _ in range(2):
            opening = _speech_start(text, at)
            sign = text[opening:opening + 1]
            closing = _DIRECTION_CLOSES.get(sign)
            if closing is None:
                return None
            close = text.find(closing, opening)
            inner = text.find(sign, opening + 1, close)
            nested = inner != -1 and text.find(sign, inner + 1, close) == -1 and text[close + 1:close + 2] == closing
            if nested:
                close += 1  # (one bracket inside: "The Chair (Mr. René Arseneault (Madawaska—Restigouche, Lib.)):")
            if not 0 < close - at <= _BRACKETED_AFTER_NAME or sign in text[opening + 1:close] and not nested \
                    or "\n" in text[at:close] or sign == "[" and _FOOTNOTE_MARK.fullmatch(text, opening, close + 1):
                return None  # (a footnote's marker is the text's, not the label's)
            addressed = _ADDRESSEE.match(text, close + 1) if titled or role else None
            if addressed is not None:
                # "1. Hon CHRISTOPHER LUXON (Leader of the Opposition) to the Prime Minister: Does she …": a question
                # and the minister it is put to, as New Zealand's Hansard sets them (it had been the record's words,
                # run into the answer's turn before it).
                end = addressed.end()
                return TurnStart(name, key, end, _speech_start(text, end), "colon", titled, role)
            reply = _REPLY_AFTER_PARTY.match(text, close + 1)
            if reply is not None:  # "Statsminister FREDRIK REINFELDT (M) replik:", the Riksdag's reply: the label's
                close = reply.end() - 1
            if text[close + 1:close + 2] == ":" or text[close + 1:close + 4] == " : ":  # (French's space before it)
                # A member's party says the label is a person's ("Erler (SPD):", as the Bundestag sets it).
                party = text[opening + 1:close]
                titled = titled or sign == "(" and name_key(key) not in LABEL_WORDS and (
                    _is_party(party) or len(party) == 1 and party.isupper() and " " in key and _is_upper_word(key)
                    and all(map(_is_upper_word, key.split())))  # (a party of one letter after a name in capitals,
                # as the Riksdag sets it: "STEFAN LÖFVEN (S):")
                end = text.index(":", close) + 1
                return TurnStart(name, key, end, _speech_start(text, end), "colon", titled, role)
            if text[close + 1:close + 2] == " " and (titled or role or _is_upper_word(words[name_end_index])):
                # A summary record's delegate and country, then the verb: "Mr. LODGE (United States of America)
                # said that …"; the parenthesis is the speaker's.
                verb = _LEAD_PUNCT.match(text[close + 2:close + 42].split(" ", 1)[0])
                if verb is not None and verb.group(1) in verbs and verb.group(1).islower():
                    return TurnStart(name, key, close + 1, close + 2, "verb", titled, role)
                if text[close + 2:close + 3] in _DASHES and text[close + 3:close + 4] == " " \
                        and _is_name_word(text[close + 4:close + 44].split(" ", 1)[0]):
                    # The member's party, then a dash: "O SR. ALESSANDRO MOLON (PSB - RJ) - Sr. Presidente, …",
                    # as Brazil's Chamber sets its labels.
                    return TurnStart(name, key, close + 3, close + 4, "colon", titled, role)
            if text[close + 1:close + 3] == ", " and text[close + 3:close + 4].islower() \
                    and (titled or role or _is_upper_word(words[name_end_index])) \
                    and _verb_after_aside(text, close + 3, verbs):
                # And an aside between the brackets and the verb: "Sir Gladwyn JEBB (United Kingdom), speaking on a
                # point of order, asked …", "Mr. KATZ-SUCHY (Poland), explaining his vote, said …" (they had been
                # words of the turn before).
                return TurnStart(name, key, close + 1, close + 1, "comma-verb", titled, role)
            # "Mr. WARD (East Sydney). - Is it …": the member's seat, a full stop and a dash.
            dash = _speech_start(text, close + 2)
            attached = dash == close + 2 and text[dash:dash + 1] in ("—", "–")  # Hansard's "(East Sydney).—Is it"
            if text[close + 1:close + 2] == "." and (attached or dash > close + 2
                                                     and text[dash:dash + 2].rstrip() in _DASHES):
                end = dash + (1 if attached else len(text[dash:dash + 2].rstrip()))
                speech = _speech_start(text, end)
                if (speech > end or attached) and (_is_name_word(text[speech:speech + 40].split(" ", 1)[0])
                                                    or text[speech:speech + 1] == "("):  # ("(Translation): The …")
                    if _is_party(text[opening + 1:close]):
                        # "Martin Schulz (S&D). – Mr President, …", "Dr Martin Schulz (S&D). – …": a member's group,
                        # the European Parliament's, a person's label at once, with a title or without.
                        return TurnStart(name, key, end, speech, "colon", True, role)
                    return TurnStart(name, key, end, speech, "period", titled, role)
            at = close + 1
        return None
    state = _LABEL_TAIL.match(text, name_stop) if (titled or role) and text.startswith(_TAIL_WORDS, name_stop) else None
    if state is not None and not _is_upper_word(words[name_end_index]) and (
            not titled or state.group(1).split(None, 1)[-1] not in _US_STATES):
        state = None  # (in small letters, a member's state only, as the GPO prints hearings now: "Mr. Graves of
        # Louisiana.", whose questions had been words of the turns before them)
    if state is not None:
        # A legislature's label: "Mr. SMITH of Texas.", "The SPEAKER pro tempore.": the member's state, the office's
        # standing, in the name, then its sign.
        end, sign = state.end(), state.end(1)
        return TurnStart(text[name_start:sign], f"{key} {state.group(1)}", end, _speech_start(text, end),
                         "period" if text[sign] == "." else "colon", titled, role)
    if after_index + 1 < count and words[after_index] in _DASHES and name_end_index > name_first and not role:
        affiliation = _affiliation_label_end(words, after_index + 1)
        if affiliation is not None:
            # A person's full name, a dash, and the firm or the office they speak for, then the colon, as an earnings
            # call's transcript sets its labels: "Tomas Delacroix — Harbor Point Securities: Paul, can you …",
            # "Paul Ferreira - CEO: Sure." (each had been words of the operator's turn).
            end = text.find(words[affiliation], name_stop) + len(words[affiliation])
            return TurnStart(text[name_start:end - 1], key, end, _speech_start(text, end), "colon", titled, role)
    if after_index + 1 < count and words[after_index] in _DASHES and _is_name_word(words[after_index + 1]) \
            and all(map(_is_upper_word, words[name_first:after_index])):
        # A name in capitals and a dash: "KISSINGER — We cannot accept …", a label as a colon is (one in small
        # letters and a dash is prose's aside: "Kissinger — the architect of détente — said").
        end = text.find(words[after_index], name_stop) + len(words[after_index])
        return TurnStart(name, key, end, _speech_start(text, end), "colon", titled, role)
    if after_index < count and words[after_index] == ":":
        # French sets a space before the colon: "M. Schuman : Nous pourrons …".
        end = text.find(":", name_stop) + 1
        return TurnStart(name, key, end, _speech_start(text, end), "colon", titled, role)
    if after_index < count and words[after_index][-1:] == ":" \
            and words[after_index].rstrip(":").casefold() in TRAILING_TITLES:
        # A title after the name, as Hungarian sets it: "Kádár elvtárs:" (comrade Kádár).
        end = text.find(words[after_index], name_stop) + len(words[after_index])
        return TurnStart(text[name_start:end - 1], key, end, _speech_start(text, end), "colon", True, role)
    if after_index < count and words[after_index][:1].islower() and name_end_index > name_first \
            and all(map(_is_upper_word, words[name_first:name_end_index + 1])):
        # A name in capitals, then the office in small letters and the colon, as the Országgyűlés sets a member of
        # the government's label: "DR. TÓTH FERENC belügyminisztériumi államtitkár: …" (not a verb's words:
        # "STALIN answers the following: …").
        colon = text.find(":", name_stop, name_stop + _DIRECTION)
        office_words = text[name_stop:colon].split() if colon > 0 else []
        if 1 <= len(office_words) <= 3 and all(word.isalpha() and word.islower() and word not in verbs
                                               for word in office_words):
            return TurnStart(name, key, colon + 1, _speech_start(text, colon + 1), "colon", titled, role)
    # No punctuation after the name: a verb must follow, perhaps after an adverb.
    j = after_index
    if j < count and words[j][:1] == "[" and _FOOTNOTE_MARK.fullmatch(words[j]):
        j += 1  # a footnote's marker on the name ("Lord Tedder [2] then said"): the speech opens with it
    elif j < count and words[j] in TRAILING_TITLES:
        # The title after the name, then the verb: "Kádár elvtárs elmondta, hogy …"; the title the label's.
        name_stop = text.find(words[j], name_stop) + len(words[j])
        name, titled = text[name_start:name_stop], True
        j += 1
    skipped = 0
    while j < count and _fold(words[j]) in ADVERBS and skipped < 2:
        j += 1
        skipped += 1
    if j >= count:
        return None
    verb = words[j]
    if not verb.isalpha():  # (a word of letters alone is its own letters: most verbs, "said", not "says,")
        lead = _LEAD_PUNCT.match(verb)
        if not lead:
            return None
        verb = lead.group(1)
    if not verb.islower() and verb not in verbs:  # (in capitals where the record is: a telegram's)
        return None
    if verb in OPINION_VERBS and " " not in key and not titled and not role and not _is_upper_word(key):
        return None  # "Japan considered that …": a state's view, as often as a person's
    if verb in _COMES_OR_GOES and _into_the_meeting(words, j + 1):
        return None  # "KM joined the meeting.", "JS returned to the meeting": the minutes' note, no speech (it had
        # been KM's turn, "joined" a verb in -ed after initials, "returned" one of speaking)
    if verb in _NOUNS_TOO and j + 1 < count and words[j + 1] == "of" and not titled and not role:
        return None  # "Rough notes of the meeting", "Working notes of the Presidium": a title, the verb a noun
    if verb in verbs or verb in _GOES_ON and j + 1 < count and words[j + 1].rstrip(":,") == "on":
        return TurnStart(name, key, name_stop, name_stop, "verb", titled, role)
    if len(verb) <= 2 and j + 1 < count and (participle := _LEAD_PUNCT.match(words[j + 1])) \
            and f"{verb} {participle.group(1)}" in verbs:
        return TurnStart(name, key, name_stop, name_stop, "verb", titled, role)  # "ha osservato", "a déclaré"
    if verb in NOT_VERBS or role or skipped:
        return None
    upper = all(_is_upper_word(word) for word in words[name_first:name_end_index + 1])
    if upper and (verb.endswith("s") or verb.endswith("ed")) and len(verb) > 3:
        return TurnStart(name, key, name_stop, name_stop, "action", titled, role)
    return None


# Who came into the meeting or left it, as minutes note it ("KM joined the meeting.", "JS left the meeting.", "Mr
# Tang returned to the meeting at 11.15 a.m."): the verb, and the words that may stand between it and the meeting.
_COMES_OR_GOES = frozenset("joined rejoined entered re-entered arrived returned left".split())
_TOWARDS = frozenset("to at from".split())


def _into_the_meeting(words: list[str], j: int) -> bool:
    """Whether the words from ``j`` are "the meeting" (or "to the meeting", "at the meeting"), after a verb of
    coming or going."""
    if j < len(words) and words[j] in _TOWARDS:
        j += 1
    return j + 1 < len(words) and words[j] == "the" and words[j + 1].rstrip(".,;") == "meeting"


# Verbs of speaking that are nouns too, which "of" after them shows ("Rough notes of the meeting").
_NOUNS_TOO = frozenset("notes remarks comments reports statements minutes records summaries".split())


# After a member's name and a comma, what the member speaks as, then a full stop and a dash ("…, on behalf of the
# S&D Group. –", "…, Member of the Commission. –", "…, rapporteur. –").
_AFFILIATION = re.compile(r",\s+[^.:;!?\n]{1,100}?\.\s*[-–—](?=\s)")
# After a deputy's surname, initials and a comma, as the Verkhovna Rada's stenograms set it: what the deputy is, to the
# constituency and party's bracket and a full stop ("…, член Комітету … ("Слуга народу"). Дякую"); or an office alone,
# to its full stop ("…, міністр фінансів України. Шановний …").
_STENOGRAM_AFFILIATION = re.compile(r"\s+[^\W\d_][^\n]{0,300}?\)\.(?=\s+\S)")
_STENOGRAM_OFFICE = re.compile(r"\s+[^\W\d_][^\n()]{0,120}?[^\W\d_]{2}\.(?=\s+[^\W\d_])")


# The minister a question is put to, after the member's bracket: " to the Minister of Health:".
_ADDRESSEE = re.compile(r" to (?:the )?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|and|the)){0,8}:")
_REPLY_AFTER_PARTY = re.compile(r" (?:replik|svar på replik|replikk|svar på replikk)(?=:)")


def _is_party(words: str) -> bool:
    """A member's party or group, as a parliament sets it in parentheses after the name: "SPD", "CDU/CSU",
    "BÜNDNIS 90/DIE GRÜNEN", "AfD" (capitals, or a short word among them), "Verts/ALE" (a word joined to capitals by
    a slash, as the European Parliament's groups are: not a seat's name, "East Sydney")."""
    parts = [part for part in re.split(r"[\s/]+", words) if part]
    if not parts or sum(map(str.isupper, words)) < 2:
        return False
    if all(part.isupper() or len(part) <= 3 for part in parts):
        return True
    halves = words.split("/")
    return len(halves) == 2 and any(half.isupper() for half in halves) and all(
        half.isalpha() and half[:1].isupper() for half in halves)


def _bracketed_shape(text: str, words: list[str], verbs: frozenset[str]) -> TurnStart | None:
    """A name in brackets: a meeting service's above the speech with its time ("[John Smith] 10:02:15"), or a
    monitoring service's before the words, its editors' brackets round it ("[Gorbachev] We are ready.", "[Question]
    How do you …": a label only where the evidence proves it, see parser.Evidence)."""
    bracketed = _BRACKETED_TIMED.fullmatch(text.rstrip()) if len(words) <= 6 else None
    if bracketed is not None:
        end = bracketed.end()
        return TurnStart(bracketed.group(1), bracketed.group(2), end, len(text), "timed", False, False)
    return _enclosed_label(_BRACKETED_LABEL, text)


def _parenthesised_shape(text: str, words: list[str], verbs: frozenset[str]) -> TurnStart | None:
    """A name in parentheses before the words, as some translations set the speaker ("(Stalin) We have read …"):
    read as a name in brackets is, a label only where the evidence proves it (see parser.Evidence)."""
    return _enclosed_label(_PARENTHESISED_LABEL, text)


def _enclosed_label(pattern: re.Pattern, text: str) -> TurnStart | None:
    label = pattern.match(text)
    if label is not None and label.group(1)[:1].isupper():
        end = label.end()
        return TurnStart(label.group(0), label.group(1), end, _speech_start(text, end), "bracketed", False, False)
    return None


def _bold_shape(text: str, words: list[str], verbs: frozenset[str]) -> TurnStart | None:
    """Markdown's label in bold, "**Stalin:** …" or "**Stalin**: …", read as the label inside it, its signs the
    label's as written; a name in bold before the verb, "**Stalin** said that …"; other words in bold no one's label
    ("**The talks** went on": not "**The", talking)."""
    bold = _BOLD_LABEL.match(text)
    if bold is None:
        return None  # (a bullet's "* Wheat", read as before)
    name = bold.group(2).strip()
    if bold.group(3) + bold.group(4) == ":":
        inner = _match_prefix(f"{name}: …", verbs)
        if inner is not None and inner.shape == "colon":
            end = bold.end()
            return TurnStart(inner.name, inner.key, end, _speech_start(text, end), "colon", inner.titled, inner.role)
    elif not bold.group(3):
        inner = _match_prefix(name + text[bold.end():], verbs)
        if inner is not None and inner.shape in ("verb", "comma-verb") and inner.speaker_end == len(name):
            end = bold.end()
            return TurnStart(inner.name, inner.key, end, end, inner.shape, inner.titled, inner.role)
        if inner is not None and inner.shape == "colon" and inner.speaker_end > len(name) and text[bold.end()] == " ":
            # The label runs on past the bold to its colon: "**Speaker 1** (00:00:03): …", as transcription
            # services write Markdown (where ``name + …`` has a place, the text has it ``shift`` on).
            shift = bold.end() - len(name)
            return TurnStart(inner.name, inner.key, inner.speaker_end + shift, inner.speech_start + shift, "colon",
                             inner.titled, inner.role)
    return _NO_LABEL


def _voice_shape(text: str, words: list[str], verbs: frozenset[str]) -> TurnStart | None:
    """A WebVTT caption's voice, "<v John Smith>Good morning.</v>": a person's label at once, the tag as written."""
    voice = _VOICE_TAG.match(text) if words[0][:2] == "<v" else None
    if voice is None:
        return None
    end = voice.end()
    return TurnStart(voice.group(1), voice.group(1), end, _speech_start(text, end), "colon", True, False)


# Japan's Diet marks each speech with a circle, the label up to the (full-width) space: an office and its holder,
# 君 his courtesy ("○委員長（河村建夫君）　これより会議を開きます。"), or a member and his standing ("○枝野委員　…").
# (and a member whose surname another shares, the given name's first letter in brackets, then the standing:
# "○佐藤（花）委員　…", 佐藤花子's; it had been words of the speech before)
_DIET_LABEL = re.compile(r"○([^\s（(]{1,24})(?:[（(]([^\s（()）]{1,16}?)君?[）)]([^\s（()）]{1,6})?)?"
                         r"(?=[\u3000 ]+\S)")


def _diet_shape(text: str, words: list[str], verbs: frozenset[str]) -> TurnStart | None:
    """A speech the Diet's minutes mark with their circle: the holder named in brackets, else the name before its
    standing ("枝野委員" is 枝野's), the label as written, circle and all."""
    label = _DIET_LABEL.match(text)
    if label is None:
        return None
    end = label.end()
    if label.group(3) is not None:  # (the given name's letter, then the standing: "佐藤（花）委員")
        key = label.group(1) + label.group(2)  # (told apart from another 佐藤: "佐藤花")
    else:
        key = label.group(2) or _without_diet_standing(label.group(1))
    speech = _speech_start(text, end)  # (the full-width space the label's, as a colon would be: it sets the name off)
    return TurnStart(text[:end], key, speech, speech, "colon", True, False)


# A member's or a minister's standing after the surname in the Diet's labels, the longest first ("○林国務大臣": 林's,
# a surname of one letter, where "林国務" had been a person).
_DIET_STANDINGS = tuple(sorted("国務大臣 副大臣 大臣政務官 大臣 委員長 委員 議員 議長 副議長 政府参考人 参考人 君".split(),
                               key=len, reverse=True))


def _without_diet_standing(name: str) -> str:
    for standing in _DIET_STANDINGS:
        if name.endswith(standing) and len(name) > len(standing):
            return name[:-len(standing)]
    return _without_cjk_title(name)


# Korea's National Assembly marks each speech with a larger circle, the label up to two spaces (or a full-width one):
# an office and its holder ("◯위원장 윤상현  회의를 시작하겠습니다."), a member and his standing ("◯김영호 위원  …"), or
# an office alone ("◯의장  …").
_ASSEMBLY_LABEL = re.compile(r"◯(\S{1,16})(?: (\S{1,16}))?(?=(?: {2,}|\u3000|\t)\s*\S)")
# A member's standing after the name ("김영호 위원": the committee's member; 의원, the Assembly's).
_KO_STANDINGS = frozenset({"위원", "의원", "위원장", "간사", "소위원장", "의장", "부의장"})


def _assembly_shape(text: str, words: list[str], verbs: frozenset[str]) -> TurnStart | None:
    """A speech Korea's Assembly marks with its circle: the holder's name after the office, or the member's before
    the standing, the label as written, circle and all."""
    label = _ASSEMBLY_LABEL.match(text)
    if label is None:
        return None
    first, second = label.groups()
    key = first if second is None or second in _KO_STANDINGS else second
    end = label.end()
    speech = _speech_start(text, end)  # (the spaces the label's, as a colon would be: they set the name off)
    return TurnStart(text[:end], key, speech, speech, "colon", True, False)


# What a format's signs open a label with, by the first character: the shape that reads it. A format's label of a
# new kind is one function here and one entry in the table.
_MARKED_OPENINGS = {"[": _bracketed_shape, "(": _parenthesised_shape, "*": _bold_shape, "_": _bold_shape,
                    "<": _voice_shape, "○": _diet_shape, "◯": _assembly_shape}
_NO_LABEL = TurnStart("", "", 0, 0, "none", False, False)  # a format's marked words that are no label


def _dashes_apart(words: list[str]) -> list[str]:
    """A dash set against the full stop before it and the word after it, as Hansard sets a member's label ("Mr.
    CALWELL.—I ask …", "Mr. WARD (East Sydney).—Is it …"), a word of its own, as a spaced one is."""
    out = []
    for word in words:
        for dash in "—–":
            at = word.find("." + dash)
            before = word[:at]
            # (after a name in capitals or a parenthesis only: "U.S.—Soviet talks" is words)
            if at > 0 and (before[-1] == ")" or before.isupper() and "." not in before and len(before) >= 2):
                out.append(word[:at + 1])
                out.append(dash)
                word = word[at + 2:]
                break
        if word:
            out.append(word)
    return out


def _special_shape(special: str, text: str, words: list[str], verbs: frozenset[str]) -> TurnStart | None:
    """The shapes a first word announces: a parliament's members together, a French assembly's office after its
    courtesy, an inverted name that opens with its particle, an unnamed voice from the floor, a chat's sender."""
    if special == "particle":
        # "van der Berg, Pieter   1:16 PM": a meeting service's inverted name, its particle in small letters.
        comma = text.find(",", 0, 40) if words[-1][-1:] in _TIMED_LABEL_ENDS else -1
        surname = text[:comma].split() if comma > 0 else ()
        if surname and surname[-1][:1].isupper() and all(w in NAME_PARTICLES or w[:1].isupper() for w in surname):
            inverted = _inverted_timed_label(text, 0, comma, " ".join(surname))
            return TurnStart(*inverted, "timed", False, False) if inverted is not None else None
        return None
    if special == "onorevole":
        # An Italian deputy's courtesy, "On." (Onorevole) before the name: "On. Moro: …", read as "Mr. Moro: …" reads
        # (a courtesy of as many letters; the label is taken from the text as written). "On" alone is English's
        # preposition, no title.
        return _match_prefix("Mr." + text[3:], verbs)
    if special == "floor":
        floor = _TAKES_THE_FLOOR.match(text) if "dijo" in verbs else None  # (where Spanish is read)
        if floor is None:
            return None
        return TurnStart(text[:floor.end(1)], floor.group(2), floor.end(1) + 1, floor.end(), "verb", True, False)
    if special == "chat":
        sent = _CHAT_FROM.match(text)
        if sent is None:
            return None
        end = sent.end()
        # (A label as names are, proven by use: "From London to Paris: a history" is a heading's words.)
        return TurnStart(text[:end - 1], sent.group(1), end, _speech_start(text, end), "colon", False, False)
    if special == "members":
        members = _MEMBERS.match(text)
        if members is not None:  # a parliament's interjection: "Honorable Members. - Hear, hear!"
            end = members.end(3)
            return TurnStart(members.group(1), members.group(2), end, _speech_start(text, end), "colon", False, True)
        if words[0] == "A" and len(words) > 2 and words[1] in _SENHORA:  # "A SRA. JANDIRA FEGHALI (…) - …"
            # (the feminine article read in the masculine's place; Portugal's "Sr.ª" as Brazil's "Sra.", as long)
            at = text.find(words[1])
            shape = _match_prefix("O" + text[1:at] + _SENHORA[words[1]] + text[at + len(words[1]):], verbs)
            return replace(shape, name=text[:len(shape.name)]) if shape is not None and shape.role else None
        office = _IRISH_OFFICE.match(text) if words[0] in ("An", "AN") else None
        if office is not None and all(word[:1].isupper() for word in office.group(1).split()):
            end = office.end()  # "An Ceann Comhairle: …", the Dáil's chair
            return TurnStart(office.group(0)[:-1], office.group(1), end, _speech_start(text, end), "colon", False, True)
    elif special == "courtesy":
        courtesy = _OFFICE_AFTER_COURTESY.match(text) if len(words) > 2 and words[1] in ("le", "la") else None
        if courtesy is not None:  # "M. le président. La parole est à …", as the French assemblies set it
            end = courtesy.end(3)
            return TurnStart(courtesy.group(1), courtesy.group(2), end, _speech_start(text, end), "period", True, True)
        office = _COURTESY_OFFICE.match(text)
        if office is not None and (office.group(3) in verbs or f"{office.group(3)} {office.group(4)}" in verbs):
            end = office.end(1)  # "M. le Ministre déclare que …": the speech opens with the verb
            return TurnStart(office.group(1), office.group(2), end, end, "verb", True, True)
        if office is not None:
            return _office_with_complement(text, office.end(2), office.group(2), verbs)
    voice = _VOICES.match(text)  # ("A" opens both a member's and a voice's label)
    if voice is not None:
        end = voice.end(2)
        return TurnStart(voice.group(1), voice.group(1), end, _speech_start(text, end), "colon", False, True)
    return None


def _office_with_complement(text: str, office_end: int, office: str, verbs: frozenset[str]) -> TurnStart | None:
    """The office with what it is of, or its country's adjective, then the verb: "M. le Ministre des Affaires
    étrangères déclare que …", "M. le Ministre de la Défense a déclaré", "M. l'Ambassadeur soviétique répond". What
    the office is of tells two ministers apart, so it is the key's."""
    words = text[office_end:office_end + 120].split(None, 6)
    of = _of_after_office([office, *words])
    if not of and not (words[0].isalpha() and words[0].islower()):
        return None
    for count in ((1, 2, 3, 4) if of else (1,)):  # (an adjective alone: "soviétique")
        if count >= len(words) or words[count - 1] in _NOT_OF or words[count - 1][-1:] in ",;.:":
            return None
        verb = words[count]
        if verb in verbs or count + 1 < len(words) and f"{verb} {words[count + 1]}" in verbs:
            end = office_end
            for word in words[:count]:  # (each word's place past the one before: "de la Défense")
                end = text.find(word, end) + len(word)
            return TurnStart(text[:end], f"{office} {' '.join(words[:count])}", end, end, "verb", True, True)
    return None


_NOT_OF = frozenset("et que qu' qu’ a est ont sont".split())


def _timed_label(text: str, words: list[str], after: int, name_start: int, name_stop: int, key: str
                 ) -> tuple[str, str, int, int] | None:
    """A name (perhaps with its number, "Speaker 2") and a recording's offset, perhaps in brackets, and
    nothing else: the label a recording service's export sets on a line of its own above each turn
    ("Speaker 2  1:04", "Speaker 2 (00:01:04)")."""
    meridiem = words[-1] in MERIDIEMS  # a meeting service's clock time: "John Smith  10:02 AM"
    last = len(words) - 1 - meridiem
    numbered = after < last and words[after].isdecimal() and len(words[after]) <= 3
    # What the service says of the speaker, no part of the name: "Marcus Olufemi (Guest)   0:55" (Teams')
    tagged = not numbered and after < last and words[after] in _SERVICE_TAGS
    stamp = after + 1 if numbered or tagged else after
    if stamp != last or not (RECORDING_OFFSET if meridiem else _LABEL_OFFSET).fullmatch(words[stamp]):
        return None
    if numbered:
        name_stop = text.find(words[after], name_stop) + len(words[after])
        key = f"{key} {words[after]}"
    elif tagged:
        name_stop = text.find(words[after], name_stop) + len(words[after])
    end = text.find(words[stamp], name_stop) + len(words[stamp])
    if meridiem:
        end = text.find(words[-1], end) + len(words[-1])
    return text[name_start:name_stop], key, end, len(text)


_SERVICE_TAGS = frozenset(
    "(Guest) (External) (Unverified) (Host) (Co-host) (Organizer) (Organiser) (Presenter)".split())


def _inverted_timed_label(text: str, name_start: int, name_stop: int, key: str) -> tuple[str, str, int, int] | None:
    """A surname, a comma and the given names, then the offset or the clock time, alone on the line: a meeting
    service's label for a name from a directory ("Smith, John   10:02 AM"). The key is the name in its usual order,
    so "Smith, John" and "John Smith" are one person."""
    label = _INVERTED_TIMED.fullmatch(text, name_stop)
    if label is None or not label.group(1)[:1].isupper() or not all(
            word[:1].isupper() or word in NAME_PARTICLES for word in label.group(1).split()):
        return None  # ("Smith, John said at 10:02 AM": words, not a name)
    return text[name_start:label.end(1)], f"{label.group(1)} {key}", label.end(2), len(text)


# An offset into a recording, as recording services print it: minutes and seconds, hours too ("0:03",
# "12:45", "1:02:15").
RECORDING_OFFSET = re.compile(r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d")
_OFFSET_AFTER_SIGN = re.compile(rf"[ \t]+(?:\({RECORDING_OFFSET.pattern}\)|\[{RECORDING_OFFSET.pattern}\])")
_LABEL_OFFSET = re.compile(rf"\({RECORDING_OFFSET.pattern}\)|\[{RECORDING_OFFSET.pattern}\]|{RECORDING_OFFSET.pattern}")
LABEL_OFFSET_ENDS = frozenset("0123456789)]")  # how a label that ends in an offset ends
# What may follow a clock time in a meeting service's label ("10:02 AM").
MERIDIEMS = frozenset("AM PM am pm a.m. p.m. A.M. P.M.".split())
_TIMED_LABEL_ENDS = LABEL_OFFSET_ENDS | frozenset("Mm.")  # how a label ends in an offset or a clock time ("AM")
_INVERTED_TIMED = re.compile(rf",[ \t]+([^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){{0,2}})[ \t]+"
                             rf"((?:{_LABEL_OFFSET.pattern})|{RECORDING_OFFSET.pattern}[ \t]?(?:[AaPp]\.?[Mm]\.?))[ \t]*")
# Markdown's label in bold, the colon inside or after it ("**Stalin:**", "__Stalin__:").
_BOLD_LABEL = re.compile(r"(\*\*|__)([^*_:\n]{1,80}?)(:?)\1(:?)(?=\s)")
# A name or a role in brackets before the words, as monitoring services (FBIS) set their labels: "[Gorbachev] …".
_BRACKETED_LABEL = re.compile(r"\[([^\W\d_][^\[\]\n]{0,40}?)\]:?(?=[ \t]+\S)")  # (a colon after it too: "[Stalin]:")
_PARENTHESISED_LABEL = re.compile(r"\(([^\W\d_][^()\n]{0,40}?)\):?(?=[ \t]+\S)")
# A WebVTT voice, its class if any, and the speaker's name ("<v John Smith>", "<v.loud Anna Lee>").
_VOICE_TAG = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^\W\d_][^<>\n]{0,59}?)[ \t]*>")
# A name in brackets and the offset, alone on a line above the speech ("[John Smith] 10:02:15"): the brackets
# are the label's, not an editor's.
_BRACKETED_TIMED = re.compile(rf"(\[([^\W\d_][^\[\]\n]{{0,58}}?)\])[ \t]+(?:{_LABEL_OFFSET.pattern})")


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Compare names without case, titles, dots or diacritics."""
    words = [w for w in re.split(r"[\s.]+", name) if w]
    if words and words[0][1:2] in ("'", "’") and without_article(words[0]).lower() in TITLES:
        words[0] = without_article(words[0])  # "L'Ambasciatore Kozyrev", "L'Ambasciatore": the office's, no article
    # A title is dropped before a name, not when it is the name: "The Chairman", "Mr. President".
    while len(words) > 1 and (words[0].lower() in TITLES and not (_of_after_office(words)
                                                                 and words[0].lower() not in _COURTESY_WORDS)
                              or len(words) > 2 and words[0].lower() in TITLE_FIRST_WORDS
                              and words[1].lower() in _TITLE_WORDS
                              # "Senator the Hon. Scott Ryan", "the Rt Hon. Justin Trudeau"
                              or len(words) > 2 and words[0].lower() == "the" and words[1].lower() in TITLES) \
            and not all(word[:1].islower() for word in words[1:]) \
            and not (len(words) < 3 and words[0].lower() in _TITLES_AS_NAMES) \
            and not (_deputy_office(words, 0) and all(word.lower() in _OFFICE_FIRST_WORDS for word in words[1:])):
        # "Secretary of State", "Minister for External Affairs": the title is the name; "Prime Minister Chou",
        # "Vice President Agnew": a title of two words before a name (alone, "Prime Minister" is the name); and
        # before words in small letters, no name's: "ministre des affaires étrangères".
        words = words[1:]
    if words and words[0].lower() == "the":
        words = words[1:]
    while len(words) > 2 and words[-1] in _POSTNOMINAL_KEYS:
        words = words[:-1]  # "James Cleverly MP" is James Cleverly ("Witnesses: Rt Hon James Cleverly MP, …")
    return _fold_latin(" ".join(words).casefold())


# Letters after a name that say what its bearer is, no part of the name, in capitals as written: a house's, and
# counsel's and honours'.
_POSTNOMINAL_KEYS = _POSTNOMINALS | frozenset("QC KC OBE CBE KBE MBE KCMG GCMG".split())


def is_office(name: str) -> bool:
    """Whether a role's label is an office alone ("The DEPUTY SPEAKER", "El señor PRESIDENTE DEL GOBIERNO", "Government
    Witness"), not a name with its title ("El Comandante Castro")."""
    key = name_key(name)
    return key.split(" ", 1)[0] in _OFFICE_FIRST_KEYS or key.rsplit(" ", 1)[-1] in NUMBERED_ROLES and " " in key


def _of_after_office(words: list[str]) -> bool:
    """What an office is of follows it: "Secretary of State", "Minister for External Affairs", "Ministre des Affaires
    étrangères", "Ministre de la Défense", "Ministre de l'Intérieur" (not a name's particle: "Général de Gaulle")."""
    second = words[1].lower()  # ("SECRETARY OF STATE", "PRESIDENTE DEL GOBIERNO", as records in capitals write them)
    return second in _OF_AFTER_OFFICE or second[:2] in ("d'", "d’") or second == "de" and len(words) > 2 and (
        words[2].lower() == "la" or words[2][:2].lower() in ("l'", "l’"))


# What an office is of, after it: "Secretary of State", "Ministre des Affaires étrangères", "Presidente del Gobierno",
# "Presidente del Consiglio", "Ministro do Trabalho" (not a name's particle: "de Gaulle", "da Silva"); or where,
# "Comandante en Jefe", "Commander in Chief".
_OF_AFTER_OFFICE = frozenset("of for des du del della dello delle degli do dos en in without".split())


def _deputy_office(words: list[str], i: int) -> bool:
    """A deputy's office, not a title before a name: "DEPUTY SPEAKER", "Deputy Prime Minister" are not the
    Speaker and the Prime Minister ("Deputy Micheál Martin" is the Dáil's member)."""
    return i + 1 < len(words) and words[i][:1] in "Dd" and _fold(words[i]) == "deputy" \
        and _fold(words[i + 1]) in _DEPUTY_OF


_DEPUTY_OF = frozenset("""speaker chair chairman chairwoman chairperson president prime premier minister secretary
    leader mayor governor whip clerk director chief head commander ambassador foreign treasurer chancellor attorney
    solicitor presiding cabinet""".split())

# An office's first word that is no title alone: "Mme Élisabeth Borne, Première ministre." (a woman's, French's)
_OFFICE_ADJECTIVES = frozenset("première haut haute".split())

# A title's first word where the title has two ("Prime Minister", "Vice President", "Deputy Prime Minister").
# (those whose second word is a title alone: "Vice Chairman", "Army General", "Rear Admiral", "Lieutenant General")
_TWO_WORD_TITLE_FIRST = frozenset("vice prime army lieutenant rear air fleet brigadier".split())
# (and a city's or a county's offices: "Council Member Pruitt", "City Clerk Monica Haynes")
TITLE_FIRST_WORDS = _TWO_WORD_TITLE_FIRST | frozenset(
    "deputy foreign first chief right rt council city town county village borough".split())
_TWO_WORD_TITLE_INITIALS = "".join({word[0] + word[0].upper() for word in _TWO_WORD_TITLE_FIRST})
_TITLE_WORDS = TITLES | TITLE_FIRST_WORDS
_OFFICE_FIRST_WORDS = _TITLE_WORDS | _DEPUTY_OF  # (what an office alone may open with)


# Latin letters that Unicode does not decompose into a letter and an accent, written as their plain letters
# ("Gomułka" → gomulka, as "Kádár" → kadar; "Støre" → store; "Đilas" → dilas).
_UNDECOMPOSED_LATIN = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ß": "ss", "ẞ": "SS",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ı": "i"})


def _fold_latin(text: str) -> str:
    """Drop accents from Latin and Greek letters (Nguyễn → nguyen; Καραμανλής → καραμανλησ, as its capitals
    write it; Gomułka → gomulka); other scripts keep theirs (й stays й)."""
    if text.isascii():
        return text
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED_LATIN)):
        if unicodedata.combining(char) and out and (out[-1].isascii() or "\u0370" <= out[-1] <= "\u03ff"):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


# What an office alone may open with, as ``name_key`` gives a name (without accents: "präsident" → "prasident").
_OFFICE_FIRST_KEYS = frozenset(_fold_latin(word.casefold()) for word in _OFFICE_FIRST_WORDS)


def without_article(word: str) -> str:
    """A word without the article elided before it (French and Italian "L'", "l’")."""
    return word[2:] if word[:2] in ("L'", "l'", "L’", "l’") else word


def _id_words(key: str) -> list[str]:
    """The words of a name's key: letters and digits, and the marks that go with them (a vowel sign of Devanagari,
    "नरेश", had cut the word, and the id, "नर-श", lost it)."""
    words: list[str] = []
    current: list[str] = []
    for char in key:
        if char.isalnum() or char == "_" or current and unicodedata.category(char) in ("Mn", "Mc"):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words


def _letters(word: str) -> int:
    """The letters of a word, its marks not counted ("के", a syllable of one letter and its vowel sign: an initial)."""
    if word.isascii():
        return len(word)
    return sum(1 for char in word if unicodedata.category(char) not in ("Mn", "Mc"))


# A Russian given name's initial, transliterated as two letters ("Yu.", "Zh."), before the surname.
# and a Romanian's ("Gh." for Gheorghe).
DIGRAPH_INITIALS = frozenset("yu ya ye yo zh ch sh kh ts shch gh".split())
# Initials that open with one of them, as a label writes them: "Yu.", "Yu.V.", "Gh." (read after a single letter's fail).
_DIGRAPH_INITIALS = re.compile(r"(?:%s)\.(?:[^\W\d_]\.){0,2}" % "|".join(
    sorted((initial.capitalize() for initial in DIGRAPH_INITIALS), key=len, reverse=True)))


# A nickname in quotes between a name's words ('Ernesto "Che" Guevara', "Nguyen “Frank” Van"): a capitalised word or
# two, the name's as written; and the quotes that may open one (a cheap test before the expression).
NICKNAME_QUOTES = frozenset('"“‘\'')
# Not a newspaper's name in quotes, as a list of the press sets it after a correspondent's name ('Mr. Henry Brandon
# "Times" Washington', which had made "Times" his nickname and "Washington" his surname).
_NOT_A_PAPER = (r"(?!(?:[^\W\d_]+ )?(?:Times|Post|Herald|Tribune|Journal|News|Gazette|Telegraph|Observer|Guardian"
                r"|Chronicle|Mirror|Express|Mail|Standard|Economist|Pravda|Izvestia|Monde|Figaro|Zeitung|Spiegel)[\"”’'])")
NICKNAME = re.compile(rf"(?:\"{_NOT_A_PAPER}[^\W\d_a-z][\w'’.-]*(?: [^\W\d_a-z][\w'’.-]*)?\""
                      rf"|“{_NOT_A_PAPER}[^\W\d_a-z][\w'’.-]*(?: [^\W\d_a-z][\w'’.-]*)?”"
                      rf"|[‘']{_NOT_A_PAPER}[^\W\d_a-z][\w.-]*[’'])")
_NICKNAME_INSIDE = re.compile(rf"(?<=\S) ({NICKNAME.pattern}) (?=[^\W\d_])")


def nickname_apart(name: str) -> tuple[str, str] | None:
    """A name holding a nickname in quotes, the nickname ("Che") and the name without it ("Ernesto Guevara"), by which
    the record may call the person too ("CHE:", "E.G.:", "Guevara"); None for a name without one."""
    if '"' not in name and "“" not in name and "‘" not in name and " '" not in name:
        return None
    found = _NICKNAME_INSIDE.search(name)
    if found is None:
        return None
    return found.group(1)[1:-1], name[:found.start()] + name[found.end(1):]


@lru_cache(maxsize=8192)
def derive_id(name: str, initials: bool = False) -> str:
    """An xml:id from a name: ``ZHOU ENLAI`` → ``zhou-enlai``, ``Mr. Kissinger`` → ``kissinger``; ``initials``: kept,
    ``Mr A. Lindqvist`` → ``a-lindqvist``, for a second person of a surname the record has given its id to."""
    key = name_key(name).replace("'", "").replace("’", "")  # "O'BRIEN" is "obrien", not "brien" after an initial
    words = _id_words(key)
    # Initials say little about who is meant: "A. Vyshinskii" is "vyshinskii", "के.वी. थॉमस" "थॉमस" ("Speaker 1" is
    # not "Speaker 2").
    full = words if initials else [w for k, w in enumerate(words) if _letters(w) > 1 and not (
        w in DIGRAPH_INITIALS and k < len(words) - 1) or w.isdigit()] or words  # ("Yu.V. Andropov": "andropov")
    # (Greek's sigma at a word's end is written ς, which comparing folds to σ: "καραμανλης".)
    ident = "-".join([w[:-1] + "ς" if w[-1] == "σ" else w for w in full]) or "person"
    if not (ident[0].isalpha() or ident[0] == "_"):
        ident = "p-" + ident
    return ident


@dataclass(frozen=True)
class Verdict:
    rule: str
    certainty: str


# The few verdicts there are, made once: every turn of every document gets one.
_REGISTER = Verdict("register", "high")
_SPEECH_VERB = Verdict("speech-verb", "high")
_SPEECH_VERB_LONE = Verdict("speech-verb", "medium")
_JOINT_TURN = Verdict("joint-turn", "high")
_TITLED_COLON = Verdict("titled-colon", "high")
_TITLED_PERIOD = Verdict("titled-period", "medium")
_KNOWN_NAME = Verdict("known-name", "medium")
_REPEATED_COLON = Verdict("repeated-colon", "medium")
_BRACKETED = Verdict("bracketed-label", "medium")
ANSWERING_COLON = Verdict("answering-colon", "low")
OFFICE_COLON = Verdict("office-colon", "low")
_ACTION_VERB = Verdict("action-verb", "medium")
_TIMED_LABEL = Verdict("timed-label", "medium")
_NAME_ABOVE = Verdict("name-above", "medium")
EXAMINATION = Verdict("examination", "medium")
REPORTED_WITHIN = Verdict("reported-within", "medium")
NUMBERED_SPEECH = Verdict("numbered-speech", "medium")  # a label after a speech's number ("Anf. 3  TALMANNEN:")
SWORN_NARRATIVE = Verdict("sworn-narrative", "medium")  # a witness's account under the line that swears him in
PRINTED_STATEMENT = Verdict("printed-statement", "medium")  # a statement under its heading ("Prepared Statement of …")

# A speaker named within a paragraph's first sentence, after what led to the speech, as records of conversation set
# it in capitals: "When KISHI finished, MR MENZIES, after expressing thanks for the welcome, said: '…'", "In referring
# to the trade discussions, MR MENZIES said: …". The lead opens with one of these words, a few words and no
# sentence's end; the name is in capitals (its title too), perhaps with an aside between commas before the verb.
_WITHIN_LEAD = re.compile(
    r"(?:When|After|Afterwards|In|On|At|Before|Later|Finally|Then|Replying|Turning|Referring|Speaking|Commenting|"
    r"Answering|Responding|Continuing|Summing|Having|Asked|Thanking|Concluding|Opening|Closing|Returning)\b"
    r"[^.;:!?'‘’\"“”()\n]{0,100}?,[ \t]+"
    r"((?:(?:MR|MRS|MS|MISS|DR|SIR|LORD|LADY|COMRADE|COMRADES|GENERAL|PRESIDENT|SENATOR|AMBASSADOR)\.?[ \t]+)?"
    r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3})"
    r"(?:,[^,.;:!?\n]{1,120},)?[ \t]+(?:then[ \t]+|also[ \t]+|again[ \t]+)?([a-z]+)\b")
WITHIN_BARE_FIRST = frozenset("IOABLFT")  # (what such a lead opens with)
# The same with no comma after the lead, where none stands before the verb either: "At the end of the conversation
# KOSYGIN asked the Ambassador …" (which had been words of the turn before; asked after the comma's form, so that
# "When KISHI finished, MR MENZIES … said" stays Menzies's).
_WITHIN_LEAD_BARE = re.compile(
    r"(?:In|On|At|Before|After|Later|Finally|Then)\b[^.;:!?'‘’\"“”(),\n]{0,100}?[ \t]+"
    r"((?:(?:MR|MRS|MS|MISS|DR|SIR|LORD|LADY|COMRADE|GENERAL|PRESIDENT|SENATOR|AMBASSADOR)\.?[ \t]+)?"
    r"[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3})[ \t]+(?:then[ \t]+|also[ \t]+|again[ \t]+)?([a-z]+)\b")


# The verb before the name, the speech around them: "The Indonesians, continued Mr Whitlam, were worried."
_WITHIN_INVERTED = re.compile(
    r"[^.;:!?\n,]{1,80},[ \t]+([a-z]+)[ \t]+"
    r"((?:(?:MR|MRS|MS|MISS|DR|SIR|LORD|LADY|COMRADE|Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Comrade)\.?[ \t]+)"
    r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3}"
    r"|[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,3}),")


def reported_within(text: str) -> tuple[int, int] | None:
    """Where the speaker named within a paragraph's first sentence stands (``_WITHIN_LEAD``, ``_WITHIN_INVERTED``),
    if one is, with a verb of speaking by the name: the paragraph is that person's words, not the turn's before
    it."""
    found = _WITHIN_LEAD.match(text) if text[:1] in "WAIOBLFTRSCH" else None  # (by its first letter, most are not)
    if found is not None and found.group(2) in SPEECH_VERBS:
        return found.start(1), found.end(1)
    found = _WITHIN_LEAD_BARE.match(text) if text[:1] in WITHIN_BARE_FIRST and found is None else None
    if found is not None and found.group(2) in SPEECH_VERBS:
        return found.start(1), found.end(1)
    found = _WITHIN_INVERTED.match(text) if ", " in text[:90] else None
    if found is not None and found.group(1) in _SAID_BEFORE:
        return found.start(2), found.end(2)
    return None


# The verbs of speaking that stand before their speaker, inside what was said ("…, continued Mr Whitlam, …").
_SAID_BEFORE = frozenset("said continued added replied answered observed remarked explained asked stressed "
                         "insisted agreed noted argued suggested".split())

# A court record's examination: who asks ("BY MR. SMITH:", on a line of its own or after the examination's
# name), then questions and answers ("Q. Where were you?", "A. At home.").
# The titles and ranks an examiner is named with ("BY SIR DAVID MAXWELL-FYFE:", "BY COLONEL POKROVSKY:").
_EXAMINER_TITLES = ("MR|MRS|MS|MISS|DR|SIR|DAME|LORD|LADY|PROF|PROFESSOR|COL|COLONEL|GEN|GENERAL|MAJ|MAJOR|CAPT|"
                    "CAPTAIN|LT|LIEUTENANT|CDR|COMMANDER|SENATOR|SEN|JUDGE")
EXAMINER = re.compile(rf"(?:^|\s)BY\s+((?:(?:{_EXAMINER_TITLES})\.?\s+)+|(?<=^BY\s))"
                      r"([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]*:[ \t]*"
                      r"(?:\((?:[Cc]ont(?:inued|'d|d)?|CONT(?:INUED)?|[Rr]esumed|RESUMED)\.?\)[ \t]*)?(?=\n|$)")
# The same in a sentence's letters, as British and military records set it: "Examined by MR HOLBROOK", "Cross-examined
# by Mr Smith", "Questions by the prosecution:", an office of words in small letters too, "Questions by the trial judge
# advocate:" (whose questions had been a person "#q"'s, and after the court's, the court's).
EXAMINED_BY = re.compile(
    r"(?:(?:[Ff]urther\s+)?(?:[Cc]ross|[Rr]e|[Dd]irect|[Rr]edirect|[Rr]ecross)[- ]?)?"
    r"(?:[Ee]xamined|[Ee]xamination|[Qq]uestioned|"
    rf"[Qq]uestions)\s+by\s+((?:(?:{_EXAMINER_TITLES}|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Colonel|Major|Captain|"
    r"Judge)\.?\s+)*)((?:THE|[Tt]he)(?:[ \t]+[\w'’-]+){1,3}|[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})"
    # (and whom counsel appears for, in brackets: "Cross-examined by Mr. Holden (for the Weavers' Association).")
    r"(?:[ \t]+\((?:for|on behalf of|representing)[ \t][^()\n]{1,80}\))?[ \t]*[:.]?[ \t]*(?=\n|$)")
# A label that names the examination and its examiner, the speech after it, as the Truth and Reconciliation
# Commission's transcripts set it: "CROSS-EXAMINATION BY MS GCABASHE: Thank you, Chairperson." (the examiner speaks).
EXAMINATION_LABEL = re.compile(r"(?:(?:CROSS|RE|DIRECT|REDIRECT|RECROSS|FURTHER)[- ]?)*EXAMINATION\s+BY\s+(\S.*)",
                               re.IGNORECASE)
# (or the letter alone, set off by spaces or a tab as the International Military Tribunal's transcript sets it: "Q    Will
# you state your full name?" / "A    Erwin Lahousen."; read only where a line names the examiner or swears the witness)
QUESTION_OR_ANSWER = re.compile(r"([QA])(?:[.:]|(?=  |\t))(?=\s+\S)")
# Who answers: the reporter's line that swears the witness in ("MARY JONES, called as a witness …, having been
# duly sworn, testified as follows:"; "First Sergeant RAYMOND C. DOYLE, Company B, 117th Infantry, a witness for the
# prosecution, was sworn …": what the witness is, between commas, before it).
WITNESS_SWORN = re.compile(r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})(?:,\s+[^,]{1,40}?){0,3},\s+"
                           r"(?i:called as a witness|having been(?: first)?(?: duly)? (?:sworn|affirmed)|"
                           r"being(?: first)? duly sworn|a witness)\b"  # ("…, HAVING BEEN SWORN, WAS EXAMINED …")
                           # (and as a royal commission's minutes of evidence call one: "Mr. SAMUEL OAKES called and
                           # examined.", "Mr. JOHN BURNS, M.P., recalled and further examined.")
                           r"|((?:Mr|Mrs|Miss|Dr|Sir|Captain|Colonel|Major|Lord|Rev)\.?\s+[A-Z][\w'’.-]*"
                           r"(?:\s+[A-Z][\w'’.-]*){0,4})(?:,\s+[^,]{1,60}?){0,3},?\s+"
                           r"(?:called|re-?called|sworn)(?:\s+in)?\s+and\s+(?:further\s+)?examined\b")
# Or its name alone on its line, then how it was sworn, as British courts and inquests set it: "DR ANNA PRZYBYLSKA
# (affirmed)", "MR JOHN SMITH (sworn)".
# (or after a comma: "PC GRAHAM LEWIS, sworn", as a Crown Court's transcript sets it)
WITNESS_ALONE = re.compile(r"([A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){1,5})"
                           r"(?:\s+\((?:sworn|affirmed|SWORN|AFFIRMED|Sworn|Affirmed)\)"
                           # ("MARGARET ANN PRING, sworn.", an inquest's)
                           # (or after a colon, as a Canadian arbitration's transcript sets it: "DOUGLAS FERRANTE:
                           # AFFIRMED")
                           r"|[,:]\s+(?:sworn|affirmed|SWORN|AFFIRMED)\.?)\s*$"
                           # (and in small letters, sworn after it, as the Old Bailey's proceedings set it: "Edward
                           # Crisp sworn.")
                           r"|([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){1,3})\s+(?:sworn|affirmed)\.?\s*$")
WITNESS = "THE WITNESS"  # whom an answer is resolved to: the court's own label for the witness


def examiner_named(text: str) -> str | None:
    """Who asks the questions from here on, as a court reporter's line names them ("BY MR. DODD:", "CROSS-EXAMINATION
    BY MS GCABASHE:", "Examined by THE CORONER"), or None."""
    found = EXAMINER.search(text) if "BY" in text else None
    if found is None and " by " in text and text[:1] in "CcDdEeFfQqRr":  # (most " by " are prose's)
        found = EXAMINED_BY.match(text)
    return found.group(2) if found else None


def witness_named(text: str) -> str | None:
    """Who answers them from here on, as the line that swears the witness in names them, or None."""
    found = WITNESS_SWORN.match(text) or WITNESS_ALONE.match(text)
    return (found.group(1) or found.group(2)) if found else None


def examination_start(text: str) -> TurnStart | None:
    """``Q. …`` or ``A. …``: the letter is the speaker, its key the letter (the parser reads whose it is); after the
    question's letter, who asks it, when counsel takes up the questions (``questioner_named``), is in the speaker."""
    match = QUESTION_OR_ANSWER.match(text)
    if match is None:
        return None
    speech = len(text) - len(text[match.end():].lstrip())
    if match.group(1) == "Q" and (named := _QUESTIONER.match(text, speech)) is not None:
        colon = text.index(":", speech) + 1
        return TurnStart(text[:colon], "Q", colon, named.end(), "examination", False, True)
    return TurnStart(match.group(0), match.group(1), match.end(), speech, "examination", False, True)


# Who asks, named after the question's letter as an Irish tribunal's transcript names counsel who takes up the
# questions ("8 Q. MS. DEVANE: Mr. Hegarty, …"): titled, in capitals, and a colon.
_QUESTIONER_NAME = r"(?:MR|MRS|MS|MISS|DR|SIR)\.?\s+[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2}"
_QUESTIONER = re.compile(rf"({_QUESTIONER_NAME}):\s+(?=\S)")
_QUESTIONER_LABEL = re.compile(rf"Q\.\s+({_QUESTIONER_NAME}):")


def questioner_named(label: str) -> str | None:
    """The counsel a question's label names after its letter ("Q. MS. DEVANE:" → "MS. DEVANE"), or None."""
    found = _QUESTIONER_LABEL.fullmatch(label)
    return found.group(1) if found else None


# The shapes of a label on a line of its own, above the speech, and their verdicts.
_LINE_LABELS = {"timed": _TIMED_LABEL, "above": _NAME_ABOVE, "alone": _TIMED_LABEL}
LINE_LABEL_SHAPES = frozenset(_LINE_LABELS)
LINE_LABEL_RULES = frozenset(verdict.rule for verdict in _LINE_LABELS.values())


def accept(start: TurnStart, registered: bool, proven: set[str], colon_counts: dict[str, int],
           line_labels: dict[tuple[str, str], int] | None = None) -> Verdict | None:
    """Decide whether a turn shape is a turn, given the document's evidence.

    ``line_labels`` counts the labels that stand on a line of their own, by shape and name key, of
    the shapes and names the document's evidence lets be labels at all."""
    key = name_key(start.key)
    if start.also:  # two speakers of one turn: each a delegate as summary records set one, or a label used elsewhere
        return _JOINT_TURN if start.titled or key in proven and all(name_key(k) in proven for k in start.also) \
            else None
    if start.shape in _LINE_LABELS:
        counts = line_labels or {}
        role = numbered_role(key) or ""

        def repeated(kind: str) -> bool:  # the name, or its numbered kind, so used twice or more
            return counts.get((kind, key), 0) >= 2 or counts.get((kind, role), 0) >= 2

        if start.shape != "timed" and repeated("stamped"):
            return _TIMED_LABEL  # after a recording's timestamp, more than once ("[00:00:03] Speaker 1")
        if start.shape == "alone":
            # A name alone on a line (a signature's, a heading's), the register's too; but for one in small
            # letters set above the speech more than once, as a call's transcript sets them ("Michael Tan").
            # (so set once too, where another name is so set twice or more: "Elena Marsh" asks one question)
            return _NAME_ABOVE if repeated("named") or counts.get(("named", key)) and any(
                shape == "named" and n >= 2 for (shape, _), n in counts.items()) else None
        if registered:
            return _REGISTER
        if start.shape == "timed" and not repeated("timed"):
            # Once, in a recording's export whose labels are so set: another name's used twice or more
            # ("Speaker 1  0:03" … "Speaker 2  0:10", the second speaker's one answer).
            return _TIMED_LABEL if any(shape == "timed" and n >= 2 for (shape, _), n in counts.items()) else None
        return _LINE_LABELS[start.shape] if repeated(start.shape) else None
    if registered:
        return _REGISTER
    if start.shape == "bracketed":
        return _BRACKETED if key in proven else None
    if start.shape in ("verb", "comma-verb"):
        if key in _EVENTS or key in _BODIES:
            return None  # what the record notes of itself: "Interview concluded at 14:35.", "Tape continued at …"
        # A lone capitalised word ("China agreed") may be a state, not a person.
        lone = " " not in start.key and not start.titled and not _is_upper_word(start.key)
        return _SPEECH_VERB_LONE if lone else _SPEECH_VERB
    if start.shape == "colon" and (start.titled or start.role):
        return _TITLED_COLON
    if start.shape == "period" and (start.titled or start.role) and _surname_in_capitals(_KEY_TAIL.sub(
            "", start.key).split()):
        return _TITLED_PERIOD  # "Senator FULBRIGHT." "The CHAIRMAN.": prose does not set a name so
    if start.shape == "period" and key in proven:
        return _KNOWN_NAME  # (a titled name or an office in small letters, so set often: "M. Michel Debré.")
    if start.role:
        return None  # "The Indonesians," is prose unless a verb of speaking follows at once
    if key in proven and start.shape in ("colon", "period", "action"):
        return _KNOWN_NAME
    if start.shape == "colon" and not start.role and (
            key not in LABEL_WORDS or interview_label(key, colon_counts)) and (
            colon_counts.get(key, 0) >= 2 or colon_counts.get(numbered_role(key) or "", 0) >= 2
            or _answered(key, colon_counts)):
        return _REPEATED_COLON
    if start.shape == "action" and (start.titled or " " in start.key):
        return _ACTION_VERB
    return None


# What a record says began, went on or ended, before a verb that is also one of speaking ("Interview concluded at
# 14:35.", "Tape continued at 14:20.", "Business concluded at 12.20 pm."): no one's name.
_EVENTS = frozenset("""interview meeting tape business session sitting hearing recording conversation discussion
    proceedings conference talks transcript""".split())
# A body that answers, as a written answer's text names it ("The Government recognises the importance of …"): no
# person's turn (it had been one, "#government", the next question's heading among its words).
_BODIES = frozenset({"government"})

# Labels a record sets before its parts, with a colon, as a speaker's name is set: "Note:", "Decision:",
# "Discussion:", a protocol's "Слушали:" (heard) and "Постановили:" (resolved), "Beschluss:", the Eduskunta's
# "Keskustelu:", a Knesset committee's "סדר היום:", an Arabic minute's "القرارات:". Never a speaker
# however often used (the register may still name one), nor proven by a single use.
LABEL_WORDS = frozenset("""note notes comment comments answer question reply response summary subject agenda action
    decision decisions conclusion conclusions result results translation remark remarks item topic source sources
    reference background discussion recommendation recommendations proposal text attachment enclosure resolved
    resolution resolutions
    decided agreed heard noted excerpts excerpt extracts extract recap editorial commentary voted moved carried
    слушали постановили решили решение выступили примечание повестка вопрос
    beschluss beschlossen tagesordnung anmerkung ergebnis décision décidé ordre remarque résolution
    acuerdo decisión resolución nota
    keskustelu päätös beslut vedtak besluit uchwała usnesení határozat napirend hotărâre
    القرارات القرار الحضور الغائبون נכחו מוזמנים החלטה הצבעה""".split()) | {"סדר היום", "جدول الأعمال"}
# Of them, those an interview sets before its questions and answers: a role's turns when repeated.
INTERVIEW_LABELS = frozenset("question answer reply response".split())
# The labels of an interrogation's or an interview's questions and answers in the languages the encoder reads, as
# keys ("Frage:" / "Antwort:", "Вопрос:" / "Ответ:", "PREGUNTADO:" / "CONTESTÓ:"): the question the interviewer's,
# the answer the one questioned's. A protocol's "Вопрос:" (its agenda's item) is a question's only beside "Ответ:".
QUESTION_LABELS = frozenset("""question frage pregunta preguntado вопрос otazka pytanie domanda pergunta vraag fraga
    kysymys kerdes intrebare""".split())
ANSWER_LABELS = frozenset("""answer antwort reponse respuesta contesto ответ odpoved odpowiedz risposta resposta
    antwoord svar vastaus valasz raspuns""".split())


def _answered(key: str, colon_counts: dict[str, int]) -> bool:
    """A question's label beside an answer's, or an answer's beside a question's, each used once too (a
    deposition's one exchange, "PREGUNTADO: …" / "CONTESTÓ: …", had been a heading over a paragraph)."""
    other = ANSWER_LABELS if key in QUESTION_LABELS else QUESTION_LABELS if key in ANSWER_LABELS else ()
    return any(colon_counts.get(label, 0) for label in other)


def interview_label(key: str, colon_counts: dict[str, int]) -> bool:
    """Whether a record's label word (LABEL_WORDS) labels an interview's turns here: always "Question:" and its kin;
    a word that is also an agenda's ("Вопрос:") where the record's answers are labelled twice or more."""
    return key in INTERVIEW_LABELS or key in QUESTION_LABELS and any(
        colon_counts.get(answer, 0) >= 2 for answer in ANSWER_LABELS)


def _surname_in_capitals(words: list[str]) -> bool:
    """A name whose surname, its last word, is in capitals, as a record sets a speaker's: "FULBRIGHT", and after given
    names as written, "Tecle HAWARIATE" (the League of Nations' "M. Tecle HAWARIATE (Ethiopia). — …")."""
    return bool(words) and is_capitals(words[-1]) and all(
        is_capitals(word) or word[:1].isupper() and word[1:].islower() for word in words[:-1])


def is_capitals(word: str) -> bool:
    """A surname in capitals (``FULBRIGHT``, ``LE-DUC``, ``O'BRIEN``): no initial, no other sign."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def in_capitals(key: str) -> bool:
    """A name in capitals, as stenograms set a speaker's: "STALIN", "МАО ЦЗЭДУН", and a surname with initials after
    it, "ПЕТРЕНКО О.В.", as the Verkhovna Rada's and the Duma's stenograms set a deputy's."""
    words = key.split()
    return is_capitals(words[0]) and all(is_capitals(word) or _is_initial(word) for word in words[1:])


def proves_speaker(start: TurnStart) -> bool:
    """Shapes strong enough on their own to make a name a known speaker."""
    return start.shape in ("verb", "comma-verb") or (start.shape == "colon" and (start.titled or start.role))


@lru_cache(maxsize=4096)
def holder_after_office(label: str, genitive: bool, served: bool = False) -> tuple[str, str] | None:
    """(holder, office) of a label that names an office with what it is of, then its holder: "Secretary of State
    Dean Rusk", "Sekretarz stanu w Ministerstwie Finansów Jan Nowak", "Předseda vlády ČR Andrej Babiš"; in a language
    whose labels so write it (``genitive``), also with no word in small letters, "Prezes Rady Ministrów Donald Tusk".
    The holder is the label's last two names, a middle initial between them too ("… William P. Rogers"), or initials
    and a surname ("… A. N. Kosygin"); none if what the office is of ends with a word that must be followed
    ("Secretary of State Rusk", "Bundesminister des Auswärtigen Scheel"), or if nothing stands between the office and
    the names but titles and names ("President Dwight D. Eisenhower", "Thủ tướng Phạm Văn Đồng": a name of three
    words). A speaker's label (``served``) may also open with the service an office is of, "Navy Minister Oikawa"
    (``_qualified_office``; in a list of those present the name is kept whole, "Foreign Minister Toyoda", as "Prime
    Minister Konoe" is)."""
    spaces = label.count(" ")
    if spaces < 2:
        return None  # (most labels: a name, a courtesy and a name; read before any pattern)
    qualified = False
    if label.split(None, 1)[0].rstrip(".").casefold() not in _OFFICE_FIRST:
        qualified = served and _qualified_office(label.split(None, 2))  # ("Navy Minister Oikawa", "Army Chief of Staff …")
        if not qualified:
            return None
    elif spaces < 3:
        return None
    for pattern in _HOLDERS_AT_END:
        found = pattern.search(label)
        if found is not None:
            held = _office_before(label, found, genitive, qualified)
            if held is not None:
                return held
    return None


def _office_before(label: str, found: re.Match, genitive: bool, qualified: bool = False) -> tuple[str, str] | None:
    """(holder, office) where the words before ``found``, the holder's names, are an office and what it is of; an
    office its service or field opens (``qualified``: ``_qualified_office``) may end with its title."""
    words = label[:found.start()].split()
    names = found.group(1)
    last_of_office = _FIRST_WORD.match(names)
    if last_of_office is not None and (last_of_office.group(1).casefold() in _OFFICE_ENDS or qualified
                                       and last_of_office.group(1).casefold() in _QUALIFIED_HEADS):
        # The last word of what the office is of, not the holder's first name: "Minister of Foreign Affairs Gromyko",
        # "Secretary of State Rusk", "Bundesminister des Auswärtigen Scheel".
        words.append(last_of_office.group(1))
        names = names[last_of_office.end():]
    holder = [names]
    while words and words[-1].rstrip(".").casefold() in COURTESIES:
        holder.insert(0, words.pop())  # the holder's own title ("… Minister for Foreign Affairs Sir Garfield Barwick")
    first = words[0].rstrip(".").casefold() if words else ""  # (an office: see holder_after_office)
    if len(words) < 2 or words[-1].casefold() in _OFFICE_LINKS:
        return None
    linked = any(word[:1].islower() and word.casefold() not in TITLES for word in words[1:])
    if not (linked or (genitive and first not in _MEMBERS_TITLES or first in _OFFICE_HEADS
                       or qualified and words[-1].casefold() in _QUALIFIED_HEADS)
            and found.group(1)[1:2] != "."):  # (initials after capitalised words: a middle name's, "Dwight D. …")
        return None
    return " ".join(holder), " ".join(words)


# What an office is of ends with these words, in the languages whose labels write the holder after the office: a
# name after them is the holder's whole name ("Minister for External Affairs Casey"), never its first word.
_OFFICE_ENDS = frozenset("""affairs state defence defense interior treasury exchequer trade commerce industry labour
    labor agriculture health education justice finance war navy economy energy union ministers staff forces board
    council auswärtigen innern finanzen justiz verteidigung wirtschaft""".split())
_FIRST_WORD = re.compile(r"([^\s.]+)\s+(?=\S)")
# The last names of a label, after an office, tried in turn: a middle initial between two names; initials and a
# surname; two capitalised words.
_HOLDERS_AT_END = tuple(re.compile(rf"\s({names})\s*[:.]?\s*$") for names in (
    r"[^\W\d_a-z][\w'’-]+\s+(?:[^\W\d_]\.\s?){1,2}[^\W\d_a-z][\w'’-]+",
    r"(?:[^\W\d_]\.\s?){1,3}[^\W\d_][\w'’-]+",
    r"[^\W\d_a-z][\w'’-]+\s+[^\W\d_a-z][\w'’-]+"))
# Offices, in the languages whose labels name what an office is of before the holder, that open a label (words of
# those languages alone: "Minister" is English's too).
_OFFICE_HEADS = frozenset("""prezes marszałek wicemarszałek wiceminister sekretarz podsekretarz przewodniczący
    przewodnicząca zastępca rzecznik prokurator szef
    předseda předsedkyně místopředseda místopředsedkyně ministr ministryně náměstek náměstkyně
    predseda predsedníčka podpredseda podpredsedníčka ministerka štátny tajomník""".split())
GENITIVE_OFFICES = frozenset({"pl", "cs", "sk"})
_OFFICE_FIRST = (TITLES - COURTESIES) | _OFFICE_HEADS | {"chief"}  # what such a label opens with ("Chief of the
# Navy General Staff Nagano")
# An office's title after the word that says of what, the service's or the field's: "Navy Minister", "Foreign
# Minister", "Army Chief of Staff", as the Imperial Conferences' records in English set a label before the holder's
# surname ("Navy Minister Oikawa:", "Army Chief of Staff Sugiyama:"; they had been a person #navy-minister-oikawa and
# words of the turn before).
_QUALIFIED_HEADS = frozenset("minister chief secretary president chancellor commander governor director".split())
_NOT_QUALIFYING = frozenset("prime vice deputy first".split())  # (titles of two words the shapes read: "Prime Minister")


def _qualified_office(words: list[str]) -> bool:
    """Whether a label's words open with an office its service or field opens: a capitalised word that is no title
    nor a sentence's, then one of ``_QUALIFIED_HEADS`` ("Navy Minister", "Army Chief"), and more words after them."""
    if len(words) < 3 or words[1].casefold() not in _QUALIFIED_HEADS or not words[0][:1].isupper() \
            or not words[0].isalpha():
        return False
    first = _fold(words[0])
    return first not in TITLES and first not in NOT_NAMES and first not in _NOT_QUALIFYING


# A member's title, before a name of three words as often as after an office's ("Poseł Jan Maria Rokita").
_MEMBERS_TITLES = frozenset("poseł posłanka senator senátor poslanec poslankyně poslankyňa".split())
# Words after which what an office is of goes on: a name cannot follow them directly.
_OFFICE_LINKS = frozenset("""of for the and des der den dem für im am zu zum zur de du la le d' w we ds na do z ze
    pro při v ve""".split())
