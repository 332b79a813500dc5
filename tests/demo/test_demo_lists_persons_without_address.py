from wegweiser.cases.models import Person
from wegweiser.letters.models import PostalAddress


def test_most_persons_have_a_valid_address_in_their_town_and_a_few_have_none(district):
    authority, pillars = district
    persons = Person.unscoped.filter(authority=authority).count()
    addresses = list(PostalAddress.unscoped.filter(authority=authority).select_related(
        "person__municipality"))
    valid = [a for a in addresses if a.valid]
    assert 0.9 * persons <= len(valid) < persons
    assert all(a.city == a.person.municipality.name for a in valid if a.person.municipality)
    assert any(not a.valid for a in addresses)  # an entry without postcode
    assert {a.language for a in addresses} >= {"", "ar", "tr", "fa", "ru", "en"}


def test_the_mail_run_names_the_persons_it_could_not_write_to(district):
    run = district[1].mail_run
    assert run.counts["no_address"] == len(run.without_address) > 0
    listed = {row["id"] for row in run.without_address}
    valid = set(PostalAddress.unscoped.filter(person_id__in=listed).filter(
        postcode__regex=r"^\d{5}$").exclude(street="").values_list("person_id", flat=True))
    assert not listed & valid
