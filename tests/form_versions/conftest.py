"""Tests of drafts moving across versions of the bundled form; they fill Word questionnaires as members do."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "questionnaire"))
