"""The figures read from decisions and applications are cached per state of those data: a new
decision, or a person who moves to another town, shows at once."""

from datetime import date


def test_a_new_grant_counts_at_once(district, authority, period):
    from tests.review.practice_helpers import decide
    from wegweiser.reporting import figures as fig

    before = fig.snapshot(authority.pk, period)["figures"]
    person = district["persons"][2]
    decide(person, date(2026, 6, 1), "granted", days=20, pathway_id="p25b",
           discretion="in_favour")
    after = fig.snapshot(authority.pk, period)["figures"]

    assert after["grants"] == before["grants"] + 1
    assert after["funnel_granted"] == before["funnel_granted"] + 1
    assert after["applications"] == before["applications"] + 1
    assert after["discretion_in_favour"] == before["discretion_in_favour"] + 1


def test_a_person_who_moves_is_counted_in_the_new_town(district, authority, period):
    from wegweiser.accounts.models import Municipality
    from wegweiser.reporting import series

    assert series.grants_per_town(authority.pk, period) == [("Teststadt", 3)]
    elsewhere = Municipality.objects.create(authority=authority, name="Anderdorf")
    person = district["persons"][0]  # P1: one grant in the period
    person.municipality = elsewhere
    person.save()

    assert series.grants_per_town(authority.pk, period) == [("Anderdorf", 1), ("Teststadt", 2)]
