"""Addresses of the dialogue: /dialog/ (meetings, agreed actions, the shared catalogue)."""

from django.urls import path

from . import views_meetings as views

app_name = "dialog"

urlpatterns = [
    path("", views.meeting_list, name="meeting_list"),
    path("treffen/neu/", views.meeting_create, name="meeting_create"),
    path("treffen/<int:meeting_pk>/", views.meeting_detail, name="meeting_detail"),
    path("treffen/<int:meeting_pk>/bearbeiten/", views.meeting_edit, name="meeting_edit"),
    path("treffen/<int:meeting_pk>/loeschen/", views.meeting_delete, name="meeting_delete"),
    path("treffen/<int:meeting_pk>/vereinbarung/", views.action_add, name="action_add"),
    path("treffen/<int:meeting_pk>/hinweis/", views.concern_add, name="concern_add"),
    path("hinweis/<int:concern_pk>/", views.concern_edit, name="concern_edit"),
    path("reihe/neu/", views.series_create, name="series_create"),
    path("reihe/<int:series_pk>/naechstes/", views.series_plan_next, name="series_plan_next"),
    path("vereinbarungen/", views.action_list, name="action_list"),
    path("vereinbarungen/<int:action_pk>/", views.action_edit, name="action_edit"),
    path("katalog/", views.catalogue_list, name="catalogue_list"),
    path("katalog/<int:entry_pk>/", views.catalogue_detail, name="catalogue_detail"),
    path("katalog/<int:entry_pk>/uebernehmen/", views.catalogue_adopt, name="catalogue_adopt"),
    path("katalog/leitlinie/<int:version_pk>/", views.publish_guideline,
         name="publish_guideline"),
    path("katalog/konstellation/<int:constellation_pk>/", views.publish_constellation,
         name="publish_constellation"),
]
