"""Recall and precision of the personal-data check on two corpora written for it: what a tired DIM physician
pastes by mistake, and the ordinary prose of a legal contribution. Figures are printed (pytest -s)."""

from __future__ import annotations

import pytest

from dpi_consult.personal_data import scan_text


def nir(number13: str) -> str:
    """A NIR (or INS, NIA) with its valid key; 2A and 2B count as 19 and 18."""
    digits = number13.replace(" ", "").replace("2A", "19").replace("2B", "18")
    return f"{number13} {97 - int(digits) % 97:02d}"


# Each sentence holds one personal item.
PERSONAL = [
    # Social security numbers (NIR), INS and NIA, with their keys: mainland, Corsica, abroad, temporary.
    f"NIR du patient : {nir('1 85 05 78 006 084')}.",
    f"Son numéro est le {nir('2 69 05 2A 006 084')} (Corse).",
    f"Né en Haute-Corse, {nir('1 72 11 2B 033 012')}.",
    f"Né à l’étranger : {nir('1 80 03 99 135 021')}.",
    f"INS qualifiée {nir('2 91 12 75 114 302')}.",
    f"Matricule INS : {nir('1 55 08 13 055 456').replace(' ', '')}.",
    f"NIA attribué en attente : {nir('7 90 01 99 999 001')}.",
    f"NIA {nir('8 01 06 99 123 456')} pour ce migrant.",
    f"Le NIR {nir('2 45 07 69 383 111')} figure sur l’étiquette.",
    f"Identifiant national de santé : {nir('1 63 09 33 063 222')}",
    # Patient identifiers next to their names.
    "IPP 123456789 retrouvé dans le courrier.",
    "L’IPP : 00123456 a été saisi deux fois.",
    "Numéro IPP 2024-001234 dans la requête.",
    "NDA 2023456789 du séjour concerné.",
    "Le NDA n° 240012345 est erroné.",
    "numéro de dossier administratif 998877665",
    "IEP 20240056781 à corriger.",
    "NIP : 7654321 pour ce patient.",
    "Numéro de séjour 2024000123 à fusionner.",
    "l’identifiant IPP n°45678912 est en double",
    # Phones: mainland, mobile, overseas, international spellings.
    "Appeler le 06 12 34 56 78 en cas d’urgence.",
    "Portable 0612345678.",
    "Tél. 04.67.33.93.33",
    "Standard : +33 4 67 33 93 33.",
    "Joindre le (+33) 6 12 34 56 78 le matin.",
    "+33 (0)6 12 34 56 78 pour la famille",
    "0033 6 12 34 56 78",
    "+33612345678",
    "Fixe : 01-45-67-89-10",
    "À La Réunion : +262 262 12 34 56.",
    "Mobile réunionnais +262 692 12 34 56",
    "Guadeloupe : +590 590 12 34 56",
    "Martinique +596 696 12 34 56",
    "Guyane : +594 594 12 34 56",
    "Mayotte +262 639 12 34 56",
    "Numéro local 0262 12 34 56",
    "appelez le 0590 12 34 56",
    # E-mails.
    "Écrire à jean.dupont@chu-exemple.fr pour tout échange.",
    "Adresse : marie-claire.durand@gmail.com",
    "dpo+contribution@ght-landes.fr",
    "Mail de la famille : p.leroy@orange.fr.",
    "JEAN.MARTIN@APHP.FR a été mis en copie.",
    # Dates of birth, numeric and written.
    "Il est né le 12/03/1954 à Nîmes.",
    "Née le 3 mars 1954, elle a demandé son dossier.",
    "né le 1er janvier 1960",
    "Date de naissance : 14/07/1989",
    "date de naissance 2 février 1975",
    "DDN : 05/11/1948",
    "Née le 03-03-1954 à Lyon.",
    "né(e) le 21 septembre 1999",
    "la patiente, née le 7 août 1931,",
    "Date de naissance : 1989-07-14.",
    # Named patients.
    "La patiente Mme Durand a demandé son dossier.",
    "Mme Dupont, patiente du service, a porté plainte.",
    "M. Leroy, patient de cardiologie, demande l’accès.",
    "Le patient Jean Dupont a été hospitalisé.",
    "la patiente Marie-Claire Durand conteste la durée",
    "Monsieur Martin, patient suivi depuis 2010, écrit.",
    "Madame Lefèvre, patiente, a été informée.",
    "le patient M. MARTIN a refusé",
    "patiente Mlle Bernard",
    "M. Benoît Moreau, patient du service de gériatrie",
]

