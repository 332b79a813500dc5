"""Turn batches of drafts into rows, written in batches inside the caller's transaction.

Nothing goes through save() or signals: search keys and the derived status fields are set
here from the drafts (as Person.save() and cases.services would), and no simple-history rows
are written for demo data. Every row carries its authority. See writers.py for how rows are
inserted (bulk_create or executemany).
"""

from collections.abc import Callable, Iterable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.core.management.color import no_style
from django.db import connection
from django.db.models import Max

from wegweiser.accounts.models import Authority, Municipality, User
from wegweiser.cases import derived
from wegweiser.cases.models import (
    Assessment,
    AsylumProcedure,
    Conviction,
    CooperationStep,
    Employment,
    FamilyLink,
    FollowUp,
    LanguageCertificate,
    LivelihoodRecord,
    Person,
    SchoolRecord,
    StatusPeriod,
    TrainingRecord,
)
from wegweiser.cases.models.assessment import ASSESSMENT_FACT_FIELDS
from wegweiser.cases.names import fold, search_keys

from .drafts import HouseholdDraft, PersonDraft
from .writers import RowWriter

FACT_MODELS = {
    "language": LanguageCertificate, "school": SchoolRecord, "training": TrainingRecord,
    "employment": Employment, "livelihood": LivelihoodRecord, "cooperation": CooperationStep,
    "conviction": Conviction,
}
FACT_FIELDS = {
    "language": ["level", "scope", "issued", "evidence"],
    "school": ["start", "end", "school", "qualification", "successful", "evidence"],
    "training": ["start", "end", "occupation", "kind", "contract_registered", "completed",
                 "bottleneck_commitment", "employer", "evidence"],
    "employment": ["start", "end", "hours_per_week", "social_insurance", "qualified", "employer",
                   "evidence"],
    "livelihood": ["assessed_on", "own_earnings_share", "receives_benefits", "benefits_from",
                   "evidence"],
    "cooperation": ["date", "description", "evidence"],
    "conviction": ["date", "offence", "daily_rates", "months", "suspended", "juvenile",
                   "foreigner_specific", "intentional", "erasure_date", "evidence"],
}
PERSON_FIELDS = [
    "id", "file_number", "azr_number", "family_name", "given_names", "name_variants",
    "search_keys", "birth_date", "birth_date_precision", "sex", "nationality", "entry_date",
    "municipality_id", "assigned_to_id", "facts_note", "current_status_kind",
    "duldung_chain_since", "identity_clarified", "identity_clarified_since", "passport_held",
    "entry_ban_in_force", "deception_finding", "obstruction_finding", "fdgo_declaration",
    "criminal_record_known",
]
IDENTITY_FIELDS = PERSON_FIELDS[17:]
PERIOD_FIELDS = ["person_id", "kind", "start", "end", "legal_basis", "azr_reason_code", "note"]
ASYLUM_FIELDS = ["person_id", "application_date", "decision_date", "outcome",
                 "manifestly_unfounded_ground", "final_date", "withdrawal_date", "evidence"]
LINK_FIELDS = ["person_id", "relative_id", "relation"]
ASSESSMENT_FIELDS = ["person_id", *ASSESSMENT_FACT_FIELDS, "note", "evidence"]
FOLLOW_UP_FIELDS = ["person_id", "due_date", "reason", "assignee_id", "done", "done_at",
                    "created_by_id"]
HOUSEHOLDS_PER_BATCH = 1000
BERLIN = ZoneInfo("Europe/Berlin")
# Caseloads split by the first letter of the family name, as offices usually do; the ranges
# give four caseworkers similar loads with this name mix ("Al-" names crowd the A).
CASELOAD_LETTERS = ["a", "bcdefgh", "ijklmnopqr", "stuvwxyz"]


