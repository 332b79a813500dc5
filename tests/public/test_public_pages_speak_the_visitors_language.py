"""Public pages: the language comes from the visitor's choice (remembered) or the browser;
right-to-left scripts get dir="rtl"; staff pages stay German or English."""

from django.urls import reverse


def test_the_browser_language_is_followed_on_public_pages(client, db):
    page = client.get(reverse("public:home"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'lang="ar" dir="rtl"' in page


def test_a_chosen_language_is_remembered(client, db):
    client.post(reverse("set_language"), {"language": "fa", "next": "/buergerservice/"})
    page = client.get(reverse("public:home"), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert 'lang="fa" dir="rtl"' in page


def test_staff_pages_ignore_a_public_only_language(client, db):
    client.post(reverse("set_language"), {"language": "ar", "next": "/"})
    page = client.get(reverse("login")).content.decode()
    assert 'lang="de"' in page
    assert "العربية" not in page


def test_german_is_the_default(client, db):
    page = client.get(reverse("public:home")).content.decode()
    assert 'lang="de" dir="ltr"' in page
