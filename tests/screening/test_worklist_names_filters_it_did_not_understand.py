"""A worklist filter value that is not understood is named and ignored; the other filters
still apply."""

import re

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly


@pytest.mark.django_db
def test_a_bad_value_is_named_and_the_good_filters_still_apply(client, caseworker, authority,
                                                               integrated):
    run_directly(authority, AS_OF)

    response = login(client, caseworker).get(reverse("screening:worklist"), {
        "scope": "all", "pathway": "p25b", "change": "gestern", "group": "bald"})

    page = response.content.decode()
    assert response.status_code == 200
    assert "„gestern“ ist kein möglicher Wert für „Veränderung“" in page
    assert "„bald“ ist kein möglicher Wert für „Gruppe“" in page
    # The list is the table after the overview (whose captions come first).
    listed = page.split('<caption class="kern-title">')[-1].split("</table>")[0]
    assert set(re.findall(r'<td class="kern-table__cell">(§[^<]*)</td>', listed)) == {
        "§ 25b Abs. 1 AufenthG"}
