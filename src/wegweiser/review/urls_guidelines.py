"""URLs of constellations and guidelines (included by review/urls.py)."""

from django.urls import path

from . import views_constellations as constellations
from . import views_guidelines as guidelines

guideline_patterns = [
    path("konstellationen/", constellations.constellation_list, name="constellation_list"),
    path("konstellationen/neu/", constellations.constellation_edit,
         name="constellation_create"),
    path("konstellationen/<int:pk>/", constellations.constellation_detail,
         name="constellation_detail"),
    path("konstellationen/<int:pk>/bearbeiten/", constellations.constellation_edit,
         name="constellation_edit"),
    path("konstellationen/<int:pk>/loeschen/", constellations.constellation_delete,
         name="constellation_delete"),
    path("leitlinien/", guidelines.register, name="guideline_register"),
    path("leitlinien/neu/", guidelines.guideline_create, name="guideline_create"),
    path("leitlinien/<int:pk>/", guidelines.guideline_detail, name="guideline_detail"),
    path("leitlinien/<int:pk>/bearbeiten/", guidelines.heading_edit, name="guideline_heading"),
    path("leitlinien/<int:pk>/fassung/neu/", guidelines.draft_create, name="draft_create"),
    path("leitlinien/<int:pk>/aufheben/", guidelines.guideline_withdraw,
         name="guideline_withdraw"),
    path("leitlinien/fassung/<int:version_pk>/", guidelines.draft_edit, name="draft_edit"),
    path("leitlinien/fassung/<int:version_pk>/verwerfen/", guidelines.draft_discard,
         name="draft_discard"),
    path("leitlinien/fassung/<int:version_pk>/in-kraft-setzen/", guidelines.draft_approve,
         name="draft_approve"),
]
