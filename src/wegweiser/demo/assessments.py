"""The office's legal assessment (``cases.Assessment``) of each person, consistent with the file.

The law engine needs judgements that no document states (departure impossible, positive
integration prognosis, no security concerns ...). A real office has assessed most, not all,
of its cases: about one person in six has no assessment at all (recent arrivals more often),
and within an assessment a few answers stay open. Everything else follows what the
generator already drew for the person:

* departure impossible / obstacle lasting: mostly for long chains with reason codes 16
  (missing travel documents), 22 (medical), 36 (§ 60 Abs. 5/7), 18 and 30; seldom for
  pending court cases (28, 34, 42) or § 60b; self-caused for § 60b, deception, or code 16
  without cooperation;
* identity steps / cooperation: from clarified identity, passport and the recorded steps;
* integration prognosis and "in education": pupils and trainees; prognosis only from age 10;
* expulsion interest: only where the evaluated criminal record holds unerased convictions;
  "serious" exactly where the law's own rule (§ 54 Abs. 2 Nr. 1-2) sees one;
* security threat, extremism, § 58a: almost always "no"; resides in NRW: yes;
* family: children links complete, family of a § 25a / § 25b holder from the household,
  school attendance of school-age children, the spouse's record;
* § 104c application date for everyone who held the § 104c permit.

Draws come from their own random stream (see generator.py), so adding or tuning assessments
never changes the persons, histories and facts drawn for a seed.
"""

import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from wegweiser.cases.models.status import DULDUNG_KINDS

from .drafts import HouseholdDraft, PersonDraft, add_years

# Share of persons the office has not assessed at all, by years since entry.
UNASSESSED = [(1.5, 0.35), (3.0, 0.2), (99.0, 0.08)]
MEMBER_UNASSESSED = 0.04  # one family member's assessment missing although the others exist
P104C_OPENED = date(2022, 12, 31)  # first day an application under § 104c made sense
# (share True, share False) of "departure impossible" by reason code of the running Duldung,
# for chains of at least three years / shorter ones.
IMPOSSIBLE = {
    "16": ((0.65, 0.27), (0.35, 0.55)),
    "22": ((0.78, 0.15), (0.65, 0.25)),
    "36": ((0.9, 0.05), (0.85, 0.1)),
    "18": ((0.55, 0.35), (0.45, 0.45)),
    "30": ((0.6, 0.3), (0.55, 0.35)),
    "14": ((0.2, 0.72), (0.15, 0.78)),
    "20": ((0.4, 0.5), (0.15, 0.75)),
    "79": ((0.1, 0.82), (0.05, 0.88)),
}
IMPOSSIBLE_OTHER = ((0.1, 0.8), (0.05, 0.85))  # 28, 34, 42 (pending cases), 58/64/70/82
LASTING = {"16": 0.75, "22": 0.6, "36": 0.9, "18": 0.7, "30": 0.55}
NOTES = [
    "Einschätzung nach Aktenlage.",
    "Vorsprache am {day:%d.%m.%Y}, Einschätzung mit der Person besprochen.",
    "Stellungnahme der Beratungsstelle liegt vor (Bl. {page} d. A.).",
]
NOTE_MEDICAL = "Ärztliches Attest vom {day:%d.%m.%Y} berücksichtigt."
NOTE_SCHOOL = "Schulbescheinigung und Zeugnis vom {day:%d.%m.%Y} ausgewertet."


def tri(rng: random.Random, yes: float, no: float) -> bool | None:
    """True with probability `yes`, False with `no`, otherwise unknown (one draw)."""
    draw = rng.random()
    return True if draw < yes else False if draw < yes + no else None


def household_assessments(rng: random.Random, home: HouseholdDraft, today: date) -> None:
    """Set `assessment` (a dict of Assessment fields, or None) on every member."""
    head = home.head
    years = (today - head.entry_date).days / 365.25
    share = next(s for limit, s in UNASSESSED if years < limit)
    if rng.random() < share:
        return
    context = _Household(home, today)
    housing = tri(rng, 0.88, 0.06)
    for member in home.members():
        if rng.random() < MEMBER_UNASSESSED:
            continue
        member.assessment = _Assessor(rng, member, context, today).fields(housing)


