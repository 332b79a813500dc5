"""The demo offices, their towns and one login per role (caseworkers four times)."""

from dataclasses import dataclass

from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password

from wegweiser.accounts.models import Authority, Municipality, User
from wegweiser.accounts.roles import Role

from .data.district import OfficeSpec
from .data.facts_data import CASEWORKERS

DEMO_PASSWORD = "Wegweiser-Demo-2026!"


@dataclass(frozen=True)
class Login:
    role: Role
    username: str
    first_name: str
    last_name: str


def logins(office: OfficeSpec) -> list[Login]:
    """The district gets four caseworkers and two counsellors; the neighbour one of each."""
    prefix = office.username_prefix
    if prefix:
        return [Login(role, f"{prefix}{_base(role)}", "Demo", f"{_title(role)} Nachbarstadt")
                for role in Role]
    people = [Login(Role.CASEWORKER, f"sachbearbeitung{i}", first, last)
              for i, (first, last) in enumerate(CASEWORKERS, start=1)]
    people += [
        Login(Role.HEAD, "leitung", "Dr. Katrin", "Albers"),
        Login(Role.COUNSELLOR, "beratung1", "Selin", "Arslan"),
        Login(Role.COUNSELLOR, "beratung2", "Peter", "Wagner"),
        Login(Role.CONTROLLING, "controlling", "Stefan", "Brandt"),
        Login(Role.DPO, "datenschutz", "Miriam", "Schulte"),
        Login(Role.ADMIN, "admin", "Lars", "Neumann"),
    ]
    return people


def _base(role: Role) -> str:
    return {
        Role.CASEWORKER: "sachbearbeitung", Role.HEAD: "leitung", Role.COUNSELLOR: "beratung",
        Role.CONTROLLING: "controlling", Role.DPO: "datenschutz", Role.ADMIN: "admin",
    }[role]


def _title(role: Role) -> str:
    return str(role.label)


def create_office(office: OfficeSpec) -> tuple[Authority, list[Municipality]]:
    authority, _ = Authority.objects.update_or_create(
        name=office.name,
        defaults={"short_name": office.short_name, "district_name": office.district_name},
    )
    towns = Municipality.objects.bulk_create(
        Municipality(authority=authority, name=name, ags=ags, inhabitants=inhabitants)
        for name, ags, inhabitants in office.towns
    )
    return authority, towns


class DemoError(Exception):
    """The demo cannot be created as asked (message in German, for the command line)."""


def create_users(office: OfficeSpec, authority: Authority) -> dict[str, User]:
    """Create or refresh the office's logins; all share the one (public) demo password.

    Existing demo users are updated, not deleted: audit entries may point to them.
    """
    wanted = logins(office)
    existing = {u.username: u for u in User.objects.filter(username__in=[w.username for w in wanted])}
    foreign = [u.username for u in existing.values() if u.authority_id != authority.pk]
    if foreign:
        raise DemoError(f"Benutzername bereits außerhalb der Demo vergeben: {', '.join(foreign)}")
    password_hash = make_password(DEMO_PASSWORD)  # hashed once: the same for every demo user
    users = []
    for login in wanted:
        user = existing.get(login.username) or User(username=login.username)
        user.first_name, user.last_name, user.role = login.first_name, login.last_name, login.role
        user.authority, user.email = authority, f"{login.username}@demo.invalid"
        user.is_staff, user.is_active = login.role == Role.ADMIN, True
        validate_password(DEMO_PASSWORD, user)  # refuse a password the site would refuse
        user.password = password_hash
        users.append(user)
    new, known = [u for u in users if u.pk is None], [u for u in users if u.pk is not None]
    User.objects.bulk_create(new)
    fields = ["first_name", "last_name", "role", "authority", "email", "is_staff", "is_active",
              "password"]
    User.objects.bulk_update(known, fields)
    return {user.username: user for user in User.objects.filter(authority=authority)}
