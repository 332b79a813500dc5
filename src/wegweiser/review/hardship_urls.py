"""Addresses of the § 23a petitions (under /praxis/haertefall/)."""

from django.urls import path

from . import hardship_views as views

urlpatterns = [
    path("haertefall/", views.petition_list, name="hardship_list"),
    path("haertefall/person/<int:pk>/neu/", views.petition_create, name="hardship_create"),
    path("haertefall/<int:petition_pk>/", views.petition_detail, name="hardship_detail"),
    path("haertefall/<int:petition_pk>/bearbeiten/", views.petition_edit, name="hardship_edit"),
    path("haertefall/<int:petition_pk>/abschiebung/", views.removal_request,
         name="hardship_removal"),
    path("haertefall/freigabe/<int:approval_pk>/", views.removal_answer,
         name="hardship_removal_answer"),
]
