"""The assessment section of the case page; the law's texts in the active language."""

from datetime import date

from django import template

from wegweiser.accounts.roles import can
from wegweiser.cases.models import Assessment
from wegweiser.cases.models.assessment import ASSESSMENT_FACT_FIELDS, CRIMINAL_ASSESSMENT_FIELDS
from wegweiser.screening import law_texts

register = template.Library()


@register.simple_tag(takes_context=True)
def assessment_rows(context, person, show_criminal) -> dict:
    assessment = Assessment.objects.filter(person=person).first()
    visible = [f for f in ASSESSMENT_FACT_FIELDS
               if show_criminal or f not in CRIMINAL_ASSESSMENT_FIELDS]
    rows = []
    if assessment is not None:
        rows = [(_label(f), getattr(assessment, f))
                for f in visible if getattr(assessment, f) is not None]
    user = context["request"].user
    return {"rows": rows, "unknown": len(visible) - len(rows),
            "can_explain": can(user, "screening.explain")}


@register.filter
def law_text(text: str | None) -> str:
    """``{{ criterion.text|law_text }}``: a text of `wegweiser.law` in the active language."""
    return law_texts.law_text(text)


@register.filter
def law_value(value: object) -> object:
    """A threshold value: dates as dd.mm.yyyy in every language (as the law cites them)."""
    return f"{value:%d.%m.%Y}" if isinstance(value, date) else value


def _label(name: str) -> str:
    return str(getattr(Assessment._meta.get_field(name), "verbose_name", name))
