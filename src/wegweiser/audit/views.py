from django.core.paginator import Paginator
from django.shortcuts import render

from wegweiser.accounts.decorators import requires
from wegweiser.accounts.roles import can
from wegweiser.cases.models import Person
from wegweiser.cases.queries import search

from .models import AuditAction, AuditEntry
from .services import record, verify_chain

PAGE_SIZE = 100
PERSON_COLUMNS = ("file_number", "family_name", "given_names")


@requires("audit.view")
def audit_log(request):
    """The DPO reads the log of their own authority and may verify the whole chain."""
    entries = (
        AuditEntry.objects.filter(authority_id=request.user.authority_id)
        .select_related("user")
        .order_by("-id")
    )
    query = request.GET.get("q", "").strip()[:100]
    if query:
        # Persons of the own authority only (Person.objects is scoped): one subquery, no loop.
        entries = entries.filter(person_id__in=search(Person.objects.all(), query).values("pk"))
    person = request.GET.get("person", "").strip()
    if person.isdigit():
        entries = entries.filter(person_id=int(person))
    report = None
    if request.method == "POST":
        report = verify_chain()
        record(request.user, AuditAction.VERIFY, detail={"intact": report.intact}, request=request)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(request, "audit/log.html", {
        "page": page, "rows": _with_persons(list(page)), "report": report, "q": query,
        "person": person, "query": params.urlencode(), "person_link": _person_link(request.user)})


def _with_persons(entries: list[AuditEntry]) -> list[tuple[AuditEntry, Person | None]]:
    """Each entry with its person (one query for the page; None if deleted or none)."""
    ids = {entry.person_id for entry in entries if entry.person_id}
    persons = Person.objects.filter(pk__in=ids).only(*PERSON_COLUMNS).in_bulk() if ids else {}
    return [(entry, persons.get(entry.person_id)) for entry in entries]


def _person_link(user) -> str | None:
    """The page of a case this role may open (its name is shown only then), or None."""
    if can(user, "case.view"):
        return "cases:detail"
    if can(user, "case.history"):
        return "cases:history"
    return None
