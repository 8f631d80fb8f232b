"""Identical and near-identical answers are read once; answers sharing only stock phrases stay apart."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from dpi_consult.collective.grouping import _leaders, group_answers, near_identical, shingles, words
from dpi_consult.collective.taken import taken_passages
from dpi_consult.draft.member import MemberContribution
from dpi_consult.form.registry import bundled_form

QUESTION = "fiche-01.difficultes"

PROPOSAL = ("La distinction entre responsable de traitement et sous-traitant reste floue pour les groupements "
            "hospitaliers de territoire. L’établissement support héberge le DPI de plusieurs établissements "
            "parties, qui ne savent pas toujours qui répond aux demandes d’accès des patients. Nous demandons "
            "que la fiche précise le rôle de chacun, avec un modèle de convention de coresponsabilité.")
OTHER = ("Le coût de la journalisation exhaustive des accès est élevé : il faut stocker les traces pendant six "
         "mois au moins, les analyser et former les équipes du DIM à leur exploitation régulière.")
ADDED = ("Dans notre établissement, la direction des systèmes d’information partage cette analyse et a déjà "
         "engagé un travail avec le groupement pour rédiger une convention type, qui pourrait servir de base "
         "aux autres territoires.")
STOCK = "Nous proposons que la CNIL précise dans la fiche "


def member(number: int, answer: str) -> MemberContribution:
    return MemberContribution(
        draft_id=f"00000000-0000-4000-8000-{number:012d}", saved_at="2026-01-05T10:00:00Z", form_id="cnil-dpi-2025",
        form_version="1.0", identity={"identification.organisation": f"Établissement {number}"},
        answers={QUESTION: answer}, file_name=f"m{number}.dpic", sha256=f"{number:064x}",
        imported_at="2026-01-06T10:00:00Z")


def grouped(answers: list[str]) -> list[list[int]]:
    question = bundled_form().question(QUESTION)
    members = [member(number, text) for number, text in enumerate(answers)]
    groups = group_answers(question, [(m, m.answers[QUESTION]) for m in members])
    return [sorted(int(m.draft_id[-12:]) for m in g.members) for g in groups]


def test_copies_adoptions_and_rewordings_group_and_stock_phrases_do_not():
    answers = [
        PROPOSAL,  # 0: the federation's proposal, adopted
        PROPOSAL,  # 1: adopted too
        PROPOSAL + " Ce point est urgent pour notre GHT.",  # 2: adopted with a sentence added
        PROPOSAL.replace("floue", "**floue**").upper().replace("  ", " "),  # 3: formatting and case only
        OTHER,  # 4
        OTHER.replace("six mois", "un an").replace("régulière", "quotidienne"),  # 5: a neighbour's, reworded
        STOCK + "les durées de conservation des traces d’accès au dossier.",  # 6
        STOCK + "le statut des éditeurs hébergeurs de données de santé.",  # 7
        "Non.",  # 8
        "non",  # 9
        "Aucune.",  # 10
        # 11: one sentence in common with the proposal, and much else
        PROPOSAL.split(". ")[0] + ".\n\n" + OTHER.replace("journalisation", "traçabilité") * 2,
        PROPOSAL + "\n\n" + ADDED,  # 12: adopted, with a paragraph of its own: still the proposal, mostly
        PROPOSAL.split(". ")[0] + ".",  # 13: only the proposal's first sentence: a different, shorter answer
    ]
    groups = grouped(answers)
    assert [0, 1, 2, 3, 12] in groups and [4, 5] in groups and [8, 9] in groups
    assert [6] in groups and [7] in groups and [10] in groups and [11] in groups and [13] in groups
    assert groups[0] == [0, 1, 2, 3, 12]  # the largest first


def test_a_group_shows_its_most_common_wording_and_whether_all_are_identical():
    question = bundled_form().question(QUESTION)
    members = [member(1, PROPOSAL + " En plus."), member(2, PROPOSAL), member(3, PROPOSAL)]
    (group,) = group_answers(question, [(m, m.answers[QUESTION]) for m in members])
    assert group.text == PROPOSAL and group.count == 3 and not group.identical
    assert [m.sha256 for m in group.members] == [m.sha256 for m in members]  # collection order
    (same,) = group_answers(question, [(m, m.answers[QUESTION]) for m in members[1:]])
    assert same.identical


def test_choice_answers_group_by_value():
    question = bundled_form().question("fiche-01.clarte")
    members = [member(n, "") for n in range(4)]
    values = ["oui", "non", "oui", "plutot-oui"]
    groups = group_answers(question, list(zip(members, values, strict=True)))
    assert [(g.answers[0], g.count) for g in groups] == [("oui", 2), ("non", 1), ("plutot-oui", 1)]


def test_passages_already_in_the_collective_answer_are_found_with_their_paragraph():
    collective = ["Synthèse de la fédération sur les GHT.",
                  "Premier point. " + PROPOSAL + " Et la fédération ajoute une phrase.", "Non."]
    answer = "Introduction propre au membre, sans rapport.\n\n" + PROPOSAL.replace("floue", "*floue*") + "\n\nnon"
    found = taken_passages(answer, collective)
    assert [(t.index, t.number) for t in found] == [(1, 2), (2, 3)]
    assert taken_passages("Un tout autre sujet, traité nulle part ailleurs dans la synthèse.", collective) == []


SENTENCES = [f"phrase {n} sur le point {n % 3} du dossier patient avec ses détails propres numéro {n}"
             for n in range(8)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 7), min_size=1, max_size=5), min_size=1, max_size=30))
def test_every_answer_is_near_its_leader_and_no_two_leaders_are_near(picks):
    # Looking leaders up by their rarest sequences only must miss none of them.
    keys = list(dict.fromkeys(" ".join(words(" ".join(SENTENCES[n] for n in pick))) for pick in picks))
    leader_of = _leaders(keys, {key: 1 for key in keys})
    sets = {key: shingles(key.split()) for key in keys}
    leaders = sorted(set(leader_of.values()))
    for key, leader in leader_of.items():
        assert key == leader or near_identical(sets[key], sets[leader])
    for a, b in itertools.combinations(leaders, 2):
        assert not near_identical(sets[a], sets[b])