class _Household:
    """What a member's assessment needs to know about the others."""

    def __init__(self, home: HouseholdDraft, today: date):
        self.home = home
        minors = [c for c in home.children if c.birth_date > add_years(today, -18)]
        self.has_minors = bool(minors)
        self.school_age = any(c.birth_date <= add_years(today, -6) for c in minors)
        # § 25a Abs. 2: parents and minor siblings of a minor holder.
        self.youth_25a = [c for c in minors if c.history.pathway == "25a"]
        self.head_25b = _current_basis(home.head, today).startswith("§ 25b")

    def spouse_of(self, person: PersonDraft) -> PersonDraft | None:
        home = self.home
        if person is home.head:
            return home.spouse
        return home.head if person is home.spouse else None


def _current(person: PersonDraft, today: date):
    for period in reversed(person.history.periods):
        if period.start <= today and (period.end is None or period.end >= today):
            return period
    return None


def _current_basis(person: PersonDraft, today: date) -> str:
    period = _current(person, today)
    return period.legal_basis if period is not None else ""


def _chain_years(person: PersonDraft, today: date) -> float:
    """Years of Duldung since the first one (gaps ignored: a rough working figure)."""
    for period in person.history.periods:
        if period.kind in DULDUNG_KINDS:
            return (today - period.start).days / 365.25
    return 0.0


def _running(records: list[dict], today: date) -> bool:
    return any(r["start"] <= today and (r["end"] is None or r["end"] >= today) for r in records)


def _serious(conviction: dict) -> bool:
    """§ 54 Abs. 2 Nr. 1-2 as law/engine/convictions.py reads it: adult prison from 6 months,
    Jugendstrafe from 12 months without probation."""
    months = conviction["months"] or Decimal(0)
    if conviction["juvenile"]:
        return months >= 12 and conviction["suspended"] is False
    return months >= 6


