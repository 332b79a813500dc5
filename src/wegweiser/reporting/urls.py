from django.urls import path

from . import views, views_grants

app_name = "reporting"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("kennzahlen.<str:fmt>", views.dashboard_export, name="export"),
    path("vorlagen/", views.report_list, name="reports"),
    path("vorlagen/neu/", views.report_edit, name="report_add"),
    path("vorlagen/<int:pk>/", views.report_detail, name="report"),
    path("vorlagen/<int:pk>/bearbeiten/", views.report_edit, name="report_edit"),
    path("vorlagen/<int:pk>/freigeben/", views.report_approve, name="report_approve"),
    path("vorlagen/<int:pk>/neue-fassung/", views.report_new_draft, name="report_new_draft"),
    path("vorlagen/<int:pk>/fassungen/", views.report_history, name="report_history"),
    path("vorlagen/<int:pk>/fassungen/<int:history_id>/", views.report_version,
         name="report_version"),
    path("vorlagen/<int:pk>/vorlage.pdf", views.report_pdf_download, name="report_pdf"),
    path("vorlagen/<int:pk>/oparl.json", views.report_oparl, name="report_oparl"),
    path("zuwendungen/", views_grants.grant_list, name="grants"),
    path("zuwendungen/neu/", views_grants.grant_edit, name="grant_add"),
    path("zuwendungen/<int:pk>/", views_grants.grant_detail, name="grant"),
    path("zuwendungen/<int:pk>/bearbeiten/", views_grants.grant_edit, name="grant_edit"),
    path("zuwendungen/<int:pk>/loeschen/", views_grants.grant_delete, name="grant_delete"),
    path("zuwendungen/<int:pk>/positionen/", views_grants.line_add, name="line_add"),
    path("zuwendungen/<int:pk>/ausgaben/", views_grants.expense_add, name="expense_add"),
    path("zuwendungen/<int:pk>/ausgaben/<int:expense_pk>/loeschen/", views_grants.expense_delete,
         name="expense_delete"),
    path("zuwendungen/<int:pk>/meilensteine/", views_grants.milestone_add, name="milestone_add"),
    path("zuwendungen/<int:pk>/verwendungsnachweis.pdf", views_grants.proof_download,
         name="proof_pdf"),
]
