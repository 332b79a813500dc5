from django.urls import path

from . import views, views_person, views_policy

app_name = "screening"
urlpatterns = [
    path("", views.worklist, name="worklist"),
    path("starten/", views.start, name="start"),
    path("stand/", views.progress, name="progress"),
    path("zahlen/", views.summary, name="summary"),
    path("regeln/", views.rule_catalogue, name="catalogue"),
    path("einstellungen/", views_policy.policy, name="policy"),
    path("einstellungen/aendern/", views_policy.policy_edit, name="policy_edit"),
    path("person/<int:pk>/", views_person.explanation, name="explain"),
    path("person/<int:pk>/wiedervorlage/", views_person.follow_up_from_fact, name="follow_up"),
    path("person/<int:pk>/einschaetzung/", views_person.assessment_edit, name="assessment"),
]
