"""Bad settings are refused with a German message per field; nothing is changed."""

import pytest

from tests.screening.policy_helpers import post_settings
from wegweiser.audit.models import AuditEntry
from wegweiser.screening.models import PolicySettings
from wegweiser.screening.policy import policy_for

BAD = [
    ({"gap_tolerance_months": "13"}, "ganze Zahl von 0 bis 12 Monaten"),
    ({"gap_tolerance_months": "-1"}, "ganze Zahl von 0 bis 12 Monaten"),
    ({"employment_gap_tolerance_months": "24"}, "ganze Zahl von 0 bis 12 Monaten"),
    ({"gap_tolerance_months": "drei"}, "ganze Zahl von 0 bis 12 Monaten"),
    ({"livelihood_mostly_share": "0"}, "größer als 0 und kleiner als 1"),
    ({"livelihood_mostly_share": "1"}, "größer als 0 und kleiner als 1"),
    ({"livelihood_mostly_share": "1,5"}, "größer als 0 und kleiner als 1"),
    ({"livelihood_mostly_share": "0,555"}, "höchstens zwei Nachkommastellen"),
    ({"livelihood_mostly_share": "die Hälfte"}, "größer als 0 und kleiner als 1"),
    ({"mixed_fines_rule": "grosszuegig"}, "Auswahl"),
    ({"p104c_pending_applications_grantable": "vielleicht"}, "Auswahl"),
    ({"p60d_new_version_from": "2023-03-01"}, "vom 01.01.2024 bis 31.12.2024"),
    ({"geas_applicable_from": "2099-01-01"}, "vom 11.06.2024 bis 31.12.2030"),
    ({"geas_applicable_from": "12.06."}, "Datum"),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("changes", "message"), BAD)
def test_a_bad_value_is_refused_with_a_german_message_and_nothing_is_stored(
        client, users, authority, changes, message):
    entries = AuditEntry.objects.count()
    response = post_settings(client, users["head"], **changes)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page, page[page.find("kern-error"):][:300]
    assert not PolicySettings.objects.exists()
    assert AuditEntry.objects.count() == entries


@pytest.mark.django_db
def test_a_bad_value_leaves_earlier_settings_untouched_and_keeps_the_input(client, users, authority):
    post_settings(client, users["head"], gap_tolerance_months="6")
    response = post_settings(client, users["head"], version=1, gap_tolerance_months="5",
                             livelihood_mostly_share="2")
    assert response.status_code == 400
    assert 'value="5"' in response.content.decode()  # the input is kept for correction
    stored = PolicySettings.objects.get()
    assert stored.version == 1 and policy_for(authority).gap_tolerance_months == 6


@pytest.mark.django_db
def test_a_german_decimal_comma_is_understood(client, users, authority):
    assert post_settings(client, users["head"], livelihood_mostly_share="0,6").status_code == 302
    assert policy_for(authority).livelihood_mostly_share == 0.6
