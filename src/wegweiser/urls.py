from django.contrib.auth import views as auth_views
from django.urls import include, path

from wegweiser.accounts.forms import LoginForm
from wegweiser.audit import views as audit_views
from wegweiser.cases import views as case_views
from wegweiser.cases.decision_urls import decision_patterns
from wegweiser.interop import views as interop_views
from wegweiser.web import views as web_views

case_patterns = [
    path("", case_views.case_list, name="list"),
    path("neu/", case_views.person_edit, name="create"),
    path("<int:pk>/", case_views.case_detail, name="detail"),
    path("<int:pk>/bearbeiten/", case_views.person_edit, name="edit"),
    path("<int:pk>/verlauf/", case_views.case_history, name="history"),
    path("<int:pk>/status/neu/", case_views.period_edit, name="period_add"),
    path("<int:pk>/status/<int:period_pk>/", case_views.period_edit, name="period_edit"),
    path("<int:pk>/asyl/", case_views.asylum_edit, name="asylum_edit"),
    path("<int:pk>/angaben/<slug:kind_slug>/neu/", case_views.fact_edit, name="fact_add"),
    path("<int:pk>/angaben/<slug:kind_slug>/<int:fact_pk>/", case_views.fact_edit, name="fact_edit"),
    path(
        "<int:pk>/loeschen/<slug:kind_slug>/<int:record_pk>/",
        case_views.record_delete,
        name="record_delete",
    ),
    path("<int:pk>/familie/neu/", case_views.family_link_add, name="family_add"),
    path("<int:pk>/wiedervorlage/neu/", case_views.follow_up_add, name="follow_up_add"),
    path("wiedervorlagen/", case_views.my_follow_ups, name="my_follow_ups"),
    path("wiedervorlagen/<int:follow_up_pk>/erledigt/", case_views.follow_up_done, name="follow_up_done"),
    path("export.<str:fmt>", interop_views.export_cases, name="export"),
    *decision_patterns,
]

interop_patterns = [
    path("", interop_views.import_upload, name="import"),
    path("<int:job_pk>/", interop_views.import_status, name="import_status"),
]

urlpatterns = [
    path("", web_views.home, name="home"),
    path("uebersicht/", include(([path("", web_views.overview, name="overview")], "web"))),
    path(
        "anmelden/",
        auth_views.LoginView.as_view(template_name="accounts/login.html", authentication_form=LoginForm),
        name="login",
    ),
    path("abmelden/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("faelle/", include((case_patterns, "cases"))),
    path("protokoll/", include(([path("", audit_views.audit_log, name="log")], "audit"))),
    path("import/", include((interop_patterns, "interop"))),
    path("pruefung/", include("wegweiser.screening.urls")),
    path("praxis/", include("wegweiser.review.urls")),
    path("beratung/", include("wegweiser.counselling.urls")),
    path("fortbildung/", include("wegweiser.training.urls")),
    path("anschreiben/", include("wegweiser.letters.urls")),
    path("partner/", include("wegweiser.dialogue.urls")),
    path("berichte/", include("wegweiser.reporting.urls")),
    path("dialog/", include("wegweiser.dialogue.urls_dialogue")),
    # Public pages without login; the prefix is settings.PUBLIC_PATH_PREFIX.
    path("buergerservice/", include("wegweiser.public.urls")),
    path("benutzer/", include("wegweiser.accounts.urls")),
]
