"""Rules the records of a case file must obey, with messages a caseworker understands.

Each rule is written once and shared by the forms, cases.services (the one door) and the
import (interop.checks), so a value the form refuses is refused by the import with the same
words. "Today" is always a parameter, so tests and the import (ImportContext.today) fix it.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wegweiser.law.statute.asylum import GROUNDS, NEW, OLD, OLD_LIST_UNTIL
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID

from . import decision_reasons
from .nationalities import NATIONALITIES

EARLIEST = date(1950, 1, 1)
MAX_HOURS_PER_WEEK = 168  # 7 × 24: more is a typing error (e.g. 380 for 38,0)
# (field, message) for each problem of one record; an empty list means fine.
Problems = list[tuple[str, str]]


@dataclass(frozen=True)
class PeriodLike:
    start: date
    end: date | None
    pk: int | None = None


def period_problems(candidate: PeriodLike, others: Iterable[PeriodLike], today: date) -> list[str]:
    """Everything wrong with adding `candidate` beside `others` (empty list: fine)."""
    problems = []
    if candidate.start < EARLIEST:
        problems.append(_("Der Beginn liegt vor 1950; bitte das Datum prüfen."))
    if candidate.end is not None and candidate.end < candidate.start:
        problems.append(_("Das Ende liegt vor dem Beginn."))
    if candidate.start > today + timedelta(days=5 * 366):
        problems.append(_("Der Beginn liegt mehr als fünf Jahre in der Zukunft."))
    for other in others:
        if other.pk is not None and other.pk == candidate.pk:
            continue
        if _overlap(candidate, other):
            problems.append(
                _("Der Zeitraum überschneidet sich mit dem Zeitraum %(start)s bis %(end)s.")
                % {"start": _fmt(other.start), "end": _fmt(other.end) if other.end else _("offen")}
            )
    return problems


def _overlap(a: PeriodLike, b: PeriodLike) -> bool:
    a_end = a.end or date.max
    b_end = b.end or date.max
    return a.start <= b_end and b.start <= a_end


def _fmt(day: date) -> str:
    return date_format(day, "d.m.Y")


def training_problems(start: date | None, end: date | None, kind: str, completed: bool | None,
                      bottleneck_commitment: bool | None, today: date) -> list[tuple[str, str]]:
    """(field, message) for each contradiction in one training record (empty list: fine)."""
    problems = []
    if start and end and end < start:
        problems.append(("end", _("Das Ende liegt vor dem Beginn.")))
    if completed is True and (end is None or end > today):
        problems.append(("completed", _(
            "Eine abgeschlossene Ausbildung braucht ein Ende, das nicht in der Zukunft liegt.")))
    if bottleneck_commitment is not None and kind in ("qualified", "other"):
        problems.append(("bottleneck_commitment", _(
            "Die Zusage für eine Ausbildung in einem Engpassberuf gehört nur zu einer Assistenz- "
            "oder Helferausbildung (§ 60c Abs. 1 Satz 1 AufenthG).")))
    return problems


# Several grounds of one decision are stored in one text, joined as law/statute/asylum.py reads them:
# "§ 29a AsylG, § 30 Abs. 3 Nr. 5 AsylG a.F." (no ground contains a comma).
GROUND_SEPARATOR = ", "


def split_grounds(text: str | None) -> list[str]:
    return [ground.strip() for ground in (text or "").split(",") if ground.strip()]


def join_grounds(grounds: Iterable[str]) -> str:
    """Known grounds in the order of the choice list, each once; unknown ones after them."""
    order = {ground.code: i for i, ground in enumerate(GROUNDS)}
    unique = dict.fromkeys(g.strip() for g in grounds if g.strip())
    return GROUND_SEPARATOR.join(sorted(unique, key=lambda g: order.get(g, len(order))))


def asylum_ground_problems(grounds: list[str], decided: date | None) -> list[str]:
    """Messages for grounds law/statute/asylum.py could not read for this decision (empty: fine).

    § 30 AsylG was renumbered for rejections after 27.02.2024 (§ 104 Abs. 19 AufenthG): the
    old numbering (a.F.) belongs to decisions up to that day, the new one to later decisions;
    the law cannot tell a ground of the other numbering.  § 29a AsylG belongs to both.
    """
    version = {ground.code: ground.version for ground in GROUNDS}
    unknown = [g for g in grounds if g not in version]
    if unknown:
        return [_("Unbekannter Grund: %(grounds)s. Möglich sind nur die Gründe der Liste "
                  "(§ 29a AsylG, § 30 AsylG in alter oder neuer Fassung), z. B. "
                  "„§ 30 Abs. 1 Nr. 3 AsylG“.") % {"grounds": "; ".join(unknown)}]
    old = [g for g in grounds if version[g] == OLD]
    new = [g for g in grounds if version[g] == NEW]
    if old and new:
        return [_("Bitte nicht alte (a.F.) und neue Nummerierung des § 30 AsylG mischen: "
                  "eine Entscheidung bis 27.02.2024 nennt § 30 AsylG a.F., eine spätere "
                  "§ 30 Abs. 1 n.F.")]
    if decided and old and decided > OLD_LIST_UNTIL:
        return [_("Gründe nach § 30 AsylG a.F. gelten nur für Entscheidungen bis 27.02.2024; "
                  "für eine Entscheidung vom %(day)s bitte die neue Nummerierung "
                  "(§ 30 Abs. 1 AsylG) wählen.") % {"day": _fmt(decided)}]
    if decided and new and decided <= OLD_LIST_UNTIL:
        return [_("Für eine Entscheidung bis 27.02.2024 (hier %(day)s) gilt die alte "
                  "Nummerierung: bitte einen Grund nach § 30 AsylG a.F. wählen.")
                % {"day": _fmt(decided)}]
    return []


# Rules of single records, given as {field name: value}. A value that is missing or None is
# unknown and breaks no rule (an import may carry only some columns).

# The form's choice field uses this wording too (PersonForm), so form and import agree.
UNKNOWN_NATIONALITY = gettext_lazy(
    "Unbekannte Staatsangehörigkeit „%(value)s“: erwartet wird ein Code der Liste "
    "(ISO 3166 Alpha-3, z. B. SYR), XXA für staatenlos oder XXX für ungeklärt.")


def nationality_problem(code: str | None) -> str | None:
    if code and code not in NATIONALITIES:
        return str(UNKNOWN_NATIONALITY) % {"value": code}
    return None


def person_problems(values: Mapping[str, Any], today: date) -> Problems:
    problems = []
    if message := nationality_problem(values.get("nationality")):
        problems.append(("nationality", message))
    birth, entry = values.get("birth_date"), values.get("entry_date")
    if birth and birth > today:
        problems.append(("birth_date", _("Das Geburtsdatum liegt in der Zukunft.")))
    if entry and entry > today:
        problems.append(("entry_date", _("Das Einreisedatum liegt in der Zukunft.")))
    if birth and entry and entry < birth:
        problems.append(("entry_date", _("Die Einreise kann nicht vor der Geburt liegen.")))
    if values.get("identity_clarified_since") and values.get("identity_clarified") is not True:
        problems.append(("identity_clarified_since", _(
            "Ein Datum „geklärt seit“ passt nur, wenn die Identität als geklärt erfasst ist.")))
    return problems


def employment_problems(values: Mapping[str, Any], today: date) -> Problems:
    problems = _end_before_start(values)
    hours = values.get("hours_per_week")
    if hours is not None and hours < 0:
        problems.append(("hours_per_week", _("Die Wochenstunden können nicht negativ sein.")))
    elif hours is not None and hours > MAX_HOURS_PER_WEEK:
        problems.append(("hours_per_week", _(
            "Eine Woche hat nur 168 Stunden; bitte die Wochenstunden prüfen.")))
    return problems


def conviction_problems(values: Mapping[str, Any], today: date) -> Problems:
    months = values.get("months")
    if months is not None and months < 0:
        return [("months", _("Die Dauer der Strafe kann nicht negativ sein."))]
    return []


def livelihood_problems(values: Mapping[str, Any], today: date) -> Problems:
    problems = []
    share = values.get("own_earnings_share")
    if share is not None and not 0 <= share <= 100:
        problems.append(("own_earnings_share", _(
            "Der Anteil aus eigenem Einkommen liegt zwischen 0 und 100 %.")))
    since, until = values.get("benefits_from"), values.get("benefits_to")
    if since and until and until < since:
        problems.append(("benefits_to", _("Das Ende liegt vor dem Beginn.")))
    return problems


def _training(values: Mapping[str, Any], today: date) -> Problems:
    return training_problems(values.get("start"), values.get("end"), values.get("kind") or "",
                             values.get("completed"), values.get("bottleneck_commitment"), today)


def _end_before_start(values: Mapping[str, Any]) -> Problems:
    start, end = values.get("start"), values.get("end")
    if start and end and end < start:
        return [("end", _("Das Ende liegt vor dem Beginn."))]
    return []


# Applications and decisions (cases.models.decision; values as stored, e.g. "refused").
RESIDENCE_PERMIT = "residence_permit"
REFUSING_OUTCOMES = ("refused", "duldung")  # a Duldung instead of the permit refuses the permit
WITHDRAWN = "withdrawn"
DISCRETION = "discretion"
# Versions that are or were in force: a withdrawn version still governs the days it was valid.
GUIDELINES_PUT_IN_FORCE = ("approved", "withdrawn")


def unknown_pathway_message(pathway_id: str) -> str:
    return _("Unbekannte Rechtsgrundlage „%(value)s“: bitte eine Norm der Liste wählen "
             "(z. B. § 25b Abs. 1 AufenthG).") % {"value": pathway_id}


def application_problems(values: Mapping[str, Any], today: date) -> Problems:
    problems = []
    pathway_id, received = values.get("pathway_id"), values.get("received_on")
    if values.get("subject") == RESIDENCE_PERMIT and not pathway_id:
        problems.append(("pathway_id", _(
            "Für einen Antrag auf Aufenthaltserlaubnis bitte die Rechtsgrundlage angeben.")))
    if pathway_id and pathway_id not in PATHWAYS_BY_ID:
        problems.append(("pathway_id", unknown_pathway_message(pathway_id)))
    if received and received > today:
        problems.append(("received_on", _("Der Eingang des Antrags liegt in der Zukunft.")))
    if received and received < EARLIEST:
        problems.append(("received_on", _("Der Eingang liegt vor 1950; bitte das Datum prüfen.")))
    return problems


def decision_problems(values: Mapping[str, Any], today: date) -> Problems:
    """The rules of a decision; `received_on` (the application's day) and the applied
    guideline's `guideline_state`/`guideline_valid_from`/`guideline_valid_to` are passed
    along by the one door and the form, since they live in other rows."""
    return [*_decision_dates(values, today), *_decision_kind(values),
            *_decision_reasons(values), *_guideline(values)]


def _decision_dates(values: Mapping[str, Any], today: date) -> Problems:
    decided, received = values.get("decided_on"), values.get("received_on")
    if decided and decided > today:
        return [("decided_on", _("Das Datum der Entscheidung liegt in der Zukunft."))]
    if decided and received and decided < received:
        return [("decided_on", _(
            "Die Entscheidung kann nicht vor dem Eingang des Antrags (%(day)s) liegen.")
            % {"day": _fmt(received)})]
    return []


def _decision_kind(values: Mapping[str, Any]) -> Problems:
    problems = []
    kind, discretion = values.get("decision_type"), values.get("discretion")
    if values.get("outcome") not in (None, WITHDRAWN) and not kind and "decision_type" in values:
        problems.append(("decision_type", _(
            "Bitte die Art der Entscheidung angeben (gebunden, Soll oder Ermessen).")))
    if kind == DISCRETION and not discretion:
        problems.append(("discretion", _(
            "Bei einer Ermessensentscheidung bitte angeben, wie das Ermessen ausgeübt wurde.")))
    if discretion and kind != DISCRETION:
        problems.append(("discretion", _(
            "Die Ausübung des Ermessens passt nur zu einer Ermessensentscheidung; bitte die "
            "Art der Entscheidung prüfen oder das Feld leeren.")))
    return problems


def _decision_reasons(values: Mapping[str, Any]) -> Problems:
    problems = []
    pathway_id, codes = values.get("pathway_id"), values.get("reasons") or []
    if not isinstance(codes, list | tuple) or not all(isinstance(c, str) for c in codes):
        return [("reasons", _("Die Hauptgründe sind eine Liste von Codes, z. B. "
                              "[\"identity\", \"livelihood\"]."))]
    if pathway_id and pathway_id not in PATHWAYS_BY_ID:
        problems.append(("pathway_id", unknown_pathway_message(pathway_id)))
    elif wrong := decision_reasons.unfitting(pathway_id, codes):
        norm = PATHWAYS_BY_ID[pathway_id].norm if pathway_id else _("eine Entscheidung ohne Norm")
        problems.append(("reasons", _(
            "Diese Gründe gehören nicht zu %(norm)s: %(codes)s. Bitte nur Gründe der Liste "
            "wählen.") % {"norm": norm, "codes": ", ".join(wrong)}))
    if values.get("outcome") in REFUSING_OUTCOMES and not codes and "reasons" in values:
        problems.append(("reasons", _("Eine Ablehnung braucht mindestens einen Hauptgrund.")))
    return problems


def _guideline(values: Mapping[str, Any]) -> Problems:
    problems = []
    follows, kind = values.get("follows_guideline"), values.get("departure_kind")
    if follows is False and not kind:
        problems.append(("departure_kind", _(
            "Eine Entscheidung, die von der Leitlinie abweicht, braucht einen sachlichen Grund "
            "der Abweichung (Art. 3 Abs. 1 GG).")))
    if follows is False and not values.get("departure_text"):
        problems.append(("departure_text", _("Bitte die Abweichung von der Leitlinie begründen.")))
    if follows is not False and (kind or values.get("departure_text")):
        problems.append(("departure_kind", _(
            "Ein Grund der Abweichung passt nur, wenn die Entscheidung von der Leitlinie "
            "abweicht.")))
    if follows is not None and not values.get("guideline_version"):
        problems.append(("guideline_version", _(
            "Ob die Entscheidung einer Leitlinie folgt, lässt sich nur mit der angewandten "
            "Leitlinie sagen; bitte die Leitlinie wählen.")))
    if values.get("guideline_version") and follows is None:
        problems.append(("follows_guideline", _(
            "Bitte angeben, ob die Entscheidung der angewandten Leitlinie folgt.")))
    return [*problems, *_guideline_in_force(values)]


def _guideline_in_force(values: Mapping[str, Any]) -> Problems:
    decided, state = values.get("decided_on"), values.get("guideline_state")
    if not values.get("guideline_version") or state is None:
        return []
    start, end = values.get("guideline_valid_from"), values.get("guideline_valid_to")
    if state not in GUIDELINES_PUT_IN_FORCE or (decided and (
            (start and decided < start) or (end and decided > end))):
        return [("guideline_version", _(
            "Diese Fassung der Leitlinie galt am Tag der Entscheidung nicht; bitte die "
            "damals geltende Fassung wählen."))]
    return []


# By model name (Model._meta.model_name), so that this module needs no models.
RULES: dict[str, Callable[[Mapping[str, Any], date], Problems]] = {
    "person": person_problems,
    "employment": employment_problems,
    "conviction": conviction_problems,
    "livelihoodrecord": livelihood_problems,
    "trainingrecord": _training,
    "application": application_problems,
    "decision": decision_problems,
}


def record_problems(model_name: str | None, values: Mapping[str, Any], today: date) -> Problems:
    """Everything wrong with one record of the named model (empty list: fine)."""
    rule = RULES.get(model_name or "")
    return rule(values, today) if rule else []


def duplicate_file_number_message(file_number: str) -> str:
    return _("Das Aktenzeichen „%(number)s“ ist in dieser Behörde schon vergeben. Bitte ein "
             "anderes Aktenzeichen eingeben oder die vorhandene Akte öffnen.") % {
        "number": file_number}
