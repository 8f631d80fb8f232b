"""Realistic French answers in Markdown, of varied length and shape, for the demo federation."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from dpi_consult.demo.phrases import GENERIC, LINK_TEMPLATES, LINKS, Bank, bank

SAFETY = 0.9
"""Answers stay within this share of max_chars, so that their rendered plain text surely fits too."""

NBSP = "\u00a0"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_TYPOGRAPHY = (
    ("'", "’"),
    (" :", NBSP + ":"),
    (" ;", NBSP + ";"),
    (" ?", NBSP + "?"),
    (" !", NBSP + "!"),
    (" %", NBSP + "%"),
    (" €", NBSP + "€"),
    ("« ", "«" + NBSP),
    (" »", NBSP + "»"),
)
_PROPER_NOUNS = ("Mon espace santé", "Pro Santé Connect", "France")
_DEADLINES = ("2026", "fin 2026", "2027", "fin 2027", "2028", "au-delà de 2028")


def _fr_int(number: int) -> str:
    """12345 -> '12 345' with a non-breaking space, as French writes thousands."""
    return f"{number:,}".replace(",", NBSP)


def _amount(rng: random.Random) -> str:
    step = rng.choice((5_000, 10_000, 50_000))
    return f"{_fr_int(step * rng.randint(6, 18))} €"


def _small_amount(rng: random.Random) -> str:
    return f"{_fr_int(500 * rng.randint(4, 80))} €"


_FIGURES: dict[str, Callable[[random.Random], str]] = {
    "montant": _amount,
    "petit_montant": _small_amount,
    "etp": lambda rng: rng.choice(("0,5", "1", "1,5", "2", "2,5", "3")),
    "pct": lambda rng: str(rng.randrange(10, 95)),
    "nb": lambda rng: str(rng.randrange(20, 400)),
    "jours": lambda rng: str(rng.randrange(2, 9)),
    "jours_aipd": lambda rng: str(rng.randrange(15, 60)),
    "jours_crise": lambda rng: rng.choice(("deux", "trois", "cinq")),
    "mois": lambda rng: str(rng.randrange(2, 13)),
    "annees": lambda rng: rng.choice(("deux", "trois", "quatre", "cinq")),
    "annee": lambda rng: str(rng.randrange(2026, 2030)),
    "annee_passee": lambda rng: str(rng.randrange(2006, 2021)),
    "freq": lambda rng: rng.choice(("chaque mois", "chaque trimestre", "deux fois par an", "chaque année")),
    "delai_h": lambda rng: rng.choice(("24", "48", "72")),
    "duree_h": lambda rng: rng.choice(("deux", "trois", "quatre")),
    "nb_etab": lambda rng: str(rng.randrange(3, 13)),
    "go": lambda rng: str(rng.randrange(40, 900)),
    "postes": lambda rng: _fr_int(100 * rng.randrange(8, 60)),
    "nb_langues": lambda rng: str(rng.randrange(3, 9)),
    "nb_st": lambda rng: str(rng.randrange(6, 40)),
    "nb_interv": lambda rng: str(rng.randrange(10, 120)),
    "lits": lambda rng: _fr_int(10 * rng.randrange(15, 90)),
    "utilisateurs": lambda rng: _fr_int(100 * rng.randrange(8, 90)),
}


def fill(rng: random.Random, text: str) -> str:
    """Replace every {placeholder} with an invented but plausible figure."""
    return _PLACEHOLDER.sub(lambda match: _FIGURES[match.group(1)](rng), text)


def typography(text: str) -> str:
    """French typography: curly apostrophe, non-breaking spaces before : ; ? ! % € and inside « »."""
    for plain, typeset in _TYPOGRAPHY:
        text = text.replace(plain, typeset)
    return text


def _decapitalise(sentence: str) -> str:
    """Lower-case the first letter, for a sentence that follows a connector ('Par ailleurs, les...')."""
    if len(sentence) < 2 or not sentence[0].isupper() or sentence[1].isupper() or sentence[1].isdigit():
        return sentence
    if sentence.startswith(_PROPER_NOUNS):
        return sentence
    return sentence[0].lower() + sentence[1:]


def _shuffled(rng: random.Random, items: tuple[str, ...]) -> list[str]:
    return rng.sample(items, len(items))


class _Answer:
    """One answer being assembled block by block, never beyond its character budget.

    The answer has one theme of its sheet: its own-sheet sentences and bullets come mostly from that theme, so
    that it has a dominant subject (the gold label of issue 12), the rest from generic filler or other themes.
    """

    def __init__(self, rng: random.Random, sheet: Bank, budget: int, theme: str | None = None) -> None:
        self.rng = rng
        self.sheet = sheet
        self.budget = budget
        self.blocks: list[str] = []
        in_theme = sheet.sentence_themes.get
        self.own = _shuffled(rng, tuple(s for s in sheet.sentences if in_theme(s) == theme))
        self.others = _shuffled(rng, tuple(s for s in sheet.sentences if in_theme(s) != theme))
        self.own_used = 0
        self.others_used = 0
        self.generic = _shuffled(rng, tuple(s for s in GENERIC["phrases"] if s not in sheet.sentences))
        bullet_theme = sheet.bullet_themes.get
        self.bullets = _shuffled(rng, tuple(b for b in sheet.bullets if bullet_theme(b) == theme))
        self.other_bullets = _shuffled(rng, tuple(b for b in sheet.bullets if bullet_theme(b) != theme))
        self.generic_bullets = _shuffled(rng, GENERIC["puces"])
        self.quotes = _shuffled(rng, sheet.quotes)
        self.closers = _shuffled(rng, GENERIC["conclusions"])
        self.linked = False
        self.tabled = False
        self.lists = 0

    # -- measures ------------------------------------------------------------------------------------
    def length(self) -> int:
        return sum(len(block) for block in self.blocks) + 2 * max(0, len(self.blocks) - 1)

    def room(self) -> int:
        return self.budget - self.length() - (2 if self.blocks else 0)

    def add(self, block: str) -> bool:
        if not block or len(block) > self.room():
            return False
        self.blocks.append(block)
        return True

    def text(self) -> str:
        return typography("\n\n".join(self.blocks))

    # -- fragments -----------------------------------------------------------------------------------
    def sentence(self, own_share: float = 0.8) -> str | None:
        """A sentence of the answer's theme (own_share of the time), else generic filler or another theme.

        Other themes never get ahead of the answer's own, even in a long answer that has used up its theme's
        sentences: the theme stays dominant.
        """
        rng = self.rng
        if rng.random() < own_share:
            pools = [self.own, self.generic, self.others]
        elif rng.random() < 0.5:
            pools = [self.generic, self.others, self.own]
        else:
            pools = [self.others, self.generic, self.own]
        for pool in pools:
            if pool is self.others and self.others_used >= self.own_used:
                continue
            if pool:
                if pool is self.own:
                    self.own_used += 1
                elif pool is self.others:
                    self.others_used += 1
                return fill(rng, pool.pop())
        return None

    def bullet(self) -> str | None:
        """A bullet of the answer's theme (mostly) or a generic one; other themes' only once the generic run out."""
        pools = [self.bullets, self.generic_bullets, self.other_bullets]
        if self.rng.random() >= 0.8:
            pools = [self.generic_bullets, self.other_bullets, self.bullets]
        for pool in pools:
            if pool:
                return fill(self.rng, pool.pop())
        return None

    def sheet_bullets_left(self) -> int:
        return len(self.bullets) + len(self.other_bullets)

    def sheet_bullet(self) -> str:
        """A bullet of the sheet, of the answer's theme first (the caller checks that one is left)."""
        return (self.bullets or self.other_bullets).pop()

    def link_sentence(self) -> str:
        article, label, url = LINKS[self.rng.choice(self.sheet.links)]
        self.linked = True
        return self.rng.choice(LINK_TEMPLATES).format(lien=f"{article}[{label}]({url})")

    def _emphasise(self, text: str) -> str:
        """Bold (or italicise) the first occurrence of one of the sheet's key terms."""
        marker = "**" if self.rng.random() < 0.75 else "*"
        for term in _shuffled(self.rng, self.sheet.terms):
            at = text.find(term)
            if at < 0 or "*" in text[max(0, at - 1): at + len(term) + 1]:
                continue
            return f"{text[:at]}{marker}{term}{marker}{text[at + len(term):]}"
        return text

    # -- blocks --------------------------------------------------------------------------------------
    def paragraph(self, sentences: int, opener: bool = False, link: bool = False, prefix: bool = False,
                  closer: bool = False) -> bool:
        room = self.room()
        parts: list[str] = []

        def offer(candidate: str) -> None:
            if len(" ".join([*parts, candidate])) <= room:
                parts.append(candidate)

        if opener:
            offer(fill(self.rng, self.rng.choice(GENERIC["ouvertures"])))
        for _ in range(sentences):
            first = not self.blocks and len(parts) <= int(opener)
            candidate = self.sentence(own_share=1.0 if first else 0.8)
            if candidate is None:
                break
            if parts and self.rng.random() < 0.3:
                candidate = f"{self.rng.choice(GENERIC['liaisons'])} {_decapitalise(candidate)}"
            offer(candidate)
        if link and not self.linked:
            offer(self.link_sentence())
        if closer and self.closers:
            offer(fill(self.rng, self.closers.pop()))
        if not parts:
            return False
        body = " ".join(parts)
        if prefix and not opener:
            label = self.rng.choice(GENERIC["prefixes"])
            prefixed = f"**{label.removesuffix(' :')} :** {_decapitalise(body)}"
            body = prefixed if len(prefixed) <= room else body
        if self.rng.random() < 0.35:
            emphasised = self._emphasise(body)
            body = emphasised if len(emphasised) <= room else body
        return self.add(body)

    def bullet_list(self, count: int, numbered: bool = False, nested: bool = False) -> bool:
        """At most two lists per answer, the second one only while the sheet still has items to list."""
        if self.lists >= 2 or (self.lists and self.sheet_bullets_left() < 2):
            return False
        self.lists += 1
        intro = self.rng.choice(GENERIC["intros_liste"])
        punctuated = self.rng.random() < 0.5
        if nested:
            groups = [(label, [b for b in (self.bullet() for _ in range(self.rng.randint(2, 3))) if b])
                      for label in self.rng.sample(GENERIC["groupes"], 2)]
        else:
            groups = [("", [b for b in (self.bullet() for _ in range(count)) if b])]
        groups = [(label, items) for label, items in groups if items]
        while sum(len(items) for _, items in groups) >= 2:
            body = self._render_list(groups, numbered, punctuated)
            if len(intro) + 2 + len(body) <= self.room():
                return self.add(intro) and self.add(body)
            groups[-1][1].pop()
            if not groups[-1][1]:
                groups.pop()
        return False

    def _render_list(self, groups: list[tuple[str, list[str]]], numbered: bool, punctuated: bool) -> str:
        total = sum(len(items) for _, items in groups)
        lines: list[str] = []
        seen = 0

        def item_text(item: str) -> str:
            nonlocal seen
            seen += 1
            if not punctuated:
                return item
            return f"{_decapitalise(item)}{'.' if seen == total else ' ;'}"

        for number, (label, items) in enumerate(groups, start=1):
            if label:
                lines.append(f"{number}. **{label}** :" if numbered else f"- **{label}** :")
                indent = "   " if numbered else "  "
                lines.extend(f"{indent}- {item_text(item)}" for item in items)
            else:
                for index, item in enumerate(items, start=1):
                    lines.append(f"{index}. {item_text(item)}" if numbered else f"- {item_text(item)}")
        return "\n".join(lines)

    def quote(self) -> bool:
        if not self.quotes:
            return False
        lines = [f"> {self.quotes.pop()}"]
        if self.sheet.sheet_number is not None and self.rng.random() < 0.5:
            lines += [">", f"> — Projet de recommandation, fiche {self.sheet.sheet_number}"]
        if not self.add("\n".join(lines)):
            return False
        reaction = self.rng.choice(GENERIC["reactions"])
        follow = self.sentence(own_share=0.9)
        room = self.room()
        if follow and len(reaction) + 1 + len(follow) <= room:
            self.add(f"{reaction} {follow}")
        else:
            self.add(reaction)
        return True

    def table(self) -> bool:
        if self.tabled:
            return False
        self.tabled = True
        rng = self.rng
        if rng.random() < 0.35 and self.sheet_bullets_left() >= 2:
            intro = rng.choice(GENERIC["intros_calendrier"])
            header = "| Mesure | Échéance réaliste |\n|---|---|"
            items = [self.sheet_bullet() for _ in range(min(self.sheet_bullets_left(), rng.randint(2, 4)))]
            rows = [f"| {fill(rng, item)} | {rng.choice(_DEADLINES)} |" for item in items]
        else:
            intro = rng.choice(GENERIC["intros_tableau"])
            costs = self.sheet.costs + GENERIC["postes"]
            items = rng.sample(costs, rng.randint(2, 4))
            if rng.random() < 0.5:
                header = "| Poste | Coût estimé |\n|---|---:|"
                rows = [f"| {item} | {_amount(rng)} |" for item in items]
            else:
                header = "| Poste | Investissement | Fonctionnement annuel |\n|---|---:|---:|"
                rows = [f"| {item} | {_amount(rng)} | {_small_amount(rng)} |" for item in items]
        while len(rows) >= 2:
            table = "\n".join([header, *rows])
            if len(intro) + 2 + len(table) <= self.room():
                return self.add(intro) and self.add(table)
            rows.pop()
        return False

    def closing(self) -> bool:
        return bool(self.closers) and self.add(fill(self.rng, self.closers.pop()))

    def short(self) -> bool:
        pool = self.sheet.shorts if self.sheet.shorts and self.rng.random() < 0.6 else GENERIC["courtes"]
        fitting = [entry for entry in pool if len(entry) <= self.room()]
        return bool(fitting) and self.add(self.rng.choice(fitting))


