"""French counts, numbers and dates as the interface and the command line write them."""

from __future__ import annotations

from dpi_consult.french_formats import counted


def test_counts_agree_with_their_noun_as_french_writes_them():
    assert [counted(n, "fichier") for n in (0, 1, 2, 12345)] == ["0 fichier", "1 fichier", "2 fichiers",
                                                                 "12\u00a0345 fichiers"]
    assert counted(3, "réponse proposée", "réponses proposées") == "3 réponses proposées"
