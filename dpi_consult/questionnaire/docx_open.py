"""Opening a filled questionnaire: refuse what is not a readable .docx in one line, find its form."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from dpi_consult.errors import InputError
from dpi_consult.form.model import Form
from dpi_consult.form.registry import bundled_forms, resolve_form
from dpi_consult.questionnaire.markers import FormStamp, find_stamp
from dpi_consult.word_package import open_word_document
from dpi_consult.zip_guard import ZIP_ERRORS

# A questionnaire with a few pasted pictures stays far below; a larger file is not one of ours.
MAX_BYTES = 100 * 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_docx(path: str | Path) -> Any:
    """The python-docx document, or InputError saying in one line why the file cannot be read."""
    path = Path(path)
    try:
        if not path.exists():
            raise InputError("fichier introuvable", path)
        if path.is_dir():
            raise InputError("c’est un dossier, pas un document Word", path)
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"fichier de {size // (1024 * 1024)} Mo : trop gros pour un questionnaire", path)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"lecture impossible ({exc.strerror or exc})", path) from None
    if raw.startswith(_OLE_MAGIC):
        raise InputError("document Word 97-2003 (.doc) : enregistrez-le au format Word (.docx) et recommencez",
                         path)
    if not zipfile.is_zipfile(io.BytesIO(raw)):
        raise InputError("ce n’est pas un document Word .docx (le fichier n’est pas une archive zip)", path)
    if _is_opendocument(raw):
        raise InputError("document OpenDocument (.odt) : enregistrez-le au format Word (.docx) et recommencez", path)
    return open_word_document(raw, lambda reason: InputError(reason, path))


def _is_opendocument(raw: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            return "mimetype" in archive.namelist() and archive.read("mimetype").startswith(b"application/vnd.oasis")
    except ZIP_ERRORS:
        return False  # the package check says what is wrong with it


def find_document_stamp(document: Any) -> FormStamp | None:
    """The form stamp, from the document properties or else from the body's hidden text."""
    props = document.core_properties
    for text in (props.keywords, props.identifier, props.comments, props.subject, props.category):
        stamp = find_stamp(text or "")
        if stamp is not None:
            return stamp
    for index, p in enumerate(document.element.body.iter(qn("w:p"))):
        if index > 50:
            break  # the stamp sits in the title; a long search would only find answers quoting it
        stamp = find_stamp("".join(t.text or "" for t in p.iter(qn("w:t"))))
        if stamp is not None:
            return stamp
    return None


def choose_form(stamp: FormStamp | None, form_arg: str | None, path: str | Path) -> tuple[Form, list[str]]:
    """The form to read the answers with, and notes on how it was chosen."""
    notes: list[str] = []
    if form_arg is not None:
        form = resolve_form(form_arg)
        if stamp is not None and stamp.form_id != form.id:
            notes.append(f"le document a été produit pour le formulaire « {stamp.form_id} » ; "
                         f"lu avec « {form.id} » comme demandé")
    elif stamp is None:
        form = resolve_form(None)
        notes.append("le document ne dit pas de quel formulaire il vient (propriétés perdues) : "
                     f"lu avec le formulaire fourni « {form.id} »")
    else:
        form_found = bundled_forms().get(stamp.form_id)
        if form_found is None:
            raise InputError(f"questionnaire du formulaire « {stamp.form_id} », qui n’est pas fourni avec "
                             "l’application : indiquez le fichier du formulaire avec --form", path)
        form = form_found
    if stamp is not None and stamp.form_id == form.id and stamp.version != form.version:
        notes.append(f"questionnaire de la version {stamp.version}, lu avec la version {form.version} : "
                     "réponses rattachées par identifiant de question")
    return form, notes
