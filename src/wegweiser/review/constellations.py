"""Fallkonstellationen: checking, counting and listing them, and the one door to change them.

A constellation is a conjunction of conditions over the features the law engine computes (the
offered features and their meaning: constellation_catalogue.py).  It is evaluated with the
engine's own expressions over the frame of all persons of the authority
(constellation_frame.py) - in Polars, no loop over persons.

Three-valued: a condition on a feature that is unknown for a person is unknown, and so is the
constellation unless another condition is false.  Unknown never counts as a match; the number
of persons for whom it is unknown is shown apart.

For other parts of Wegweiser (decision practice, consistency alerts):

* ``matching_person_ids(constellation, as_of=None) -> list[int]`` - the persons of the
  constellation's authority it matches on `as_of` (default today), ordered by file number;
* ``count(constellation, as_of=None) -> int`` - their number;
* ``evaluate(constellation, as_of=None) -> Evaluation`` - matched, unknown, not matched and the
  counts per condition;
* ``person_matches(constellation, person, as_of=None) -> bool | None`` - one person, through
  the engine's single-case path (None = unknown).

The nationality flag (``nationality_warning``) - the exact rule:
A constellation is flagged if at least one of its conditions is on the nationality and none of
its conditions is on a legally relevant circumstance (``Role.CIRCUMSTANCE`` in
constellation_catalogue.py).  Features that only sort people into groups - nationality,
residence status (current status, § 104c permit, asylum procedure pending) and place of
residence - do not count, nor do personal attributes that carry no legal fact of their own: age
and a minor child in the household ("nationality X and age 18-30" is nationality in disguise).
Every other feature counts (times of stay and toleration, identity, passport, language, school,
training, employment, livelihood, screening verdicts).  The comparison does not matter:
"= Irak", "≠ Irak" and "is unknown" all sort by nationality.  A guideline is flagged if any
constellation of the version shown is flagged.  The rule is a warning for review, not a legal
assessment: it cannot see whether a flagged rule is justified, nor catch a text that sorts by
origin in words.  Why these lists: docs/decisions/0018-nationality-in-disguise.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import polars as pl
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop, ngettext

from wegweiser.audit.models import AuditAction
from wegweiser.audit.services import record
from wegweiser.cases.models import Person
from wegweiser.law.engine.expr import Env
from wegweiser.law.statute.parameters import resolve
from wegweiser.screening.models import ScreeningRun
from wegweiser.screening.policy import policy_for
from wegweiser.web.versioning import ConflictError, claim_version

from .constellation_catalogue import (
    FEATURES,
    OP_LABELS,
    OP_SIGNS,
    VERDICT_PREFIX,
    Condition,
    Feature,
    Kind,
    Op,
    Role,
    constellation_expr,
)
from .constellation_frame import person_features, person_row
from .models import Constellation

MAX_CONDITIONS = 20
NAME_MAX = 200
NATIONALITY = "nationality"
NATIONALITY_WARNING = gettext_lazy(
    "Diese Konstellation unterscheidet Personen allein nach der Staatsangehörigkeit – "
    "höchstens ergänzt um Alter oder Kinder im Haushalt, die für sich nichts darüber sagen, ob "
    "eine Voraussetzung des Gesetzes erfüllt ist; es fehlt ein Merkmal der rechtlich "
    "erheblichen Umstände (etwa Aufenthaltszeit, Identität, Sprache, Schule, Arbeit, "
    "Lebensunterhalt). Eine Leitlinie dafür würde die Prüfung des Einzelfalls "
    "ersetzen und Menschen nach ihrer Herkunft ungleich behandeln – ein Verstoß gegen den "
    "Gleichheitssatz (Art. 3 GG) und gegen die Pflicht zur Ermessensausübung im Einzelfall. "
    "Vgl. Wissenschaftliche Dienste des Deutschen Bundestages, WD 3 – 3000 – 096/17 (Merkblatt "
    "eines Landratsamts, das Asylsuchende nach Ländergruppen einteilte). Bitte Bedingungen zu "
    "den rechtlich erheblichen Umständen ergänzen oder die Konstellation überprüfen.")

# The short form for lists.
NATIONALITY_FLAG = gettext_lazy(
    "Achtung: unterscheidet allein nach der Staatsangehörigkeit (auch wenn nur Alter oder "
    "Kinder hinzukommen) – ersetzt die Prüfung des Einzelfalls (Art. 3 GG; "
    "WD 3 – 3000 – 096/17).")


class ConstellationConflict(ConflictError):
    message = gettext_noop(
        "Diese Fallkonstellation wurde inzwischen von jemand anderem geändert. Ihre Eingaben "
        "sind unten erhalten; bitte laden Sie die Seite neu und übertragen Sie Ihre Änderungen.")


# --- checking conditions -------------------------------------------------------------------

def check_conditions(raw: Any, authority_id: int) -> tuple[list[Condition], list[str]]:
    """The conditions in the engine's terms, or German messages (one per problem)."""
    if not isinstance(raw, list) or not raw:
        return [], [_("Bitte mindestens eine Bedingung angeben.")]
    if len(raw) > MAX_CONDITIONS:
        return [], [_("Höchstens %(max)s Bedingungen je Konstellation.") % {
            "max": MAX_CONDITIONS}]
    conditions, problems = [], []
    for n, item in enumerate(raw, start=1):
        condition, problem = _check_one(item, authority_id)
        if problem:
            problems.append(_("Bedingung %(n)s: %(problem)s") % {"n": n, "problem": problem})
        elif condition is not None:
            conditions.append(condition)
    return conditions, problems


