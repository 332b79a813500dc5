import pytest
from django.urls import reverse

from tests.conftest import login
from wegweiser.law.statute.pathways import ALL_PATHWAYS


@pytest.mark.django_db
def test_the_catalogue_lists_every_pathway_criterion_and_threshold_history(client, users):
    login(client, users["controlling"])  # no personal data: controlling may read it
    page = client.get(reverse("screening:catalogue")).content.decode()
    for pathway in ALL_PATHWAYS:
        assert f'id="rule-{pathway.id}"' in page
        for criterion in pathway.criteria:
            assert criterion.id in page
    assert "Regelvoraussetzung" in page and "Vertrauen" in page
    assert "31.12.2022" in page  # the § 25b reform in a threshold history


@pytest.mark.django_db
def test_threshold_dates_in_the_english_catalogue_are_written_as_the_law_cites_them(client, users):
    """§ 60d Abs. 1 Nr. 1 entry deadline 31.12.2022 (a date-valued threshold) in the English UI."""
    login(client, users["controlling"])
    client.cookies["django_language"] = "en"
    page = client.get(reverse("screening:catalogue")).content.decode()
    assert "<strong>31.12.2022</strong>" in page
    assert "Dec. 31, 2022" not in page and "Aug. 1, 2018" not in page