# -- shapes: from a few words to several paragraphs with lists, quotes and tables ---------------------

def _few_words(answer: _Answer) -> None:
    answer.short()


def _one_or_two_sentences(answer: _Answer) -> None:
    answer.paragraph(answer.rng.randint(1, 2), prefix=answer.rng.random() < 0.1)


def _one_paragraph(answer: _Answer) -> None:
    rng = answer.rng
    answer.paragraph(rng.randint(2, 4), opener=rng.random() < 0.35, link=rng.random() < 0.12,
                     prefix=rng.random() < 0.12)


def _paragraph_and_list(answer: _Answer) -> None:
    rng = answer.rng
    answer.paragraph(rng.randint(1, 2), opener=rng.random() < 0.25)
    answer.bullet_list(rng.randint(3, 5), numbered=rng.random() < 0.3, nested=rng.random() < 0.15)
    if rng.random() < 0.3:
        answer.closing()


def _several_paragraphs(answer: _Answer) -> None:
    rng = answer.rng
    answer.paragraph(rng.randint(2, 3), opener=rng.random() < 0.5)
    if rng.random() < 0.4:
        answer.quote()
    answer.paragraph(rng.randint(2, 3), link=rng.random() < 0.3, prefix=rng.random() < 0.2)
    answer.bullet_list(rng.randint(3, 5), numbered=rng.random() < 0.4, nested=rng.random() < 0.3)
    if rng.random() < 0.3:
        answer.table()
    answer.paragraph(rng.randint(1, 2), closer=rng.random() < 0.6)