def _check_one(item: Any, authority_id: int) -> tuple[Condition | None, str]:
    if not isinstance(item, dict):
        return None, _("Die Angaben sind unvollständig.")
    key, op_text = item.get("feature"), item.get("op")
    if not key:
        return None, _("Bitte ein Merkmal wählen.")
    feature = FEATURES.get(str(key))
    if feature is None:
        return None, _("Das Merkmal „%(feature)s“ gibt es nicht.") % {"feature": str(key)[:60]}
    if not op_text:
        return None, _("Bitte einen Vergleich wählen.")
    try:
        op = Op(op_text)
    except ValueError:
        return None, _("Den Vergleich „%(op)s“ gibt es nicht.") % {"op": str(op_text)[:20]}
    if op not in feature.ops:
        return None, _("„%(op)s“ passt nicht zum Merkmal „%(feature)s“. Möglich: %(ops)s.") % {
            "op": op_label(op), "feature": feature.label,
            "ops": ", ".join(op_label(o) for o in feature.ops)}
    if op is Op.UNKNOWN:
        return Condition(feature, op), ""
    values = item.get("value")
    wanted = 2 if op is Op.BETWEEN else 1
    values = list(values) if isinstance(values, list | tuple) else [values]
    if len(values) != wanted:
        return None, (_("Bitte „von“ und „bis“ angeben.") if wanted == 2
                      else _("Bitte einen Wert angeben."))
    parsed: list[Any] = []
    for value in values:
        result, problem = _parse_value(feature, value, authority_id)
        if problem:
            return None, problem
        parsed.append(result)
    if op is Op.BETWEEN and _order(feature, parsed[0]) > _order(feature, parsed[1]):
        return None, _("„von“ darf nicht größer sein als „bis“.")
    return Condition(feature, op, tuple(parsed)), ""


def _order(feature: Feature, value: Any) -> int:
    return feature.levels[value] if feature.kind is Kind.LEVEL else int(value)


def _parse_value(feature: Feature, value: Any, authority_id: int) -> tuple[Any, str]:
    if value is None or value == "":
        return None, _("Bitte einen Wert für „%(feature)s“ angeben.") % {"feature": feature.label}
    if feature.kind is Kind.NUMBER:
        number = _whole_number(value)
        if number is None or not feature.minimum <= number <= feature.maximum:
            return None, _("Bitte für „%(feature)s“ eine ganze Zahl von %(min)s bis %(max)s "
                           "angeben.") % {"feature": feature.label, "min": feature.minimum,
                                          "max": feature.maximum}
        return number, ""
    assert feature.choices is not None
    for choice, _label in feature.choices(authority_id):
        if str(choice) == str(value) or (feature.kind is Kind.YES_NO
                                         and _yes_no_text(value) is choice):
            return choice, ""
    return None, _("„%(value)s“ ist kein möglicher Wert für „%(feature)s“.") % {
        "value": str(value)[:40], "feature": feature.label}


def _whole_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    text = str(value).strip()
    return int(text) if text.isdigit() and len(text) <= 6 else None


def _yes_no_text(value: Any) -> bool | None:
    text = str(value).strip().lower()
    return True if text in ("ja", "true") else False if text in ("nein", "false") else None


def stored(conditions: list[Condition]) -> list[dict[str, Any]]:
    """The conditions as saved in ``Constellation.conditions``."""
    result = []
    for c in conditions:
        value: Any = None if c.op is Op.UNKNOWN else (
            list(c.values) if c.op is Op.BETWEEN else c.values[0])
        result.append({"feature": c.feature.key, "op": c.op.value, "value": value})
    return result


