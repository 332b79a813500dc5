"""Publishing the same guideline again creates the next catalogue version, with the version of
the origin it was taken from; drafts are never published."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login
from tests.review.guideline_helpers import approved_guideline, draft
from wegweiser.dialogue import catalogue
from wegweiser.review import guidelines


@pytest.mark.django_db
def test_republishing_counts_up(client, users):
    head = users["head"]
    guideline = approved_guideline(head, "25.5.1")
    login(client, head)
    client.post(reverse("dialog:publish_guideline", args=[guideline.versions.get().pk]))
    second = guidelines.new_draft(head, guideline, draft(text="Neue Regel"))
    with pytest.raises(ValidationError):
        catalogue.publish_guideline(head, second)
    guidelines.approve(head, second, valid_from=date(2027, 1, 1),
                       expected_version=second.version)
    client.post(reverse("dialog:publish_guideline", args=[second.pk]))
    entries = list(catalogue.entries().order_by("version"))
    assert [(e.version, e.source_version, e.text) for e in entries] == [
        (1, 1, guideline.versions.get(number=1).text), (2, 2, "Neue Regel")]