class OfficeLoader:
    def __init__(self, authority: Authority, towns: list[Municipality], caseworkers: list[User],
                 lead: User, today: date, writer: type[RowWriter], practice=None):
        self.practice = practice  # practice_rows.PracticeRows: collects each written batch
        self.towns = towns
        self.caseworkers = caseworkers
        self.lead = lead
        self.today = today
        self.persons = 0
        scope = {"authority_id": authority.pk}
        self.writers = {
            "person": writer(Person, PERSON_FIELDS, scope),
            "period": writer(StatusPeriod, PERIOD_FIELDS, scope),
            "asylum": writer(AsylumProcedure, ASYLUM_FIELDS, scope),
            "link": writer(FamilyLink, LINK_FIELDS, scope),
            "assessment": writer(Assessment, ASSESSMENT_FIELDS, scope),
            "follow_up": writer(FollowUp, FOLLOW_UP_FIELDS, scope),
            **{kind: writer(model, [*FACT_FIELDS[kind], "person_id"], scope)
               for kind, model in FACT_MODELS.items()},
        }

    def load(self, homes: Iterable[HouseholdDraft], progress: Callable[[int], None]) -> None:
        batch: list[HouseholdDraft] = []
        for index, home in enumerate(homes, start=1):
            batch.append(home)
            if len(batch) == HOUSEHOLDS_PER_BATCH:
                self._flush(batch)
                batch = []
            progress(index)
        if batch:
            self._flush(batch)
        reset_person_sequence()

    def _flush(self, homes: list[HouseholdDraft]) -> None:
        """Persons get their ids here (next free ones) so that child rows can point to them."""
        next_id = (Person._base_manager.aggregate(top=Max("id"))["top"] or 0) + 1
        ids: dict[int, int] = {}
        persons = []
        for home in homes:
            caseworker = self._caseworker(home.head.family_name)
            for member in home.members():
                ids[id(member)] = next_id
                persons.append(self._person_row(next_id, member, home, caseworker))
                next_id += 1
        self.writers["person"].write(persons)
        self.persons += len(persons)
        members = [(member, ids[id(member)]) for home in homes for member in home.members()]
        self.writers["period"].write(self._periods(members))
        self.writers["asylum"].write(self._asylum(members))
        self.writers["link"].write(self._links(homes, ids))
        for kind in FACT_MODELS:
            self.writers[kind].write(self._facts(members, kind))
        self.writers["assessment"].write(self._assessments(members))
        self.writers["follow_up"].write(self._follow_ups(members, persons))
        if self.practice is not None:
            self.practice.collect(members, {row[0]: row[13] for row in persons})

    def _person_row(self, pk: int, member: PersonDraft, home: HouseholdDraft,
                    caseworker: User) -> tuple:
        periods = member.history.periods
        names = [member.family_name, member.given_names, *member.variants]
        return (
            pk, member.file_number, member.azr_number, member.family_name, member.given_names,
            "\n".join(member.variants), search_keys(names), member.birth_date,
            member.birth_precision, member.sex, member.nationality, member.entry_date,
            self.towns[home.town].pk, caseworker.pk,
            "Im Bundesgebiet geboren." if member.born_here else "",
            derived.current_status(periods, self.today),
            derived.duldung_chain_since(periods, self.today),
            *(member.identity[name] for name in IDENTITY_FIELDS),
        )

    def _caseworker(self, family_name: str) -> User:
        if len(self.caseworkers) == 1:
            return self.caseworkers[0]
        initial = fold(family_name)[:1] or "a"
        for index, letters in enumerate(CASELOAD_LETTERS[: len(self.caseworkers)]):
            if initial in letters:
                return self.caseworkers[index]
        return self.caseworkers[-1]

    @staticmethod
    def _periods(members) -> list[tuple]:
        return [(pk, p.kind, p.start, p.end, p.legal_basis, p.azr_reason_code, p.note)
                for member, pk in members for p in member.history.periods]

    @staticmethod
    def _asylum(members) -> list[tuple]:
        rows = []
        for member, pk in members:
            a = member.history.asylum
            if a:
                rows.append((pk, a.application_date, a.decision_date, a.outcome,
                             a.manifestly_unfounded_ground, a.final_date, a.withdrawal_date,
                             "BAMF-Bescheid"))
        return rows

    @staticmethod
    def _links(homes: list[HouseholdDraft], ids: dict[int, int]) -> list[tuple]:
        """Spouses both ways; each parent in the household to each child."""
        links = []
        for home in homes:
            head = ids[id(home.head)]
            parents = [head]
            if home.spouse:
                spouse = ids[id(home.spouse)]
                links += [(head, spouse, "spouse"), (spouse, head, "spouse")]
                parents.append(spouse)
            links += [(parent, ids[id(child)], "parent")
                      for parent in parents for child in home.children]
        return links

    @staticmethod
    def _facts(members, kind: str) -> list[tuple]:
        fields = FACT_FIELDS[kind]
        return [(*(values[name] for name in fields), pk)
                for member, pk in members for fact_kind, values in member.facts
                if fact_kind == kind]

    @staticmethod
    def _assessments(members) -> list[tuple]:
        fields = ASSESSMENT_FIELDS[1:]
        return [(pk, *(member.assessment[name] for name in fields))
                for member, pk in members if member.assessment is not None]

    def _follow_ups(self, members, persons: list[tuple]) -> list[tuple]:
        assignee = {row[0]: row[13] for row in persons}
        rows = []
        for member, pk in members:
            for item in member.follow_ups:
                done_at = (datetime.combine(item["due_date"], time(15), BERLIN)
                           if item["done"] else None)
                rows.append((pk, item["due_date"], item["reason"], assignee[pk], item["done"],
                             done_at, self.lead.pk))
        return rows


def reset_person_sequence() -> None:
    """Persons were given explicit ids: PostgreSQL's sequence must learn about them."""
    statements = connection.ops.sequence_reset_sql(no_style(), [Person])
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)
