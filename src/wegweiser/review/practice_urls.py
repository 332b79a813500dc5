"""Decision practice under /praxis/entscheidungspraxis/ (names in the "review" namespace)."""

from django.urls import path

from . import views_practice as views

urlpatterns = [
    path("", views.practice, name="practice"),
    path("zahlen.csv", views.practice_export, name="practice_export"),
    path("uneinheitlich/", views.consistency_alerts, name="practice_alerts"),
    path("ermessen/", views.missed, name="practice_missed"),
    path("vorschlagen/<int:pk>/", views.propose, name="practice_propose"),
]
