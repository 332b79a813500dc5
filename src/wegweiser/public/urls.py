"""Public pages without login: /buergerservice/ (seven languages, see settings.LANGUAGES)."""

from django.urls import path

from . import views

app_name = "public"

urlpatterns: list = [
    path("", views.landing, name="home"),
]
