"""Fixtures of the export tests: the bundled form and the sample draft."""

from __future__ import annotations

import pytest
from export_samples import sample_draft, sample_form

from dpi_consult.draft.model import Draft
from dpi_consult.form.model import Form


@pytest.fixture()
def form() -> Form:
    return sample_form()


@pytest.fixture()
def draft(form: Form) -> Draft:
    return sample_draft(form)
