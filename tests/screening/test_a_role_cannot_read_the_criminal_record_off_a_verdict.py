"""What a role may not see must not be derivable from what it sees.

The counsellor may not see the criminal record ("case.view_criminal"). Two persons whose files
differ only in it - one with a prison sentence of a year (§ 54 Abs. 2 Nr. 1, an expulsion
interest under § 5 Abs. 1 Nr. 2), one with a clean record - must look the same to the
counsellor on the explanation page and in the case summary; the caseworker sees the difference.
"""

import re
from datetime import date

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import well_integrated
from wegweiser.cases.models import Assessment, Conviction

pytestmark = pytest.mark.django_db


def _pair(authority):
    clean = well_integrated(authority, file_number="KT-CLEAN-1")
    convicted = well_integrated(authority, file_number="KT-PRISON-1")
    Conviction.objects.create(authority=authority, person=convicted, date=date(2021, 3, 1),
                              offence="Raub", months=12, suspended=False, juvenile=False,
                              foreigner_specific=False, intentional=True)
    Assessment.objects.filter(person=convicted).update(expulsion_interest=True,
                                                       expulsion_interest_serious=True)
    return clean, convicted


def _verdicts(client, user, person, view):
    page = client.get(reverse(view, args=[person.pk])).content.decode()
    return re.findall(r'class="verdict verdict--(\w+)"', page)


@pytest.mark.parametrize("view", ["screening:explain", "cases:detail"])
def test_the_counsellor_sees_the_same_verdicts_with_and_without_a_conviction(
        client, users, authority, view):
    clean, convicted = _pair(authority)
    login(client, users["counsellor"])
    seen_clean = _verdicts(client, users["counsellor"], clean, view)
    assert seen_clean
    assert seen_clean == _verdicts(client, users["counsellor"], convicted, view)
    page = client.get(reverse(view, args=[convicted.pk])).content.decode()
    assert "ohne Strafregister gerechnet" in page.replace("Ohne", "ohne")


@pytest.mark.parametrize("view", ["screening:explain", "cases:detail"])
def test_the_caseworker_sees_what_the_conviction_decides(client, users, authority, view):
    clean, convicted = _pair(authority)
    if view == "cases:detail":
        from tests.screening.conftest import AS_OF
        from tests.screening.helpers import run_directly
        run_directly(authority, AS_OF)
    login(client, users["caseworker"])
    assert _verdicts(client, users["caseworker"], clean, view) != _verdicts(
        client, users["caseworker"], convicted, view)
