"""URLs of the hardship review: conferences, constellations, guidelines, decision practice, § 23a."""

from django.urls import include, path

from .hardship_urls import urlpatterns as hardship_patterns
from .urls_conferences import conference_patterns
from .urls_guidelines import guideline_patterns
from .views_home import home

app_name = "review"

urlpatterns: list = [
    path("", home, name="home"),
    *conference_patterns,
    *guideline_patterns,
    *hardship_patterns,
    path("entscheidungspraxis/", include("wegweiser.review.practice_urls")),
]
