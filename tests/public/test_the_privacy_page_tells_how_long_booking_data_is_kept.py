"""The privacy page names the deletion period of the desks (default 30 days)."""

from django.urls import reverse

from tests.counselling.factories import make_desk


def test_without_desks_the_default_of_30_days_is_named(client, db):
    assert "spätestens 30 Tage nach dem Termin" in client.get(reverse("public:help_privacy")).content.decode()


def test_the_longest_period_of_any_desk_is_named(client, authority, other_authority):
    make_desk(authority, retention_days=14)
    make_desk(other_authority, slug="andere-stelle", retention_days=45)
    page = client.get(reverse("public:help_privacy")).content.decode()
    assert "spätestens 45 Tage nach dem Termin" in page