def op_label(op: Op) -> str:
    return str(OP_LABELS[op])


# --- describing ----------------------------------------------------------------------------

def describe(condition: dict[str, Any], authority_id: int) -> str:
    """A saved condition in words, e.g. "Alter zwischen 21 und 26 Jahre"."""
    feature = FEATURES.get(str(condition.get("feature")))
    if feature is None:
        return _("unbekanntes Merkmal „%(feature)s“") % {"feature": condition.get("feature")}
    label = feature_label(feature)
    op = condition.get("op")
    if op == Op.UNKNOWN:
        return _("%(feature)s ist unbekannt") % {"feature": label}
    values = condition.get("value")
    values = values if isinstance(values, list) else [values]
    shown = [_value_text(feature, v, authority_id) for v in values]
    unit = f" {feature.unit}" if feature.unit else ""
    if op == Op.BETWEEN and len(shown) == 2:
        return _("%(feature)s zwischen %(low)s und %(high)s%(unit)s") % {
            "feature": label, "low": shown[0], "high": shown[1], "unit": unit}
    sign = {str(k): v for k, v in OP_SIGNS.items()}.get(str(op), str(op))
    return f"{label} {sign} {shown[0]}{unit}"


def feature_label(feature: Feature) -> str:
    if feature.key.startswith(VERDICT_PREFIX):
        return _("Prüfergebnis %(norm)s") % {"norm": feature.label}
    return str(feature.label)


def _value_text(feature: Feature, value: Any, authority_id: int) -> str:
    if feature.kind is Kind.NUMBER:
        return str(value)
    assert feature.choices is not None
    labels = {str(k): str(v) for k, v in feature.choices(authority_id)}
    if feature.kind is Kind.YES_NO:
        return labels.get(str(value is True), str(value))
    return labels.get(str(value), str(value))


def nationality_warning(conditions: Any) -> bool:
    """True if the conditions sort by nationality alone (rule: module docstring)."""
    if not isinstance(conditions, list):
        return False
    features = [FEATURES.get(str(c.get("feature"))) for c in conditions if isinstance(c, dict)]
    known = [f for f in features if f is not None]
    return (any(f.key == NATIONALITY for f in known)
            and not any(f.role is Role.CIRCUMSTANCE for f in known))


# --- evaluating ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ConditionCount:
    text: str
    matched: int
    unknown: int


@dataclass(frozen=True)
class Evaluation:
    as_of: date
    total: int
    matched: int
    unknown: int
    conditions: tuple[ConditionCount, ...]
    run: ScreeningRun | None

    @property
    def not_matched(self) -> int:
        return self.total - self.matched - self.unknown


def _conditions_of(constellation: Constellation) -> list[Condition]:
    conditions, problems = check_conditions(constellation.conditions, constellation.authority_id)
    if problems:  # saved through the door, so only a feature withdrawn since can get here
        raise ValidationError(problems)
    return conditions


def _frame(authority_id: int, conditions: list[Condition], as_of: date):
    entry = person_features(authority_id, as_of)
    pathways = {c.feature.key.removeprefix(VERDICT_PREFIX) for c in conditions
                if c.feature.key.startswith(VERDICT_PREFIX)}
    frame, run = entry.with_verdicts(pathways)
    return frame, run, Env(as_of, resolve(as_of, entry.policy))


def evaluate_conditions(conditions: list[Condition], authority_id: int,
                        as_of: date | None = None, texts: list[str] | None = None) -> Evaluation:
    """Count matched and unknown persons, overall and per condition."""
    day = as_of or timezone.localdate()
    frame, run, env = _frame(authority_id, conditions, day)
    whole = constellation_expr(conditions).pl(env)
    parts = [c.expr().pl(env) for c in conditions]
    counts = frame.select(
        pl.len().alias("total"), whole.fill_null(False).sum().alias("matched"),
        whole.is_null().sum().alias("unknown"),
        *(p.fill_null(False).sum().alias(f"m{i}") for i, p in enumerate(parts)),
        *(p.is_null().sum().alias(f"u{i}") for i, p in enumerate(parts)),
    ).row(0, named=True)
    texts = texts or [""] * len(conditions)
    return Evaluation(day, counts["total"], counts["matched"], counts["unknown"], tuple(
        ConditionCount(texts[i], counts[f"m{i}"], counts[f"u{i}"])
        for i in range(len(conditions))), run)


