"""The project's URLs plus two that fail on purpose (a bad request and a crash)."""

from django.core.exceptions import BadRequest
from django.urls import path

from wegweiser.urls import urlpatterns as project_urls


def bad_request(request):
    raise BadRequest("kaputt")


def crash(request):
    raise RuntimeError("kaputt")


urlpatterns = [
    path("test-400/", bad_request),
    path("test-500/", crash),
    *project_urls,
]
