"""What the parsers need to know about the importing authority before reading a file."""

from dataclasses import dataclass, field
from datetime import date

from django.utils import timezone
from django.utils.translation import gettext as _

from wegweiser.accounts.models import Municipality
from wegweiser.cases.models import Person

MAX_PROBLEMS = 1000  # a report longer than this helps nobody; the file is rejected anyway


@dataclass
class ImportContext:
    authority_id: int
    municipalities: dict[str, int]  # casefolded name -> id, the authority's own towns only
    today: date
    existing_file_numbers: set[str] = field(default_factory=set)
    municipality_names: list[str] = field(default_factory=list)
    max_problems: int = MAX_PROBLEMS

    @classmethod
    def for_authority(cls, authority_id: int) -> "ImportContext":
        towns = list(
            Municipality.objects.filter(authority_id=authority_id).values_list("name", "pk")
        )
        numbers = Person.unscoped.filter(authority_id=authority_id).values_list(
            "file_number", flat=True
        )
        return cls(
            authority_id=authority_id,
            municipalities={name.casefold(): pk for name, pk in towns},
            today=timezone.localdate(),
            existing_file_numbers=set(numbers),
            municipality_names=sorted(name for name, _pk in towns),
        )

    def unknown_municipality_message(self) -> str:
        names = self.municipality_names
        shown = ", ".join(names[:20]) + (" …" if len(names) > 20 else "")
        return _("Unbekannter Wohnort; bekannt sind: %(names)s.") % {"names": shown or "–"}
