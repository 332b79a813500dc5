"""Postal addresses and letter languages for the demo persons.

A family living together shares one address (the letters app writes one letter per household
and groups by family link and street). The street names come from Faker (de_DE), drawn once;
the postcode is the town's. About 4 % of the households are left without a valid address on
purpose (no entry, or an entry without postcode), so that a mail run lists "no address".

Written with one bulk_create: the one door (letters/addresses.py) audits every row, which
for 3,600 persons would double the demo's runtime; it checks nothing the generator cannot
guarantee here (five-digit postcode, street, city, a known language).
"""

from __future__ import annotations

import random

from faker import Faker

from wegweiser.cases.models import FamilyLink, Person
from wegweiser.letters.models import PostalAddress

# Fictional towns get plausible postcodes of the region (the names are invented too).
POSTCODES = {
    "Rahlingen": "40878", "Velbrück": "42549", "Langenhorst": "40764", "Hilgenbach": "40721",
    "Erkenrode": "40699", "Monrath am Rhein": "40789", "Mettwald": "40822",
    "Haanenberg": "42781", "Heiligenrode": "42579", "Wülfershagen": "42489",
    "Nachbarstadt": "42103",
}
# The annex language a household asked for, by nationality; most ask for none (German only).
LANGUAGE_BY_NATIONALITY = {
    "IRQ": "ar", "SYR": "ar", "LBN": "ar", "DZA": "ar", "MAR": "ar", "TUN": "ar", "ERI": "ar",
    "TUR": "tr", "AFG": "fa", "IRN": "fa", "RUS": "ru", "ARM": "ru", "AZE": "ru", "GEO": "ru",
    "MDA": "ru", "NGA": "en", "GHA": "en", "GMB": "en", "CMR": "en", "PAK": "en",
}
LANGUAGE_SHARE = 0.55
WITHOUT_ADDRESS_SHARE = 0.04
INCOMPLETE_SHARE = 0.3  # of those without: an entry without postcode instead of none


def add_addresses(authority_id: int, seed: int) -> int:
    """Give the households of the office an address; returns the number of addresses written."""
    rng = random.Random(f"{seed}-addresses-{authority_id}")
    fake = Faker("de_DE")
    fake.seed_instance(seed)
    streets = list(dict.fromkeys(fake.street_name() for _ in range(300)))
    persons = list(Person.unscoped.filter(authority_id=authority_id).order_by("pk").values_list(
        "pk", "nationality", "municipality__name"))
    by_pk = {p[0]: p for p in persons}
    rows = []
    for group in _households(list(by_pk), authority_id):
        _pk, nationality, town = by_pk[group[0]]
        row = _address(rng, streets, nationality, town)
        if row is None:
            continue
        rows += [PostalAddress(authority_id=authority_id, person_id=member, **row)
                 for member in group]
    PostalAddress.unscoped.bulk_create(rows, batch_size=1000)
    return len(rows)


def _address(rng: random.Random, streets: list[str], nationality: str,
             town: str | None) -> dict[str, str] | None:
    town = town or "Nachbarstadt"
    street = f"{rng.choice(streets)} {rng.randint(1, 140)}{rng.choice(['', '', '', 'a', 'b'])}"
    language = (LANGUAGE_BY_NATIONALITY.get(nationality, "")
                if rng.random() < LANGUAGE_SHARE else "")
    if rng.random() < WITHOUT_ADDRESS_SHARE:
        if rng.random() < INCOMPLETE_SHARE:  # known street, postcode missing: not valid
            return {"street": street, "postcode": "", "city": town, "language": language}
        return None
    care_of = "Gemeinschaftsunterkunft" if rng.random() < 0.08 else ""
    return {"street": street, "postcode": POSTCODES.get(town, "40000"), "city": town,
            "language": language, "care_of": care_of}


def _households(person_ids: list[int], authority_id: int) -> list[list[int]]:
    """Persons linked as family living together, in a stable order (the first is the eldest
    only by id; the letters app orders by age itself)."""
    parent = {pk: pk for pk in person_ids}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links = FamilyLink.unscoped.filter(authority_id=authority_id, living_in_household=True)
    for a, b in links.values_list("person_id", "relative_id"):
        if a in parent and b in parent:
            parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for pk in person_ids:
        groups.setdefault(find(pk), []).append(pk)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
