"""rate_limit: more POSTs per minute than allowed from one address get a 429 page in the visitor's
language; other addresses and GETs are not affected; X-Forwarded-For counts only from a trusted proxy."""

from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation

from wegweiser.public.ratelimit import client_ip, rate_limit


@rate_limit("test", per_minute=3)
def view(request):
    return HttpResponse("ok")


def post(ip="203.0.113.5", **extra):
    request = RequestFactory().post("/buergerservice/x/", REMOTE_ADDR=ip, **extra)
    request.LANGUAGE_CODE = translation.get_language()
    return view(request)


def test_the_fourth_post_within_a_minute_is_refused(db, one_minute):
    assert [post().status_code for _ in range(4)] == [200, 200, 200, 429]


def test_another_address_is_counted_apart(db, one_minute):
    for _ in range(4):
        post()
    assert post("198.51.100.7").status_code == 200


def test_gets_are_not_counted(db, one_minute):
    for _ in range(5):
        assert view(RequestFactory().get("/", REMOTE_ADDR="203.0.113.5")).status_code == 200


def test_the_refusal_is_a_page_in_the_visitors_language_with_retry_after(db, one_minute):
    with translation.override("ar"):
        for _ in range(3):
            post()
        response = post()
    assert response["Retry-After"] == "60"
    assert 'lang="ar" dir="rtl"' in response.content.decode()


def test_the_default_limit_comes_from_the_settings(db, settings, one_minute):
    settings.WEGWEISER_RATE_LIMIT_PER_MINUTE = 1

    @rate_limit("default")
    def limited(request):
        return HttpResponse("ok")

    codes = [limited(RequestFactory().post("/", REMOTE_ADDR="192.0.2.1")).status_code for _ in range(2)]
    assert codes == [200, 429]


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.9")
    settings.WEGWEISER_TRUSTED_PROXY = False
    assert client_ip(request) == "10.0.0.1"
    settings.WEGWEISER_TRUSTED_PROXY = True
    assert client_ip(request) == "192.0.2.9"