class _Assessor:
    def __init__(self, rng: random.Random, person: PersonDraft, home: _Household, today: date):
        self.rng, self.person, self.home, self.today = rng, person, home, today
        facts: dict[str, list[dict]] = {}
        for kind, values in person.facts:
            facts.setdefault(kind, []).append(values)
        self.facts = facts
        self.age = (today - person.birth_date).days / 365.25
        self.identity = person.identity
        period = _current(person, today)
        self.geduldet = period is not None and period.kind in DULDUNG_KINDS
        self.code = period.azr_reason_code if self.geduldet and period else ""
        self.chain_years = _chain_years(person, today)
        self.convictions = [c for c in facts.get("conviction", [])
                            if c["erasure_date"] is None or c["erasure_date"] > today]
        self.record_known = self.identity.get("criminal_record_known") is True
        self.educating = _running(facts.get("school", []) + facts.get("training", []), today)

    def fields(self, housing: bool | None) -> dict[str, Any]:
        rng, person, identity = self.rng, self.person, self.identity
        educating = self.educating
        values: dict[str, Any] = {
            "asylum_applied": True if person.history.asylum else tri(rng, 0.0, 0.9),
            "in_education": educating if rng.random() < 0.96 else None,
            "housing_sufficient": housing,
            "resides_in_nrw": True if rng.random() < 0.97 else None,
            "security_threat": tri(rng, 0.001, 0.985),
            "extremism_indications": tri(rng, 0.002, 0.98),
            "deportation_order_58a": False if rng.random() < 0.99 else None,
            "return_date_fixed": tri(rng, 0.01, 0.95),
            "title_obtainable_elsewhere": tri(rng, 0.04, 0.8),
            "p104c_application_date": self._p104c_application(),
            **self._family(),
            **self._integration(educating),
            **self._identity(),
            **self._departure(),
            **self._criminal(),
        }
        if identity.get("deception_finding") is True and values["deception_causal_now"]:
            values["employment_ban_60a6"] = True  # § 60a Abs. 6 Nr. 2
        values.update(self._lists_complete())
        values["note"], values["evidence"] = self._note()
        return values

    # -- family ------------------------------------------------------------------------

    def _family(self) -> dict[str, Any]:
        rng, person, home = self.rng, self.person, self.home
        is_parent = person.role in ("head", "spouse") and bool(home.home.children)
        minor = self.age < 18
        sibling_of_holder = minor and person.history.pathway != "25a" and bool(home.youth_25a)
        family_25a = (is_parent and bool(home.youth_25a)) or sibling_of_holder
        family_25b = home.head_25b and person is not home.home.head and (
            person.role == "spouse" or minor)
        parent_of_minor = is_parent and home.has_minors
        proof: bool | None = None
        if parent_of_minor:  # nothing to prove while all children are below school age
            proof = tri(rng, 0.88, 0.05) if home.school_age else True
        return {
            # Links in the demo are complete; a few files do not say so yet.
            "children_complete": True if rng.random() < 0.93 else None,
            "family_of_25a_holder": family_25a if rng.random() < 0.95 else None,
            "family_of_25b_holder": family_25b if rng.random() < 0.95 else None,
            "school_attendance_proof": proof,
            "children_requirements_met": tri(rng, 0.84, 0.06) if parent_of_minor else None,
            # The spouse's record comes from the spouse's own (linked) file; the office
            # answers only for a spouse without a file here - none in the demo.
            "spouse_criminal_record_clean": None,
            "has_spouse": self._has_spouse(),
        }

    def _has_spouse(self) -> bool | None:
        """A linked spouse is known anyway; for the others most files say "none"."""
        if self.home.spouse_of(self.person) is not None:
            return True
        if self.age < 16:
            return False
        return False if self.rng.random() < 0.85 else None

    def _lists_complete(self) -> dict[str, bool | None]:
        """Most files say their lists of jobs and schools are complete (then an empty list
        means "none"); a few do not yet, so an empty list stays unknown there."""
        rng = self.rng
        return {"employment_complete": True if rng.random() < 0.85 else None,
                "school_complete": True if rng.random() < 0.8 else None}

    # -- integration -------------------------------------------------------------------

    def _integration(self, educating: bool) -> dict[str, Any]:
        rng, age = self.rng, self.age
        adult = age >= 18
        working = _running(self.facts.get("employment", []), self.today)
        levels = {c["level"] for c in self.facts.get("language", [])}
        b1 = bool(levels & {"B1", "B2"})
        prognosis: bool | None = None
        if 10 <= age < 27:
            if educating or self.person.history.pathway == "25a":
                prognosis = tri(rng, 0.9, 0.04)
            elif working or b1:
                prognosis = tri(rng, 0.72, 0.18)
            else:
                prognosis = tri(rng, 0.35, 0.5)
            if self.convictions and prognosis:
                prognosis = tri(rng, 0.4, 0.5)
        if self.code == "22":  # Duldung for medical reasons
            illness = tri(rng, 0.6, 0.35)
        elif age >= 60:
            illness = tri(rng, 0.3, 0.6)
        else:
            illness = tri(rng, 0.02, 0.9)
        if not adult:
            course = None
        elif any(p.kind == "duldung_60d" for p in self.person.history.periods) or b1:
            course = tri(rng, 0.9, 0.04)
        else:
            course = tri(rng, 0.6, 0.25)  # many Geduldete are not obliged to attend
        return {
            "integration_prognosis_positive": prognosis,
            "illness_or_disability": illness,
            "integration_course_fulfilled": course,
            "foreign_degree_recognised": tri(rng, 0.01, 0.8) if age >= 21 else None,
            "degree_in_germany": tri(rng, 0.005, 0.9) if age >= 21 else None,
        }

    # -- identity and cooperation ------------------------------------------------------

    def _identity(self) -> dict[str, Any]:
        rng, identity = self.rng, self.identity
        p60b = self.code == "79"
        steps = sum(1 for kind, _ in self.person.facts if kind == "cooperation")
        if self.person.role == "child" and self.age < 16:
            steps = 2 if identity.get("identity_clarified") else 1  # the parents act for them
        deceived = identity.get("deception_finding") is True
        obstructs = identity.get("obstruction_finding") is True
        steps_taken: bool | None
        if identity.get("identity_clarified") is True:
            steps_taken = True  # the identity is clarified: nothing more to do
        elif p60b:
            steps_taken = tri(rng, 0.03, 0.9)
        else:
            steps_taken = tri(rng, *((0.7, 0.2) if steps >= 2 else (0.4, 0.45) if steps
                                     else (0.05, 0.7)))
        if p60b or deceived or obstructs:
            cooperation = tri(rng, 0.05, 0.88)
        elif identity.get("identity_clarified") and identity.get("passport_held"):
            cooperation = tri(rng, 0.95, 0.02)
        else:
            cooperation = tri(rng, *((0.75, 0.15) if steps >= 2 else (0.5, 0.35) if steps
                                     else (0.3, 0.5)))
        if deceived:
            causal = tri(rng, 0.5, 0.4)
        elif p60b:
            causal = tri(rng, 0.45, 0.45)
        else:
            causal = tri(rng, 0.0, 0.93)
        return {"identity_steps_taken": steps_taken, "cooperation_fulfilled": cooperation,
                "deception_causal_now": causal}

    # -- departure and removal ---------------------------------------------------------

    def _departure(self) -> dict[str, Any]:
        rng, code = self.rng, self.code
        safe_country = bool(self.person.history.asylum and "29a" in
                            self.person.history.asylum.manifestly_unfounded_ground)
        if not self.geduldet:  # no Duldung: the questions of § 25 Abs. 5 do not arise
            impossible = lasting = self_caused = None
        else:
            long_chain = self.chain_years >= 3
            yes, no = IMPOSSIBLE.get(code, IMPOSSIBLE_OTHER)[0 if long_chain else 1]
            impossible = tri(rng, yes, no)
            if impossible:
                lasting = tri(rng, LASTING.get(code, 0.5) + (0.1 if self.chain_years >= 6 else 0),
                              0.25)
            else:
                lasting = tri(rng, 0.03, 0.85)
            self_caused = self._self_caused(code)
        pending_case = code in ("28", "34", "42")
        ban = tri(rng, 0.8, 0.15) if safe_country else (
            tri(rng, 0.45, 0.45) if code == "79" else tri(rng, 0.01, 0.92))
        return {
            "departure_impossible": impossible,
            "obstacle_lasting": lasting,
            "departure_obstacle_self_caused": self_caused,
            "national_deportation_ban": tri(rng, 0.4, 0.55) if code == "36" else tri(rng, 0.0, 0.96),
            "removal_measures_imminent": tri(rng, 0.15 if pending_case or code == "79" else 0.02,
                                             0.78),
            "employment_ban_60a6": ban,
            "expulsion_order": self._expulsion_order(),
        }

    def _self_caused(self, code: str) -> bool | None:
        rng, identity = self.rng, self.identity
        if code == "79" or identity.get("deception_finding") is True:
            return tri(rng, 0.88, 0.07)
        if code == "16":
            cooperative = sum(1 for kind, _ in self.person.facts if kind == "cooperation") >= 2
            return tri(rng, 0.15, 0.75) if cooperative else tri(rng, 0.55, 0.35)
        if code in ("22", "36", "18", "30", "14"):
            return tri(rng, 0.03, 0.9)
        return tri(rng, 0.1, 0.78)

    def _expulsion_order(self) -> bool | None:
        if any(_serious(c) and not c["suspended"] for c in self.convictions):
            return tri(self.rng, 0.5, 0.45)
        return tri(self.rng, 0.002, 0.97)

    # -- criminal record ---------------------------------------------------------------

    def _criminal(self) -> dict[str, Any]:
        rng = self.rng
        if not self.record_known:
            # Without the BZR extract the office leaves the question open (rarely: known
            # from another source that there is nothing).
            clean = False if rng.random() < 0.1 and not self.convictions else None
            return {"expulsion_interest": clean, "expulsion_interest_serious": clean}
        if rng.random() < 0.03:
            return {"expulsion_interest": None, "expulsion_interest_serious": None}
        if not self.convictions:
            return {"expulsion_interest": False, "expulsion_interest_serious": False}
        minor = all(c["foreigner_specific"] and (c["daily_rates"] or 0) <= 30
                    for c in self.convictions)
        interest = rng.random() < (0.5 if minor else 0.95)  # a single petty § 95 fine: maybe not
        serious = any(_serious(c) for c in self.convictions)
        return {"expulsion_interest": interest or serious, "expulsion_interest_serious": serious}

    # -- § 104c, note --------------------------------------------------------------------

    def _p104c_application(self) -> date | None:
        for period in self.person.history.periods:
            if period.legal_basis == "§ 104c":
                applied = period.start - timedelta(days=self.rng.randint(20, 150))
                return max(applied, P104C_OPENED)
        return None

    def _note(self) -> tuple[str, str]:
        rng = self.rng
        evidence = f"Vermerk, Bl. {rng.randint(20, 480)} d. A."
        if rng.random() >= 0.12:
            return "", evidence
        day = self.today - timedelta(days=rng.randint(10, 400))
        notes = [*NOTES, *([NOTE_MEDICAL] if self.code == "22" else []),
                 *([NOTE_SCHOOL] if self.educating else [])]
        return rng.choice(notes).format(day=day, page=rng.randint(20, 480)), evidence
