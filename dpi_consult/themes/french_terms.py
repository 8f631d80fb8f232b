"""French answers turned into passages and stemmed content terms, each stem with the word it most often reads as."""

from __future__ import annotations

import html
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from dpi_consult.markdown import parse, to_plain_text
from dpi_consult.progress import Progress

# Letters only, so figures, amounts and years never become terms; a hyphen keeps compounds whole
# (« sous-traitant », « mot-de-passe »), and any apostrophe ends an elided article (« l’accès » → « accès »).
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_MARKS = re.compile("[\u0300-\u036f]")
# A Markdown link's target « ](…) », an autolink « <…:…> », a web address, an e-mail address.
_NOT_PROSE = re.compile(r"\]\([^)]*\)|<[A-Za-z][\w+.-]*:[^>\s]*>|\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BULLET = re.compile(r"^\s*(?:[•\-*]|\d+[.)])\s+")
# A sentence ends at . ! ? … followed by a space and a capital, a figure or an opening guillemet.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(\dA-ZÀ-ÖØ-Þ])")
# A paragraph this long reads as several points: it is offered sentence by sentence.
LONG_PASSAGE = 320
MIN_LETTERS = 2
# Analysing the texts is most of the work on long answers: progress is told every so many of them.
REPORT_EVERY = 25

# Function words, auxiliaries and the commonest verbs and adverbs of French, accent-folded: they say how
# an answer is written, not what it is about. Words a whole question shares (« établissement ») are
# dropped later by their document frequency, not listed here.
STOP_WORDS: frozenset[str] = frozenset("""
a ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient aurais aurait auras
aurez auriez aurions aurons auront aussi autant autre autres aux auxquelles auxquels avaient avais avait
avant avec avez aviez avions avoir avons ayant ayez ayons bien bon car ce ceci cela celle celles celui
cependant certain certaine certaines certains ces cet cette ceux chacun chacune chaque chez ci comme comment
contre d dans de des desquelles desquels deux devrait devraient doit doivent donc dont du duquel durant
elle elles en encore entre es est et etaient etais etait etant ete etes etiez etions etre eu eue eues
eumes eurent eus eusse eussent eusses eussiez eussions eut eutes eux faire fait faite faites faut fois
font fumes furent fus fusse fussent fusses fussiez fussions fut futes ici il ils j je jusqu jusque l la
laquelle le lequel les lesquelles lesquels leur leurs lorsqu lorsque lui m ma mais me meme memes mes moi
moins mon n ne ni non nos notre nous on ont ou par parce parfois pas peu peut peuvent plus plusieurs pour
pourquoi pourrait pourraient pouvons puis puisqu puisque qu quand que quel quelle quelles quels qui quoi s
sa sans se sera serai seraient serais serait seras serez seriez serions serons seront ses si sien sienne
soi soient sois soit sommes son sont sous souvent soyez soyons suis sur t ta tandis te tel telle telles
tels tes toi ton tous tout toute toutes tres trop tu un une unes uns vers via voici voila vont vos votre
vous y deja ainsi apres selon lors etc afin ceux-ci celle-ci celui-ci cela-meme est-a-dire c-est-a-dire
peut-etre au-dela vis-a-vis nous-memes lui-meme elle-meme eux-memes dessus dessous notamment egalement
plutot toujours jamais tant beaucoup assez tellement vraiment ailleurs ensuite enfin aujourd hui oui
quelque quelques pouvoir pouvez peux pourra pourront faudrait faudra falloir fera feront ferait depuis voir
seul seule seuls seules cas dire dit ci-dessous ci-dessus celles-ci ceux-la
""".split()) | frozenset(
    # Figures are dropped, so figures spelled out go too, with the units that follow them: « six mois »
    # and « 6 mois » say how long, and how long is not what an answer is about.
    """un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente
    quarante cinquante soixante cent cents mille million millions milliard premier premiere
    an ans annee annees mois jour jours heure heures semaine semaines minute minutes""".split())


