"""Writing one household's letter: the placeholder values, the German page and its annex."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from wegweiser.cases.family import is_minor_on
from wegweiser.cases.models import Person
from wegweiser.counselling.models import Desk
from wegweiser.law.statute.pathways import ALL_PATHWAYS, PATHWAYS_BY_ID
from wegweiser.screening.law_texts import law_text

from .annex import annex_for
from .models import TemplateVersion
from .placeholders import fill
from .plain_texts import EXPLANATIONS, MISSING_DATA, documents_for

ORDER = {p.id: i for i, p in enumerate(ALL_PATHWAYS)}
BULLET = "– "


@dataclass(frozen=True)
class Pathway:
    """A pathway that may be open for one person, as the screening left it."""

    pathway_id: str
    verdict: str
    pending_date: date | None = None


@dataclass
class Draft:
    subject: str
    html: str
    language: str


def salutation(members: list[Person], day: date) -> str:
    adults = [p for p in members if is_minor_on(p, day) is not True] or members
    parts = []
    for person in adults:
        if person.sex == "f":
            parts.append(f"Guten Tag Frau {person.family_name}")
        elif person.sex == "m":
            parts.append(f"Guten Tag Herr {person.family_name}")
        else:
            parts.append(f"Guten Tag {person.full_name}")
    return ", ".join(parts) + ","


def _pathway_line(pathway: Pathway) -> str:
    law = PATHWAYS_BY_ID[pathway.pathway_id]
    line = f"{law.norm} ({law_text(law.title)}): {EXPLANATIONS.get(law.id, '')}".strip()
    if pathway.verdict == "pending_time" and pathway.pending_date:
        line += f" Das ist voraussichtlich ab dem {pathway.pending_date:%d.%m.%Y} möglich."
    elif pathway.verdict == "unknown":
        line += " Dafür fehlen uns noch Angaben."
    return line


def pathways_text(members: list[Person], pathways: dict[int, list[Pathway]]) -> str:
    lines = []
    several = len(members) > 1
    for person in members:
        own = sorted(pathways.get(person.pk, []), key=lambda p: ORDER.get(p.pathway_id, 99))
        if not own:
            continue
        for pathway in own:
            prefix = f"{person.full_name} – " if several else ""
            lines.append(BULLET + prefix + _pathway_line(pathway))
    return "\n".join(lines) or BULLET + MISSING_DATA


def values_for(members: list[Person], pathways: dict[int, list[Pathway]], desk: Desk,
               code: str, valid_until: date, day: date, authority_name: str) -> dict[str, str]:
    pathway_ids = sorted({p.pathway_id for rows in pathways.values() for p in rows},
                         key=lambda pk: ORDER.get(pk, 99))
    # The desk's booking page, absolute like the links in the booking e-mails.
    public = settings.WEGWEISER_PUBLIC_BASE_URL.rstrip("/") + reverse(
        "public:booking_topic", args=[desk.slug])
    return {
        "anrede": salutation(members, day),
        "name": ", ".join(p.full_name for p in members),
        "wege": pathways_text(members, pathways),
        "unterlagen": "\n".join(BULLET + d for d in documents_for(pathway_ids)),
        "buchungscode": code,
        "gueltig_bis": f"{valid_until:%d.%m.%Y}",
        "sprechzeiten": desk.walk_in_hours or "nach Vereinbarung",
        "beratungsstelle": ", ".join([desk.name, *desk.address.splitlines()]),
        "telefon": desk.phone or "–",
        "buchungsseite": public,
        "aktenzeichen": members[0].file_number,
        "datum": f"{day:%d.%m.%Y}",
        "behoerde": authority_name,
    }


def text_to_html(text: str) -> SafeString:
    """Blank lines separate paragraphs; lines starting with a dash become a list."""
    parts: list[str] = []
    for block in text.split("\n\n"):
        lines: list[str] = []
        items: list[str] = []
        for line in block.splitlines():
            if line.startswith(("– ", "- ")):
                if lines:
                    parts.append("<p>" + "<br>".join(lines) + "</p>")
                    lines = []
                items.append(f"<li>{escape(line[2:])}</li>")
            else:
                if items:
                    parts.append("<ul>" + "".join(items) + "</ul>")
                    items = []
                lines.append(escape(line))
        if lines:
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        if items:
            parts.append("<ul>" + "".join(items) + "</ul>")
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above


def compose(version: TemplateVersion, members: list[Person], address_lines: list[str],
            language: str, values: dict[str, str], authority_name: str) -> Draft:
    """The letter as one HTML section (German, with the annex if a language is recorded)."""
    subject = fill(version.subject, values)
    annex = annex_for(language, code=values["buchungscode"], valid_until=values["gueltig_bis"],
                      hours=values["sprechzeiten"], desk=values["beratungsstelle"])
    with translation.override("de"):
        html = render_to_string("letters/letter.html", {
            "authority_name": authority_name, "recipients": [p.full_name for p in members],
            "address_lines": address_lines, "subject": subject, "day": values["datum"],
            "file_number": values["aktenzeichen"], "code": values["buchungscode"],
            "body": text_to_html(fill(version.body, values)), "annex": annex})
    return Draft(subject, html, language if annex else "")
