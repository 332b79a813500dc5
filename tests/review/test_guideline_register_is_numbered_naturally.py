"""The register follows the statute: 25.5 < 25.5.1 < 25.5.2 < 25.5.10 < 25a.1 < 60d.1 < 104c.1."""

import pytest
from django.urls import reverse

from tests.conftest import login
from tests.review.guideline_helpers import approved_guideline
from wegweiser.review.guidelines import number_key

ORDER = ["25.5", "25.5.1", "25.5.2", "25.5.10", "25a.1", "25b.1", "60d.1", "104c.1", "E.1"]


def test_numbers_sort_naturally():
    shuffled = ["104c.1", "25.5.10", "E.1", "25a.1", "25.5.2", "25.5", "60d.1", "25.5.1", "25b.1"]
    assert sorted(shuffled, key=number_key) == ORDER


@pytest.mark.django_db
def test_the_register_lists_them_in_that_order(client, users):
    for number in reversed(ORDER):
        approved_guideline(users["head"], number)
    page = login(client, users["counsellor"]).get(reverse("review:guideline_register"))
    text = page.content.decode()
    positions = [text.index(f'">{number} Leitlinie {number}</h2>') for number in ORDER]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_a_number_must_follow_the_pattern_and_be_unique(users):
    from django.core.exceptions import ValidationError

    from tests.review.guideline_helpers import draft
    from wegweiser.review import guidelines as service
    from wegweiser.review.models import Guideline

    approved_guideline(users["head"], "25.5.1")
    for bad, message in (("25..5", "Bitte eine Nummer entlang des Gesetzes angeben"),
                         ("§ 25", "Bitte eine Nummer entlang des Gesetzes angeben"),
                         ("25.5.1", "Die Nummer 25.5.1 ist bereits vergeben.")):
        with pytest.raises(ValidationError) as refused:
            service.create_guideline(users["head"], number=bad, title="x", draft=draft())
        assert refused.value.message_dict["number"][0].startswith(message)
    assert Guideline.objects.count() == 1
