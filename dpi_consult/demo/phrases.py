"""Bank of French sentence fragments, per sheet, from which the demo answers are built."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

# The sentences live in phrases-fr.txt beside this module. In a block, "@name" starts a list; every
# other line starts an entry, and a line indented by two spaces continues the previous one; " | "
# separates several short entries on one line. Straight apostrophes and plain spaces before : ; ? ! % €
# and inside « » become French typography when an answer is assembled. Placeholders in braces
# ({montant}, {pct}...) are filled with invented figures (see texts.py).


def _read_blocks() -> tuple[str, dict[str, str]]:
    """The generic block and the per-section blocks of phrases-fr.txt."""
    text = resources.files("dpi_consult.demo").joinpath("phrases-fr.txt").read_text(encoding="utf-8")
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("== "):
            current = blocks.setdefault(line[3:].strip(), [])
        elif current is not None:
            current.append(line)
    joined = {name: "\n".join(lines) for name, lines in blocks.items()}
    generic = joined.pop("generic")
    return generic, joined


_GENERIC, _SHEETS = _read_blocks()

LINKS: dict[str, tuple[str, str, str]] = {
    "r1112": ("l'", "article R1112-7 du CSP",
              "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000006908051"),
    "r6113": ("l'", "article R6113-9-2 du CSP",
              "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037917876"),
    "journal": ("la ", "recommandation de la CNIL sur la journalisation",
                "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000044272396"),
    "mfa": ("la ", "recommandation de la CNIL sur l'authentification multifacteur",
            "https://www.cnil.fr/fr/authentification-multifacteur-les-recommandations-de-la-cnil-pour-mieux-"
            "proteger-les-donnees"),
    "hds": ("la ", "page de l'ANS sur l'hébergement des données de santé",
            "https://esante.gouv.fr/labels-certifications/hebergement-des-donnees-de-sante"),
    "login": ("la ", "FAQ de l'ANS sur l'identification électronique",
              "https://esante.gouv.fr/faq/est-il-vrai-que-le-simple-loginmot-de-passe-est-interdit-pour-"
              "lidentification-electronique-des-professionnels-de-sante"),
    "homologation": ("la ", "FAQ de l'ANS sur l'homologation des moyens d'identification",
                     "https://esante.gouv.fr/faq/est-ce-obligatoire-de-realiser-une-homologation-pour-les-"
                     "moyens-didentification-electronique"),
    "ght": ("la ", "FAQ de l'ANS sur les GHT et la certification HDS",
            "https://esante.gouv.fr/faq/les-groupements-hospitaliers-de-territoire-peuvent-ils-etre-exemptes-"
            "de-lobligation-de-certification-hds"),
}
"""Link id -> (article before the text, link text, URL)."""

LINK_TEMPLATES: tuple[str, ...] = (
    "Voir à ce sujet {lien}.",
    "Nous renvoyons sur ce point à {lien}.",
    "La fiche gagnerait à renvoyer explicitement à {lien}.",
    "Cette question devrait être articulée avec {lien}.",
)


@dataclass(frozen=True, slots=True)
class Bank:
    """The fragments of one section (the generic ones, in GENERIC, are shared by every section)."""

    section_id: str
    sheet_number: int | None
    sentences: tuple[str, ...]
    bullets: tuple[str, ...]
    shorts: tuple[str, ...]
    quotes: tuple[str, ...]
    costs: tuple[str, ...]
    terms: tuple[str, ...]
    links: tuple[str, ...]


def parse_block(block: str) -> dict[str, tuple[str, ...]]:
    """Split one block of the bank into its named sections of entries."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in block.splitlines():
        if not line.strip():
            continue
        if line.startswith("@"):
            current = sections.setdefault(line[1:].strip(), [])
        elif line.startswith("  ") and current:
            current[-1] += " " + line.strip()
        else:
            current.append(line.strip())
    return {
        name: tuple(part.strip() for entry in entries for part in entry.split(" | ") if part.strip())
        for name, entries in sections.items()
    }


GENERIC: dict[str, tuple[str, ...]] = parse_block(_GENERIC)
SECTION_IDS: tuple[str, ...] = tuple(_SHEETS)


@cache
def bank(section_id: str) -> Bank:
    """The bank of one section; an unknown section gets generic sentences and no sheet-specific ones."""
    own = parse_block(_SHEETS.get(section_id, ""))
    digits = section_id.removeprefix("fiche-")
    number = int(digits) if section_id.startswith("fiche-") and digits.isdigit() else None
    return Bank(
        section_id=section_id,
        sheet_number=number,
        sentences=own.get("phrases", ()),
        bullets=own.get("puces", ()),
        shorts=own.get("courtes", ()),
        quotes=own.get("citations", ()),
        costs=own.get("postes", ()),
        terms=own.get("termes", ()),
        links=own.get("liens", tuple(LINKS)),
    )
