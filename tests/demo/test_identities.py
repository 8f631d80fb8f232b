"""Synthetic member identities: deterministic, unique, valid option ids, consistent, fictional."""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter

import pytest

from dpi_consult.demo.identities import (
    DEPARTMENTS,
    FINESS_PATTERN,
    REGIONS,
    ROLES,
    TYPES,
    MemberIdentity,
    federation_identity,
    member_identities,
)
from dpi_consult.form.registry import bundled_form

EMAIL = re.compile(r"^[a-z0-9.-]+@[a-z0-9-]+\.example\.fr$")


@pytest.fixture(scope="module")
def thousand() -> list[MemberIdentity]:
    return member_identities(random.Random(2025), 1000)


def test_option_ids_are_options_the_form_offers() -> None:
    form = bundled_form()
    assert REGIONS == tuple(o.id for o in form.question("identification.region").options)
    # Current options only: a demo member never holds a choice the form has retired.
    assert set(TYPES) <= {o.id for o in form.question("identification.type").options}
    assert set(ROLES) <= {o.id for o in form.question("identification.roles").options}


def test_same_seed_same_members_and_different_seeds_differ() -> None:
    assert member_identities(random.Random(3), 50) == member_identities(random.Random(3), 50)
    assert member_identities(random.Random(3), 50) != member_identities(random.Random(4), 50)
    assert member_identities(random.Random(3), 0) == []


def test_a_thousand_members_have_unique_names(thousand: list[MemberIdentity]) -> None:
    assert len(thousand) == 1000
    assert len({member.organisation for member in thousand}) == 1000


def test_finess_numbers_are_well_formed_and_match_the_region(thousand: list[MemberIdentity]) -> None:
    numbers = [member for member in thousand if member.finess is not None]
    assert 0.05 <= 1 - len(numbers) / len(thousand) <= 0.25, "about 10% have no FINESS"
    assert any(member.finess.startswith("97") for member in numbers), "overseas members too"
    assert any(member.finess.startswith(("2A", "2B")) for member in numbers), "Corsica too"
    for member in numbers:
        assert FINESS_PATTERN.match(member.finess), member.finess
        assert len(member.finess) == 9
        department = member.finess[:3] if member.finess.startswith("97") else member.finess[:2]
        assert DEPARTMENTS[department][0] == member.region, member


def test_types_roles_and_regions_are_valid_option_ids(thousand: list[MemberIdentity]) -> None:
    for member in thousand:
        assert member.type in TYPES
        assert member.region in REGIONS
        assert 1 <= len(member.roles) <= 3
        assert len(set(member.roles)) == len(member.roles)
        assert set(member.roles) <= set(ROLES)


def test_types_look_like_a_hospital_federation(thousand: list[MemberIdentity]) -> None:
    types = Counter(member.type for member in thousand)
    hospitals = types["etablissement-public"] + types["espic"] + types["prive-lucratif"]
    assert hospitals >= 0.8 * len(thousand)
    assert types["etablissement-public"] > types["prive-lucratif"] > types["espic"] > types["ght"] > 0
    assert len({member.region for member in thousand}) >= 15


def test_emails_are_fictional(thousand: list[MemberIdentity]) -> None:
    emails = [member.email for member in thousand if member.email is not None]
    assert len(emails) >= 0.7 * len(thousand)
    for email in emails:
        assert EMAIL.match(email), email


def test_authors_are_role_labels_not_people(thousand: list[MemberIdentity]) -> None:
    labels = ("DPO", "Médecin DIM", "DSI", "RSSI", "Direction", "Service juridique", "Cellule qualité")
    for member in thousand:
        roles, _, organisation = member.author.partition(" — ")
        assert organisation, member.author
        assert roles.startswith(labels), member.author


def test_names_use_french_typography(thousand: list[MemberIdentity]) -> None:
    assert all("'" not in member.organisation and "'" not in member.author for member in thousand)
    assert any("’" in member.organisation for member in thousand)
    assert any(member.organisation.startswith("Centre hospitalier") for member in thousand)
    assert any(member.organisation.startswith("Clinique") for member in thousand)


def test_federation_identity() -> None:
    federation = federation_identity(random.Random(1))
    assert federation == federation_identity(random.Random(1))
    assert federation.type == "federation"
    assert federation.region == "national"
    assert federation.finess is None
    assert federation.email is not None and EMAIL.match(federation.email)
    assert federation.organisation and " — " in federation.author
    assert set(federation.roles) <= set(ROLES)


def test_identities_are_frozen() -> None:
    member = member_identities(random.Random(1), 1)[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        member.organisation = "autre"  # type: ignore[misc]
