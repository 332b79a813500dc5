import pytest
from django.urls import reverse

from tests.conftest import login
from wegweiser.law.pathways import ALL_PATHWAYS


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
