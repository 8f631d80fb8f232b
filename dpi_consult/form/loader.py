"""Load a form TOML file and validate it completely, naming the file and key path of any problem."""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

from dpi_consult.errors import FormError
from dpi_consult.form.model import Form, Option, Question, QuestionKind, Section, SectionKind, VisibleIf
from dpi_consult.form.text import decode_form_bytes
from dpi_consult.form.version_changes import attach_changes, read_changes
from dpi_consult.limits import FORM_MAX_BYTES

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
OPTION_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
SHORT_TEXT_FORMATS = ("email", "finess")
DEFAULT_MAX_CHARS = 4000

_TOP_KEYS = {"form", "option_sets", "sections", "changes"}
_FORM_KEYS = {"id", "version", "title", "short_title", "language", "default_max_chars", "description"}
_SECTION_KEYS = {"id", "kind", "title", "number", "summary", "questions"}
_QUESTION_KEYS = {
    "id", "kind", "prompt", "help", "required", "max_chars", "format",
    "option_set", "options", "visible_if", "min", "max",
}
_OPTION_KEYS = {"id", "label"}
_VISIBLE_IF_KEYS = {"question", "in"}


class _Validator:
    """Walks the parsed TOML; every error carries the key path where it was found."""

    def __init__(self, origin: str) -> None:
        self.origin = origin

    def fail(self, path: str, message: str) -> FormError:
        where = f"{path} : " if path else ""
        return FormError(f"{where}{message}", self.origin)

    def table(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(path, "une table était attendue")
        return value

    def keys(self, table: dict[str, Any], allowed: set[str], path: str) -> None:
        unknown = sorted(set(table) - allowed)
        if unknown:
            raise self.fail(f"{path}.{unknown[0]}" if path else unknown[0],
                            f"clé inconnue (clés permises : {', '.join(sorted(allowed))})")

    def string(self, table: dict[str, Any], key: str, path: str, *, required: bool = True,
               default: str = "") -> str:
        if key not in table:
            if required:
                raise self.fail(f"{path}.{key}", "clé obligatoire absente")
            return default
        value = table[key]
        if not isinstance(value, str):
            raise self.fail(f"{path}.{key}", "une chaîne de caractères était attendue")
        if required and not value.strip():
            raise self.fail(f"{path}.{key}", "ne doit pas être vide")
        return value

    def integer(self, table: dict[str, Any], key: str, path: str, *, minimum: int | None = None) -> int | None:
        if key not in table:
            return None
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{path}.{key}", "un nombre entier était attendu")
        if minimum is not None and value < minimum:
            raise self.fail(f"{path}.{key}", f"doit être au moins {minimum}")
        return value

    def boolean(self, table: dict[str, Any], key: str, path: str) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{path}.{key}", "true ou false était attendu")
        return value

    def identifier(self, table: dict[str, Any], key: str, path: str, pattern: re.Pattern[str]) -> str:
        value = self.string(table, key, path)
        if not pattern.match(value):
            raise self.fail(f"{path}.{key}",
                            f"identifiant invalide « {value} » (minuscules ASCII, chiffres, « - », « . »)")
        return value

    def options(self, value: Any, path: str) -> tuple[Option, ...]:
        if not isinstance(value, list) or not value:
            raise self.fail(path, "une liste non vide d’options était attendue")
        seen: set[str] = set()
        result = []
        for index, raw in enumerate(value):
            opath = f"{path}[{index}]"
            table = self.table(raw, opath)
            self.keys(table, _OPTION_KEYS, opath)
            option_id = self.identifier(table, "id", opath, OPTION_ID_PATTERN)
            if option_id in seen:
                raise self.fail(f"{opath}.id", f"option « {option_id} » en double")
            seen.add(option_id)
            result.append(Option(option_id, self.string(table, "label", opath)))
        return tuple(result)


def load_form_text(text: str, origin: str) -> Form:
    """Parse and validate form TOML text; `origin` names the file in error messages."""
    v = _Validator(origin)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise FormError(_toml_error_message(str(exc)), origin) from None
    except RecursionError:
        # tomllib descends once per nested array or inline table: no form nests more than a few levels.
        raise FormError("TOML imbriqué trop profondément", origin) from None
    v.keys(data, _TOP_KEYS, "")
    meta = v.table(data.get("form"), "form") if "form" in data else None
    if meta is None:
        raise v.fail("form", "table [form] absente")
    v.keys(meta, _FORM_KEYS, "form")
    form_id = v.identifier(meta, "id", "form", ID_PATTERN)
    version = v.string(meta, "version", "form")
    title = v.string(meta, "title", "form")
    default_max = v.integer(meta, "default_max_chars", "form", minimum=1) or DEFAULT_MAX_CHARS

    option_sets: dict[str, tuple[Option, ...]] = {}
    raw_sets = v.table(data.get("option_sets", {}), "option_sets")
    for name, raw in raw_sets.items():
        option_sets[name] = v.options(raw, f"option_sets.{name}")

    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise v.fail("sections", "au moins une section [[sections]] était attendue")
    sections: list[Section] = []
    section_ids: set[str] = set()
    question_ids: dict[str, str] = {}
    numbers: set[int] = set()
    for s_index, raw_section in enumerate(raw_sections):
        section = _section(v, raw_section, s_index, option_sets, default_max, section_ids, question_ids)
        if section.number is not None:
            if section.number in numbers:
                raise v.fail(f"sections.{section.id}.number", f"numéro de fiche {section.number} en double")
            numbers.add(section.number)
        sections.append(section)
    _check_visibility(v, sections)
    changes = read_changes(v, data.get("changes", []), version)
    sections = attach_changes(v, changes, sections)
    return Form(
        id=form_id,
        version=version,
        title=title,
        short_title=v.string(meta, "short_title", "form", required=False, default=title),
        language=v.string(meta, "language", "form", required=False, default="fr"),
        default_max_chars=default_max,
        description=v.string(meta, "description", "form", required=False),
        sections=tuple(sections),
        changes=changes,
        source_text=text,
        source_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def _toml_error_message(message: str) -> str:
    """tomllib says "Msg (at line 4, column 2)"; put the position first, in French."""
    match = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if match is None:
        return f"TOML invalide : {message.replace('(at end of document)', '(à la fin du fichier)')}"
    return f"TOML invalide ligne {match[1]}, colonne {match[2]} : {message[: match.start()].strip()}"


def _section(v: _Validator, raw: Any, index: int, option_sets: dict[str, tuple[Option, ...]],
             default_max: int, section_ids: set[str], question_ids: dict[str, str]) -> Section:
    path = f"sections[{index}]"
    table = v.table(raw, path)
    section_id = v.identifier(table, "id", path, ID_PATTERN)
    path = f"sections.{section_id}"
    if section_id in section_ids:
        raise v.fail(f"{path}.id", f"section « {section_id} » en double")
    section_ids.add(section_id)
    v.keys(table, _SECTION_KEYS, path)
    kind_text = v.string(table, "kind", path)
    try:
        kind = SectionKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in SectionKind)
        raise v.fail(f"{path}.kind", f"type de section inconnu « {kind_text} » (attendu : {allowed})") from None
    number = v.integer(table, "number", path, minimum=1)
    if kind is SectionKind.SHEET and number is None:
        raise v.fail(f"{path}.number", "une fiche doit avoir un numéro")
    raw_questions = table.get("questions", [])
    if not isinstance(raw_questions, list):
        raise v.fail(f"{path}.questions", "une liste [[sections.questions]] était attendue")
    questions = []
    for q_index, raw_question in enumerate(raw_questions):
        question = _question(v, raw_question, f"{path}.questions[{q_index}]", section_id, option_sets,
                             default_max)
        if question.id in question_ids:
            raise v.fail(f"{path}.questions[{q_index}].id",
                         f"question « {question.id} » en double (déjà dans {question_ids[question.id]})")
        question_ids[question.id] = section_id
        questions.append(question)
    return Section(
        id=section_id,
        kind=kind,
        title=v.string(table, "title", path),
        number=number,
        summary=v.string(table, "summary", path, required=False),
        questions=tuple(questions),
    )


def _question(v: _Validator, raw: Any, path: str, section_id: str,
              option_sets: dict[str, tuple[Option, ...]], default_max: int) -> Question:
    table = v.table(raw, path)
    v.keys(table, _QUESTION_KEYS, path)
    question_id = v.identifier(table, "id", path, ID_PATTERN)
    kind_text = v.string(table, "kind", path)
    try:
        kind = QuestionKind(kind_text)
    except ValueError:
        allowed = ", ".join(k.value for k in QuestionKind)
        raise v.fail(f"{path}.kind", f"type de question inconnu « {kind_text} » (attendu : {allowed})") from None

    max_chars = v.integer(table, "max_chars", path, minimum=1)
    if max_chars is not None and not kind.is_text:
        raise v.fail(f"{path}.max_chars", "seules les questions à réponse texte ont une limite de caractères")
    if max_chars is None and kind is QuestionKind.LONG_TEXT:
        max_chars = default_max

    text_format = table.get("format")
    if text_format is not None:
        if kind is not QuestionKind.SHORT_TEXT:
            raise v.fail(f"{path}.format", "seules les questions à texte court ont un format")
        if text_format not in SHORT_TEXT_FORMATS:
            raise v.fail(f"{path}.format",
                         f"format inconnu « {text_format} » (attendu : {', '.join(SHORT_TEXT_FORMATS)})")

    options: tuple[Option, ...] = ()
    has_set, has_list = "option_set" in table, "options" in table
    if kind.is_choice:
        if has_set == has_list:
            raise v.fail(f"{path}.options", "une question à choix demande soit « options », soit « option_set »")
        if has_set:
            set_name = v.string(table, "option_set", path)
            if set_name not in option_sets:
                raise v.fail(f"{path}.option_set", f"jeu d’options inconnu « {set_name} »")
            options = option_sets[set_name]
        else:
            options = v.options(table["options"], f"{path}.options")
    elif has_set or has_list:
        raise v.fail(f"{path}.{'options' if has_list else 'option_set'}",
                     "seules les questions à choix ont des options")

    minimum = v.integer(table, "min", path)
    maximum = v.integer(table, "max", path)
    if (minimum is not None or maximum is not None) and kind is not QuestionKind.INTEGER:
        raise v.fail(f"{path}.{'min' if minimum is not None else 'max'}",
                     "seules les questions numériques ont un minimum ou un maximum")
    if minimum is not None and maximum is not None and minimum > maximum:
        raise v.fail(f"{path}.max", "le maximum est inférieur au minimum")

    visible_if = None
    if "visible_if" in table:
        vpath = f"{path}.visible_if"
        vtable = v.table(table["visible_if"], vpath)
        v.keys(vtable, _VISIBLE_IF_KEYS, vpath)
        values = vtable.get("in")
        if not isinstance(values, list) or not values or not all(isinstance(x, str) for x in values):
            raise v.fail(f"{vpath}.in", "une liste non vide d’identifiants d’options était attendue")
        visible_if = VisibleIf(v.string(vtable, "question", vpath), tuple(values))

    return Question(
        id=question_id,
        section_id=section_id,
        kind=kind,
        prompt=v.string(table, "prompt", path),
        help=v.string(table, "help", path, required=False),
        required=v.boolean(table, "required", path),
        max_chars=max_chars,
        format=text_format,
        options=options,
        visible_if=visible_if,
        min=minimum,
        max=maximum,
    )


def _check_visibility(v: _Validator, sections: list[Section]) -> None:
    questions = {q.id: (s, i, q) for s in sections for i, q in enumerate(s.questions)}
    for section, index, question in questions.values():
        if question.visible_if is None:
            continue
        path = f"sections.{section.id}.questions[{index}].visible_if"
        target = questions.get(question.visible_if.question)
        if target is None:
            raise v.fail(f"{path}.question", f"question inconnue « {question.visible_if.question} »")
        target_question = target[2]
        if target_question.kind is not QuestionKind.SINGLE_CHOICE:
            raise v.fail(f"{path}.question", "la condition doit porter sur une question à choix unique")
        for value in question.visible_if.values:
            if target_question.option(value) is None:
                raise v.fail(f"{path}.in", f"option « {value} » absente de « {target_question.id} »")


def load_form_file(path: str | Path) -> Form:
    """Read a form file from disk; any problem raises FormError naming the file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > FORM_MAX_BYTES:
            raise FormError(f"fichier trop volumineux pour un formulaire ({size} octets)", path)
        raw = path.read_bytes()
    except FormError:
        raise
    except OSError as exc:
        raise FormError(f"lecture impossible ({exc.strerror or exc})", path) from None
    return load_form_text(decode_form_bytes(raw, str(path)), str(path))
