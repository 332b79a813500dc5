from django.core.paginator import Paginator
from django.shortcuts import render

from wegweiser.accounts.decorators import requires

from .models import AuditAction, AuditEntry
from .services import record, verify_chain


@requires("audit.view")
def audit_log(request):
    """The DPO reads the log of their own authority and may verify the whole chain."""
    entries = (
        AuditEntry.objects.filter(authority_id=request.user.authority_id)
        .select_related("user")
        .order_by("-id")
    )
    person = request.GET.get("person", "").strip()
    if person.isdigit():
        entries = entries.filter(person_id=int(person))
    report = None
    if request.method == "POST":
        report = verify_chain()
        record(request.user, AuditAction.VERIFY, detail={"intact": report.intact}, request=request)
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    return render(request, "audit/log.html", {"page": page, "report": report, "person": person})
