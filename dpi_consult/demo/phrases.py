"""Bank of French sentence fragments, per sheet, from which the demo answers are built."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

# The sentences live in phrases-fr.txt beside this module. In a block, "@name" starts a list; every
# other line starts an entry, and a line indented by two spaces continues the previous one; " | "
# separates several short entries on one line. Straight apostrophes and plain spaces before : ; ? ! % €
# and inside « » become French typography when an answer is assembled. Placeholders in braces
# ({montant}, {pct}...) are filled with invented figures (see texts.py).
# Themes give the demo answers a dominant subject, the gold label the themes' evaluation compares with
# (issue 12): "@theme KEY Readable name" declares a theme of the block, and "@phrases KEY" (or "@puces KEY")
# starts a list whose entries all belong to that theme; several lists of one kind add up. A list without a
# key (the generic block's) is theme-less filler.


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
    themes: Mapping[str, str] = field(default_factory=dict)
    """Theme key -> readable name, in the bank's order."""
    sentence_themes: Mapping[str, str] = field(default_factory=dict)
    """Sentence -> theme key, for the sentences of a themed list."""
    bullet_themes: Mapping[str, str] = field(default_factory=dict)
    """Bullet -> theme key, for the bullets of a themed list."""


@dataclass(frozen=True, slots=True)
class ParsedBlock:
    """One block of the bank: its lists of entries, the themes it declares and the theme of each entry."""

    lists: dict[str, tuple[str, ...]]
    themes: dict[str, str]
    tags: dict[str, dict[str, str]]
    """List name -> entry -> theme key (entries of a list without a key are absent)."""


def parse_themed_block(block: str) -> ParsedBlock:
    """Split one block of the bank into its named lists of entries, keeping the theme of each entry."""
    sections: dict[str, list[tuple[str, str | None]]] = {}
    themes: dict[str, str] = {}
    current: list[tuple[str, str | None]] | None = None
    theme: str | None = None
    for line in block.splitlines():
        if not line.strip():
            continue
        if line.startswith("@theme "):
            key, _, name = line.removeprefix("@theme ").strip().partition(" ")
            themes[key] = name.strip()
        elif line.startswith("@"):
            name, _, key = line[1:].strip().partition(" ")
            current = sections.setdefault(name, [])
            theme = key.strip() or None
        elif line.startswith("  ") and current:
            text, tag = current[-1]
            current[-1] = (f"{text} {line.strip()}", tag)
        elif current is not None:
            current.append((line.strip(), theme))
    lists: dict[str, tuple[str, ...]] = {}
    tags: dict[str, dict[str, str]] = {}
    for name, entries in sections.items():
        parts = [(part.strip(), tag) for entry, tag in entries for part in entry.split(" | ") if part.strip()]
        lists[name] = tuple(part for part, _ in parts)
        tags[name] = {part: tag for part, tag in parts if tag is not None}
    return ParsedBlock(lists, themes, tags)


def parse_block(block: str) -> dict[str, tuple[str, ...]]:
    """Split one block of the bank into its named lists of entries (themes left aside)."""
    return parse_themed_block(block).lists


GENERIC: dict[str, tuple[str, ...]] = parse_block(_GENERIC)
SECTION_IDS: tuple[str, ...] = tuple(_SHEETS)


@cache
def bank(section_id: str) -> Bank:
    """The bank of one section; an unknown section gets generic sentences and no sheet-specific ones."""
    parsed = parse_themed_block(_SHEETS.get(section_id, ""))
    own = parsed.lists
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
        themes=parsed.themes,
        sentence_themes=parsed.tags.get("phrases", {}),
        bullet_themes=parsed.tags.get("puces", {}),
    )
