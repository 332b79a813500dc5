"""URLs of letters and mail runs (staff): /anschreiben/."""

from django.urls import path

from . import views

app_name = "letters"

urlpatterns = [
    path("", views.home, name="home"),
    path("vorlagen/<int:pk>/", views.template_detail, name="template"),
    path("vorlagen/<int:pk>/bearbeiten/", views.template_edit, name="template_edit"),
    path("serienbriefe/neu/", views.run_create, name="run_create"),
    path("serienbriefe/<int:pk>/", views.run_detail, name="run"),
    path("serienbriefe/<int:pk>/druckdatei.pdf", views.run_print, name="run_print"),
    path("serienbriefe/<int:pk>/versandt/", views.run_dispatch, name="run_dispatch"),
    path("briefe/<int:pk>.pdf", views.letter_pdf, name="letter_pdf"),
    path("briefe/<int:pk>/versand/", views.letter_dispatch, name="letter_dispatch"),
    path("anschrift/<int:pk>/", views.address_edit, name="address"),
]
