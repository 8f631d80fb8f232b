"""Opening a draft with its form: bundled, embedded, or another version of the same form."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dpi_consult.draft.files import read_draft_stamped
from dpi_consult.draft.form_update import FormUpdate, form_update
from dpi_consult.draft.model import Draft
from dpi_consult.draft.stamp import FileStamp
from dpi_consult.errors import DraftError, FormError
from dpi_consult.form.model import Form
from dpi_consult.form.registry import bundled_forms, form_from_embedded
from dpi_consult.french_formats import counted


@dataclass(slots=True)
class FormBinding:
    """What happened to the draft's answers when it was matched with a form."""

    form: Form
    carried_from_version: str | None = None
    orphan_answers: list[str] = field(default_factory=list)
    # Set when the draft answered an older version whose changes the form lists.
    update: FormUpdate | None = None
    update_lines: list[str] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        lines = []
        if self.update is not None:
            lines += self.update_lines
        elif self.carried_from_version is not None:
            lines.append(f"brouillon du formulaire {self.form.id} version {self.carried_from_version}, "
                         f"ouvert avec la version {self.form.version} : réponses reportées par question")
        if self.orphan_answers:
            kept = "conservée" if len(self.orphan_answers) == 1 else "conservées"
            lines.append(f"{counted(len(self.orphan_answers), 'réponse')} à des questions absentes du formulaire, "
                         f"{kept} : {', '.join(self.orphan_answers)}")
        return lines


def form_for(draft: Draft, origin: str) -> FormBinding:
    """The form a draft answers, with a report of answers carried across or kept aside."""
    ref = draft.form_ref
    if ref.embedded_toml is not None:
        try:
            form = form_from_embedded(ref.embedded_toml, ref.embedded_sha256 or "", origin)
        except FormError as exc:
            raise DraftError(f"formulaire intégré : {exc.detail}", origin) from None
        if form.id != ref.id:
            raise DraftError(f"champ « form.id » : « {ref.id} » ne correspond pas au formulaire intégré "
                             f"« {form.id} »", origin)
        return FormBinding(form, orphan_answers=draft.orphan_answers(form))
    form = bundled_forms().get(ref.id)
    if form is None:
        raise DraftError(f"formulaire inconnu « {ref.id} » et non intégré au fichier "
                         f"(formulaires fournis : {', '.join(sorted(bundled_forms()))})", origin)
    carried = ref.version if ref.version != form.version else None
    binding = FormBinding(form, carried_from_version=carried, orphan_answers=draft.orphan_answers(form))
    if carried is not None:
        # The answers are keyed by question id, so they move across as they are; the reference is
        # updated so the next save records the version the draft now answers.
        ref.version = form.version
        binding.update = form_update(form, draft, carried)
        if binding.update is not None:
            binding.update_lines = binding.update.lines(form, draft)
    return binding


def open_draft(path: str | Path) -> tuple[Draft, FormBinding]:
    """Read a .dpic file and bind it to its form."""
    draft, binding, _stamp = open_draft_stamped(path)
    return draft, binding


def open_draft_stamped(path: str | Path) -> tuple[Draft, FormBinding, FileStamp]:
    """open_draft, with the stamp of the bytes read, for a later save to check that nobody saved in between."""
    draft, stamp = read_draft_stamped(path)
    return draft, form_for(draft, str(path)), stamp
