"""Pages of the counselling records (/beratung/beratungen/): counsellors only.

Caseworkers and the head of department get 403 here; what they may see is on the case page
(templatetags/counselling_shared.py). Rows of another authority are 404 (scoped managers).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wegweiser.accounts.decorators import requires
from wegweiser.cases.form_saving import add_errors

from . import records
from .forms_records import (
    AnalysisForm,
    ClientForm,
    ConsentForm,
    FollowUpForm,
    GoalForm,
    MeasureForm,
    ReferralForm,
    RevokeForm,
    SessionFilterForm,
    SessionForm,
    TopicForm,
)
from .models import (
    Analysis,
    Client,
    Consent,
    Desk,
    Goal,
    Measure,
    RecordFollowUp,
    RecordTopic,
    Referral,
    Session,
)

FORM = "counselling/records_form.html"


def _save(request, form, door, title: str, back: str, done: str):
    """Validate the form, pass it through the door; on refusal keep the input and say why."""
    if form.is_valid():
        try:
            door(form)
        except records.ConflictError:
            form.add_error(None, _(records.ConflictError.message))
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Gespeichert."))
            return redirect(done() if callable(done) else done)
    return render(request, FORM, {"form": form, "title": title, "back": back}, status=400)


def _page(request, form, title: str, back: str):
    return render(request, FORM, {"form": form, "title": title, "back": back})


def _version(form):
    return form.cleaned_data.get("version")


# --- lists --------------------------------------------------------------------------------

@requires("counselling.record")
def records_home(request):
    """My sessions, my open follow-ups, the due measures of the persons I counsel."""
    return render(request, "counselling/records_home.html", {
        "sessions": records.my_sessions(request.user)[:20],
        "follow_ups": records.open_follow_ups(request.user),
        "measures": records.due_measures(request.user), "today": timezone.localdate()})


@requires("counselling.record")
def session_list(request):
    form = SessionFilterForm(request.GET or None, authority_id=request.user.authority_id)
    filters = form.cleaned_data if form.is_valid() else {}
    rows = records.session_list(filters.get("date_from"), filters.get("date_to"),
                                filters.get("topic"))
    return render(request, "counselling/session_list.html",
                  {"form": form, "sessions": rows[:500]},
                  status=400 if form.is_bound and not form.is_valid() else 200)


@requires("counselling.record")
def client_list(request):
    return render(request, "counselling/client_list.html",
                  {"clients": Client.objects.all()})


# --- clients ------------------------------------------------------------------------------

@requires("counselling.record")
def client_create(request):
    client = Client(authority_id=request.user.authority_id)
    form = ClientForm(request.POST or None, instance=client)
    title, back = _("Ratsuchende Person anlegen"), reverse("counselling:client_list")
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_client(
        request.user, f.save(commit=False), None, request), title, back,
        lambda: reverse("counselling:client_detail", args=[client.pk]))


@requires("counselling.record")
def client_detail(request, client_pk):
    client = get_object_or_404(Client.objects.all(), pk=client_pk)
    records.view_record(request.user, "Ratsuchende", client, request)
    analysis = Analysis.objects.filter(client=client).first()
    return render(request, "counselling/client_detail.html", {
        "client": client, "analysis": analysis,
        "sessions": Session.objects.filter(client=client).select_related("desk", "counsellor"),
        "consents": Consent.objects.filter(client=client).select_related("person", "partner"),
        "goals": Goal.objects.filter(client=client).prefetch_related("measures"),
        "today": timezone.localdate()})


@requires("counselling.record")
def client_edit(request, client_pk):
    client = get_object_or_404(Client.objects.all(), pk=client_pk)
    form = ClientForm(request.POST or None, instance=client)
    title = _("Ratsuchende Person bearbeiten")
    back = reverse("counselling:client_detail", args=[client.pk])
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_client(
        request.user, f.save(commit=False), _version(f), request), title, back, back)


# --- sessions -----------------------------------------------------------------------------

@requires("counselling.record")
def session_create(request):
    session = Session(authority_id=request.user.authority_id, counsellor=request.user,
                      held_on=timezone.localdate())
    desks = list(Desk.objects.all()[:2])
    if len(desks) == 1:  # the usual office has one desk: no need to choose it every time
        session.desk = desks[0]
    initial = {}
    client_pk = request.GET.get("client", "")
    if client_pk.isdigit():
        initial["client"] = get_object_or_404(Client.objects.all(), pk=client_pk)
    return _session_form(request, session, _("Beratung erfassen"), initial)


@requires("counselling.record")
def session_edit(request, session_pk):
    session = get_object_or_404(Session.objects.all(), pk=session_pk)
    return _session_form(request, session, _("Beratung bearbeiten"))


def _session_form(request, session, title, initial=None):
    form = SessionForm(request.POST or None, instance=session, initial=initial,
                       authority_id=request.user.authority_id)
    back = (reverse("counselling:session_detail", args=[session.pk]) if session.pk
            else reverse("counselling:records_home"))
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_session(
        request.user, f.save(commit=False), f.cleaned_data.get("topics") or [], _version(f),
        request), title, back, lambda: reverse("counselling:session_detail", args=[session.pk]))


@requires("counselling.record")
def session_detail(request, session_pk):
    session = get_object_or_404(Session.objects.select_related(
        "client", "desk", "counsellor"), pk=session_pk)
    records.view_record(request.user, "Beratung", session, request)
    return render(request, "counselling/session_detail.html", _detail(request, session))


def _detail(request, session, **forms) -> dict:
    authority_id = request.user.authority_id
    return {
        "session": session, "today": timezone.localdate(),
        "referrals": Referral.objects.filter(session=session).select_related("organisation"),
        "follow_ups": RecordFollowUp.objects.filter(session=session).select_related("assignee"),
        "referral_form": forms.get("referral_form") or ReferralForm(
            authority_id=authority_id, initial={"referred_on": timezone.localdate()}),
        "follow_up_form": forms.get("follow_up_form") or FollowUpForm(
            authority_id=authority_id, initial={"assignee": request.user}),
    }


@requires("counselling.record")
@require_POST
def referral_add(request, session_pk):
    session = get_object_or_404(Session.objects.all(), pk=session_pk)
    referral = Referral(authority_id=session.authority_id, session=session)
    form = ReferralForm(request.POST, instance=referral, authority_id=session.authority_id)
    if form.is_valid():
        try:
            records.save_referral(request.user, form.save(commit=False), None, request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Weitervermittlung gespeichert."))
            return redirect("counselling:session_detail", session_pk=session.pk)
    return render(request, "counselling/session_detail.html",
                  _detail(request, session, referral_form=form), status=400)


@requires("counselling.record")
def referral_edit(request, referral_pk):
    referral = get_object_or_404(Referral.objects.select_related("session"), pk=referral_pk)
    form = ReferralForm(request.POST or None, instance=referral,
                        authority_id=referral.authority_id)
    title = _("Weitervermittlung bearbeiten")
    back = reverse("counselling:session_detail", args=[referral.session_id])
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_referral(
        request.user, f.save(commit=False), _version(f), request), title, back, back)


@requires("counselling.record")
@require_POST
def follow_up_add(request, session_pk):
    session = get_object_or_404(Session.objects.all(), pk=session_pk)
    form = FollowUpForm(request.POST, authority_id=session.authority_id)
    if form.is_valid():
        try:
            records.add_follow_up(request.user, session, due_date=form.cleaned_data["due_date"],
                                  reason=form.cleaned_data["reason"],
                                  assignee=form.cleaned_data["assignee"], request=request)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Wiedervorlage angelegt."))
            return redirect("counselling:session_detail", session_pk=session.pk)
    return render(request, "counselling/session_detail.html",
                  _detail(request, session, follow_up_form=form), status=400)


@requires("counselling.record")
@require_POST
def follow_up_done(request, follow_up_pk):
    follow_up = get_object_or_404(RecordFollowUp.objects.select_related(
        "session", "case_follow_up"), pk=follow_up_pk)
    try:
        records.complete_follow_up(request.user, follow_up, _posted_version(request), request)
    except records.ConflictError:
        messages.error(request, _(records.ConflictError.message))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Wiedervorlage erledigt."))
    return redirect("counselling:session_detail", session_pk=follow_up.session_id)


def _posted_version(request) -> int:
    value = request.POST.get("version", "")
    return int(value) if value.isdigit() else 0


# --- case management ----------------------------------------------------------------------

@requires("counselling.record")
def analysis_edit(request, client_pk):
    client = get_object_or_404(Client.objects.all(), pk=client_pk)
    analysis = Analysis.objects.filter(client=client).first() or Analysis(
        authority_id=client.authority_id, client=client, prepared_on=timezone.localdate())
    form = AnalysisForm(request.POST or None, instance=analysis)
    title = _("Potenzialanalyse")
    back = reverse("counselling:client_detail", args=[client.pk])
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_analysis(
        request.user, f.save(commit=False), _version(f), request), title, back, back)


@requires("counselling.record")
def goal_add(request, client_pk):
    client = get_object_or_404(Client.objects.all(), pk=client_pk)
    goal = Goal(authority_id=client.authority_id, client=client,
                created_on=timezone.localdate())
    return _goal_form(request, goal, _("Ziel des Förderplans"))


@requires("counselling.record")
def goal_edit(request, goal_pk):
    return _goal_form(request, get_object_or_404(Goal.objects.all(), pk=goal_pk),
                      _("Ziel des Förderplans"))


def _goal_form(request, goal, title):
    form = GoalForm(request.POST or None, instance=goal)
    back = reverse("counselling:client_detail", args=[goal.client_id])
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_goal(
        request.user, f.save(commit=False), _version(f), request), title, back, back)


@requires("counselling.record")
def measure_add(request, goal_pk):
    goal = get_object_or_404(Goal.objects.all(), pk=goal_pk)
    return _measure_form(request, Measure(authority_id=goal.authority_id, goal=goal),
                         _("Maßnahme"))


@requires("counselling.record")
def measure_edit(request, measure_pk):
    measure = get_object_or_404(Measure.objects.select_related("goal"), pk=measure_pk)
    return _measure_form(request, measure, _("Maßnahme"))


def _measure_form(request, measure, title):
    form = MeasureForm(request.POST or None, instance=measure)
    back = reverse("counselling:client_detail", args=[measure.goal.client_id])
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_measure(
        request.user, f.save(commit=False), _version(f), request), title, back, back)


# --- consent ------------------------------------------------------------------------------

@requires("counselling.record")
def consent_add(request, client_pk):
    client = get_object_or_404(Client.objects.all(), pk=client_pk)
    consent = Consent(authority_id=client.authority_id, client=client,
                      given_on=timezone.localdate(), explained_in=client.language)
    form = ConsentForm(request.POST or None, instance=consent, authority_id=client.authority_id)
    title = _("Einwilligung erfassen")
    back = reverse("counselling:client_detail", args=[client.pk])
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.give_consent(
        request.user, f.save(commit=False), f.cleaned_data.get("file_number", ""), request),
        title, back, back)


@requires("counselling.record")
def consent_revoke(request, consent_pk):
    consent = get_object_or_404(Consent.objects.all(), pk=consent_pk)
    form = RevokeForm(request.POST or None, initial={"revoked_on": timezone.localdate(),
                                                     "version": consent.version})
    title = _("Einwilligung widerrufen")
    back = reverse("counselling:client_detail", args=[consent.client_id])
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.revoke_consent(
        request.user, consent, f.cleaned_data.get("revoked_on"), _version(f), request),
        title, back, back)


# --- topics (configuration) ---------------------------------------------------------------

@requires("desk.configure")
def topic_list(request):
    return render(request, "counselling/topic_list.html", {
        "topics": records.topics(request.user.authority_id, active_only=False)})


@requires("desk.configure")
def topic_create(request):
    return _topic_form(request, RecordTopic(authority_id=request.user.authority_id))


@requires("desk.configure")
def topic_edit(request, topic_pk):
    return _topic_form(request, get_object_or_404(RecordTopic.objects.all(), pk=topic_pk))


def _topic_form(request, topic):
    form = TopicForm(request.POST or None, instance=topic)
    title, back = _("Thema der Beratung"), reverse("counselling:topic_list")
    if request.method != "POST":
        return _page(request, form, title, back)
    return _save(request, form, lambda f: records.save_topic(
        request.user, f.save(commit=False), _version(f), request), title, back, back)
