"""The settings form as a browser posts it, and a person whose verdict hangs on the gap rule."""

from datetime import date

from django.urls import reverse

from tests.conftest import add_period, login

DEFAULT_FORM = {"p60d_new_version_from": "2024-03-01",
                "p104c_pending_applications_grantable": "False", "gap_tolerance_months": "3",
                "employment_gap_tolerance_months": "0", "mixed_fines_rule": "strict",
                "livelihood_mostly_share": "0,50", "geas_applicable_from": "2026-06-12",
                "fdgo_minors_exempt_in_25b": "True"}


def form_data(version=0, **changes):
    """Every field as the browser sends it, with the defaults unless changed."""
    return {**DEFAULT_FORM, "version": version, **changes}


def post_settings(client, user, version=0, **changes):
    login(client, user)
    return client.post(reverse("screening:policy_edit"), form_data(version, **changes))


def with_a_four_month_gap(person):
    """Replace the status history: Duldung 2017–2021, nothing Jan–Apr 2022, Duldung since May."""
    from wegweiser.cases.models import StatusPeriod

    StatusPeriod.objects.filter(person=person).delete()
    add_period(person, "gestattung", date(2015, 10, 1), date(2016, 12, 31))
    add_period(person, "duldung", date(2017, 1, 1), date(2021, 12, 31), azr_reason_code="16")
    add_period(person, "duldung", date(2022, 5, 1), None, azr_reason_code="16")
    return person
