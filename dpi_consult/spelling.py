"""French spell checking that knows the health data vocabulary and needs no system dictionary (no Qt)."""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from dpi_consult import settings
from dpi_consult.atomic import write_atomic
from dpi_consult.resources import resource

log = logging.getLogger(__name__)

USER_DICTIONARY_NAME = "dictionnaire-personnel.txt"
# Elided words: "l’hébergeur" is checked as "hébergeur".
ELISIONS = frozenset({"l", "d", "qu", "jusqu", "n", "s", "c", "j", "m", "t", "lorsqu", "puisqu", "quelqu", "presqu"})
ACRONYM_MAX = 6  # unknown ALL-CAPS words up to this length are acronyms; longer ones are shouted words
DOMAIN_COUNT = 10_000  # most listed words count 50, common ones millions: domain words rank high, not first
SUGGESTION_BUDGET = 0.04  # seconds for the distance-2 search, the only costly part of suggestions
DISTANCE2_MAX_LEN = 12  # that search grows with the square of the word's length

_ALPHABET = "abcdefghijklmnopqrstuvwxyzàâäçèéêëîïôöùûüÿœæ-'"
_PLAIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz-'"
# Typographic apostrophes and hyphens are spelt like ASCII ones; one character for one keeps the offsets.
_NORMALISE = str.maketrans({"’": "'", "ʼ": "'", "\u2010": "-", "\u2011": "-"})
_PLAIN = str.maketrans({c: unicodedata.normalize("NFD", c)[0] for c in "àâäáãçèéêëíìîïñóòôöõúùûüýÿ"}
                       | {"œ": "oe", "æ": "ae"})

_WORD = r"[\w\u0300-\u036f]+(?:[-\u2010\u2011'’ʼ][\w\u0300-\u036f]+)*"
_SKIP = "|".join((
    r"(?P<tick>`+)(?:.|\n(?![ \t]*\n))+?(?P=tick)",  # inline code, which a blank line ends
    r"(?:https?|ftp|file)://[^\s<>\"]+|www\.[^\s<>\"]+|mailto:[^\s<>\"]+",
    r"[\w.+-]++@[\w-]+(?:\.[\w-]+)+",  # possessive: an ordinary word gives up at once, no backtracking
    r"\]\([^)]*\)|\]\[[^\]]*\]",  # Markdown link targets and reference labels
    r"</?[A-Za-z][^<>\n]*>|&#?\w+;",  # HTML tags and entities
))
# Skipped regions come first in the alternation, so that no word starts inside one of them.
_TOKENS = re.compile(f"(?P<skip>{_SKIP})|(?P<word>{_WORD})")
# A plural -s, but not after s/x/z ("agentss"), on infinitives ("coders") nor on -al words (plural -aux).
_PLURAL_S = re.compile(r"(?<![sxz])(?<!al)(?<![^i]er)s$")
_MUTE_E_STEM = re.compile(r"[eé][^aeiouyéèêëàâîïôûùœ]+$")
# What may stand between the end of a sentence (or a line, a table cell) and its first word.
_OPENERS = frozenset(" \t\u00a0\u202f*_#>+-•«»\"“”‘'([{~`")
_SENTENCE_ENDS = frozenset(".!?…|\n\r\u2028\u2029")

# The general list lacks many regular forms ("rayonnements", "nominative", "décède"), so regular inflection
# of a known word is accepted. Lemmas are long enough that a typo rarely lands on one by chance.
_LEMMA_MIN = 5
_FEMININES = (("ée", "é"), ("ue", "u"), ("ie", "i"), ("ante", "ant"), ("ente", "ent"), ("elle", "el"),
              ("ive", "if"), ("ienne", "ien"), ("ière", "ier"), ("euse", "eur"), ("trice", "teur"))
_VERB_ENDINGS = tuple("e es ent ons ez é ée és ées ant ait ais aient ai a as era erai eras erez erons eront erait "
                      "erais eraient ions iez èrent ât".split())
# "réidentification", "cyberattaque", "autodiagnostic": right when the rest is a word. Not "re" nor "co":
# "reunissent" (accent missing) and "colisions" (letter missing) would pass.
_GLUED_PREFIXES = tuple("ré pré dé dés multi inter intra extra anti auto cyber télé micro post hyper méta pluri "
                        "poly néo pseudo trans infra ultra mono bio".split())
# Before a hyphen these need not be words: "co-responsabilité", "multi-sites", "e-santé".
_HYPHEN_PREFIXES = frozenset(_GLUED_PREFIXES + tuple(
    "co re e non semi quasi mi demi vice ex médico socio psycho hospitalo franco euro".split()))

