"""French spell checking: the domain's vocabulary, French tokenisation, Markdown, suggestions, user dictionary."""

from __future__ import annotations

import re
import threading
import unicodedata

import pytest

from dpi_consult import settings
from dpi_consult.spelling import USER_DICTIONARY_NAME, FrenchSpeller, get_speller, read_vocabulary

# Sentences a DPO, a DIM physician or an RSSI would write in answer to the consultation.
DOMAIN_SENTENCES = [
    "Le responsable de traitement du DPI est l’établissement de santé, représenté par son directeur.",
    "Dans notre GHT, l’établissement support assure la gestion du système d’information convergent.",
    "La base légale est l’exécution d’une mission d’intérêt public au sens de l’article 6 du RGPD.",
    "Nous avons réalisé une AIPD en 2023, puis l’homologation du DPI a été prononcée par la direction.",
    "L’analyse d’impact a été conduite avec le DPO, le RSSI et le médecin DIM, selon la méthode EBIOS RM.",
    "Le NIR n’est plus utilisé comme identifiant : seule l’INS qualifiée, obtenue via le téléservice INSi, l’est.",
    "La cellule d’identitovigilance traite les doublons et les collisions signalés par les services.",
    "Les sauvegardes sont chiffrées, externalisées et testées chaque trimestre dans le cadre du PRA et du PCA.",
    "Nos serveurs sont hébergés chez un hébergeur certifié HDS, avec une réversibilité contractuellement prévue.",
    "Les hébergeurs et leurs sous-traitants ultérieurs doivent être connus du responsable de traitement.",
    "Au-delà de cette durée, les dossiers sont archivés puis purgés selon une procédure validée par la CME.",
    "Les échanges avec les correspondants de ville passent par la MSSanté et alimentent le DMP.",
    "Les flux entre le DPI, le SIL et le PACS sont chiffrés en TLS et authentifiés par certificat.",
    "Chaque professionnel dispose d’un compte nominatif et d’une carte CPS ou d’une e-CPS.",
    "Les habilitations sont attribuées par profil métier et revues au moins une fois par an.",
    "Le départ d’un agent entraîne la désactivation de ses comptes dans les vingt-quatre heures.",
    "La journalisation des accès au DPI est activée ; les accès journalisés sont conservés six mois.",
    "Le bris de glace est tracé et fait l’objet d’une justification contrôlée par le médecin DIM.",
    "Nos sous-traitants signent un contrat conforme à l’article 28 du RGPD, avec une annexe sécurité.",
    "La sous-traitance en cascade doit être autorisée par écrit par l’établissement.",
    "L’éditeur intervient en télémaintenance par un bastion qui enregistre les sessions.",
    "Les données utilisées pour les recettes sont pseudonymisées ; la pseudonymisation est faite par le DIM.",
    "Il faut pseudonymiser les extractions, et non les anonymiser : l’anonymisation est rarement possible.",
    "Un jeu de données pseudonymisé reste une donnée personnelle ; les fichiers pseudonymisés aussi.",
    "Une authentification multifacteur est exigée pour tout accès distant, y compris par VPN.",
    "Le cloisonnement du réseau isole les équipements biomédicaux ; il faut cloisonner les flux.",
    "Nous déplorons le manque d’interopérabilité entre les logiciels des différents éditeurs.",
    "La traçabilité des consultations est indispensable pour répondre aux demandes des patients.",
    "Le chiffrement des disques est systématique : il faut chiffrer tout support amovible.",
    "La PGSSI-S constitue notre référentiel pour la sécurité des systèmes d’information de santé.",
    "Le RSSI pilote un plan de remédiation à la suite de l’audit de l’ANSSI et de l’ANS.",
    "Les ESPIC et les établissements publics inscrits au FINESS sont soumis aux mêmes obligations.",
    "Le PMSI est alimenté par le codage des séjours ; l’ARS et la HAS en sont destinataires.",
    "Les journaux sont horodatés et centralisés dans un SIEM supervisé par notre prestataire.",
    "Il faut habiliter chaque intervenant et journaliser chaque accès : c’est-à-dire tout tracer.",
    "Pensez-vous que la CNIL puisse publier un modèle de convention de co-responsabilité ?",
    "Peut-être faudrait-il prévoir une période transitoire pour les logiciels obsolètes.",
    "Jusqu’à présent, aucune violation de données n’a été notifiée à la CNIL par notre établissement.",
    "Lorsqu’un incident survient, la déclaration se fait auprès de l’ARS et du CERT Santé.",
    "Le SIH comprend le DPI, le SI de gestion administrative, le SIL, le PACS et l’EDS.",
    "Le PCA et le PRA prévoient des procédures dégradées en cas d’indisponibilité du DPI.",
    "Les services de SSR et la DSI ont été associés, comme le prévoit le CSP.",
    "L’homologation, renouvelée tous les trois ans, permet d’homologuer le DPI avant sa mise en œuvre.",
    "La réversibilité du contrat d’hébergement est une exigence de la certification HDS.",
    "Le DPO est associé dès la conception ; quelqu’un doit s’en assurer, puisqu’il n’y a pas de MFA partout.",
]

