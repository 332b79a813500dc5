"""Addresses of applications, decisions and approvals, under /faelle/ (namespace "cases")."""

from django.urls import path

from . import decision_views as views

decision_patterns = [
    path("<int:pk>/antraege/neu/", views.application_edit, name="application_add"),
    path("<int:pk>/antraege/<int:application_pk>/", views.application_edit, name="application_edit"),
    path("<int:pk>/antraege/<int:application_pk>/entscheidung/", views.decision_edit,
         name="decision_edit"),
    path("<int:pk>/abschluss/", views.closing_request, name="closing_request"),
    path("<int:pk>/wiedereroeffnen/", views.reopen, name="reopen"),
    path("freigaben/", views.approval_list, name="approvals"),
    path("freigaben/einstellungen/", views.approval_settings_edit, name="approval_settings"),
    path("freigaben/<int:approval_pk>/", views.approval_answer, name="approval_answer"),
    path("freigaben/<int:approval_pk>/erneut/", views.approval_resubmit, name="approval_resubmit"),
]
