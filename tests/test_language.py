"""The language of a transcript whose sidecar names none, and the records in other languages it lets be read."""

from __future__ import annotations

import pytest

import tei
from tei.language import identify
from tei.render import render_text
from tei.metadata import parse
from tei.validation import validate_result

NS = {"t": "http://www.tei-c.org/ns/1.0"}

ENGLISH = ("The Minister said that the talks had been useful and that he was glad of the chance to meet. "
           "He added that his government would consider the proposal with care, and that it was not opposed to it.")
FRENCH = ("Le ministre dit que les entretiens ont été utiles et qu'il est heureux de cette occasion. Il ajoute que "
          "son gouvernement examinera la proposition avec soin, et qu'il n'est pas opposé à cette idée dans le fond.")
GERMAN = ("Der Minister sagte, dass die Gespräche nützlich gewesen seien und dass er sich über die Gelegenheit "
          "freue. Er fügte hinzu, die Regierung werde den Vorschlag mit Sorgfalt prüfen, und sie sei nicht dagegen.")
SPANISH = ("El ministro dijo que las conversaciones habían sido útiles y que estaba contento con la ocasión. Añadió "
           "que su gobierno estudiará la propuesta con cuidado, y que no se opone a ella por el momento.")
HUNGARIAN = ("A miniszter azt mondta, hogy a tárgyalások hasznosak voltak, és hogy örül az alkalomnak. Hozzátette, "
             "hogy a kormány gondosan megvizsgálja a javaslatot, és nem ellenzi azt, mint ezt már mondta.")
POLISH = ("Minister powiedział, że rozmowy były pożyteczne i że jest zadowolony z okazji. Dodał, że jego rząd "
          "rozpatrzy propozycję starannie, ale nie jest jej przeciwny, jak już wcześniej mówił przez telefon.")
CZECH = ("Ministr řekl, že rozhovory byly užitečné a že je rád za tuto příležitost. Dodal, že jeho vláda návrh "
         "pečlivě posoudí, ale že není proti němu, jak již řekl, a že jsou také připraveni jednat.")
ITALIAN = ("Il ministro dice che i colloqui sono stati utili e che è lieto della occasione. Aggiunge che il governo "
           "esaminerà la proposta con cura, e che non è contrario alla idea della conferenza per il momento.")

SWEDISH = ("Ministern sade att samtalen hade varit nyttiga och att han var glad för tillfället. Han tillade att "
           "regeringen skulle pröva förslaget med omsorg, och att den inte var emot det, som vi också har sagt.")
DANISH = ("Ministeren sagde, at samtalerne havde været nyttige, og at han var glad for lejligheden. Han tilføjede "
          "efter mødet, at regeringen nu ville se meget nøje på forslaget, og hvad den ellers mente om sig selv.")
NORWEGIAN = ("Ministeren sa at samtalene hadde vært nyttige, og at han var glad for anledningen. Han la til etter "
             "møtet at regjeringen nå ville se mye nøye på forslaget, og hva den ellers mente om seg selv.")
FINNISH = ("Ministeri sanoi, että neuvottelut olivat olleet hyödyllisiä ja että hän oli iloinen tilaisuudesta. Hän "
           "lisäsi, että hallitus tutkii ehdotusta huolella, mutta se ei ole sitä vastaan, kun myös niin sanottiin.")
# (Estonian writes Finnish's commonest words, "ja", "on", "ei": it had been told as Finnish.)
ESTONIAN = ("Minister ütles, et läbirääkimised olid kasulikud ja et ta on selle võimaluse üle rõõmus. Ta lisas, et "
            "valitsus uurib ettepanekut hoolikalt, aga see ei ole selle vastu, kui ka nemad seda soovivad ning siis.")
# (and one that writes more of their shared words than of its own: it is told by its own against Finnish's alone)
ESTONIAN_SHARED = ("Minister ütles, et see on hea ja ei ole halb. Ta ütles, et on ja ei ole ja on. Aga ta ei "
                   "olnud seal ja see oli hea ja on hea ja ei ole.")
ROMANIAN = ("Ministrul a spus că discuțiile au fost utile și că este bucuros de această ocazie. El a adăugat că "
            "guvernul va studia propunerea cu atenție, și că nu este împotriva ei, dar mai sunt întrebări la care.")
TURKISH = ("Bakan, görüşmelerin çok yararlı olduğunu ve bu fırsattan memnun olduğunu söyledi. Hükümetin öneriyi "
           "dikkatle inceleyeceğini ve buna karşı olmadığını, ama daha çok görüşme için bir tarih olarak ekledi.")

# (a Welsh council's minutes, whose "y" Spanish writes too, had been told as Spanish)
WELSH = ("Cofnodion cyfarfod y Cyngor a gynhaliwyd yn Neuadd y Pentref nos Lun am 7.00 o'r gloch yr hwyr. Yn "
         "bresennol: y Cynghorydd Gwenda Roberts ac y Cynghorwyr Dafydd Jones a Huw Parry. Derbyniwyd "
         "ymddiheuriadau gan y Cynghorydd Siân Owen. Cynigiwyd gan y Cynghorydd Elin Hughes fod y cofnodion yn gywir.")

# (an Italian minute's head, whose "del" Spanish writes too, had been told as English: no language clearly ahead)
ITALIAN_MINUTE = ("VERBALE DI ASSEMBLEA ORDINARIA DEI SOCI del 27 aprile 1968. L'anno millenovecentosessantotto, il "
                  "giorno ventisette del mese di aprile, alle ore 20,30, presso la sala del Circolo di Villa Ospizio, "
                  "si è riunita l'Assemblea ordinaria dei soci. ORDINE DEL GIORNO: bilancio del 1967; relazione del "
                  "Collegio Sindacale; assegnazione degli alloggi del lotto di via Premuda.")


@pytest.mark.parametrize("text, language", [
    (ENGLISH, "en"), (WELSH, "cy"), (ITALIAN_MINUTE, "it"), (FRENCH, "fr"), (GERMAN, "de"), (SPANISH, "es"),
    (ITALIAN, "it"), (HUNGARIAN, "hu"),
    (POLISH, "pl"), (CZECH, "cs"), (SWEDISH, "sv"), (DANISH, "da"), (NORWEGIAN, "no"), (FINNISH, "fi"),
    (ESTONIAN, "et"), (ESTONIAN_SHARED, "et"),
    (ROMANIAN, "ro"), (TURKISH, "tr"),
    ("Министр сказал, что переговоры были полезны.", "ru"),
    ("Міністр сказав, що переговори були корисні і що він їх підтримує.", "uk"),
    ("毛泽东：我们的共同老朋友蒋介石委员长可不赞成了。", "zh"),
    ("首相は、会談は有益であったと述べた。", "ja"),
    ("장관은 회담이 유익했다고 말했다.", "ko"),
    # Chinese among names in Latin letters: a third of the letters Han is Chinese.
    ("周恩来总理会见基辛格 Henry Kissinger", "zh"),
])
def test_a_paragraph_tells_its_language(text, language):
    assert identify(text) == language


@pytest.mark.parametrize("text", [
    "", "12 34 56", "STALIN: Yes.", "Q: hi\nA: yes", "Le traité est signé et il est à Paris.",
    # Two languages about as much as each other: neither.
    FRENCH + " " + FRENCH + " " + ENGLISH,
    # French words quoted in an English record do not make it French.
    ENGLISH + " He called it a fait accompli, a coup de main, a raison d'être of the alliance.",
])
def test_too_little_or_too_mixed_tells_nothing_but_english(text):
    assert identify(text) in (None, "en")


def test_the_header_says_how_the_language_was_known():
    def language(text, meta=None):
        tree = tei.encode(text, meta, name="x.txt").tree
        element = tree.find(".//t:langUsage/t:language", NS)
        return tree.getroot().find("t:text", NS).get("{http://www.w3.org/XML/1998/namespace}lang"), element.text

    assert language(FRENCH) == ("fr", "French (identified from the text by the encoder)")
    assert language("Yes.") == ("en", "English (assumed: no sidecar names the language and the text does not tell it)")
    assert language(FRENCH, parse('language = "en"\n')) == ("en", "English")  # the sidecar's word is final


SHORT_FRENCH = ("COMPTE RENDU DE L'ENTRETIEN DU 5 MAI 1958\n\nM. SPAAK déclare que l'Alliance doit rester unie.\n\n"
                "M. PINEAU répond que la France partage cet avis.\n\nM. SPAAK insiste sur la consultation.\n")