def _up_to_the_limit(answer: _Answer) -> None:
    rng = answer.rng
    target = answer.budget * rng.uniform(0.7, 1.0)
    answer.paragraph(rng.randint(2, 4), opener=True)
    moves: tuple[Callable[[], bool], ...] = (
        lambda: answer.paragraph(rng.randint(2, 4), link=rng.random() < 0.3, prefix=rng.random() < 0.2),
        lambda: answer.paragraph(rng.randint(2, 4)),
        lambda: answer.bullet_list(rng.randint(3, 6), numbered=rng.random() < 0.4, nested=rng.random() < 0.4),
        answer.quote,
        answer.table,
    )
    failures = 0
    while answer.length() < target and failures < 6:
        failures = 0 if rng.choice(moves)() else failures + 1
    answer.closing()


_SHAPES: tuple[tuple[Callable[[_Answer], None], float], ...] = (
    (_few_words, 10),
    (_one_or_two_sentences, 27),
    (_one_paragraph, 32),
    (_paragraph_and_list, 20),
    (_several_paragraphs, 8),
    (_up_to_the_limit, 1.8),
)


def long_answer(rng: random.Random, section_id: str, max_chars: int = 4000) -> str:
    """A Markdown answer of varied length and shape, at most SAFETY * max_chars characters long."""
    return themed_long_answer(rng, section_id, max_chars)[0]


