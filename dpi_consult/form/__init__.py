"""The consultation form as data: model, loading with validation, bundled forms."""

from dpi_consult.form.model import Form, Option, Question, QuestionKind, Section, SectionKind, VisibleIf

__all__ = ["Form", "Option", "Question", "QuestionKind", "Section", "SectionKind", "VisibleIf"]