def test_a_record_too_short_to_tell_by_its_words_is_told_by_the_verbs_that_open_its_paragraphs():
    """Three paragraphs of a French record ("M. SPAAK déclare que …") were English, assumed, and no one's turns;
    its first line, naming what it is, the record's title, not a dateline."""
    assert identify(SHORT_FRENCH) is None
    result = tei.encode(SHORT_FRENCH, name="x.txt")
    assert result.tree.getroot().find("t:text", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#spaak", "#pineau", "#spaak"]
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "COMPTE RENDU DE L'ENTRETIEN DU 5 MAI 1958"
    # One such paragraph tells nothing; nor do English verbs, which every language's records read.
    one = tei.encode(SHORT_FRENCH.split("\n\nM. PINEAU")[0] + "\n", name="x.txt")
    assert one.tree.getroot().find("t:text", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    english = tei.encode("M. SPAAK said that.\n\nM. PINEAU replied.\n\nM. SPAAK répond.\n", name="x.txt")
    assert english.tree.getroot().find("t:text", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == "en"


def test_a_soviet_records_title_of_two_lines_and_its_length_are_the_records():
    """"ЗАПИСЬ БЕСЕДЫ" / "с послом США Смитом" was a paragraph (two lines above a turn may be a telegram's words,
    unless the first names the record); "Беседа продолжалась 40 минут." the last speaker's words."""
    text = ("ЗАПИСЬ БЕСЕДЫ\nс послом США Смитом\n\nСмит заявил, что он прибыл.\n\nМолотов ответил, что готов.\n\n"
            "Беседа продолжалась 40 минут.\n")
    result = tei.encode(text, name="x.txt")
    record = result.tree.find(".//t:div[@type='record']", NS)
    assert [child.tag.split("}")[1] for child in record] == ["head", "sp", "sp", "p"]
    assert record.findtext("t:head", namespaces=NS) == "ЗАПИСЬ БЕСЕДЫ с послом США Смитом"


def test_a_french_or_german_office_after_its_article_is_a_speakers_name():
    """"Le général de Gaulle dit que …", "Der Bundeskanzler erklärte, …": the article and the office in small
    letters stopped the name, and the verbs were English's (a French record was read as English)."""
    text = (FRENCH + "\n\nLe général de Gaulle dit qu'il est heureux d'accueillir le Chancelier.\n\n"
            "M. Adenauer répond qu'il partage ce sentiment.\n")
    result = tei.encode(text, name="x.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == [("Le général de Gaulle", "#de-gaulle"), ("M. Adenauer", "#adenauer")]
    text = "Der Bundeskanzler erklärte, dass er einverstanden sei.\n\nDie Regierung ist bereit.\n"
    result = tei.encode(text, parse('language = "de"\n'), name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#bundeskanzler"]


@pytest.mark.parametrize("text, language, turns", [
    ("Verslag van het gesprek tussen minister Luns en ambassadeur Bohlen, 4 maart 1958\n\n"
     "Minister Luns zei dat de regering bezorgd was over Nieuw-Guinea en over de wapens.\n\n"
     "Ambassadeur Bohlen antwoordde dat de Verenigde Staten neutraal bleven in het conflict.\n\n"
     "Minister Luns vroeg of dat ook gold voor de leveranties van het materieel.\n",
     "nl", [("Minister Luns", "#luns"), ("Ambassadeur Bohlen", "#bohlen"), ("Minister Luns", "#luns")]),
    ("Notatka z rozmowy Gomułki z Chruszczowem, 20 października 1956\n\n"
     "Tow. Chruszczow powiedział, że sytuacja jest poważna i że nie jest to tylko sprawa Polski.\n\n"
     "Tow. Gomułka odpowiedział, że Polska pozostanie sojusznikiem, ale się nie zgadza.\n\n"
     "Tow. Chruszczow zapytał o wojsko, które jest na granicy.\n",
     "pl", [("Tow. Chruszczow", "#chruszczow"), ("Tow. Gomułka", "#gomulka"), ("Tow. Chruszczow", "#chruszczow")]),
    ("Záznam rozhovoru, 5. března 1968\n\nSoudruh Dubček řekl, že se situace v zemi je klidná a že je to jako "
     "vždy.\n\nSoudruh Brežněv odpověděl, že se nejsou v Moskvě spokojeni, ale je to také jejich věc.\n",
     "cs", [("Soudruh Dubček", "#dubcek"), ("Soudruh Brežněv", "#breznev")]),
    ("Memorando de conversa\n\nPresidente Costa Gomes disse que a situação em Angola é difícil e que não há uma "
     "solução.\n\nEmbaixador Carlucci respondeu que os Estados Unidos estão preocupados com a situação.\n\n"
     "O Presidente Costa Gomes salientou que o governo não mudará a sua posição.\n",  # (the article no name's)
     "pt", [("Presidente Costa Gomes", "#costa-gomes"), ("Embaixador Carlucci", "#carlucci"),
            ("O Presidente Costa Gomes", "#costa-gomes")]),
    # Italian's compound past, the auxiliary and the participle: the record had no turns, and no title.
    ("Colloquio tra il Presidente Moro e l'Ambasciatore Reinhardt, Roma, 12 maggio 1964\n\n"
     "Il Presidente Moro ha osservato che la situazione a Cipro è preoccupante per il governo.\n\n"
     "L'Ambasciatore Reinhardt ha risposto che gli Stati Uniti condividono questa preoccupazione.\n\n"
     "Il Presidente Moro ha aggiunto che l'Italia è pronta a collaborare.\n",
     "it", [("Il Presidente Moro", "#moro"), ("L'Ambasciatore Reinhardt", "#reinhardt"),
            ("Il Presidente Moro", "#moro")]),
    # French diplomatic records' office after its courtesy and article, before the verb.
    ("Compte rendu de l'entretien, Paris, le 4 mars 1962\n\n"
     "M. le Ministre déclare que la France ne peut accepter cette proposition sur Berlin.\n\n"
     "M. l'Ambassadeur a répondu que les États-Unis étaient du même avis sur ce point.\n\n"
     "M. le Ministre est arrivé à Genève le lendemain.\n",
     "fr", [("M. le Ministre", "#ministre"), ("M. l'Ambassadeur", "#ambassadeur")]),
    # The office with what it is of, or its country's adjective (the record had no turns): two ministers, two persons.
    ("Compte rendu de l'entretien, Paris, le 4 mars 1962\n\n"
     "M. le Ministre des Affaires étrangères déclare que la France ne peut accepter cette proposition.\n\n"
     "M. le Ministre de la Défense a déclaré que l'armée était prête.\n\n"
     "M. l'Ambassadeur soviétique répond que son gouvernement maintient sa position.\n\n"
     "M. le Ministre des Affaires étrangères ajoute que la conférence aura lieu à Genève.\n",
     "fr", [("M. le Ministre des Affaires étrangères", "#ministre-des-affaires-etrangeres"),
            ("M. le Ministre de la Défense", "#ministre-de-la-defense"),
            ("M. l'Ambassadeur soviétique", "#ambassadeur-sovietique"),
            ("M. le Ministre des Affaires étrangères", "#ministre-des-affaires-etrangeres")]),
    # French's: "a déclaré que".
    ("Compte rendu de l'entretien, Paris, le 4 mars 1950\n\n"
     "M. Schuman a déclaré que la France souhaitait une solution rapide de la question de la Sarre.\n\n"
     "M. Acheson a répondu que les États-Unis étaient du même avis sur cette question.\n",
     "fr", [("M. Schuman", "#schuman"), ("M. Acheson", "#acheson")]),
    # Spanish's "manifestó", German's "bejahte", the minister-president's office no part of his name.
    ("Conversación entre el Ministro Castiella y el Embajador Garrigues, Madrid, 3 de junio de 1962\n\n"
     "El Ministro Castiella manifestó que España desea mejorar sus relaciones con los Estados Unidos.\n\n"
     "El Embajador Garrigues contestó que Washington comparte ese deseo y que lo dirá al Presidente.\n",
     "es", [("El Ministro Castiella", "#castiella"), ("El Embajador Garrigues", "#garrigues")]),
    # Spanish's office with where it is ("El Comandante en Jefe"), and with its country after it ("El Ministro
    # guineano"): they had been words of the turn before them.
    ("Versión de la conversación del Comandante en Jefe con el Ministro Touré, La Habana, 12 de marzo de 1975\n\n"
     "El Ministro Touré agradeció el recibimiento y transmitió los saludos de su Presidente.\n\n"
     "El Comandante en Jefe expresó que Cuba está dispuesta a enviar médicos.\n\n"
     "El Ministro guineano preguntó si Cuba podría recibir bauxita.\n",
     "es", [("El Ministro Touré", "#toure"), ("El Comandante en Jefe", "#comandante-en-jefe"),
            ("El Ministro guineano", "#ministro-guineano")]),
    # Greek's, after its article and the office: the record had no turns.
    ("Πρακτικό συνομιλίας του Πρωθυπουργού Καραμανλή με τον Πρέσβη Μπριγκς, Αθήνα, 4 Μαρτίου 1960\n\n"
     "Ο Πρωθυπουργός Καραμανλής δήλωσε ότι η κατάσταση στην Κύπρο είναι σοβαρή.\n\n"
     "Ο Πρέσβης Μπριγκς απάντησε ότι οι Ηνωμένες Πολιτείες συμμερίζονται την ανησυχία.\n\n"
     "ΚΑΡΑΜΑΝΛΗΣ: Η Ελλάδα είναι έτοιμη.\n\nΚΑΡΑΜΑΝΛΗΣ: Ευχαριστώ.\n",
     "el", [("Ο Πρωθυπουργός Καραμανλής", "#καραμανλης"), ("Ο Πρέσβης Μπριγκς", "#μπριγκς"),
            ("ΚΑΡΑΜΑΝΛΗΣ:", "#καραμανλης"), ("ΚΑΡΑΜΑΝΛΗΣ:", "#καραμανλης")]),
    # Spanish's abbreviated title after the article, before the name: "El Sr. Castiella:" (no turns before).
    ("Conversación entre el Ministro Castiella y el Secretario Rusk, Madrid, 3 de junio de 1962\n\n"
     "El Sr. Castiella: Estamos de acuerdo con la propuesta.\n\nEl Sr. Rusk: Muy bien, lo veremos.\n\n"
     "El Sr. Castiella dijo que lo estudiaría con el Gobierno.\n",
     "es", [("El Sr. Castiella:", "#castiella"), ("El Sr. Rusk:", "#rusk"), ("El Sr. Castiella", "#castiella")]),
    # Swedish's, Danish's, Norwegian's (its "la til"), Finnish's, Hungarian's (the title after the name, before the
    # verb), Romanian's (its compound past) and Turkish's (the verb at the sentence's end): the records had no turns.
    ("Samtal mellan statsminister Erlander och ambassadör Thompson, Stockholm den 4 mars 1960\n\n"
     "Statsminister Erlander sade att Sverige ville bevara sin neutralitet.\n\n"
     "Ambassadör Thompson svarade att Förenta staterna respekterade detta.\n\nErlander tillade att regeringen var enig.\n",
     "sv", [("Statsminister Erlander", "#erlander"), ("Ambassadör Thompson", "#thompson"), ("Erlander", "#erlander")]),
    ("Samtale mellem statsminister Kampmann og ambassadør Peterson, København den 4. marts 1960\n\n"
     "Statsminister Kampmann sagde, at Danmark ønskede samarbejde.\n\n"
     "Ambassadør Peterson svarede, at De Forenede Stater delte dette ønske.\n\nKampmann tilføjede, at det var godt.\n",
     "da", [("Statsminister Kampmann", "#kampmann"), ("Ambassadør Peterson", "#peterson"), ("Kampmann", "#kampmann")]),
    ("Samtale mellom statsminister Gerhardsen og ambassadør Wailes, Oslo 4. mars 1960\n\n"
     "Statsminister Gerhardsen sa at Norge ønsket å styrke samarbeidet.\n\n"
     "Ambassadør Wailes svarte at De forente stater delte dette ønsket.\n\nGerhardsen la til at regjeringen var enig.\n",
     "no", [("Statsminister Gerhardsen", "#gerhardsen"), ("Ambassadør Wailes", "#wailes"),
            ("Gerhardsen", "#gerhardsen")]),
    ("Keskustelu pääministeri Sukselaisen ja suurlähettiläs Hickersonin välillä, Helsinki 4. maaliskuuta 1960\n\n"
     "Pääministeri Sukselainen sanoi, että Suomi on puolueeton.\n\n"
     "Suurlähettiläs Hickerson vastasi, että Yhdysvallat kunnioittaa tätä.\n\nSukselainen lisäsi, että hallitus on "
     "yksimielinen.\n",
     "fi", [("Pääministeri Sukselainen", "#sukselainen"), ("Suurlähettiläs Hickerson", "#hickerson"),
            ("Sukselainen", "#sukselainen")]),
    ("Feljegyzés a beszélgetésről, Moszkva, 1960. március 4.\n\n"
     "Kádár elvtárs elmondta, hogy a magyar helyzet stabil.\n\n"
     "Hruscsov elvtárs válaszolt, hogy a szovjet vezetés ezt üdvözli.\n\nKádár elvtárs hozzátette, hogy a párt "
     "egységes.\n",
     "hu", [("Kádár elvtárs", "#kadar"), ("Hruscsov elvtárs", "#hruscsov"), ("Kádár elvtárs", "#kadar")]),
    ("Notă de convorbire între tovarășul Gheorghiu-Dej și tovarășul Hrușciov, Moscova, 4 martie 1960\n\n"
     "Tovarășul Gheorghiu-Dej a spus că situația este stabilă.\n\n"
     "Tovarășul Hrușciov a răspuns că conducerea sovietică salută acest lucru.\n\nTovarășul Gheorghiu-Dej a adăugat "
     "că partidul este unit.\n",
     "ro", [("Tovarășul Gheorghiu-Dej", "#gheorghiu-dej"), ("Tovarășul Hrușciov", "#hrusciov"),
            ("Tovarășul Gheorghiu-Dej", "#gheorghiu-dej")]),
    # The same letters with a cedilla, as older Romanian typesetting writes them, and the title's feminine: the title
    # had been part of her name ("#tovarasa-elena-ceausescu").
    ("Notă de convorbire, Bucureşti, 4 martie 1980\n\nTovarăşul Nicolae Ceauşescu a spus că situaţia este grea.\n\n"
     "Tovarăşa Elena Ceauşescu a răspuns că seminţele nu au fost repartizate.\n\nTovarăşul Nicolae Ceauşescu a "
     "adăugat că partidul este unit.\n",
     "ro", [("Tovarăşul Nicolae Ceauşescu", "#nicolae-ceausescu"), ("Tovarăşa Elena Ceauşescu", "#elena-ceausescu"),
            ("Tovarăşul Nicolae Ceauşescu", "#nicolae-ceausescu")]),
    ("Başbakan Menderes ile Büyükelçi Warren arasındaki görüşme, Ankara, 4 Mart 1960\n\n"
     "Başbakan Menderes, Türkiye'nin NATO'ya bağlı kalacağını söyledi.\n\n"
     "Büyükelçi Warren, Amerika Birleşik Devletleri'nin bunu takdir ettiğini belirtti.\n\nMenderes, hükümetin "
     "kararlı olduğunu ekledi.\n",
     "tr", [("Başbakan Menderes", "#menderes"), ("Büyükelçi Warren", "#warren"), ("Menderes", "#menderes")]),
    ("Aufzeichnung über das Gespräch mit Ministerpräsident Debré am 4. März 1960\n\n"
     "Der Bundeskanzler fragte, ob Frankreich bereit sei, in Genf fest zu bleiben und nicht nachzugeben.\n\n"
     "Ministerpräsident Debré bejahte dies und fügte hinzu, dass die Regierung einig sei.\n",
     "de", [("Der Bundeskanzler", "#bundeskanzler"), ("Ministerpräsident Debré", "#debre")]),
])
def test_records_in_other_languages_have_their_verbs_of_speaking(text, language, turns):
    """"Minister Luns zei dat …", "Tow. Chruszczow powiedział, że …": the records were identified as Dutch and
    Polish, but their verbs were no language's the encoder knew: no turns, and the first line no title. So too
    Italian's, French's and Spanish's compound pasts, and Greek's verbs."""
    result = tei.encode(text, name="x.txt")
    assert result.tree.getroot().find("t:text", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == turns
    assert result.tree.find(".//t:body//t:head", NS).text == text.split("\n")[0]


@pytest.mark.parametrize("text, turns", [
    # The office alone in small letters after its article, a member's party, as the Dutch chamber sets them.
    ("Handelingen van de Tweede Kamer, 4 maart 2010\n\n"
     "De voorzitter: Ik open de vergadering. Ik geef het woord aan de heer Rutte.\n\n"
     "De heer Rutte (VVD): Voorzitter, de situatie is ernstig en wij maken ons zorgen.\n\n"
     "Mevrouw Thieme (PvdD): Voorzitter, ik ben het daarmee eens.\n\nDe voorzitter: Dank u wel.\n",
     [("De voorzitter:", "#voorzitter"), ("De heer Rutte (VVD):", "#rutte"), ("Mevrouw Thieme (PvdD):", "#thieme"),
      ("De voorzitter:", "#voorzitter")]),
    # Polish deputies' title, no part of the name.
    ("Sprawozdanie stenograficzne z posiedzenia Sejmu, 4 marca 2010\n\n"
     "Marszałek: Otwieram posiedzenie Sejmu. Głos ma poseł Jan Kowalski.\n\n"
     "Poseł Jan Kowalski: Panie Marszałku, sytuacja jest poważna i nie jest to tylko sprawa rządu.\n\n"
     "Marszałek: Dziękuję.\n",
     [("Marszałek:", "#marszalek"), ("Poseł Jan Kowalski:", "#jan-kowalski"), ("Marszałek:", "#marszalek")]),
])
def test_the_dutch_and_polish_chambers_labels(text, turns):
    """"De voorzitter:" and "De heer Rutte (VVD):" had been paragraphs; "Poseł Jan Kowalski" was #poseł-jan-kowalski."""
    result = tei.encode(text, name="x.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == turns
    for prose in ("De acuerdo con el plan: todo.\n", "La conclusión: todo está bien.\n"):
        assert tei.encode(prose, name="x.txt").tree.find(".//t:sp", NS) is None


FRENCH_ASSEMBLY = ("Assemblée nationale, séance du 4 mars 1958\n\n"
                   "M. le président. La séance est ouverte. La parole est à M. Debré.\n\n"
                   "M. Michel Debré. Mesdames, messieurs, la situation est grave.\n\n"
                   "M. le président. La parole est à M. le ministre des affaires étrangères.\n\n"
                   "M. le ministre des affaires étrangères. — Je partage cette inquiétude.\n\n"
                   "(Applaudissements à gauche.)\n\nM. le président. La séance est levée.\n")


def test_a_french_assemblys_courtesy_and_name_or_office_then_a_full_stop():
    """"M. le président. La parole est à M. Debré." / "M. Michel Debré. Mesdames, …": the record had no turns
    ("M." was no title, and the office in small letters after its article no name)."""
    result = tei.encode(FRENCH_ASSEMBLY, name="x.txt")
    sps = result.tree.findall(".//t:sp", NS)
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in sps] == [
        ("M. le président.", "#president"), ("M. Michel Debré.", "#michel-debre"), ("M. le président.", "#president"),
        ("M. le ministre des affaires étrangères. —", "#ministre-des-affaires-etrangeres"),
        ("M. le président.", "#president")]
    assert [result.position(sp.get("{http://www.w3.org/XML/1998/namespace}id")).line for sp in sps] == [3, 5, 7, 9, 13]
    assert render_text(result.tree, diplomatic=True).split() == FRENCH_ASSEMBLY.split()
    assert result.tree.xpath("//t:person[@xml:id='michel-debre']/t:persName/text()", namespaces=NS) == [
        "Michel Debré"]  # ("M." is a title)
    # Titled names in small letters and a full stop, once each: a sentence may end so ("M. Debré. Il dit …").
    once = "M. Debré. Il dit que tout va bien.\n\nM. Pinay. Il répond que non.\n"
    assert not tei.encode(once, name="x.txt").tree.findall(".//t:sp", NS)


def test_an_italian_deputys_courtesy_before_the_name_labels_a_turn():
    """"On. Moro:" (Onorevole) had been words of a paragraph: "On" is English's preposition, no title. "On the whole …"
    stays words."""
    text = ("Resoconto della riunione, Roma, 5 marzo 1962\n\nOn. Moro: Apriamo la seduta.\n\n"
            "Sen. Fanfani: Sono d'accordo.\n\nOn. Moro: Va bene.\n\nOn the whole the talks went well.\n")
    result = tei.encode(text, name="x.txt")
    turns = result.tree.findall(".//t:sp", NS)
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in turns] == [
        ("On. Moro:", "#moro"), ("Sen. Fanfani:", "#fanfani"), ("On. Moro:", "#moro")]
    position = result.position(turns[0].get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (3, 1)
    assert turns[-1].findall("t:p", NS)[-1].text == "On the whole the talks went well."


def test_a_parliaments_labels_with_the_members_party_or_office_and_a_presidents_degrees():
    """The Bundestag's record: "Präsident D. Dr. Gerstenmaier:" (a degree's letter before a title), "Erler (SPD):"
    (the member's party), "Dr. Adenauer, Bundeskanzler:" (the office after the name). The record had no turns."""
    text = ("Deutscher Bundestag, 12. Sitzung, Bonn, den 4. März 1958\n\n"
            "Präsident D. Dr. Gerstenmaier: Die Sitzung ist eröffnet. Das Wort hat der Abgeordnete Erler.\n\n"
            "Erler (SPD): Herr Präsident! Meine Damen und Herren! Die Lage ist ernst.\n\n(Beifall bei der SPD.)\n\n"
            "Vizepräsident Dr. Jaeger: Das Wort hat der Herr Bundeskanzler.\n\n"
            "Dr. Adenauer, Bundeskanzler: Herr Präsident! Ich danke dem Abgeordneten.\n\n"
            "Brandt, Bundesminister des Auswärtigen: Ich stimme zu.\n\nDie Vorsitzende: Die Sitzung ist geschlossen.\n")
    result = tei.encode(text, name="x.txt")
    sps = result.tree.findall(".//t:sp", NS)
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who"), sp.get("cert")) for sp in sps] == [
        ("Präsident D. Dr. Gerstenmaier:", "#gerstenmaier", None), ("Erler (SPD):", "#erler", None),
        ("Vizepräsident Dr. Jaeger:", "#jaeger", None), ("Dr. Adenauer, Bundeskanzler:", "#adenauer", None),
        ("Brandt, Bundesminister des Auswärtigen:", "#brandt", None), ("Die Vorsitzende:", "#vorsitzende", None)]
    assert [result.position(sp.get("{http://www.w3.org/XML/1998/namespace}id")).line for sp in sps] == [
        3, 5, 9, 11, 13, 15]
    # A label's word in capitals before its continuation is no party's, and a name with words after its comma
    # that are no office is prose's.
    assert not tei.encode("SUMMARY (CONTD): the talks went on.\n", name="x.txt").tree.findall(".//t:sp", NS)
    assert not tei.encode("Brandt, who had arrived late: he spoke.\n", name="x.txt").tree.findall(".//t:sp", NS)
    assert not tei.encode("Brandt, Minister. He said: yes.\n", name="x.txt").tree.findall(".//t:sp", NS)


@pytest.mark.parametrize("words, party", [
    ("SPD", True), ("CDU/CSU", True), ("BÜNDNIS 90/DIE GRÜNEN", True), ("AfD", True), ("DIE LINKE", True),
    ("United Kingdom", False), ("interrupting", False), ("Ab", False), ("to Rusk", False), ("USA Today", False),
    ("Verts/ALE", True), ("GUE/NGL", True), ("S&D", True),  # the European Parliament's groups
    ("East Sydney", False), ("Paris/Lyon", False), ("and/or", False),
])
def test_a_members_party_in_parentheses(words, party):
    from tei.speakers import _is_party

    assert _is_party(words) is party


def test_an_auxiliary_alone_or_before_another_word_is_no_verb_of_speaking():
    from tei.speakers import match_turn_start, speech_verbs

    italian = speech_verbs("it")
    assert match_turn_start("Il Presidente Moro ha osservato che", italian).key == "Presidente Moro"
    assert match_turn_start("Il Presidente Moro ha visitato Cipro", italian) is None
    assert match_turn_start("Il Presidente Moro ha osservato che", speech_verbs("de")) is None  # Italian's only
    assert match_turn_start("Il Presidente Moro ha", italian) is None


def test_a_names_particle_does_not_end_it():
    result = tei.encode("Charles de Gaulle said that France agreed.\n\nJoachim von Ribbentrop said no.\n", name="x")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == [("Charles de Gaulle", "#charles-de-gaulle"), ("Joachim von Ribbentrop", "#joachim-von-ribbentrop")]


def test_a_chinese_record_names_its_speakers_before_a_full_width_colon():
    """"毛泽东：…" was one word to the encoder (no spaces, no capitals): the record was all paragraphs. A name set
    so once is a speaker's too where another is set so twice; the date in Chinese is the record's dateline."""
    text = ("毛泽东同志接见尼克松总统的谈话记录\n\n1972年2月21日\n\n毛泽东：我们的共同老朋友蒋介石委员长可不赞成了。\n\n"
            "尼克松：蒋介石称主席为匪。\n\n毛泽东：叫我们是共匪。\n")
    result = tei.encode(text, name="x.txt")
    turns = [(sp.findtext("t:speaker", namespaces=NS), sp.get("who"), sp.findtext("t:p", namespaces=NS))
             for sp in result.tree.iterfind(".//t:sp", NS)]
    assert turns == [("毛泽东：", "#毛泽东", "我们的共同老朋友蒋介石委员长可不赞成了。"),
                     ("尼克松：", "#尼克松", "蒋介石称主席为匪。"), ("毛泽东：", "#毛泽东", "叫我们是共匪。")]
    position = result.position(result.tree.findall(".//t:sp", NS)[1].get("{http://www.w3.org/XML/1998/namespace}id"))
    assert (position.line, position.column) == (7, 1)
    assert result.tree.findtext(".//t:opener/t:dateline", namespaces=NS) == "1972年2月21日"
    assert result.tree.findtext(".//t:titleStmt/t:title", namespaces=NS) == "毛泽东同志接见尼克松总统的谈话记录"
    # A name set so once, with none set so twice, is prose.
    assert not tei.encode("尼克松：蒋介石称主席为匪。\n", name="x").tree.findall(".//t:sp", NS)


def test_a_chinese_record_reports_speech_with_a_verb_and_what_the_meeting_held_is_no_turn():
    """"周恩来说：…" had been a speaker named "周恩来说" (Zhou-said), "会议认为：…" (the meeting held) a turn of
    the meeting's (then a paragraph of the turn before it), and a title with no dateline under it a paragraph."""
    text = ("会谈记录\n\n毛泽东：我们的老朋友不赞成了。\n\n尼克松：他称主席为匪。\n\n毛泽东：叫我们是共匪。\n\n"
            "会议认为：双方应继续接触。\n\n周恩来说：我同意。\n")
    result = tei.encode(text, name="x.txt")
    turns = [(sp.get("who"), sp.findtext("t:speaker", namespaces=NS), [p.text for p in sp.iterfind("t:p", NS)])
             for sp in result.tree.iterfind(".//t:sp", NS)]
    assert turns[2:] == [("#毛泽东", "毛泽东：", ["叫我们是共匪。"]), ("#周恩来", "周恩来", ["说：我同意。"])]
    # What the meeting held is the record's, between the turns.
    assert result.tree.findtext(".//t:body/t:div/t:p", namespaces=NS) == "会议认为：双方应继续接触。"
    assert result.tree.findtext(".//t:body/t:div/t:head", namespaces=NS) == "会谈记录"
    assert [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in result.tree.iterfind(".//t:person", NS)] == [
        "毛泽东", "尼克松", "周恩来"]
    # No space where the script writes none, between a speaker and the speech: the diplomatic text is the transcript.
    assert render_text(result.tree, diplomatic=True).split() == text.split()
    assert "周恩来说：我同意。" in render_text(result.tree) and "毛泽东：叫我们是共匪。" in render_text(result.tree)


def test_a_vietnamese_record_names_its_speakers_after_their_offices():
    """"Thủ tướng Phạm Văn Đồng: …": the office's second word is in small letters, so the name stopped at
    "Thủ"; the dateline ("ngày 5 tháng 3 năm 1965") was a paragraph."""
    text = ("BIÊN BẢN CUỘC HỌP\n\nHà Nội, ngày 5 tháng 3 năm 1965\n\nThủ tướng Phạm Văn Đồng: Chúng ta cần thảo luận "
            "về tình hình của các đồng chí và những người đã có mặt trong cuộc họp này.\n\n"
            "Đại tướng Võ Nguyên Giáp: Tình hình rất khẩn trương.\n\nThủ tướng Phạm Văn Đồng: Đồng ý.\n")
    result = tei.encode(text, name="x.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == [("Thủ tướng Phạm Văn Đồng:", "#pham-van-dong"), ("Đại tướng Võ Nguyên Giáp:", "#vo-nguyen-giap"),
            ("Thủ tướng Phạm Văn Đồng:", "#pham-van-dong")]
    assert result.tree.findtext(".//t:opener/t:dateline", namespaces=NS) == "Hà Nội, ngày 5 tháng 3 năm 1965"
    assert result.tree.getroot().find("t:text", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == "vi"


def test_a_japanese_records_speakers_with_their_offices_before_a_full_width_colon():
    """"ニクソン大統領：" (seven characters, a name and its office), once, beside "佐藤首相：" twice, was read as the
    words of the turn before it: a name so set once may run to ten characters. The office after the name is no part
    of the person ("#佐藤", not "#佐藤首相": "佐藤総理" is the same man)."""
    text = ("日米首脳会談記録\n\n1972年1月7日\n\n佐藤首相：本日はお忙しいところありがとうございます。\n\n"
            "ニクソン大統領：こちらこそ、お会いできてうれしいです。\n\n佐藤首相：沖縄の問題についてお話ししたいと思います。\n")
    result = tei.encode(text, name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#佐藤", "#ニクソン", "#佐藤"]
    assert result.tree.getroot().find("t:text", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == "ja"


def test_a_japanese_records_speaker_first_and_its_verb_of_speaking_last():
    """"佐藤総理から、…と述べた。" (Prime Minister Sato, from him: … he said) was a paragraph of no one's; a sentence
    whose verb is no verb of speaking is prose, the turn's next paragraph."""
    text = ("日中首脳会談記録\n\n佐藤総理から、会談は有益であったと述べた。\n\n周恩来総理は、日本との関係を重視すると"
            "述べた。\n\n日本の経済は、成長している。\n\n佐藤総理から、了解した旨述べた。\n\n"
            "田中は、辞任したと述べた人物を批判した。\n\n大平大臣より、共同声明について説明した。\n")
    result = tei.encode(text, name="x.txt")
    turns = [(sp.get("who"), sp.findtext("t:speaker", namespaces=NS), [p.text for p in sp.iterfind("t:p", NS)])
             for sp in result.tree.iterfind(".//t:sp", NS)]
    assert turns == [
        ("#佐藤", "佐藤総理", ["から、会談は有益であったと述べた。"]),
        ("#周恩来", "周恩来総理", ["は、日本との関係を重視すると述べた。", "日本の経済は、成長している。"]),
        ("#佐藤", "佐藤総理", ["から、了解した旨述べた。", "田中は、辞任したと述べた人物を批判した。"]),
        ("#大平", "大平大臣", ["より、共同声明について説明した。"])]  # (on the joint statement, he explained)
    # A script without case whose names have spaces, and no such comma: its colon labels are still read.
    # A Chinese record's office after the name: "周恩来总理：" and "周恩来：" are one person; so is "周总理", the surname
    # and the office, where one known name has that surname (it had been a person of its own).
    chinese = tei.encode("会谈记录\n\n周恩来总理：我们欢迎你们。\n\n基辛格博士：谢谢。\n\n周恩来：请坐。\n\n周总理：好。\n",
                         name="x.txt")
    assert [sp.get("who") for sp in chinese.tree.iterfind(".//t:sp", NS)] == ["#周恩来", "#基辛格", "#周恩来", "#周恩来"]
    arabic = tei.encode("محضر محادثة\n\nعبد الناصر: أهلا وسهلا.\n\nخروشوف: شكرا.\n\nعبد الناصر: نحن سعداء.\n", name="x.txt")
    assert [sp.get("who") for sp in arabic.tree.iterfind(".//t:sp", NS)] == ["#عبد-الناصر", "#خروشوف", "#عبد-الناصر"]


@pytest.mark.parametrize("text", [
    "毛泽东:我们的老朋友不赞成了。\n\n尼克松:他称主席为匪。\n\n毛泽东:叫我们是共匪。\n",  # a colon of Latin type
    "毛泽东：OK。\n\n尼克松：他称主席为匪。\n\n毛泽东：叫我们是共匪。\n",  # speech opening in Latin letters
    "김일성: 오늘 와주셔서 감사합니다.\n\n저우언라이: 초청해 주셔서 감사합니다.\n\n김일성: 이야기합시다.\n",  # Korean: spaces
])
def test_a_speaker_runs_into_the_speech_as_the_script_writes_it(text):
    result = tei.encode(text, name="x.txt")
    assert len(result.tree.findall(".//t:sp", NS)) == 3
    assert render_text(result.tree, diplomatic=True).split() == text.split()


def test_a_soviet_protocols_present_are_its_participants_and_its_heard_and_resolved_no_speakers():
    """"Присутствовали:" (present) headed a section of one paragraph, and "Слушали:" / "Постановили:" (heard,
    resolved), each used twice, were two speakers; "Постановили:" was read as a label in capitals (a small
    Cyrillic letter is no capital)."""
    text = ("ПРОТОКОЛ № 45\n\nПрисутствовали: тт. Косыгин А.Н., Микоян А.И., Суслов М.А.\n\n"
            "1. Слушали: О положении во Вьетнаме.\n\nПостановили: Одобрить проект ответа.\n\n"
            "2. Слушали: О поездке делегации.\n\nПостановили: Поручить МИД подготовить предложения.\n")
    result = tei.encode(text, name="x.txt")
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert listed.findtext("t:head", namespaces=NS) == "Присутствовали:"
    assert [name.get("ref") for name in listed.iterfind(".//t:persName", NS)] == ["#косыгин", "#микоян", "#суслов"]
    assert not result.tree.findall(".//t:sp", NS) and not result.tree.findall(".//t:body//t:div/t:div", NS)
    assert ["".join(p.itertext()) for p in result.tree.iterfind(".//t:body//t:p", NS)] == [
        "1. Слушали: О положении во Вьетнаме.", "Постановили: Одобрить проект ответа.",
        "2. Слушали: О поездке делегации.", "Постановили: Поручить МИД подготовить предложения."]


def test_a_german_records_comrades_are_one_person_each_and_its_title_is_over_the_present():
    """"Genosse" was no title: "Genosse Walter Ulbricht" and "Genosse Ulbricht" were two people (ids
    "genosse-walter-ulbricht", "genosse-ulbricht"); the title line, in small words, was a paragraph."""
    text = ("Niederschrift über die Unterredung des Genossen Walter Ulbricht mit dem Genossen N. S. Chruschtschow\n\n"
            "Anwesend: Genosse Walter Ulbricht, Genosse N. S. Chruschtschow\n\n"
            "Genosse Ulbricht erklärte, dass die Lage sich verschärft habe.\n\n"
            "Genosse Chruschtschow antwortete, dass man fortsetzen müsse.\n\nGenosse Ulbricht: Einverstanden.\n")
    result = tei.encode(text, name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#walter-ulbricht", "#chruschtschow", "#walter-ulbricht"]
    assert result.tree.findtext(".//t:body/t:div/t:head", namespaces=NS).startswith("Niederschrift über")
    wrapped = tei.encode(text.replace(" mit dem ", "\nmit dem ", 1), name="x.txt")  # a title wrapped over two lines
    assert wrapped.tree.findtext(".//t:body/t:div/t:head", namespaces=NS).endswith("mit dem Genossen N. S. Chruschtschow")
    # A first line that is a sentence stays a paragraph above the participants.
    result = tei.encode("Die Unterredung fand statt.\n\n" + text.split("\n\n", 1)[1], name="x.txt")
    assert result.tree.find(".//t:body/t:div/t:head", NS) is None


def test_a_hungarian_records_speakers_with_their_title_after_the_name():
    """"Kádár elvtárs:" (comrade Kádár) was no label (a small word after the name, no verb): the record had no
    turns; "Jelen vannak:" (present) was a paragraph."""
    text = ("Jegyzőkönyv\n\nJelen vannak: Kádár János, Kállai Gyula\n\nKádár elvtárs: Javaslom, hogy kezdjük.\n\n"
            "Kállai elvtárs: Egyetértek.\n\nKádár elvtárs: Elfogadjuk.\n")
    result = tei.encode(text, name="x.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] \
        == [("Kádár elvtárs:", "#kadar-janos"), ("Kállai elvtárs:", "#kallai-gyula"), ("Kádár elvtárs:", "#kadar-janos")]
    assert render_text(result.tree, diplomatic=True).split() == text.split()


def test_a_title_after_the_name_without_a_colon_is_no_label():
    from tei.speakers import match_turn_start

    start = match_turn_start("Kádár elvtárs: Javaslom.")
    assert (start.name, start.key, start.shape, start.titled, start.speech_start) == (
        "Kádár elvtárs", "Kádár", "colon", True, 15)
    assert match_turn_start("Kádár elvtárs javasolja, hogy kezdjük.") is None


def test_a_french_label_with_a_space_before_its_colon():
    """"M. Schuman : Nous pourrons …" (French sets a space before the colon) was a paragraph of the turn before."""
    text = ("M. Schuman déclare que le gouvernement est favorable.\n\nM. Acheson répond que oui.\n\n"
            "M. Schuman : Nous pourrons donc avancer.\n\nM. Acheson : Certainement.\n")
    result = tei.encode(text, parse('language = "fr"'), name="x.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who"), sp.findtext("t:p", namespaces=NS))
            for sp in result.tree.iterfind(".//t:sp", NS)][2:] == [
        ("M. Schuman :", "#schuman", "Nous pourrons donc avancer."), ("M. Acheson :", "#acheson", "Certainement.")]
    assert render_text(result.tree, diplomatic=True).split() == text.split()


def test_a_spanish_records_ranks_are_titles_and_its_speaker_one_person():
    """"Comandante" was no title: "Comandante Fidel Castro", "El Comandante Castro" and "Castro:" were three
    people."""
    text = ("Presentes: Comandante Fidel Castro, Embajador Alexander Alexeiev\n\n"
            "El Comandante Castro dijo que la situación era grave.\n\nEl Embajador Alexeiev respondió que sí.\n\n"
            "Castro: Estamos de acuerdo.\n\nAlexeiev: Muy bien.\n\nCastro: Continuamos.\n")
    result = tei.encode(text, parse('language = "es"'), name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#fidel-castro", "#alexander-alexeiev", "#fidel-castro", "#alexander-alexeiev", "#fidel-castro"]


def test_a_soviet_protocols_items_head_what_was_heard_and_decided_and_its_members_are_named_after_comrades():
    """"1. Вопрос НКИД." above "Слушали: …" / "Постановили: …" was a numbered paragraph (its full stop a
    sentence's end), and "Члены Политбюро ЦК тт. Сталин" named a person "Члены Политбюро ЦК" and not Stalin."""
    text = ("ПРОТОКОЛ № 12\n\nПрисутствовали: Члены Политбюро ЦК тт. Сталин, Молотов, Ворошилов.\n\n"
            "1. Вопрос НКИД.\n\nСлушали: Сообщение т. Молотова.\n\nПостановили: Одобрить предложения.\n\n"
            "2. О посевной кампании.\n\nСлушали: Доклад т. Андреева.\n\nПостановили: Принять к сведению.\n")
    result = tei.encode(text, name="x.txt")
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert [(name.get("ref"), name.text) for name in listed.iterfind(".//t:persName", NS)] == [
        ("#сталин", "Сталин"), ("#молотов", "Молотов"), ("#ворошилов", "Ворошилов")]
    sections = result.tree.findall(".//t:body//t:div[@type='section']", NS)
    assert [(s.findtext("t:head", namespaces=NS), ["".join(p.itertext()) for p in s.iterfind("t:p", NS)])
            for s in sections] == [
        ("1. Вопрос НКИД.", ["Слушали: Сообщение т. Молотова.", "Постановили: Одобрить предложения."]),
        ("2. О посевной кампании.", ["Слушали: Доклад т. Андреева.", "Постановили: Принять к сведению."])]
    assert validate_result(result) == []
    # Numbered sentences above other paragraphs still head nothing.
    plain = text.replace("Слушали: ", "").replace("Постановили: ", "")
    assert not tei.encode(plain, name="x.txt").tree.findall(".//t:body//t:div[@type='section']", NS)
    # In English, as translations print it.
    english = ("PROTOCOL No. 12\n\n1. Question of the NKID.\n\nHeard: Report of Comrade Molotov.\n\n"
               "Decided: To approve the proposals.\n\n2. On the sowing campaign.\n\nHeard: Report of Comrade Andreev."
               "\n\nDecided: To take note.\n")
    assert len(tei.encode(english, name="x.txt").tree.findall(".//t:body//t:div[@type='section']", NS)) == 2


ACTA = ("ACTA DE LA REUNIÓN DEL CONSEJO DE ADMINISTRACIÓN\n\nMadrid, 14 de marzo de 2019\n\n"
        "Asistentes: D. Juan Pérez García (Presidente), Dña. María López Ruiz (Secretaria), D. Pedro Sánchez Gil.\n\n"
        "El Sr. Presidente informa sobre la marcha de la sociedad durante el ejercicio.\n\n"
        "El Sr. Sánchez Gil pregunta por las previsiones para el próximo año.\n\n"
        "La Sra. Secretaria señala que las previsiones se presentarán en la próxima reunión.\n\n"
        "El Sr. Presidente expone las cuentas.\n\nLa Secretaria\nMaría López Ruiz\n")


def test_a_spanish_actas_offices_in_brackets_surnames_and_closing_are_its_members():
    """"Dña." was no title (a person "Dña", María López Ruiz none), "(Presidente)" and "(Secretaria)" no offices of
    the members before them (the turns of "El Sr. Presidente" and "La Sra. Secretaria" persons of their own),
    "informa" and "expone" no verbs of speaking, "Sánchez Gil" not "D. Pedro Sánchez Gil", and the secretary's
    office and name under the record words of the last turn."""
    result = tei.encode(ACTA, name="x.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] == [
        ("El Sr. Presidente", "#juan-perez-garcia"), ("El Sr. Sánchez Gil", "#pedro-sanchez-gil"),
        ("La Sra. Secretaria", "#maria-lopez-ruiz"), ("El Sr. Presidente", "#juan-perez-garcia")]
    signed = result.tree.find(".//t:closer/t:signed", NS)
    assert signed is not None and signed.find("t:persName", NS).get("ref") == "#maria-lopez-ruiz"
    assert len(result.tree.findall(".//t:particDesc//t:person", NS)) == 3
    assert validate_result(result) == []


def test_an_italian_office_after_its_elided_article_alone_is_its_holders():
    """"L'Ambasciatore ha osservato …" had been no turn (the article elided before the office), and "L'Ambasciatore
    Kozyrev" named no office for "L'Ambasciatore" to be his."""
    text = ("Colloquio tra il Presidente del Consiglio Moro e l'Ambasciatore sovietico Kozyrev\n\n"
            "Roma, 12 marzo 1965\n\n"
            "Il Presidente Moro ha detto che il governo segue la situazione.\n\n"
            "L'Ambasciatore Kozyrev ha risposto che il suo governo apprezza questo interesse.\n\n"
            "Il Presidente ha aggiunto che occorre proseguire il dialogo.\n\n"
            "L'Ambasciatore ha osservato che Mosca è d'accordo.\n")
    result = tei.encode(text, name="x.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] == [
        ("Il Presidente Moro", "#moro"), ("L'Ambasciatore Kozyrev", "#kozyrev"), ("Il Presidente", "#moro"),
        ("L'Ambasciatore", "#kozyrev")]
    assert validate_result(result) == []


def test_a_french_records_office_alone_is_the_one_named_with_it_though_accented():
    """"Le Général répond …" had been a person #general beside "Général de Gaulle" (the office read with its accent
    from the name, without it from the label), and "souhaite la bienvenue" no verb of speaking."""
    text = ("Compte rendu de l'entretien entre le Général de Gaulle et M. Khrouchtchev\n\nParis, le 23 mars 1960\n\n"
            "Le Général de Gaulle souhaite la bienvenue à M. Khrouchtchev.\n\n"
            "M. Khrouchtchev remercie le Général et déclare que l'Union soviétique désire la paix.\n\n"
            "Le Général répond que la France le désire aussi.\n")
    result = tei.encode(text, name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#de-gaulle", "#khrouchtchev",
                                                                           "#de-gaulle"]


def test_a_german_notes_author_in_the_first_person_is_the_records_voice_and_betr_its_subject():
    """"Ich erwiderte, …" had been turns of a person "Ich", and "Betr.: …" the record's dateline."""
    text = ("Vermerk\n\nBetr.: Gespräch mit Botschafter Falin am 5. Mai 1972\n\n"
            "Botschafter Falin erklärte, die Sowjetunion begrüße die Ratifizierung.\n\n"
            "Ich erwiderte, die Bundesregierung sei zuversichtlich.\n\n"
            "Der Botschafter fragte, wann mit dem Abschluss zu rechnen sei.\n\nIch antwortete, dies hänge ab.\n\n"
            "gez. Frank\n")
    result = tei.encode(text, name="x.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#falin", "#falin"]
    assert [label.text for label in result.tree.iterfind(".//t:list[@type='fields']/t:label", NS)] == ["Betr.:"]
    assert [p.text for p in result.tree.findall(".//t:body/t:div/t:p", NS)] == [
        "Ich erwiderte, die Bundesregierung sei zuversichtlich.", "Ich antwortete, dies hänge ab."]
    assert validate_result(result) == []


def test_a_french_verbatim_records_delegates_and_its_opening_and_closing():
    """"M. Nebenzia (Fédération de Russie) (parle en russe) : …" had been words of the President's turn (a space
    before the colon after the brackets), and "La séance est levée à 11 h 30." the last speaker's words."""
    text = ("Conseil de sécurité\n8699e séance\nMardi 12 janvier 2021, à 10 heures\nNew York\n\n"
            "Président : M. Ladeb (Tunisie)\n\nLa séance est ouverte à 10 h 5.\n\n"
            "Le Président : Je souhaite la bienvenue aux représentants.\n\n"
            "M. Nebenzia (Fédération de Russie) (parle en russe) : Je remercie le Président.\n\n"
            "Le Président : Je donne la parole au représentant de la Chine.\n\n"
            "M. Zhang Jun (Chine) (parle en chinois) : Merci, Monsieur le Président.\n\n"
            "La séance est levée à 11 h 30.\n")
    result = tei.encode(text, name="x.txt")
    assert [(sp.get("who"), sp.find("t:p", NS).text) for sp in result.tree.iterfind(".//t:sp", NS)] == [
        ("#ladeb", "Je souhaite la bienvenue aux représentants."), ("#nebenzia", "Je remercie le Président."),
        ("#ladeb", "Je donne la parole au représentant de la Chine."), ("#zhang-jun", "Merci, Monsieur le Président.")]
    assert [p.text for p in result.tree.findall(".//t:body/t:div/t:p", NS)] == [
        "La séance est ouverte à 10 h 5.", "La séance est levée à 11 h 30."]
    assert validate_result(result) == []


def test_a_spanish_actas_closing_and_an_italian_records_hour_are_the_records_own():
    """"Sin más asuntos que tratar, se levanta la sesión." had been words of the secretary's turn above it."""
    text = ("ACTA DE LA REUNIÓN DEL CONSEJO\n\nMadrid, 14 de marzo de 2019\n\n"
            "Asistentes: D. Juan Pérez García (Presidente), Dña. María López Ruiz (Secretaria).\n\n"
            "El Sr. Presidente informa sobre la marcha de la sociedad.\n\n"
            "La Sra. Secretaria señala que las previsiones se presentarán pronto.\n\n"
            "Sin más asuntos que tratar, se levanta la sesión.\n")
    result = tei.encode(text, name="acta.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#juan-perez-garcia", "#maria-lopez-ruiz"]
    assert [p.text for p in result.tree.findall(".//t:body/t:div/t:p", NS)] == [
        "Sin más asuntos que tratar, se levanta la sesión."]
    italian = ("Resoconto stenografico\n\nLa seduta comincia alle 9.30.\n\n"
               "PRESIDENTE. Ha facoltà di parlare l'onorevole Rossi.\n\nROSSI. Signor Presidente, intervengo.\n\n"
               "PRESIDENTE. Grazie.\n\nROSSI. Prego.\n\nLa seduta termina alle 13.\n")
    result = tei.encode(italian, name="seduta.txt")
    assert [p.text for p in result.tree.findall(".//t:body/t:div/t:p", NS)][-2:] == [
        "La seduta comincia alle 9.30.", "La seduta termina alle 13."]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#presidente", "#rossi", "#presidente", "#rossi"]


@pytest.mark.parametrize("closing", ["L'entretien prend fin à 12 h 15.", "На этом беседа закончилась.",
                                     "Eran las dos y cuarenta minutos de la tarde."])
def test_the_end_of_a_conversation_or_a_sitting_is_the_records_own(closing):
    """"L'entretien prend fin à 12 h 15.", "На этом беседа закончилась." and the Spanish Congress's "Eran las … de la
    tarde." had been the last speaker's words."""
    text = ("Le Général de Gaulle déclare que la France attend des actes.\n\n"
            f"M. Schröder fait observer que la question est difficile.\n\n{closing}\n")
    result = tei.encode(text, name="x.txt")
    assert [(sp.get("who"), len(sp.findall("t:p", NS))) for sp in result.tree.iterfind(".//t:sp", NS)] == [
        ("#de-gaulle", 1), ("#schroder", 1)]  # ("fait observer": a verb of speaking in French, as "déclare")
    assert [p.text for p in result.tree.findall(".//t:body/t:div/t:p", NS)] == [closing]


def test_a_chinese_records_heading_fields_and_those_present():
    """"时间：…", "地点：…", "在座：周恩来、陈毅、廖承志", "记录：王效贤" under the title had been one turn of a person "时间"."""
    text = ("毛泽东同志会见日本社会党访华团的谈话记录\n（一九六四年七月十日）\n\n时间：一九六四年七月十日下午三时至五时\n"
            "地点：中南海颐年堂\n在座：周恩来、陈毅、廖承志\n记录：王效贤\n\n毛泽东：欢迎你们。\n\n佐佐木更三：谢谢。\n\n"
            "周恩来：主席的意思是这样。\n\n毛泽东：好。\n")
    result = tei.encode(text, name="zh.txt")
    assert [label.text for label in result.tree.iterfind(".//t:list[@type='fields']/t:label", NS)] == [
        "时间：", "地点：", "记录："]
    listed = result.tree.find(".//t:list[@type='participants']", NS)
    assert [name.text for name in listed.iterfind(".//t:persName", NS)] == ["周恩来", "陈毅", "廖承志"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#毛泽东", "#佐佐木更三", "#周恩来", "#毛泽东"]
    assert validate_result(result) == []


def test_a_german_protocols_head_fields():
    """"Beginn: 10.00 Uhr", "Entschuldigt: Genosse Sindermann", "Protokollführer: Genosse Eberlein" had been
    paragraphs, and the last two persons "Entschuldigt" and "Protokollführer"."""
    text = ("Protokoll Nr. 12/73 der Sitzung des Politbüros\n\nBeginn: 10.00 Uhr\nEntschuldigt: Genosse Sindermann\n"
            "Protokollführer: Genosse Eberlein\n\nGenosse Honecker erklärte, die Lage sei gut.\n\n"
            "Genosse Mittag erläuterte die Vorlage.\n")
    result = tei.encode(text, name="x.txt")
    assert [label.text for label in result.tree.iterfind(".//t:list[@type='fields']/t:label", NS)] == [
        "Beginn:", "Entschuldigt:", "Protokollführer:"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#honecker", "#mittag"]


def test_a_chinese_surname_and_office_is_the_one_known_name_of_that_surname():
    """"毛主席说，…" after "毛泽东：…" had been a person "毛主席" apart from 毛泽东; "周总理" so too."""
    text = ("毛泽东：欢迎你们。\n\n周恩来：主席的意思是这样。\n\n毛泽东：好。\n\n毛主席说，我们两国人民都是受害者。\n\n"
            "周总理：同意。\n")
    result = tei.encode(text, name="zh.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == [
        "#毛泽东", "#周恩来", "#毛泽东", "#毛泽东", "#周恩来"]
    # Two known names of the surname: neither.
    two = text.replace("周恩来：主席的意思是这样。", "周恩来：主席的意思是这样。\n\n周培源：对。\n\n周培源：好。")
    assert [sp.get("who") for sp in tei.encode(two, name="zh.txt").tree.iterfind(".//t:sp", NS)][-1] == "#周总理"


def test_a_record_without_turns_in_another_language_than_stated_says_so():
    """A collection's `language = "en"` over a German note: no turns (English's verbs read none), and the warning
    had told the editor to name the speakers in a register. It names the language the text reads as."""
    from tei.metadata import Metadata

    text = ("Vermerk über ein Gespräch\n\nHerr Dr. Hoffmann erklärte, dass das Hafenamt gute Erfahrungen gemacht "
            "habe.\n\nFrau Halloran fragte, ob die Kosten im Rahmen geblieben seien.\n\nHerr Dr. Hoffmann "
            "antwortete, dass die Kosten überschritten worden seien und dass man das nicht wieder tun werde.\n")
    (warning,) = [d for d in tei.encode(text, Metadata(language="en"), name="x.txt").warnings if d.code == "no-turns"]
    assert warning.hint.startswith("its language is stated as 'en', but the text reads as 'de'")
    assert [d for d in tei.encode(text, Metadata(language="de"), name="x.txt").warnings if d.code == "no-turns"] == []
    english = "A note of the talk.\n\nThe weather was fine and the harbour was quiet all day long.\n"
    (warning,) = [d for d in tei.encode(english, Metadata(language="en"), name="x.txt").warnings]
    assert warning.hint == "if the record has speakers, name them in the sidecar's [[person]] register"


def test_a_hindi_records_titled_labels_are_turns_with_whole_names_in_their_ids():
    """The Rajya Sabha's Hindi labels, a title and a space before the colon ("श्री नरेश अग्रवाल : …"): used once each,
    they had been words of the turn before; "प्रो." had been a stenogram's name; and an id lost each vowel sign
    with the letters after it ("नरेश" → "नर-श")."""
    from tei.speakers import derive_id

    text = ("RAJYA SABHA\n\nMR. CHAIRMAN: Question No. 401.\n\nश्री नरेश अग्रवाल : सभापति जी, मेरा सवाल यह है।\n\n"
            "प्रो. के.वी. थॉमस : सभापति जी, अनाज दिया गया है।\n\nMR. CHAIRMAN: Thank you.\n")
    result = tei.encode(text, name="t.txt")
    assert [(sp.findtext("t:speaker", namespaces=NS), sp.get("who")) for sp in result.tree.iterfind(".//t:sp", NS)] == [
        ("MR. CHAIRMAN:", "#chairman"), ("श्री नरेश अग्रवाल :", "#नरेश-अग्रवाल"), ("प्रो. के.वी. थॉमस :", "#थॉमस"),
        ("MR. CHAIRMAN:", "#chairman")]
    assert validate_result(result) == []
    assert derive_id("สมชาย วงศ์สวัสดิ์") == "สมชาย-วงศ์สวัสดิ์"  # (Thai's marks too)


def test_an_estonian_stenograms_offices_are_no_part_of_the_names_and_its_house_noted():
    """The Riigikogu's "Esimees Henn Põlluaas:" had been a person "#esimees-henn-polluaas", and "(Aplaus.)" the
    member's words."""
    text = ("RIIGIKOGU STENOGRAMM\n\nEsimees Henn Põlluaas: Austatud Riigikogu, tere päevast! Alustame istungit.\n\n"
            "Justiitsminister Raivo Aeg: Aitäh! Eelnõu on vajalik ja see on hea. (Aplaus.)\n\n"
            "Aseesimees Siim Kallas: Aitäh! Istung on lõppenud.\n")
    result = tei.encode(text, name="t.txt")
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", NS)] == ["#henn-polluaas", "#raivo-aeg",
                                                                             "#siim-kallas"]
    assert result.tree.findtext(".//t:incident/t:desc", namespaces=NS) == "Aplaus."


def test_a_german_councils_head_fields_and_its_members_titles():
    """A Gemeinderat's Protokoll: "Vorsitz:" had run its head's fields into one paragraph; "Gemeinderat Maier" and
    "Bürgermeister Huber" had been persons "#gemeinderat-maier" and none, "die Gemeinderäte Anton Maier" a person
    "#gemeinderate-anton-maier"."""
    text = ("Protokoll der 14. Sitzung des Gemeinderates Neuried\n\nVorsitz: Erster Bürgermeister Josef Huber\n"
            "Anwesend: die Gemeinderäte Anton Maier, Franz Obermeier\nEntschuldigt: Gemeinderat Xaver Pichler\n"
            "Protokollführer: Verwaltungsangestellter Karl Brandl\n\nBürgermeister Huber berichtet, dass das Amt den "
            "Entwurf geprüft habe.\n\nGemeinderat Maier fragt, ob ein Zuschuss zu erwarten sei.\n\n"
            "Bürgermeister Huber erwidert, dass mit einem Zuschuss zu rechnen sei.\n")
    result = tei.encode(text, name="t.txt")
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    assert [label.text for label in result.tree.iterfind(".//t:list[@type='fields']/t:label", ns)][:1] == ["Vorsitz:"]
    assert [name.text for name in result.tree.iterfind(".//t:list[@type='participants']//t:persName", ns)] == [
        "Anton Maier", "Franz Obermeier"]
    assert [sp.get("who") for sp in result.tree.iterfind(".//t:sp", ns)] == ["#huber", "#anton-maier", "#huber"]
