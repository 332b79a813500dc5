"""The filters of the decision-practice pages: period, grain, norm, team, constellation."""

from __future__ import annotations

from datetime import date

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.accounts.models import Team
from wegweiser.law.engine.dates import add_months
from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.web.forms import KernFormMixin
from wegweiser.web.query import as_of_range

from .models import Constellation
from .practice import Selection

DATE_FORMATS = ["%Y-%m-%d", "%d.%m.%Y"]
# Shown by default: this year and the four before it.
DEFAULT_YEARS = 5
NO_NORM = "-"  # applications and decisions without a norm (Duldung, employment, other)
NO_TEAM = "0"


class PracticeForm(KernFormMixin, forms.Form):
    start = forms.DateField(label=gettext_lazy("von"), required=False, input_formats=DATE_FORMATS)
    end = forms.DateField(label=gettext_lazy("bis"), required=False, input_formats=DATE_FORMATS)
    grain = forms.ChoiceField(label=gettext_lazy("Zeitraum je Zeile"), required=False, choices=[
        ("year", gettext_lazy("Jahr")), ("quarter", gettext_lazy("Quartal"))])
    pathway = forms.ChoiceField(label=gettext_lazy("Rechtsgrundlage"), required=False)
    team = forms.ChoiceField(label=gettext_lazy("Team"), required=False)
    constellation = forms.ChoiceField(label=gettext_lazy("Fallkonstellation"), required=False)

    def __init__(self, *args, authority_id: int, with_constellations: bool,
                 for_cases: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if for_cases:  # lists of cases: no grain, and no team (cases, not team figures)
            del self.fields["grain"], self.fields["team"]
        self.fields["pathway"].choices = [  # type: ignore[attr-defined]
            ("", _("alle")), *((p.id, p.norm) for p in ALL_PATHWAYS),
            (NO_NORM, _("ohne Rechtsgrundlage (Duldung, Beschäftigung, Sonstiges)"))]
        if "team" in self.fields:
            teams = Team.objects.filter(authority_id=authority_id).order_by("letters_from", "name")
            self.fields["team"].choices = [  # type: ignore[attr-defined]
                ("", _("alle Teams")),
                *((str(t.pk), t.name) for t in teams), (NO_TEAM, _("ohne Team"))]
        if with_constellations:
            self.fields["constellation"].choices = [  # type: ignore[attr-defined]
                ("", _("alle Fälle")),
                *((str(c.pk), c.name) for c in Constellation.objects.order_by("name"))]
        else:
            del self.fields["constellation"]


def default_range(today: date, for_cases: bool = False) -> tuple[date, date]:
    """Figures: this year and the four before; lists of cases: the last 24 months."""
    if for_cases:
        return add_months(today, -24), today
    return date(today.year - DEFAULT_YEARS + 1, 1, 1), today


def selection_from(data: dict, today: date, notices: list[str], person_ids=None,
                   for_cases: bool = False) -> Selection:
    """The selection the filters ask for; a start after the end is named and ignored."""
    first, last = default_range(today, for_cases)
    start, end = data.get("start") or first, data.get("end") or last
    earliest, latest = as_of_range(today)
    if not (earliest <= start <= latest and earliest <= end <= latest):
        notices.append(_("Der Zeitraum muss zwischen %(first)s und %(last)s liegen; gezeigt wird "
                         "der voreingestellte Zeitraum.") % {
            "first": earliest.strftime("%d.%m.%Y"), "last": latest.strftime("%d.%m.%Y")})
        start, end = first, last
    elif start > end:
        notices.append(_("Der Beginn (%(start)s) liegt nach dem Ende (%(end)s); gezeigt wird der "
                         "voreingestellte Zeitraum.") % {"start": start.strftime("%d.%m.%Y"),
                                                          "end": end.strftime("%d.%m.%Y")})
        start, end = first, last
    pathway = data.get("pathway") or None
    team = data.get("team") or None
    return Selection(start=start, end=end, grain=data.get("grain") or "year",
                     pathway_id="" if pathway == NO_NORM else pathway,
                     team_id=None if team is None else int(team), person_ids=person_ids)
