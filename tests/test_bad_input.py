"""Every kind of broken .dpic file gives one line naming the file and the problem, exit code 2, no change."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from dpi_consult.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "format-v1.dpic"


def fixture_data() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


def dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def with_field(path: str, value) -> bytes:
    """The fixture with one field replaced; `path` is keys joined by " > "."""
    data = fixture_data()
    node = data
    *parents, last = path.split(" > ")
    for key in parents:
        node = node[key]
    node[last] = value
    return dumps(data)


def deeply_nested() -> bytes:
    data = fixture_data()
    data["extra_field"] = None
    text = dumps(data).decode()
    return text.replace('"extra_field": null', '"extra_field": ' + "[" * 200_000 + "]" * 200_000).encode()


NESTED_TOML = "x = " + "[" * 5000 + "]" * 5000 + "\n"


def inserted(old: bytes, new: bytes) -> bytes:
    """The fixture's bytes with one piece of JSON text replaced: what json.dumps cannot write."""
    return dumps(fixture_data()).replace(old, new, 1)


CASES = {
    "empty": (b"", "le fichier est vide"),
    "whitespace": (b"  \n", "le fichier est vide"),
    "truncated": (FIXTURE.read_bytes()[:300], "tronqué"),
    "not json": (b"Bonjour, voici ma contribution.", "JSON invalide ligne 1, colonne 1"),
    "json array": (b"[1, 2]", "objet JSON attendu, trouvé une liste"),
    "other json object": (b'{"name": "x"}', "ce n’est pas un brouillon dpi-consult"),
    "not utf-8": (FIXTURE.read_bytes().replace("é".encode(), b"\xe9"), "n’est pas en UTF-8"),
    "nul bytes": (FIXTURE.read_bytes()[:50] + b"\x00\x00" + FIXTURE.read_bytes()[50:], "octets nuls"),
    "future version": (with_field("format_version", 99), "format_version 99 est plus récent"),
    "version as text": (with_field("format_version", "1"), "« format_version » : un entier positif"),
    "unknown form": (with_field("form", {"id": "cnil-autre", "version": "1"}), "formulaire inconnu « cnil-autre »"),
    "form not object": (with_field("form", "cnil"), "« form » : un objet JSON était attendu, trouvé une chaîne"),
    "draft id not uuid": (with_field("draft_id", "abc"), "« draft_id » : identifiant UUID invalide"),
    "draft id number": (with_field("draft_id", 5), "« draft_id » : une chaîne était attendue, trouvé un nombre"),
    "identity list": (with_field("identity", []), "« identity » : un objet JSON était attendu"),
    "answer object": (with_field("answers > fiche-01.texte", {"t": 1}),
                      "« answers.fiche-01.texte » : une chaîne, un entier ou une liste de chaînes"),
    "answer bool": (with_field("answers > fiche-01.clarte", True), "trouvé un booléen"),
    "answer list of numbers": (with_field("answers > fiche-01.roles", [1, 2]), "« answers.fiche-01.roles »"),
    "status unknown": (with_field("statuses > fiche-01", "fini"), "« statuses.fiche-01 » : statut inconnu 'fini'"),
    "note number": (with_field("notes > fiche-01", 3), "« notes.fiche-01 » : une chaîne était attendue"),
    "history not list": (with_field("history > answers/fiche-01.texte", {}), "une liste de révisions"),
    "revision without author": (
        dumps({**fixture_data(), "history": {"answers/x": [{"id": "a", "time": "t", "text": "x"}]}}),
        "« history.answers/x[0].author » : champ obligatoire absent"),
    "revision text missing": (
        dumps({**fixture_data(), "history": {"answers/x": [{"id": "a", "author": "b", "time": "t"}]}}),
        "« history.answers/x[0].text » : une chaîne était attendue, trouvé null"),
    "three parents": (
        dumps({**fixture_data(), "history": {"answers/x": [
            {"id": "a", "author": "b", "time": "t", "text": "x", "parents": ["1", "2", "3"]}]}}),
        "au plus deux identifiants"),
    "sources not list": (with_field("sources", {}), "« sources » : une liste était attendue"),
    "saved_at number": (with_field("saved_at", 12), "« saved_at » : une chaîne était attendue"),
    "embedded form tampered": (
        with_field("form > toml", fixture_data()["form"]["toml"] + "\n# modifié\n"), "empreinte SHA-256"),
    "embedded form invalid": (
        dumps({**fixture_data(), "form": {"id": "mini", "version": "2", "toml": "[form", "sha256":
               hashlib.sha256(b"[form").hexdigest()}}), "formulaire intégré : TOML invalide"),
    "deeply nested": (deeply_nested(), "JSON imbriqué trop profondément"),
    "embedded form deeply nested": (
        dumps({**fixture_data(), "form": {"id": "mini", "version": "2", "toml": NESTED_TOML, "sha256":
               hashlib.sha256(NESTED_TOML.encode()).hexdigest()}}), "TOML imbriqué trop profondément"),
    # A later key silently winning would read « 99 » as version 1; NaN and Infinity are not JSON.
    "duplicate key": (inserted(b'"format_version": 1', b'"format_version": 99, "format_version": 1'),
                      "clé « format_version » en double"),
    "duplicate nested key": (inserted(b'"answers": {', b'"answers": {"fiche-01.x": "a", "fiche-01.x": "b", '),
                             "clé « answers > fiche-01.x » en double"),
    "nan": (inserted(b'"format_version": 1', b'"format_version": 1, "extra": NaN'), "valeur NaN (pas du JSON)"),
    "infinity": (inserted(b'"format_version": 1', b'"format_version": 1, "extra": -Infinity'),
                 "valeur -Infinity (pas du JSON)"),
    "lone surrogate": (inserted(b'"answers": {', b'"answers": {"fiche-01.x": "a\\ud800b", '),
                       "moitié de caractère \\uD800–\\uDFFF) dans le champ « answers > fiche-01.x »"),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("command", ["show", "check"])
def test_bad_file_gives_one_line_and_exit_2(name: str, command: str, tmp_path: Path, capsys):
    content, expected = CASES[name]
    path = tmp_path / "contribution.dpic"
    path.write_bytes(content)
    code = main([command, str(path)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1, err
    assert str(path) in err and expected in err, err
    assert "Traceback" not in err
    assert path.read_bytes() == content


def test_a_100_mb_file_is_refused_with_the_limit(tmp_path: Path, capsys):
    path = tmp_path / "enorme.dpic"
    with path.open("wb") as handle:
        handle.write(b'{"format": "dpi-consult-draft", "format_version": 1, "padding": "')
        handle.write(b"x" * (100 * 1024 * 1024))
        handle.write(b'"}')
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "un brouillon ne peut dépasser 20 Mo" in err and err.count("\n") == 1


def test_a_missing_file_and_a_folder(tmp_path: Path, capsys):
    assert main(["show", str(tmp_path / "absent.dpic")]) == 2
    assert "lecture impossible" in capsys.readouterr().err
    folder = tmp_path / "dossier.dpic"
    folder.mkdir()
    assert main(["show", str(folder)]) == 2
    assert "c’est un dossier" in capsys.readouterr().err


def test_byte_order_mark_is_accepted(tmp_path: Path, capsys):
    path = tmp_path / "bom.dpic"
    path.write_bytes(b"\xef\xbb\xbf" + FIXTURE.read_bytes())
    assert main(["show", str(path)]) == 0
    assert "Centre hospitalier d’Essai" in capsys.readouterr().out


def test_check_goes_on_after_a_broken_file(tmp_path: Path, capsys):
    broken = tmp_path / "casse.dpic"
    broken.write_bytes(b"{")
    assert main(["check", str(broken), str(FIXTURE)]) == 2
    captured = capsys.readouterr()
    assert "casse.dpic" in captured.err
    assert "format-v1.dpic" in captured.out


COLLECTIVE = Path(__file__).parent / "fixtures" / "format-v1.1-collective.dpic"


@pytest.mark.parametrize(("escape", "expected"), [
    (b"\\ud83d\\ude00", None),  # an emoji, as member lines write it: a pair, read as one character
    (b"\\ud83d", "dans le champ « sources > 0 > file »"),
    (b"\\ude00", "dans le champ « sources > 0 > file »"),
])
def test_a_member_line_with_half_a_character_is_refused_and_a_pair_is_read(escape: bytes, expected: str | None,
                                                                        tmp_path: Path, capsys):
    path = tmp_path / "collectif.dpic"
    path.write_bytes(COLLECTIVE.read_bytes().replace(b'"file":"ch-essai.dpic"', b'"file":"ch-essai' + escape
                                                     + b'.dpic"', 1))
    code = main(["show", str(path)])
    err = capsys.readouterr().err
    if expected is None:
        assert code == 0 and err == ""
    else:
        assert code == 2 and expected in err and err.count("\n") == 1


def test_a_hostile_list_of_choices_gives_short_lines(tmp_path: Path, capsys):
    path = tmp_path / "roles.dpic"
    path.write_bytes(with_field("answers > fiche-01.roles", [f"r{index}" for index in range(600)] + [""] * 400))
    code = main(["check", str(path)])
    captured = capsys.readouterr()
    lines = (captured.out + captured.err).splitlines()
    assert code == 1 and max(len(line) for line in lines) < 300
    assert any("choix inconnus : « r0 », « r1 »" in line and "et 596 autres" in line for line in lines)


def test_a_finding_line_is_cut_however_long_what_it_names(tmp_path: Path, capsys):
    path = tmp_path / "long.dpic"
    path.write_bytes(inserted(b'"answers": {', b'"answers": {"' + b"fiche-99." + b"x" * 20_000 + b'": "a", '))
    main(["check", str(path)])
    lines = capsys.readouterr().out.splitlines()
    assert lines and max(len(line) for line in lines) <= 400 and any(line.endswith("…") for line in lines)


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("notes", {f"n{index}": "x" for index in range(10_001)}, "« notes » : 10\u00a0001 champs, au-delà de la limite"),
    ("answers > fiche-01.texte", "x" * 200_001,
     "texte de 200\u00a0001 caractères, au-delà de la limite de 200\u00a0000"),
    ("answers > fiche-01.roles", ["dpo"] * 1_001, "1\u00a0001 choix, au-delà de la limite de 1\u00a0000"),
])
def test_what_no_form_asks_for_is_refused_on_reading(field: str, value, expected: str, tmp_path: Path, capsys):
    path = tmp_path / "contribution.dpic"
    path.write_bytes(with_field(field, value))
    assert main(["show", str(path)]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1
