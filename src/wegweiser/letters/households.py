"""Households: persons joined by family links (living in the household) at the same address.

One letter goes to each household. A person without a valid postal address gets no letter and
is listed on the run's page instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from wegweiser.cases.models import FamilyLink, Person

from .models import PostalAddress


@dataclass
class Household:
    members: list[Person]  # oldest first: the first one is addressed
    address: PostalAddress

    @property
    def key(self) -> str:
        return ",".join(str(p.pk) for p in sorted(self.members, key=lambda p: p.pk))


def _find(parent: dict[int, int], x: int) -> int:
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def _family_groups(person_ids: list[int]) -> list[list[int]]:
    """Connected groups of the chosen persons over family links in the household."""
    parent = {pk: pk for pk in person_ids}
    links = FamilyLink.unscoped.filter(living_in_household=True, person_id__in=person_ids,
                                       relative_id__in=person_ids)
    for a, b in links.values_list("person_id", "relative_id"):
        parent[_find(parent, a)] = _find(parent, b)
    groups: dict[int, list[int]] = {}
    for pk in person_ids:
        groups.setdefault(_find(parent, pk), []).append(pk)
    return list(groups.values())


def _address_key(address: PostalAddress) -> tuple[str, str]:
    return (" ".join(address.street.lower().split()), address.postcode)


def households(persons: list[Person]) -> tuple[list[Household], list[Person]]:
    """The households of the persons, and the persons without a valid address (by name)."""
    by_pk = {p.pk: p for p in persons}
    addresses = {a.person_id: a for a in PostalAddress.unscoped.filter(person_id__in=by_pk)}
    result, without = [], []
    for group in _family_groups(list(by_pk)):
        at: dict[tuple[str, str], list[Person]] = {}
        for pk in group:
            address = addresses.get(pk)
            if address is None or not address.valid:
                without.append(by_pk[pk])
                continue
            at.setdefault(_address_key(address), []).append(by_pk[pk])
        for members in at.values():
            members.sort(key=_age_order)
            result.append(Household(members, addresses[members[0].pk]))
    result.sort(key=lambda h: (h.members[0].family_name, h.members[0].given_names, h.members[0].pk))
    without.sort(key=lambda p: (p.family_name, p.given_names, p.pk))
    return result, without


def _age_order(person: Person) -> tuple:
    # The oldest first (unknown birth dates last), so that an adult is addressed.
    return (person.birth_date is None, person.birth_date or 0, person.pk)