_OK, _BAD, _NAME = 0, 1, 2
Callback = Callable[[], None]
_Part = tuple[int, int, bool]  # offset in the token, length, is a Capitalised unknown (wrong at a sentence start)


def read_vocabulary() -> list[str]:
    """The bundled domain vocabulary: one word per line, `#` starts a comment."""
    return _parse_word_list(resource("spelling", "vocabulaire-sante.txt").read_text(encoding="utf-8"))


def _parse_word_list(text: str) -> list[str]:
    entries = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return [unicodedata.normalize("NFC", e).translate(_NORMALISE) for e in entries if e]


def _at_sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_ENDS


def _verb_stems(stem: str, ending: str) -> tuple[str, ...]:  # the infinitive stems of a regular -er verb form
    if ending not in ("e", "es", "ent") and not ending.startswith("er"):
        return (stem,)
    if "è" in stem:  # before a mute e: décède → décéder, achète → acheter
        i = stem.rindex("è")
        return stem[:i] + "é" + stem[i + 1:], stem[:i] + "e" + stem[i + 1:]
    # and never e/é + consonants: "modele", "décede" are wrong ("modèle", "décède")
    return () if _MUTE_E_STEM.search(stem) else (stem,)


def _edits(word: str, alphabet: str) -> list[str]:
    """Strings one edit away, the commonest typing errors first (a letter missing, swapped, wrong, extra)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = [a + b[1:] for a, b in splits if b]
    edits += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    edits += [a + c + b[1:] for a, b in splits if b for c in alphabet]
    edits += [a + c + b for a, b in splits for c in alphabet]
    return edits


class _Lexicon:
    """The loaded word lists; built once off the GUI thread, afterwards only read and grown by the user."""

    def __init__(self, vocabulary: list[str]) -> None:
        from spellchecker import SpellChecker  # imported by the loader thread only: the app starts without it
        # Lowercase words and their frequencies: the general list, the domain's lowercase words, the user's.
        self.freq: dict[str, int] = SpellChecker(language="fr", distance=1).word_frequency.dictionary
        self.exact: set[str] = set()  # words with capitals ("RSSI", "MSSanté"): only as written or in capitals
        self.canon: dict[str, str] = {}  # "rssi" → "RSSI", for suggestions
        # Spelling without accents → words, for the commonest French typing error ("securite" → "sécurité").
        self.plain: dict[str, list[str]] = {}
        # Every string that leads to a word: one set lookup per edit keeps the distance-2 search affordable.
        self.keys: set[str] = set(self.freq)
        for word in self.freq:
            self._index(word)
        for word in vocabulary:
            self.add(word)

    def add(self, word: str) -> None:
        lower = word.lower()
        if not self.knows(lower):
            self._index(lower)
        self.keys.add(lower)
        if word == lower:
            self.freq[lower] = max(self.freq.get(lower, 0), DOMAIN_COUNT)
        else:
            self.exact.update((word, word.upper()))
            self.canon.setdefault(lower, word)

    def _index(self, lower: str) -> None:
        plain = lower.translate(_PLAIN)
        if plain != lower:
            self.plain.setdefault(plain, []).append(lower)
            self.keys.add(plain)

    def knows(self, lower: str) -> bool:
        return lower in self.freq or lower in self.canon

    def same_letters(self, plain: str) -> list[str]:  # the known words spelt `plain` without their accents
        return [*self.plain.get(plain, ()), *((plain,) if self.knows(plain) else ())]

    def accepts(self, lower: str) -> bool:
        """Whether a lowercase word is a known word or a regular form or derivation of one."""
        return self._listed(lower) or self._inflected(lower) or self._prefixed(lower)

    def _listed(self, lower: str) -> bool:
        if lower in self.freq or lower + "." in self.freq:  # "cf", "etc": listed with their full stop
            return True
        # The list spells "oeuvre", "coeur"; people type "œuvre", "cœur".
        return ("œ" in lower or "æ" in lower) and lower.replace("œ", "oe").replace("æ", "ae") in self.freq

    def _inflected(self, lower: str) -> bool:
        if len(lower) <= _LEMMA_MIN:
            return False
        listed = self._listed
        singular = lower[:-3] + "al" if lower.endswith("aux") else lower[:-1] if _PLURAL_S.search(lower) else lower
        if singular != lower and listed(singular):
            return True
        if any(form.endswith(fem) and listed(form[: -len(fem)] + masc)
               for form in (lower, singular) for fem, masc in _FEMININES):
            return True
        # Nouns end in -er too ("dossier"): a verb must show another of its forms in the list.
        return any(listed(stem + "er") and (listed(stem + "é") or listed(stem + "ait") or listed(stem + "ant"))
                   for ending in _VERB_ENDINGS if lower.endswith(ending) and len(lower) - len(ending) >= 3
                   for stem in _verb_stems(lower[: -len(ending)], ending))

    def _prefixed(self, lower: str) -> bool:
        return any(lower.startswith(p) and len(lower) - len(p) >= _LEMMA_MIN and self._listed(lower[len(p):])
                   for p in _GLUED_PREFIXES)


class FrenchSpeller:
    """French spell checker: the pyspellchecker list, the domain vocabulary and the user's own dictionary.

    Case rules (as in Hunspell): a lowercase entry also accepts its Capitalised and ALL-CAPS forms; an entry
    with capitals ("RSSI", "MSSanté") only that form and its ALL-CAPS form. For words no list can hold: an
    unknown ALL-CAPS word of up to 6 letters is an acronym; an unknown Capitalised word is a proper noun
    (place, person, product) unless it starts a sentence, where the capital proves nothing; a word with inner
    capitals ("LibreOffice") is a name. Words with digits or inner underscores are not checked.
    Until the dictionary is loaded nothing is misspelled: better no underline than every word underlined.
    """

    def __init__(self, user_dictionary: Path | None = None) -> None:
        self._user_path = user_dictionary
        self._lexicon: _Lexicon | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._callbacks: list[Callback] = []
        self._cache: dict[str, tuple[_Part, ...]] = {}
        self._user_words: set[str] = set()
        self.load_error: Exception | None = None

    @property
    def ready(self) -> bool:
        return self._lexicon is not None

    @property
    def user_dictionary_path(self) -> Path:
        if self._user_path is None:  # resolved late, so that tests and portable installs can redirect it
            self._user_path = settings.data_dir() / USER_DICTIONARY_NAME
        return self._user_path

    def load(self) -> FrenchSpeller:
        """Load synchronously (tests, command line); ~0.3 s. The GUI uses load_in_background."""
        if self._lexicon is None:
            lexicon = _Lexicon(read_vocabulary())
            try:
                # A word list edited in Notepad may start with a BOM and end its lines with CRLF.
                stored = _parse_word_list(self.user_dictionary_path.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError):
                stored = []
            with self._lock:
                self._user_words.update(stored)
                for word in self._user_words:
                    lexicon.add(word)
                self._lexicon, self._cache = lexicon, {}
        return self

    def load_in_background(self, callback: Callback | None = None) -> None:
        """Load in a worker thread; `callback` runs in that thread when done, or at once if already loaded."""
        with self._lock:
            done = self._lexicon is not None or self.load_error is not None
            if not done:
                if callback is not None:
                    self._callbacks.append(callback)
                if self._thread is None:
                    self._thread = threading.Thread(target=self._load_and_notify, name="spelling-load", daemon=True)
                    self._thread.start()
        if done and callback is not None:
            callback()

    def _load_and_notify(self) -> None:
        try:
            self.load()
        except Exception as exc:  # a broken install must not take the editor down: it just checks nothing
            log.exception("the French dictionary could not be loaded")
            self.load_error = exc
        with self._lock:
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each misspelled word of `text` (a paragraph or a line), in str indices."""
        if self._lexicon is None:
            return []
        spans: list[tuple[int, int]] = []
        cache = self._cache
        for match in _TOKENS.finditer(text):
            if match.lastgroup != "word":
                continue
            if (parts := cache.get(token := match.group())) is None:
                parts = cache[token] = self._analyse(token)
            for offset, length, name in parts:
                # Sentence starts are looked for only here: rarely needed, and not cacheable per word.
                if not name or (offset == 0 and _at_sentence_start(text, match.start())):
                    spans.append((match.start() + offset, length))
        return spans

    def is_correct(self, word: str, sentence_start: bool = True) -> bool:
        """Whether one word (elisions and hyphenated compounds allowed) is correct; cached."""
        if self._lexicon is None:
            return True
        if (parts := self._cache.get(word)) is None:
            parts = self._cache[word] = self._analyse(word)
        return all(name and (offset or not sentence_start) for offset, _, name in parts)

    def _analyse(self, token: str) -> tuple[_Part, ...]:
        if not unicodedata.is_normalized("NFC", token):
            # Decomposed accents (pasted text): judge the composed form, underline the whole token.
            parts = self._analyse(unicodedata.normalize("NFC", token))
            return ((0, len(token), all(p[2] for p in parts)),) if parts else ()
        word = token.translate(_NORMALISE)
        if "_" in word:  # Markdown emphasis "_mot_" is checked, identifiers ("snake_case") are not
            inner = word.strip("_")
            if not inner or "_" in inner:
                return ()
            lead = len(word) - len(word.lstrip("_"))
            return tuple((offset + lead, length, name) for offset, length, name in self._analyse(inner))
        return tuple(self._parts(word, 0))

    def _parts(self, word: str, offset: int) -> Iterator[_Part]:
        if self._known(word):
            return
        head, apostrophe, rest = word.partition("'")
        if apostrophe and head.lower() in ELISIONS and rest:
            yield from self._parts(rest, offset + len(head) + 1)
            return
        # A compound no list holds is right when its parts are: "pensez-vous", "a-t-il", "co-construire".
        parts = re.split(r"[-']", word)
        for i, part in enumerate(parts):
            status = _OK if i < len(parts) - 1 and part.lower() in _HYPHEN_PREFIXES else self._status(part)
            if status != _OK:
                yield offset, len(part), status == _NAME
            offset += len(part) + 1

    def _known(self, word: str) -> bool:
        lexicon = self._lexicon
        assert lexicon is not None
        if word in lexicon.exact:
            return True
        lower = word.lower()
        capitalised = word[0].isupper() and word[1:] == lower[1:]
        return (word == lower or capitalised or word.isupper()) and lexicon.accepts(lower)

    def _status(self, word: str) -> int:
        if len(word) < 2 or any(c.isdigit() for c in word) or self._known(word):
            return _OK
        if word.isupper():
            return _OK if len(word) <= ACRONYM_MAX else _BAD
        if word[0].isupper():
            return _NAME if word[1:].islower() else _OK
        return _OK if any(c.isupper() for c in word) else _BAD

    def suggestions(self, word: str, limit: int = 6) -> list[str]:
        """Up to `limit` corrections, likeliest first, in the word's capitalisation; takes at most ~50 ms."""
        lexicon = self._lexicon
        if lexicon is None or not word or limit <= 0:
            return []
        lower = unicodedata.normalize("NFC", word).translate(_NORMALISE).lower()
        found: dict[str, None] = {}  # an ordered set of the forms to offer
        for tier in self._candidate_tiers(lexicon, lower, found):
            for candidate in sorted(tier, key=lambda c: (-(lexicon.freq.get(c) or DOMAIN_COUNT), c)):
                form = _restore_case(word, lexicon.canon.get(candidate, candidate))
                if form != word:  # "rssi" is known only as "RSSI", which is then the suggestion
                    found[form] = None
            if len(found) >= limit:
                break
        return list(found)[:limit]

    @staticmethod
    def _candidate_tiers(lexicon: _Lexicon, lower: str, found: dict[str, None]) -> Iterator[set[str]]:
        plain, keys = lower.translate(_PLAIN), lexicon.keys
        yield set(lexicon.same_letters(plain))  # only accents differ: "hopital" → "hôpital"
        # One edit ("établisement" → "établissement"), then one edit and any accents ("tracabilte").
        yield {e for e in keys.intersection(_edits(lower, _ALPHABET)) if lexicon.knows(e)}
        plain_edits = list(dict.fromkeys(_edits(plain, _PLAIN_ALPHABET)))
        yield {w for e in keys.intersection(plain_edits) for w in lexicon.same_letters(e)}
        # Two edits only when nothing is closer (as in pyspellchecker); quadratic: short words, within a budget.
        if not found and len(lower) <= DISTANCE2_MAX_LEN:
            deadline = time.perf_counter() + SUGGESTION_BUDGET
            tier: set[str] = set()
            for edit in plain_edits:
                tier.update(w for e in keys.intersection(_edits(edit, _PLAIN_ALPHABET))
                            for w in lexicon.same_letters(e))
                if time.perf_counter() > deadline:
                    break
            yield tier

    def add_word(self, word: str) -> None:
        """Accept `word` from now on and keep it in the personal dictionary file."""
        word = unicodedata.normalize("NFC", word.strip()).translate(_NORMALISE)
        if not word or word in self._user_words:
            return
        with self._lock:
            self._user_words.add(word)
            if self._lexicon is not None:
                self._lexicon.add(word)
            self._cache = {}
        path = self.user_dictionary_path
        path.parent.mkdir(parents=True, exist_ok=True)
        lines = "".join(f"{w}\n" for w in sorted(self._user_words))
        write_atomic(path, f"# Dictionnaire personnel de dpi-consult : un mot par ligne.\n{lines}".encode(),
                     private=True)


def _restore_case(original: str, form: str) -> str:
    if original[:1].isupper():
        form = form.upper() if len(original) > 1 and original.isupper() else form[:1].upper() + form[1:]
    return form.replace("'", "’") if "’" in original else form


_shared: FrenchSpeller | None = None
_shared_lock = threading.Lock()


def get_speller(callback: Callback | None = None) -> FrenchSpeller:
    """The app's one speller (its lists take ~35 MB), loading in the background; see load_in_background."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = FrenchSpeller()
        speller = _shared
    speller.load_in_background(callback)
    return speller