DOMAIN_WORDS = """
RGPD CNIL DPI DPO DSI DIM RSSI HDS INS INSi NIR PMSI PACS SIL GHT ESPIC FINESS AIPD PGSSI-S MSSanté e-CPS CPS MFA
HAS ARS ANS CSP EDS SSR CME SI SIH PCA PRA TLS VPN DMP bastion bastions télémaintenance hébergeur hébergeurs
sous-traitant sous-traitants sous-traitante sous-traitance pseudonymisation pseudonymiser pseudonymisé pseudonymisée
pseudonymisés pseudonymisées anonymisation anonymiser anonymisé anonymisées journalisation journaliser journalisé
journalisés habilitation habilitations habiliter habilité traçabilité identitovigilance interopérabilité
authentification multifacteur cloisonnement cloisonner chiffrement chiffrer chiffré chiffrées homologation homologuer
réversibilité
""".split()


@pytest.fixture(scope="module")
def speller(tmp_path_factory: pytest.TempPathFactory) -> FrenchSpeller:
    return FrenchSpeller(user_dictionary=tmp_path_factory.mktemp("dict") / USER_DICTIONARY_NAME).load()


def flagged(speller: FrenchSpeller, text: str) -> list[str]:
    return [text[start: start + length] for start, length in speller.misspelled(text)]


@pytest.mark.parametrize("sentence", DOMAIN_SENTENCES)
def test_domain_sentences_have_no_misspelling(speller: FrenchSpeller, sentence: str):
    assert flagged(speller, sentence) == []


def test_there_are_forty_sentences_covering_the_listed_vocabulary():
    assert len(DOMAIN_SENTENCES) >= 40
    tokens = {w for s in DOMAIN_SENTENCES for w in re.findall(r"[\w-]+", s.replace("’", " "))}
    covered = [w for w in ("pseudonymisation", "journalisation", "habilitations", "hébergeur", "sous-traitants",
                           "DIM", "RSSI", "HDS", "INS") if w in tokens]
    assert len(covered) >= 8


@pytest.mark.parametrize("word", DOMAIN_WORDS)
def test_domain_word_is_accepted_alone_and_at_a_sentence_start(speller: FrenchSpeller, word: str):
    assert speller.is_correct(word)
    assert flagged(speller, f"{word[0].upper()}{word[1:]} est cité dans le texte.") == []
    assert flagged(speller, f"On parle de {word} ici.") == []


def test_all_caps_of_a_known_word_is_accepted(speller: FrenchSpeller):
    assert flagged(speller, "LA PSEUDONYMISATION ET LA SÉCURITÉ DES DONNÉES") == []


@pytest.mark.parametrize("text", ["l’hébergeur", "d’habilitation", "L’hébergeur", "qu’il", "jusqu’à", "n’est",
                                  "s’applique", "c’est", "j’ai", "m’a", "t’es", "lorsqu’un", "puisqu’elle",
                                  "quelqu’un", "d'accès", "l'établissement", "D’ACCÈS", "aujourd’hui"])
def test_elisions_are_split_off(speller: FrenchSpeller, text: str):
    assert flagged(speller, text) == []


def test_the_word_after_an_elision_is_checked_and_only_it_is_underlined(speller: FrenchSpeller):
    text = "Voir l’hopital et d'hebergement."
    assert speller.misspelled(text) == [(text.index("hopital"), 7), (text.index("hebergement"), 11)]


