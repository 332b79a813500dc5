"""Write parsed cases into the authority's case files, in bulk and idempotently.

Persons are matched by file number within the importing authority only. A person or
collection that equals what is stored is left alone, so importing a file twice changes
nothing. The caller holds the transaction (see `services.import_file`).
"""

from dataclasses import asdict, dataclass
from datetime import date

from wegweiser.cases import derived
from wegweiser.cases.models import Assessment, AsylumProcedure, FamilyLink, Person
from wegweiser.cases.names import search_keys

from . import bulk
from .applications import ApplicationWriter
from .petitions import PetitionWriter
from .spec import (
    ASSESSMENT_FIELDS,
    ASYLUM_FIELDS,
    COLLECTIONS,
    PERIODS,
    Collection,
    ParsedCase,
    signature,
)

DERIVED = ("current_status_kind", "duldung_chain_since")
CHANGE_REASON = "Import"


@dataclass
class ImportCounts:
    persons_created: int = 0
    persons_updated: int = 0
    persons_unchanged: int = 0
    records_written: int = 0
    records_removed: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


class Writer:
    def __init__(self, authority_id: int, user, today: date):
        self.authority_id, self.user, self.today = authority_id, user, today
        self.user_id = getattr(user, "pk", None)
        self.counts = ImportCounts()
        self.touched: set[int] = set()  # persons with any change (for the count)

    def write(self, cases: list[ParsedCase]) -> ImportCounts:
        existing = dict(
            Person.unscoped.filter(authority_id=self.authority_id).values_list("file_number", "pk")
        )
        ids = self._create_persons([c for c in cases if c.file_number not in existing])
        old = [c for c in cases if c.file_number in existing]
        self._update_persons(old, existing)
        ids.update({c.file_number: existing[c.file_number] for c in old})
        new_ids = {ids[c.file_number] for c in cases if c.file_number not in existing}
        self._replace(PERIODS, cases, ids, new_ids, lambda c: c.periods)
        for collection in COLLECTIONS.values():
            self._replace(collection, cases, ids, new_ids,
                          lambda c, key=collection.key: c.collections.get(key))
        self._replace_asylum(cases, ids, new_ids)
        self._write_assessments(cases, ids, new_ids)
        self._replace_family(cases, ids, {**existing, **ids}, new_ids)
        self._write_applications(cases, ids, new_ids)
        self._write_petitions(cases, ids, new_ids)
        self.counts.persons_created = len(new_ids)
        self.counts.persons_updated = len(self.touched - new_ids)
        self.counts.persons_unchanged = len(cases) - len(new_ids) - self.counts.persons_updated
        return self.counts

    # Persons

    def _derived(self, case: ParsedCase) -> dict:
        if case.periods is None:
            return {}
        periods = [_Period(p["kind"], p["start"], p["end"]) for p in case.periods]
        return {
            "current_status_kind": derived.current_status(periods, self.today),
            "duldung_chain_since": derived.duldung_chain_since(periods, self.today),
        }

    def _create_persons(self, cases: list[ParsedCase]) -> dict[str, int]:
        persons = [{"authority_id": self.authority_id, **case.person, **self._derived(case),
                    "search_keys": _search_keys(case.person)} for case in cases]
        bulk.insert_rows(Person, persons)
        if not persons:
            return {}
        # One query reads the new ids back (executemany does not return them).
        new_numbers = {p["file_number"] for p in persons}
        ids = {number: pk for number, pk in Person.unscoped.filter(
            authority_id=self.authority_id).values_list("file_number", "pk")
            if number in new_numbers}
        bulk.copy_to_history(Person, "id", ids.values(), self.user_id, CHANGE_REASON, "+")
        return ids

    def _update_persons(self, cases: list[ParsedCase], existing: dict[str, int]) -> None:
        wanted = {existing[c.file_number]: c for c in cases}
        changed, fields = [], {"version", "search_keys"}
        for condition in bulk.id_filters("id", self._differing(wanted)):
            for person in Person.unscoped.filter(condition):
                case = wanted[person.pk]
                if self._apply(person, case.person, bump=True):
                    fields.update(case.person)
                    self.touched.add(person.pk)
                    changed.append(person)
                elif self._apply(person, self._derived(case), bump=False):
                    changed.append(person)
                fields.update(self._derived(case))
        bulk.update_objects(Person, changed, sorted(fields - {"file_number"}) + ["updated_at"])
        touched = [p.pk for p in changed if p.pk in self.touched]
        bulk.copy_to_history(Person, "id", touched, self.user_id, CHANGE_REASON, "~")

    def _differing(self, wanted: dict[int, ParsedCase]) -> list[int]:
        """Persons whose stored attributes differ from the file's (derived ones included).

        Plain values are read for the comparison: building 100,000 model instances only to
        find that nothing changed took longer than the rest of a re-import's writing.
        """
        if not wanted:
            return []
        names = set(DERIVED).union(*(case.person for case in wanted.values()))
        differing = []
        for condition in bulk.id_filters("id", wanted):
            for stored in Person.unscoped.filter(condition).values("pk", *sorted(names)):
                case = wanted[stored["pk"]]
                given = {**case.person, **self._derived(case)}
                if any(stored[key] != value for key, value in given.items()):
                    differing.append(stored["pk"])
        return differing

    def _apply(self, record, values: dict, bump: bool) -> bool:
        differs = {k: v for k, v in values.items() if getattr(record, k) != v}
        for key, value in differs.items():
            setattr(record, key, value)
        if differs and bump:
            record.version += 1
            if isinstance(record, Person):
                record.refresh_search_keys()
        return bool(differs)

    # Lists of records: replaced as a whole when they differ from what is stored

    def _replace(self, collection: Collection, cases, ids, new_ids, rows_of) -> None:
        given = {ids[c.file_number]: rows_of(c) for c in cases if rows_of(c) is not None}
        stale = self._stale(collection, {pk: rows for pk, rows in given.items()
                                         if pk not in new_ids})
        self._delete(collection.model, stale)
        objects = [
            {"authority_id": self.authority_id, "person_id": pk,
             **{f: row[f] for f in collection.fields}}
            for pk, rows in given.items() if pk in new_ids or pk in stale
            for row in rows
        ]
        self._bulk_create(collection.model, objects)
        self.touched.update(stale)

    def _stale(self, collection: Collection, given: dict[int, list[dict]]) -> set[int]:
        """Persons whose stored records differ from the file's."""
        stored: dict[int, list[dict]] = {pk: [] for pk in given}
        for condition in bulk.id_filters("person_id", given):
            # The base manager is unscoped: an import is a trusted system context.
            rows = collection.model._base_manager.filter(condition).values(
                "person_id", *collection.fields)
            for row in rows:
                stored[row["person_id"]].append(row)
        return {pk for pk, rows in given.items()
                if signature(rows, collection.fields) != signature(stored[pk], collection.fields)}

    def _delete(self, model, person_ids: set[int]) -> None:
        self.counts.records_removed += bulk.delete_where(
            model, "person_id", person_ids, self.user_id, CHANGE_REASON)

    def _bulk_create(self, model, objects: list) -> None:
        bulk.insert_rows(model, objects)
        person_ids = {o["person_id"] for o in objects}
        bulk.copy_to_history(model, "person_id", person_ids, self.user_id, CHANGE_REASON, "+")
        self.counts.records_written += len(objects)

    def _replace_asylum(self, cases, ids, new_ids) -> None:
        given = {ids[c.file_number]: c.asylum for c in cases if c.asylum_given}
        stored = {}
        for condition in bulk.id_filters("person_id", given):
            rows = AsylumProcedure.unscoped.filter(condition)
            stored.update({a["person_id"]: a for a in rows.values("person_id", *ASYLUM_FIELDS)})
        stale = {pk for pk, asylum in given.items() if _asylum_sig(asylum) != _asylum_sig(
            stored.get(pk))}
        self._delete(AsylumProcedure, stale & set(stored))
        objects = [{"authority_id": self.authority_id, "person_id": pk, **given[pk]}
                   for pk in stale if given[pk] is not None]
        self._bulk_create(AsylumProcedure, objects)
        self.touched.update(stale - new_ids)

    def _write_assessments(self, cases, ids, new_ids) -> None:
        """The given answers of the legal assessment; answers a file leaves out stay."""
        given = {ids[c.file_number]: c.assessment for c in cases if c.assessment}
        stored: dict[int, Assessment] = {}
        for condition in bulk.id_filters("person_id", given):
            stored.update({a.person_id: a for a in Assessment.unscoped.filter(condition)})
        new = [{"authority_id": self.authority_id, "person_id": pk, **values}
               for pk, values in given.items() if pk not in stored]
        self._bulk_create(Assessment, new)
        changed = [a for pk, a in stored.items() if self._apply(a, given[pk], bump=True)]
        bulk.update_objects(Assessment, changed, [*ASSESSMENT_FIELDS, "version", "updated_at"])
        bulk.copy_to_history(Assessment, "id", [a.pk for a in changed], self.user_id,
                             CHANGE_REASON, "~")
        self.counts.records_written += len(changed)
        self.touched.update({row["person_id"] for row in new} - new_ids)
        self.touched.update(a.person_id for a in changed)

    def _replace_family(self, cases, ids, all_ids, new_ids) -> None:
        given = {
            ids[c.file_number]: [
                {"relative_id": all_ids[number], "relation": relation,
                 "living_in_household": household}
                for relation, number, household in c.family
            ]
            for c in cases if c.family is not None
        }
        links = Collection("family", FamilyLink, "family_links",
                           ["relative_id", "relation", "living_in_household"])
        stale = self._stale(links, {pk: r for pk, r in given.items() if pk not in new_ids})
        self._delete(FamilyLink, stale)
        objects = [{"authority_id": self.authority_id, "person_id": pk, **row}
                   for pk, rows in given.items() if pk in new_ids or pk in stale for row in rows]
        self._bulk_create(FamilyLink, objects)
        self.touched.update(stale)

    def _write_applications(self, cases, ids, new_ids) -> None:
        given = {ids[c.file_number]: c.applications for c in cases if c.applications is not None}
        writer = ApplicationWriter(self.authority_id, self.user_id, CHANGE_REASON)
        self.touched.update(writer.write(given, new_ids))
        self.counts.records_written += writer.written
        self.counts.records_removed += writer.removed

    def _write_petitions(self, cases, ids, new_ids) -> None:
        """After the applications: a petition names a decision of the same file."""
        given = {ids[c.file_number]: c.petitions for c in cases if c.petitions is not None}
        writer = PetitionWriter(self.authority_id, self.user_id, CHANGE_REASON)
        self.touched.update(writer.write(given, new_ids))
        self.counts.records_written += writer.written
        self.counts.records_removed += writer.removed


@dataclass(frozen=True)
class _Period:
    kind: str
    start: date
    end: date | None


def _asylum_sig(asylum: dict | None):
    if asylum is None:
        return None
    return signature([asylum], ASYLUM_FIELDS)


def _search_keys(person: dict) -> str:
    variants = (person.get("name_variants") or "").splitlines()
    return search_keys([person.get("family_name", ""), person.get("given_names", ""), *variants])
