from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("", views.user_list, name="user_list"),
    path("neu/", views.user_create, name="user_create"),
    path("<int:user_pk>/", views.user_edit, name="user_edit"),
    path("<int:user_pk>/passwort/", views.user_password, name="user_password"),
    path("<int:user_pk>/entsperren/", views.user_unlock, name="user_unlock"),
]
