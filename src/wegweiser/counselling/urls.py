"""URLs of the counselling desk (staff side): /beratung/."""

from django.urls import path

from .views_home import home

app_name = "counselling"

urlpatterns: list = [
    path("", home, name="home"),
]
