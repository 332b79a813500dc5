"""Public pages without login: /buergerservice/ (seven languages, see settings.LANGUAGES)."""

from django.urls import path

from . import views, views_booking

app_name = "public"

urlpatterns: list = [
    path("", views.landing, name="home"),
    path("wege/", views.pathway_list, name="pathways"),
    path("wege/<slug:pathway_id>/", views.pathway_detail, name="pathway"),
    path("hilfe/termin-buchen/", views.help_booking, name="help_booking"),
    path("hilfe/ohne-termin/", views.help_walk_in, name="help_walk_in"),
    path("hilfe/datenschutz/", views.help_privacy, name="help_privacy"),
    path("demo-post/", views.demo_mail_page, name="demo_mail"),
    # Booking (views_booking): one desk per address, tokens from the e-mailed links.
    path("<slug:desk_slug>/termin/", views_booking.topic, name="booking_topic"),
    path("<slug:desk_slug>/termin/sprache/", views_booking.preferences, name="booking_preferences"),
    path("<slug:desk_slug>/termin/zeit/", views_booking.slots, name="booking_slots"),
    path("<slug:desk_slug>/termin/angaben/", views_booking.details, name="booking_details"),
    path("<slug:desk_slug>/termin/gesendet/", views_booking.sent, name="booking_sent"),
    path("<slug:desk_slug>/termin/warteliste/", views_booking.waitlist, name="booking_waitlist"),
    path("<slug:desk_slug>/termin/bestaetigen/<str:token>/", views_booking.confirm,
         name="booking_confirm"),
    path("<slug:desk_slug>/termin/verwalten/<str:token>/", views_booking.manage,
         name="booking_manage"),
    path("<slug:desk_slug>/termin/verwalten/<str:token>/absagen/", views_booking.cancel,
         name="booking_cancel"),
    path("<slug:desk_slug>/termin/verwalten/<str:token>/umbuchen/", views_booking.rebook,
         name="booking_rebook"),
]
