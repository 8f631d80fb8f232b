"""Paragraph provenance follows the coordinator's edits: edit keeps, split copies, join unites."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dpi_consult.draft.paragraphs import Paragraph, align, join_paragraphs, paragraph_at, split_paragraphs

A = "La journalisation des accès doit rester proportionnée à la taille de l’établissement."
B = "Les durées de conservation des traces méritent une harmonisation nationale."
C = "Le bris de glace doit rester possible en urgence, avec un contrôle a posteriori."


def paragraphs() -> list[Paragraph]:
    return [Paragraph("p-a", A, {"m1": "s1"}), Paragraph("p-b", B, {"m2": "s2"}), Paragraph("p-c", C, {"m3": "s3"})]


def test_paragraphs_are_blocks_between_blank_lines():
    assert split_paragraphs("\n  Un.\nsuite\n \n\n Deux.  \n\n") == ["Un.\nsuite", "Deux."]
    assert split_paragraphs("   ") == []
    assert join_paragraphs(["Un.", "Deux."]) == "Un.\n\nDeux."


def test_the_paragraph_under_a_position_is_found_like_split_paragraphs_counts():
    text = "\n\nUn.\nsuite\n\n \nDeux.\n\nTrois"
    assert [paragraph_at(text, text.index(word)) for word in ("Un", "suite", "Deux", "Trois")] == [0, 0, 1, 2]
    assert paragraph_at(text, len(text)) == 2
    assert paragraph_at(text, text.index("Deux") - 2) is None
    assert paragraph_at("", 0) is None


def test_unchanged_paragraphs_keep_ids_and_sources():
    result = align(paragraphs(), [A, B, C])
    assert [(p.id, p.sources) for p in result] == [("p-a", {"m1": "s1"}), ("p-b", {"m2": "s2"}),
                                                  ("p-c", {"m3": "s3"})]


def test_an_edited_paragraph_keeps_its_id_and_sources_even_when_rewritten():
    result = align(paragraphs(), [A, "Texte entièrement réécrit par la coordinatrice.", C])
    assert [(p.id, p.sources) for p in result][1] == ("p-b", {"m2": "s2"})


def test_splitting_keeps_the_sources_on_both_halves():
    first, second = "La journalisation des accès doit rester proportionnée", "à la taille de l’établissement."
    result = align(paragraphs(), [first, second, B, C])
    assert [p.text for p in result] == [first, second, B, C]
    assert result[0].id == "p-a" and result[1].id not in {"p-a", "p-b", "p-c"}
    assert result[0].sources == result[1].sources == {"m1": "s1"}
    assert result[2].id == "p-b" and result[3].id == "p-c"


def test_joining_unites_the_sources():
    result = align(paragraphs(), [A + " " + B, C])
    assert result[0].id == "p-a" and result[0].sources == {"m1": "s1", "m2": "s2"}
    assert (result[1].id, result[1].sources) == ("p-c", {"m3": "s3"})


def test_a_new_paragraph_typed_by_the_coordinator_has_no_source():
    result = align(paragraphs(), [A, "Un ajout de la fédération.", B, C])
    assert result[1].sources == {} and result[1].id not in {"p-a", "p-b", "p-c"}
    assert [p.id for p in result if p.sources] == ["p-a", "p-b", "p-c"]


def test_a_deleted_paragraph_takes_its_sources_with_it():
    result = align(paragraphs(), [A, C])
    assert [(p.id, p.sources) for p in result] == [("p-a", {"m1": "s1"}), ("p-c", {"m3": "s3"})]


def test_a_paragraph_is_flagged_when_a_source_member_sent_a_new_version():
    paragraph = Paragraph("p", A, {"m1": "s1", "m2": "s2"})
    assert paragraph.flagged({"m1": "s1", "m2": "s2"}) == []
    assert paragraph.flagged({"m1": "s1", "m2": "nouvelle"}) == ["m2"]


words = st.lists(st.sampled_from("accès journalisation traces DIM hébergeur RSSI durée patient".split()),
                 min_size=1, max_size=12).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=6), st.lists(words, min_size=0, max_size=6))
def test_the_result_is_always_the_new_text_with_unique_ids(old_texts: list[str], new_texts: list[str]):
    old = [Paragraph(f"p-{i}", text, {f"m{i}": "s"}) for i, text in enumerate(old_texts)]
    result = align(old, new_texts)
    assert [p.text for p in result] == new_texts
    assert len({p.id for p in result}) == len(result)
    # Every source comes from an old paragraph: nothing is attributed to a member out of nowhere.
    assert all(set(p.sources) <= {f"m{i}" for i in range(len(old_texts))} for p in result)


@settings(max_examples=100, deadline=None)
@given(st.lists(words, min_size=2, max_size=6, unique=True), st.data())
def test_any_split_keeps_the_set_on_both_halves(texts: list[str], data):
    """Paragraphs of an answer differ from one another; identical ones could not be told apart."""
    old = [Paragraph(f"p-{i}", text, {f"m{i}": "s"}) for i, text in enumerate(texts)]
    index = data.draw(st.integers(0, len(texts) - 1))
    words_of = texts[index].split(" ")
    if len(words_of) < 2:
        return
    cut = data.draw(st.integers(1, len(words_of) - 1))
    halves = [" ".join(words_of[:cut]), " ".join(words_of[cut:])]
    if len(set(texts) | set(halves)) != len(texts) + 2:
        return
    new_texts = texts[:index] + halves + texts[index + 1:]
    result = align(old, new_texts)
    assert all(f"m{index}" in p.sources for p in result[index:index + 2])
