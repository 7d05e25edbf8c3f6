"""Arabic given names from Faker's ``ar_AA`` person provider (MIT licence)."""

from __future__ import annotations

from collections.abc import Iterator

import faker
from faker.providers.person.ar_AA import Provider

__all__ = ["faker_version", "given_names"]


def faker_version() -> str:
    """``Faker X``: the version the lists were built from."""
    return f"Faker {faker.VERSION}"


def given_names() -> Iterator[str]:
    """Faker's ``ar_AA`` male and female first names, in its order."""
    yield from Provider.first_names_male
    yield from Provider.first_names_female
