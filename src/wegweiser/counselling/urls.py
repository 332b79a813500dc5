"""URLs of the counselling desk (staff side): /beratung/."""

from django.urls import path

from . import views_records as records
from .views_home import home
from .views_staff_booking import book_on_behalf

app_name = "counselling"

urlpatterns: list = [
    path("", home, name="home"),
    path("<int:desk_pk>/buchen/", book_on_behalf, name="book"),
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