def evaluate(constellation: Constellation, as_of: date | None = None) -> Evaluation:
    texts = [describe(c, constellation.authority_id) for c in constellation.conditions]
    return evaluate_conditions(_conditions_of(constellation), constellation.authority_id, as_of,
                               texts)


def matching_person_ids(constellation: Constellation, as_of: date | None = None) -> list[int]:
    """Ids of the persons the constellation matches on `as_of` (today), by file number."""
    conditions = _conditions_of(constellation)
    frame, _run, env = _frame(constellation.authority_id, conditions,
                              as_of or timezone.localdate())
    matched = frame.filter(constellation_expr(conditions).pl(env).fill_null(False))
    return matched.sort("file_number", "person_id").get_column("person_id").to_list()


def count(constellation: Constellation, as_of: date | None = None) -> int:
    """How many persons the constellation matches on `as_of` (today)."""
    conditions = _conditions_of(constellation)
    frame, _run, env = _frame(constellation.authority_id, conditions,
                              as_of or timezone.localdate())
    return int(frame.select(constellation_expr(conditions).pl(env).fill_null(False).sum()).item())


def person_matches(constellation: Constellation, person: Person,
                   as_of: date | None = None) -> bool | None:
    """One person, through the engine's single-case path; None means unknown."""
    day = as_of or timezone.localdate()
    conditions = _conditions_of(constellation)
    env = Env(day, resolve(day, policy_for(person.authority_id)))
    result = constellation_expr(conditions).ev(person_row(person, day), env)
    return None if result is None else bool(result)


# --- the one door --------------------------------------------------------------------------

def save_constellation(user, constellation: Constellation | None, *, name: str,
                       description: str, conditions: Any, expected_version: int | None = None,
                       request=None) -> Constellation:
    """Create or change a constellation; ValidationError ({field: messages}) or
    ConstellationConflict change nothing."""
    authority_id = user.authority_id
    name = (name or "").strip()
    checked, problems = check_conditions(conditions, authority_id)
    errors: dict[str, list[str]] = {}
    if not name:
        errors["name"] = [_("Bitte eine Bezeichnung angeben.")]
    elif len(name) > NAME_MAX:
        errors["name"] = [_("Höchstens %(max)s Zeichen.") % {"max": NAME_MAX}]
    elif _name_taken(authority_id, name, constellation):
        errors["name"] = [_("Eine Fallkonstellation „%(name)s“ gibt es bereits.") % {
            "name": name}]
    if problems:
        errors["conditions"] = problems
    if errors:
        raise ValidationError(errors)
    creating = constellation is None
    target = constellation or Constellation(authority_id=authority_id, created_by=user)
    with transaction.atomic():
        if not creating:
            claim_version(Constellation.unscoped, target, expected_version, ConstellationConflict)
        target.name, target.description = name, (description or "").strip()
        target.conditions = stored(checked)
        try:
            with transaction.atomic():
                target.save()
        except IntegrityError as error:  # the same name saved at the same moment
            raise ValidationError({"name": [_("Eine Fallkonstellation „%(name)s“ gibt es "
                                              "bereits.") % {"name": name}]}) from error
        record(user, AuditAction.CREATE if creating else AuditAction.CHANGE, request=request,
               target=gettext_lazy("Fallkonstellation"),
               detail={"record": "constellation", "id": target.pk, "name": name,
                       "conditions": target.conditions})
    return target


def _name_taken(authority_id: int, name: str, constellation: Constellation | None) -> bool:
    same = Constellation.unscoped.filter(authority_id=authority_id, name__iexact=name)
    return same.exclude(pk=constellation.pk).exists() if constellation else same.exists()


def delete_constellation(user, constellation: Constellation, expected_version: int | None,
                         request=None) -> None:
    """Delete a constellation no guideline uses (a guideline's history must stay readable)."""
    used = sorted({v.guideline.number for v in constellation.guideline_versions.select_related(
        "guideline")})
    if used:
        raise ValidationError(ngettext(
            "Die Konstellation gehört zur Leitlinie %(numbers)s und bleibt deshalb erhalten.",
            "Die Konstellation gehört zu den Leitlinien %(numbers)s und bleibt deshalb erhalten.",
            len(used)) % {"numbers": ", ".join(used)})
    with transaction.atomic():
        claim_version(Constellation.unscoped, constellation, expected_version,
                      ConstellationConflict)
        pk, name = constellation.pk, constellation.name
        constellation.delete()
        record(user, AuditAction.DELETE, request=request, target=gettext_lazy("Fallkonstellation"),
               detail={"record": "constellation", "id": pk, "name": name})
