"""Addresses of the partner register: /partner/."""

from django.urls import path

from . import views

app_name = "dialogue"

urlpatterns = [
    path("", views.partner_list, name="partner_list"),
    path("neu/", views.partner_create, name="partner_create"),
    path("<int:org_pk>/", views.partner_detail, name="partner_detail"),
    path("<int:org_pk>/bearbeiten/", views.partner_edit, name="partner_edit"),
    path("<int:org_pk>/ansprechperson/", views.contact_add, name="contact_add"),
    path("ansprechperson/<int:contact_pk>/loeschen/", views.contact_delete, name="contact_delete"),
]
