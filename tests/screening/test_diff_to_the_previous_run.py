import pytest

from tests.screening.conftest import AS_OF
from tests.screening.helpers import run_directly
from wegweiser.screening.runs import changes


@pytest.mark.django_db
def test_a_person_who_newly_meets_a_pathway_is_new_and_one_who_lost_it_is_gone(
        authority, integrated, sparse):
    from wegweiser.cases.models import Assessment

    first = run_directly(authority, AS_OF)
    # A security threat (§ 5 Abs. 4) is recorded: every title is barred from now on.
    Assessment.objects.filter(person=integrated).update(security_threat=True)
    second = run_directly(authority, AS_OF)
    gone = set(changes(second, "gone").values_list("person_id", "pathway_id"))
    assert (integrated.pk, "p25b") in gone
    assert second.counts["gone"] == len(gone) and second.counts["new"] == 0
    assert all(row.run_id == first.pk for row in changes(second, "gone"))
    # And back: the pair is new again in a third run.
    Assessment.objects.filter(person=integrated).update(security_threat=False)
    third = run_directly(authority, AS_OF)
    assert (integrated.pk, "p25b") in set(changes(third, "new").values_list("person_id",
                                                                           "pathway_id"))


@pytest.mark.django_db
def test_the_worklist_lists_the_changes(client, caseworker, authority, integrated):
    from django.urls import reverse

    from tests.conftest import login
    from wegweiser.cases.models import Assessment

    run_directly(authority, AS_OF)
    Assessment.objects.filter(person=integrated).update(security_threat=True)
    run_directly(authority, AS_OF)
    login(client, caseworker)
    page = client.get(reverse("screening:worklist"), {"change": "gone"}).content.decode()
    assert "nicht mehr" in page and "Okafor" in page
