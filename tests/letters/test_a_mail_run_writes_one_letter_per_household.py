"""A family at one address gets one letter naming each member's pathways."""

from tests.letters.helpers import start, world


def test_the_family_gets_one_letter_naming_every_member(authority, caseworker):
    from wegweiser.letters.models import Letter, MailRun

    w = world(authority)
    run = MailRun.objects.get(pk=start(caseworker, w).pk)

    assert run.status == "done"
    assert run.counts == {"letters": 2, "households": 2, "persons": 5, "no_address": 1,
                          "duplicates": 0}
    family = Letter.objects.get(addressee__family_name="Haddad")
    assert set(family.members.values_list("given_names", flat=True)) == {"Amal", "Mohammed",
                                                                          "Lina"}
    assert family.addressee.given_names == "Mohammed"  # the oldest
    for name in ("Amal Haddad", "Mohammed Haddad", "Lina Haddad", "§ 25b Abs. 1 AufenthG",
                 "§ 25a Abs. 1 AufenthG", "Lindenweg 7"):
        assert name in family.html
    assert "Guten Tag Herr Haddad" in family.html and "Guten Tag Frau Haddad" in family.html


def test_each_letter_has_its_own_booking_code_at_the_chosen_desk(authority, caseworker):
    from wegweiser.counselling.models import BookingCode
    from wegweiser.letters.models import Letter

    w = world(authority)
    start(caseworker, w)

    codes = [letter.booking_code for letter in Letter.objects.select_related("booking_code")]
    assert len({c.code for c in codes}) == 2 == BookingCode.objects.count()
    assert all(c.desk == w["desk"] and c.valid_until > c.created_at.date() for c in codes)
    assert all(c.code in letter.html for c, letter in zip(codes, Letter.objects.all(), strict=True))


def test_members_at_different_addresses_get_separate_letters(authority, caseworker):
    from wegweiser.letters.models import Letter, PostalAddress

    w = world(authority)
    PostalAddress.objects.filter(person=w["people"]["father"]).update(street="Anderswo 9")
    start(caseworker, w)

    assert Letter.objects.filter(addressee__family_name="Haddad").count() == 2