# Ordinary sentences of a contribution: none holds personal data.
ORDINARY = [
    "Les articles L. 1111-8 et R. 1111-8-8 du code de la santé publique.",
    "L’article L. 1110-4 régit le partage au sein de l’équipe de soins.",
    "Le décret n° 2018-1254 du 26 décembre 2018 relatif aux départements d’information médicale.",
    "L’article R. 1112-7 fixe la durée de conservation à vingt ans.",
    "Le FINESS juridique 340780477 et le FINESS géographique 340000017.",
    "SIRET 123 456 789 00012 de l’éditeur.",
    "Le SIREN 123456789 figure au contrat.",
    "RPPS 10001234567 du médecin responsable.",
    "OID 1.2.250.1.213.1.4.10 du référentiel INS.",
    "Version 2.0.1.3 du référentiel, délai de 06 mois.",
    "En 2024, 1 500 000 patients et 12 345 678 901 234 actes.",
    "Le coût est estimé à 1 234 567 € sur cinq ans.",
    "Un budget de 250 000 euros par an.",
    "Durée de conservation : 20 ans à compter du dernier séjour.",
    "Six mois de traces, puis archivage.",
    "12,5 % des établissements déclarent un incident.",
    "Près de 3 500 agents sont concernés.",
    "Le délai de 48 h est trop court.",
    "La délibération n° 2021-122 du 14 octobre 2021.",
    "Le règlement (UE) 2016/679 du 27 avril 2016.",
    "La norme ISO 27001:2022 et la norme HDS 2.0.",
    "Référentiel PGSSI-S version 2023.",
    "La loi n° 78-17 du 6 janvier 1978 modifiée.",
    "Madame la Présidente, M. le directeur et les patients du service.",
    "Les patients et leurs proches doivent être informés.",
    "Le patient peut s’opposer au partage de ses données.",
    "La patiente doit être informée de ses droits.",
    "Monsieur le Directeur général de l’ARS.",
    "M. le Ministre a annoncé un calendrier.",
    "Mme la Ministre a saisi la CNIL.",
    "Le GHT Landes regroupe 7 établissements.",
    "Le CHU de Montpellier et le CH de Nîmes.",
    "Un délai de 06 mois est prévu.",
    "La fiche 14 traite de la maintenance.",
    "Tableau 3 : 45 % des DPI sont hébergés.",
    "Entre 2019 et 2024, 40 audits ont été menés.",
    "Les journaux sont conservés 6 mois puis 1 an.",
    "Le service compte 120 lits et 15 places.",
    "Une astreinte 24 h/24 et 7 j/7.",
    "Le numéro de version 4.12.3 est obsolète.",
    "Coût : 0,45 € par dossier et par an.",
    "La circulaire DGOS/PF5/2021/123 du 1er juin 2021.",
    "L’instruction n° DGOS/R1/2022/45.",
    "Code APE 8610Z.",
    "Le patient est au centre du dispositif.",
    "Un patient sur dix demande son dossier.",
    "Né le concept de dossier partagé en 2004.",
    "Date de mise en service : 1er mars 2024.",
    "Le 3 mars 2024, la CNIL a publié son projet.",
    "Le RGPD, article 9, paragraphe 2, point h.",
    "Le délai de réponse est de 8 jours, ou 2 mois.",
    "Les données de 2 000 000 patients sont concernées.",
    "Port 443 et port 8443 ouverts.",
    "Adresse IP 192.168.1.10 du serveur.",
    "La note de l’ANS du 12/03/2024 précise ce point.",
    "Les professionnels de l’équipe de soins (art. L. 1110-12).",
    "Le prestataire agit sous la responsabilité du médecin DIM.",
    "Le téléservice INSi est interrogé à chaque admission.",
    "Le numéro d’appel 15 et le 112.",
    "3 échelons : national, régional, local.",
    "Le taux de 97,5 % de disponibilité.",
]


def test_the_corpora_are_large_enough():
    assert len(PERSONAL) >= 60 and len(ORDINARY) >= 60


def test_recall_is_at_least_95_percent_and_no_ordinary_sentence_raises_an_alarm(capsys):
    missed = [text for text in PERSONAL if not scan_text("q", text)]
    false_alarms = [(text, [f.kind for f in scan_text("q", text)]) for text in ORDINARY if scan_text("q", text)]
    recall = 1 - len(missed) / len(PERSONAL)
    with capsys.disabled():
        print(f"\npersonal data: recall {recall:.2f} ({len(PERSONAL) - len(missed)}/{len(PERSONAL)}), "
              f"false alarms {len(false_alarms)}/{len(ORDINARY)}")
    assert false_alarms == []
    assert recall >= 0.95, missed


def test_the_forms_own_texts_and_the_demo_phrases_raise_no_alarm():
    from dpi_consult.demo.phrases import GENERIC, SECTION_IDS, bank
    from dpi_consult.form.registry import bundled_form

    form = bundled_form()
    texts = [section.summary for section in form.sections]
    texts += [text for question in form.questions for text in (question.prompt, question.help)]
    for section_id in SECTION_IDS:
        texts += [*bank(section_id).sentences, *bank(section_id).bullets]
    texts += [text for values in GENERIC.values() for text in values]
    alarms = [(text[:80], f.kind) for text in texts for f in scan_text("q", text)]
    assert alarms == []


@pytest.mark.parametrize("text", PERSONAL[:3])
def test_the_excerpt_shows_the_item(text: str):
    assert scan_text("q", text)[0].excerpt