def pick_theme(rng: random.Random, sheet: Bank) -> str | None:
    """One theme of the sheet, the first ones of the bank more often: real concerns are unevenly shared."""
    keys = tuple(sheet.themes)
    if not keys:
        return None
    return rng.choices(keys, weights=[1 / rank for rank in range(1, len(keys) + 1)])[0]


def themed_long_answer(rng: random.Random, section_id: str, max_chars: int = 4000) -> tuple[str, str | None]:
    """long_answer, with the theme it was built around (None for a section without themes).

    A few-words answer carries no sentence of its theme; gold_themes.gold_theme then finds no theme in it.
    """
    budget = int(max_chars * SAFETY)
    if budget <= 0:
        return "", None
    sheet = bank(section_id)
    theme = pick_theme(rng, sheet)
    answer = _Answer(rng, sheet, budget, theme)
    shape = rng.choices([shape for shape, _ in _SHAPES], weights=[weight for _, weight in _SHAPES])[0]
    shape(answer)
    if not answer.blocks and not answer.short():
        return _truncate(typography(rng.choice(GENERIC["courtes"])), budget), theme
    return answer.text(), theme


def short_answer(rng: random.Random, section_id: str) -> str:
    """A few words to one sentence, e.g. for a short-text question."""
    sheet = bank(section_id)
    draw = rng.random()
    if draw < 0.55 and sheet.shorts:
        text = rng.choice(sheet.shorts)
    elif draw < 0.8 or not sheet.sentences:
        text = rng.choice(GENERIC["courtes"])
    else:
        text = fill(rng, rng.choice([s for s in sheet.sentences if len(s) <= 200] or GENERIC["courtes"]))
    return typography(text)


def _truncate(text: str, limit: int) -> str:
    """Cut at a word boundary, with an ellipsis, for budgets too small for any whole fragment."""
    if len(text) <= limit:
        return text
    cut = text[: max(0, limit - 1)].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}…" if cut else text[:limit]
