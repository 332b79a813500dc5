"""URLs of staff training: /fortbildung/."""

from django.urls import path

from . import views, views_config, views_events

app_name = "training"

urlpatterns = [
    path("", views.home, name="home"),
    path("team/", views.team, name="team"),
    path("zahlen/", views.figures_page, name="figures"),
    path("mitarbeitende/<int:user_pk>/", views.staff_record, name="staff"),
    path("mitarbeitende/<int:user_pk>/sprachen/", views.language_add, name="language_add"),
    path("mitarbeitende/<int:user_pk>/sprachen/<int:language_pk>/loeschen/",
         views.language_delete, name="language_delete"),
    path("veranstaltungen/", views_events.event_list, name="events"),
    path("veranstaltungen/neu/", views_events.event_edit, name="event_create"),
    path("veranstaltungen/<int:event_pk>/", views_events.event_detail, name="event"),
    path("veranstaltungen/<int:event_pk>/bearbeiten/", views_events.event_edit, name="event_edit"),
    path("veranstaltungen/<int:event_pk>/teilnahme/", views_events.attendance, name="attendance"),
    path("veranstaltungen/<int:event_pk>/nachweis/", views_events.evidence, name="evidence"),
    path("themen/", views_config.topics, name="topics"),
    path("themen/standard/", views_config.topics_seed, name="topics_seed"),
    path("themen/<int:topic_pk>/", views_config.topic_edit, name="topic_edit"),
    path("anforderungen/", views_config.requirements, name="requirements"),
    path("anforderungen/<int:requirement_pk>/loeschen/", views_config.requirement_delete,
         name="requirement_delete"),
    path("plan/", views_config.plan, name="plan"),
    path("plan/<int:plan_pk>/loeschen/", views_config.plan_delete, name="plan_delete"),
]
