"""Public pages without login: /buergerservice/ (seven languages, see settings.LANGUAGES)."""

from django.urls import path

from . import views

app_name = "public"

urlpatterns: list = [
    path("", views.landing, name="home"),
    path("wege/", views.pathway_list, name="pathways"),
    path("wege/<slug:pathway_id>/", views.pathway_detail, name="pathway"),
    path("hilfe/termin-buchen/", views.help_booking, name="help_booking"),
    path("hilfe/ohne-termin/", views.help_walk_in, name="help_walk_in"),
    path("hilfe/datenschutz/", views.help_privacy, name="help_privacy"),
    path("demo-post/", views.demo_mail_page, name="demo_mail"),
]
