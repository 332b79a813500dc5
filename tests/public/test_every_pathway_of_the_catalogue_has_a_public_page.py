"""Every pathway of the rule catalogue has a plain-language page: a new pathway cannot be forgotten."""

from django.urls import reverse

from wegweiser.law.statute.pathways import ALL_PATHWAYS
from wegweiser.public.pathways import SUMMARIES


def test_every_pathway_of_the_catalogue_has_a_summary():
    assert {p.id for p in ALL_PATHWAYS} - set(SUMMARIES) == set()


def test_no_summary_describes_a_pathway_the_catalogue_does_not_have():
    assert set(SUMMARIES) - {p.id for p in ALL_PATHWAYS} == set()


def test_the_list_links_every_pathway_page(client, db):
    page = client.get(reverse("public:pathways")).content.decode()
    for pathway in ALL_PATHWAYS:
        assert reverse("public:pathway", args=[pathway.id]) in page


def test_each_page_names_the_norm_once_and_says_what_is_needed_and_what_to_do(client, db):
    for pathway in ALL_PATHWAYS:
        page = client.get(reverse("public:pathway", args=[pathway.id])).content.decode()
        plain, experts = page.split('<details class="public-criteria">')
        assert plain.count(pathway.norm) == 1, pathway.id
        assert "Was Sie brauchen" in page
        assert "Was Sie tun können" in page
        assert "Termin zur Beratung buchen" in page
        # For supporters: the catalogue's own criteria, in German, generated from law/.
        assert all(text in experts for text in (c.text for c in pathway.criteria)), pathway.id


def test_an_unknown_pathway_is_not_found(client, db):
    assert client.get("/buergerservice/wege/p99/").status_code == 404