@pytest.mark.parametrize("text", ["sous-traitant", "c'est-à-dire", "c’est-à-dire", "peut-être", "pensez-vous",
                                  "a-t-il", "va-t-on", "co-responsabilité", "e-santé", "multi-sites", "vingt-quatre",
                                  "Pensez-vous", "non-opposition", "médico-social"])
def test_hyphenated_compounds_are_accepted_whole_or_by_parts(speller: FrenchSpeller, text: str):
    assert flagged(speller, text) == []


def test_only_the_wrong_part_of_a_compound_is_underlined(speller: FrenchSpeller):
    assert flagged(speller, "un sous-traitent et un pensez-vouss") == ["vouss"]
    assert flagged(speller, "le sous-traitannt") == ["traitannt"]


@pytest.mark.parametrize(("wrong", "right"), [
    ("hopital", "hôpital"),
    ("securite", "sécurité"),
    ("établisement", "établissement"),
    ("journalistion", "journalisation"),
    ("pseudonymistion", "pseudonymisation"),
    ("habilitaion", "habilitation"),
    ("interoperabilite", "interopérabilité"),
    ("tracabilité", "traçabilité"),
    ("Hopital", "Hôpital"),
    ("SECURITE", "SÉCURITÉ"),
    ("rssi", "RSSI"),
    ("dpi", "DPI"),
])
def test_common_misspellings_are_flagged_with_the_right_first_suggestion(speller: FrenchSpeller, wrong, right):
    assert flagged(speller, f"{wrong} ici.") == [wrong]
    suggestions = speller.suggestions(wrong)
    assert suggestions[0] == right
    assert 1 <= len(suggestions) <= 6 and wrong not in suggestions


def test_suggestions_respect_the_limit_and_a_typographic_apostrophe(speller: FrenchSpeller):
    assert len(speller.suggestions("teste", limit=3)) == 3
    assert speller.suggestions("aujourdhui")[0] == "aujourd'hui"
    assert speller.suggestions("aujourd’hu")[0] == "aujourd’hui"


def test_nonsense_has_no_suggestion(speller: FrenchSpeller):
    assert speller.suggestions("xqzwvk") == []


@pytest.mark.parametrize("text", [
    "voir https://www.cnil.fr/fr/sante/dossier-patient-informatise pour le détail",
    "voir www.esante.gouv.fr/produits-services/pgssi-s",
    "écrire à jean.dupont@chu-exemple.fr ou dpo@ght-exmple.fr",
    "la variable `identifiant_patientt` et ``code avec ` dedans``",
    "[le projet](https://x.fr/chemin/projett-de-recomandation) et [référence][projett-recomand]",
    "en 2025, 12,5 % des 3 000 postes, 1er trimestre, 2e étage, ISO27001, 2FA, SHA256",
    "le DSIO, l’ADELI et le XYZWV sont des sigles",
    "a b c d e y",
    "la fonction get_patient_id et le module dpi_consult",
    "<br> <span class=\"rouge\"> &nbsp; &eacute;",
])
def test_urls_code_numbers_acronyms_and_markup_are_skipped(speller: FrenchSpeller, text: str):
    assert flagged(speller, text) == []


def test_a_long_unknown_word_in_capitals_is_flagged_but_not_a_short_one(speller: FrenchSpeller):
    assert flagged(speller, "le ZXQWV et la SECURITTE") == ["SECURITTE"]


def test_markdown_text_is_checked_between_its_marks(speller: FrenchSpeller):
    text = ("# Titre de la fiche\n- puce **gras** et _italique_ et *penché*\n> citation\n"
            "1. [lien](https://x.fr/chemin) et **hopital** et _securite_\n| cellule | autre |")
    assert flagged(speller, text) == ["hopital", "securite"]


def test_inline_code_may_span_lines_but_not_paragraphs(speller: FrenchSpeller):
    assert flagged(speller, "un `hopitall\nsur deux lignes` ici") == []
    assert flagged(speller, "un ` seul\n\nhopitall et `") == ["hopitall"]


