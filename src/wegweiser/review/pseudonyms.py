"""How a conference names a person: file number and initials, the name only to whoever works
the case.

A conference is not the place to spread names. "Works the case" means: the person's assigned
caseworker (Person.assigned_to) - not the chair, not the other participants; they can open the
file by its number if their work needs it, and that opening is audited like any other.
The minutes are archived once for everybody and so never carry a name.
"""

from __future__ import annotations


def initials(person) -> str:
    """"M. H." for Mohammed Haddad; the family name alone gives "H."."""
    parts = [person.given_names.split()[0] if person.given_names.split() else "", person.family_name]
    return " ".join(f"{part[0].upper()}." for part in parts if part)


def pseudonym(person) -> str:
    return f"{person.file_number} ({initials(person)})"


def works_on(user, person) -> bool:
    return user is not None and user.pk is not None and person.assigned_to_id == user.pk


def case_label(person, user) -> str:
    """The name for the assigned caseworker, the pseudonym for everybody else."""
    if works_on(user, person):
        return f"{person.full_name} ({person.file_number})"
    return pseudonym(person)


# The columns a pseudonymised list needs: never load more of the person than that.
PERSON_COLUMNS = ("pk", "file_number", "family_name", "given_names", "assigned_to_id")
