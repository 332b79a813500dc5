"""What the parsers need to know about the importing authority before reading a file."""

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.models import Municipality, Team
from wegweiser.cases.models import Person
from wegweiser.review.models import GuidelineVersion

MAX_PROBLEMS = 1000


class GuidelineRef(NamedTuple):
    """A guideline version a decision may name, with what the decision rules compare."""

    pk: int
    state: str
    valid_from: date | None
    valid_to: date | None  # a report longer than this helps nobody; the file is rejected anyway


@dataclass
class ImportContext:
    authority_id: int
    municipalities: dict[str, int]  # casefolded name -> id, the authority's own towns only
    today: date
    existing_file_numbers: set[str] = field(default_factory=set)
    municipality_names: list[str] = field(default_factory=list)
    max_problems: int = MAX_PROBLEMS
    # Teams (casefolded name -> id) and guideline versions ((number, version) -> id) a decision
    # may name; None: not checked (a file screened without a database).
    teams: dict[str, int] | None = None
    team_names: list[str] = field(default_factory=list)
    guidelines: dict[tuple[str, int], "GuidelineRef"] | None = None
    # Approvals taken over from a file are recorded as requested by the importing user.
    has_user: bool = True

    @classmethod
    def for_authority(cls, authority_id: int) -> "ImportContext":
        towns = list(
            Municipality.objects.filter(authority_id=authority_id).values_list("name", "pk")
        )
        numbers = Person.unscoped.filter(authority_id=authority_id).values_list(
            "file_number", flat=True
        )
        teams = list(Team.objects.filter(authority_id=authority_id).values_list("name", "pk"))
        versions = GuidelineVersion.unscoped.filter(authority_id=authority_id).values_list(
            "guideline__number", "number", "pk", "state", "valid_from", "valid_to")
        return cls(
            authority_id=authority_id,
            municipalities={name.casefold(): pk for name, pk in towns},
            today=timezone.localdate(),
            existing_file_numbers=set(numbers),
            municipality_names=sorted(name for name, _pk in towns),
            teams={name.casefold(): pk for name, pk in teams},
            team_names=[name for name, _pk in teams],
            guidelines={(number, version): GuidelineRef(pk, state, start, end)
                        for number, version, pk, state, start, end in versions},
        )

    def unknown_municipality_message(self) -> str:
        names = self.municipality_names
        shown = ", ".join(names[:20]) + (" …" if len(names) > 20 else "")
        return _("Unbekannter Wohnort; bekannt sind: %(names)s.") % {"names": shown or "–"}
