"""The pages of the § 23a petitions pass axe-core with zero violations: the list, a petition
with a removal request waiting for the head's answer, the form, and the case page's alert."""

from review.hardship_factories import pending_petition
from tests.browser.conftest import assert_accessible, sign_in
from tests.conftest import PASSWORD
from wegweiser.review import hardship


def test_the_hardship_pages_have_no_axe_violations(page, axe, person, users):
    petition = pending_petition(person, users["caseworker"])
    hardship.request_removal(users["caseworker"], petition, "Sammelcharter gebucht")
    sign_in(page, users["head"].username, PASSWORD)
    for url, heading in [
        ("/praxis/haertefall/", "Härtefallkommission (§ 23a AufenthG)"),
        (f"/praxis/haertefall/{petition.pk}/", "Härtefallverfahren (§ 23a AufenthG)"),
        (f"/praxis/haertefall/{petition.pk}/bearbeiten/", "Härtefallverfahren bearbeiten"),
        (f"/faelle/{person.pk}/", person.full_name),
    ]:
        page.goto(url)
        page.get_by_role("heading", name=heading, exact=True).first.wait_for()
        assert_accessible(axe, page)