def test_spans_are_exact_on_a_sample(speller: FrenchSpeller):
    text = "Le dosier du patiant est à l’hopital ; voir https://x.fr/hopitall et `hopitall`. Fin du texte."
    expected = [(text.index(w), len(w)) for w in ("dosier", "patiant", "hopital")]
    assert speller.misspelled(text) == expected


def test_a_capitalised_unknown_word_is_a_name_unless_it_starts_a_sentence(speller: FrenchSpeller):
    assert flagged(speller, "Le CHU de Kerbrignac et la clinique Saint-Ouenbrec.") == []
    assert flagged(speller, "Kerbrignac est loin. Kerbrignac aussi ! - Kerbrignac\n1. Kerbrignac") == [
        "Kerbrignac"] * 4
    assert flagged(speller, "Hopital est faux en début de phrase") == ["Hopital"]
    assert not speller.is_correct("Hopital") and speller.is_correct("Hopital", sentence_start=False)
    assert speller.is_correct("LibreOffice") and speller.is_correct("Active")


def test_regular_inflections_of_known_words_are_accepted_but_not_typos(speller: FrenchSpeller):
    for word in ("rayonnements", "nominatives", "décède", "modélise", "ayants", "réidentification", "cyberattaques",
                 "autodiagnostic", "décommissionnement", "mise en œuvre", "cœur"):
        assert flagged(speller, word) == [], word
    for typo in ("agentss", "coders", "modele", "reutilisation", "colisions", "dossies", "hébergeent"):
        assert flagged(speller, typo) == [typo], typo


def test_decomposed_accents_are_understood(speller: FrenchSpeller):
    text = unicodedata.normalize("NFD", "L’hôpital et la sécurité")
    assert speller.misspelled(text) == []
    wrong = unicodedata.normalize("NFD", "un hôpitall")
    assert flagged(speller, wrong) == [wrong[3:]]


def test_nothing_is_flagged_before_the_dictionary_is_loaded():
    speller = FrenchSpeller()
    assert not speller.ready
    assert speller.misspelled("xqzw fautte hopital") == []
    assert speller.is_correct("xqzw") and speller.suggestions("hopital") == []


def test_background_load_calls_back_and_then_checks():
    speller = FrenchSpeller()
    loaded = threading.Event()
    threads: list[str] = []
    speller.load_in_background(lambda: (threads.append(threading.current_thread().name), loaded.set()))
    assert loaded.wait(60)
    assert speller.ready and threads == ["spelling-load"]
    assert speller.misspelled("un hopital") == [(3, 7)]
    called_at_once: list[bool] = []
    speller.load_in_background(lambda: called_at_once.append(True))
    assert called_at_once == [True]


def test_get_speller_shares_one_instance():
    first = get_speller()
    assert get_speller() is first


def test_user_dictionary_is_persisted_in_the_data_folder():
    speller = FrenchSpeller().load()
    assert flagged(speller, "Kerbrignac est loin, zorglub aussi.") == ["Kerbrignac", "zorglub"]
    speller.add_word("Kerbrignac")
    speller.add_word("zorglub")
    assert flagged(speller, "Kerbrignac est loin, zorglub aussi. Zorglub !") == []
    path = settings.data_dir() / USER_DICTIONARY_NAME
    assert {"Kerbrignac", "zorglub"} <= set(path.read_text(encoding="utf-8").split())
    again = FrenchSpeller().load()
    assert flagged(again, "Kerbrignac. Zorglub, ZORGLUB et zorglub.") == []
    assert flagged(again, "kerbrignac") == ["kerbrignac"]  # a word with a capital keeps it
    assert again.suggestions("zorglubb")[0] == "zorglub"


def test_a_word_added_before_the_load_is_kept(tmp_path):
    speller = FrenchSpeller(user_dictionary=tmp_path / "perso.txt")
    speller.add_word("Plouzévédé")
    speller.load()
    assert flagged(speller, "Plouzévédé.") == []


def test_vocabulary_file_is_clean_and_large():
    words = read_vocabulary()
    assert len(words) > 1000
    assert len(words) == len(set(words)), "duplicates in vocabulaire-sante.txt"
    token = re.compile(r"\w+(?:['-]\w+)*")
    assert [w for w in words if not token.fullmatch(w)] == []
    assert {"pseudonymisation", "journalisation", "identitovigilance", "RSSI", "MSSanté", "e-CPS"} <= set(words)
