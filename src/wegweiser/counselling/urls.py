"""URLs of the counselling desk (staff side): /beratung/."""

from django.urls import path

from . import (
    views_calendar,
    views_config,
    views_display,
    views_queue,
    views_statistics,
    views_waitlist,
)
from . import views_records as records
from .views_home import home
from .views_staff_booking import book_on_behalf

app_name = "counselling"

desk = "<int:desk_pk>/"

urlpatterns: list = [
    path("", home, name="home"),
    path("<int:desk_pk>/buchen/", book_on_behalf, name="book"),
    path("neu/", views_config.desk_create, name="desk_create"),
    # Waitlist offers to people without e-mail: the desk calls them
    path(f"{desk}warteliste/anrufen/", views_waitlist.waitlist_calls, name="waitlist_calls"),
    path(f"{desk}warteliste/anrufen/<int:entry_pk>/zusagen/",
         views_waitlist.waitlist_call_confirm, name="waitlist_call_confirm"),
    path(f"{desk}warteliste/anrufen/<int:entry_pk>/freigeben/",
         views_waitlist.waitlist_call_release, name="waitlist_call_release"),
    # Calendar
    path(f"{desk}tag/", views_calendar.calendar_day, name="calendar_day"),
    path(f"{desk}woche/", views_calendar.calendar_week, name="calendar_week"),
    # Queue
    path(f"{desk}warteschlange/", views_queue.queue, name="queue"),
    path(f"{desk}warteschlange/aufrufen/", views_queue.call_next, name="call_next"),
    path(f"{desk}warteschlange/nummer/", views_queue.draw_ticket, name="draw_ticket"),
    path(f"{desk}warteschlange/anmelden/<int:appointment_pk>/", views_queue.check_in,
         name="check_in"),
    path(f"{desk}warteschlange/<int:ticket_pk>/", views_queue.ticket, name="ticket"),
    path(f"{desk}warteschlange/<int:ticket_pk>/<slug:step>/", views_queue.ticket_step,
         name="ticket_step"),
    path(f"{desk}termine/<int:appointment_pk>/ergebnis/", views_queue.record_outcome,
         name="record_outcome"),
    # Call display: staff preview, and the waiting-room screen's secret link (decision 0012)
    path(f"{desk}aufruf/", views_display.display, name="display"),
    path(f"{desk}aufruf/liste/", views_display.display_list, name="display_list"),
    path(f"{desk}aufruf/neuer-link/", views_display.new_screen_link, name="new_screen_link"),
    path(f"{desk}aufruf/<str:token>/", views_display.screen, name="screen"),
    path(f"{desk}aufruf/<str:token>/liste/", views_display.screen_list, name="screen_list"),
    # Statistics
    path(f"{desk}statistik/", views_statistics.statistics, name="statistics"),
    path(f"{desk}statistik.csv", views_statistics.statistics_export, name="statistics_export"),
    path(f"{desk}statistik.xlsx", views_statistics.statistics_xlsx, name="statistics_xlsx"),
    # Configuration
    path(f"{desk}einstellungen/", views_config.desk_settings, name="settings"),
    path(f"{desk}einstellungen/oeffnungszeiten/neu/", views_config.hours_edit, name="hours_add"),
    path(f"{desk}einstellungen/oeffnungszeiten/<int:hours_pk>/", views_config.hours_edit,
         name="hours_edit"),
    path(f"{desk}einstellungen/oeffnungszeiten/<int:hours_pk>/loeschen/",
         views_config.hours_delete, name="hours_delete"),
    path(f"{desk}einstellungen/schliesstage/neu/", views_config.closed_day_add,
         name="closed_day_add"),
    path(f"{desk}einstellungen/schliesstage/<int:closed_pk>/loeschen/",
         views_config.closed_day_delete, name="closed_day_delete"),
    path(f"{desk}einstellungen/anliegen/neu/", views_config.topic_edit, name="desk_topic_add"),
    path(f"{desk}einstellungen/anliegen/<int:topic_pk>/", views_config.topic_edit,
         name="desk_topic_edit"),
]

# Counselling records: confidential to the counsellors.
B = "beratungen/"
urlpatterns += [
    path(B, records.records_home, name="records_home"),
    path(B + "liste/", records.session_list, name="session_list"),
    path(B + "neu/", records.session_create, name="session_create"),
    path(B + "<int:session_pk>/", records.session_detail, name="session_detail"),
    path(B + "<int:session_pk>/bearbeiten/", records.session_edit, name="session_edit"),
    path(B + "<int:session_pk>/weitervermittlung/", records.referral_add, name="referral_add"),
    path(B + "weitervermittlung/<int:referral_pk>/", records.referral_edit,
         name="referral_edit"),
    path(B + "<int:session_pk>/wiedervorlage/", records.follow_up_add, name="follow_up_add"),
    path(B + "wiedervorlage/<int:follow_up_pk>/erledigt/", records.follow_up_done,
         name="follow_up_done"),
    path(B + "ratsuchende/", records.client_list, name="client_list"),
    path(B + "ratsuchende/neu/", records.client_create, name="client_create"),
    path(B + "ratsuchende/<int:client_pk>/", records.client_detail, name="client_detail"),
    path(B + "ratsuchende/<int:client_pk>/bearbeiten/", records.client_edit, name="client_edit"),
    path(B + "ratsuchende/<int:client_pk>/potenzialanalyse/", records.analysis_edit,
         name="analysis_edit"),
    path(B + "ratsuchende/<int:client_pk>/ziel/", records.goal_add, name="goal_add"),
    path(B + "ziel/<int:goal_pk>/", records.goal_edit, name="goal_edit"),
    path(B + "ziel/<int:goal_pk>/massnahme/", records.measure_add, name="measure_add"),
    path(B + "massnahme/<int:measure_pk>/", records.measure_edit, name="measure_edit"),
    path(B + "ratsuchende/<int:client_pk>/einwilligung/", records.consent_add,
         name="consent_add"),
    path(B + "einwilligung/<int:consent_pk>/widerruf/", records.consent_revoke,
         name="consent_revoke"),
    path(B + "themen/", records.topic_list, name="topic_list"),
    path(B + "themen/neu/", records.topic_create, name="topic_create"),
    path(B + "themen/<int:topic_pk>/", records.topic_edit, name="topic_edit"),
]
