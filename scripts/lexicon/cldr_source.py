"""Arabic place names and language names from the CLDR data that babel ships.

Territory names (countries and world regions) come from ``Locale("ar").territories``, city names
from the exemplar cities of the time zones, and feminine nisbas from the language names
(``ru`` → الروسية), for the languages named after the country whose nisba they are.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import babel
from babel import Locale
from babel.core import get_global

__all__ = [
    "LANGUAGE_TERRITORIES",
    "cldr_version",
    "exemplar_cities",
    "language_nisbas",
    "territory_names",
]

LANGUAGE_TERRITORIES: Mapping[str, str] = {
    "ru": "RU", "de": "DE", "fr": "FR", "tr": "TR", "zh": "CN", "ja": "JP", "it": "IT",
    "es": "ES", "pt": "PT", "nl": "NL", "el": "GR", "sv": "SE", "no": "NO", "da": "DK",
    "fi": "FI", "pl": "PL", "cs": "CZ", "sk": "SK", "hu": "HU", "ro": "RO", "bg": "BG",
    "sr": "RS", "hr": "HR", "uk": "UA", "be": "BY", "ka": "GE", "hy": "AM", "az": "AZ",
    "kk": "KZ", "uz": "UZ", "tg": "TJ", "ky": "KG", "tk": "TM", "hi": "IN", "id": "ID",
    "ms": "MY", "th": "TH", "vi": "VN", "so": "SO", "sq": "AL", "mk": "MK", "et": "EE",
    "lv": "LV", "lt": "LT", "is": "IS", "ga": "IE", "mn": "MN", "ne": "NP",
}  # fmt: skip
"""Languages whose Arabic name is the feminine nisba of one country (الروسية: of Russia).
Languages shared by many countries (English, Arabic) or named otherwise (Persian, Hebrew) are
left out; their nisbas are curated by hand."""

_LOCALE = Locale("ar")
_SKIPPED_ZONE_AREAS = ("Antarctica/", "Etc/")


def cldr_version() -> str:
    """``babel X, CLDR Y``: the versions the lists were built from."""
    return f"babel {babel.__version__}, CLDR {get_global('cldr')['version']}"


def territory_names() -> Iterator[tuple[str, str]]:
    """(code, Arabic name) of every territory and region CLDR names in Arabic."""
    yield from sorted(_LOCALE.territories.items())


def exemplar_cities() -> Iterator[tuple[str, str]]:
    """(time zone, Arabic city name) of each time zone's exemplar city, except Antarctic
    stations and placeholders, and names that are descriptions (with a comma or a bracket)."""
    for zone, names in sorted(_LOCALE.time_zones.items()):
        city = names.get("city")
        if not city or zone.startswith(_SKIPPED_ZONE_AREAS):
            continue
        if any(mark in city for mark in ("،", ",", "(", ")")):
            continue
        yield zone, city


def language_nisbas() -> Iterator[tuple[str, str]]:
    """(territory code, feminine nisba) from the Arabic names of :data:`LANGUAGE_TERRITORIES`."""
    languages = _LOCALE.languages
    for language, territory in sorted(LANGUAGE_TERRITORIES.items()):
        name = languages.get(language)
        if name and name.endswith("ية"):
            yield territory, name