def fold(word: str) -> str:
    """Lower case without accents: « Sécurité » and « securite » are one word."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", word.casefold()))


def plain_text(markdown: str) -> str:
    """The answer as it reads, without Markdown markup."""
    return to_plain_text(parse(markdown))


class _Terms:
    """The stem a word counts as (None for a word that does not count), cached for the process.

    Folding before stemming gives one stem to a word and the same word typed without its accents
    (« sécurité », « securite »). Stemming the accented word would read some endings better
    (« conservées »), but gave themes further from the hand-written ones, on average over seeds, and
    further from the demo's. The pure-Python stemmer costs tens of microseconds a word, and a
    question's answers repeat the same few thousand words, so each word is judged once; the stemmer
    keeps state while it works, hence one per thread (themes are computed on a worker thread).
    """

    def __init__(self) -> None:
        self._cache: dict[str, str | None] = {}
        self._local = threading.local()

    def __call__(self, word: str) -> str | None:
        """`word` in lower case → its stem, or None."""
        try:
            return self._cache[word]
        except KeyError:
            pass
        folded = fold(word)
        found: str | None = None
        # A compound whose parts are all function words (« peut-être ») says no more than its parts.
        if len(folded) >= MIN_LETTERS and folded not in STOP_WORDS and not (
                "-" in folded and all(part in STOP_WORDS or len(part) < MIN_LETTERS for part in folded.split("-"))):
            stemmer = getattr(self._local, "stemmer", None)
            if stemmer is None:
                stemmer = self._local.stemmer = snowballstemmer.stemmer("french")
            found = stemmer.stemWord(folded)
        self._cache[word] = found
        return found


term_of = _Terms()


def terms(text: str) -> tuple[list[str], list[str]]:
    """The stems of the content words of plain `text`, in order, and those words as written (in lower case)."""
    stems, words = [], []
    for word in _WORD.findall(text.casefold()):
        found = term_of(word)
        if found is not None:
            stems.append(found)
            words.append(word)
    return stems, words


def passages(text: str) -> list[str]:
    """The passages of plain `text` a reader would quote: its short paragraphs, list items and long paragraphs'
    sentences, stripped of list markers."""
    found = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_BULLET.sub("", line).strip() for line in block.splitlines()]
        # A list (or a table, one row a line) is read item by item; a paragraph with line breaks as a whole.
        items = lines if len(lines) > 1 and any(_BULLET.match(line) for line in block.splitlines()) \
            else [" ".join(line for line in lines if line)]
        for item in items:
            if len(item) <= LONG_PASSAGE:
                found.append(item)
            else:
                found.extend(part.strip() for part in _SENTENCE_END.split(item))
    return [passage for passage in found if passage]


@dataclass(frozen=True, slots=True)
class AnswerTerms:
    """The content words of one answer, in order: their stems, and the words as written (in lower case)."""

    stems: tuple[str, ...]
    words: tuple[str, ...]


def prose(text: str) -> str:
    """`text` without link targets, web and e-mail addresses: they name where to look, not what is said."""
    return _NOT_PROSE.sub(" ", text)


@lru_cache(maxsize=4096)
def answer_terms(markdown: str) -> AnswerTerms:
    """The content words of a Markdown answer, read from its source.

    Markdown's syntax is punctuation, which no word contains, so the words are those of the rendered
    text without parsing it: parsing five hundred long answers would take half the second themes are
    allowed. Cached: finding themes, then placing new answers, reads the same answers again.
    """
    stems, words = terms(prose(html.unescape(markdown)))
    return AnswerTerms(tuple(stems), tuple(words))


def all_terms(texts: Sequence[str], progress: Progress, total: int) -> list[AnswerTerms]:
    """Every answer's terms, progress told every REPORT_EVERY answers (units 1..len(texts) of `total`)."""
    found = []
    for index, text in enumerate(texts, start=1):
        found.append(answer_terms(text))
        if index % REPORT_EVERY == 0 or index == len(texts):
            progress.report(index, total)
    return found


@dataclass(frozen=True, slots=True)
class AnswerPassages:
    """One answer's passages, as rendered (plain text), each with the stems of its content words."""

    passages: tuple[str, ...]
    stems: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1024)
def answer_passages(markdown: str) -> AnswerPassages:
    """An answer rendered as plain text and cut into passages (only the answers whose passages may be shown)."""
    found = passages(plain_text(markdown))
    return AnswerPassages(tuple(found), tuple(tuple(terms(prose(passage))[0]) for passage in found))


def readable_words(answers: Iterable[AnswerTerms], stems: Sequence[str]) -> list[str]:
    """For each stem, the word it most often stands for in `answers` (the first seen on a tie)."""
    wanted = set(stems)
    seen: dict[str, Counter[str]] = {}
    for answer in answers:
        for stem, word in zip(answer.stems, answer.words, strict=True):
            if stem in wanted:
                seen.setdefault(stem, Counter())[word] += 1
    return [seen[s].most_common(1)[0][0] if s in seen else s for s in stems]
