"""A small world for the letter tests: a desk, a finished screening run and households.

Haddad family (mother, father, child) at one address: met now (§ 25b, § 25a for the child).
Demir: met now, address in Turkish.  Kaya: met now, no address.  Ebrahimi: data missing.
"""

from datetime import date

from django.utils import timezone

from tests.conftest import make_person
from tests.counselling.factories import make_desk


def address(person, street="Hauptstr. 1", postcode="40822", city="Mettmann", language=""):
    from wegweiser.letters.models import PostalAddress

    return PostalAddress.objects.create(authority_id=person.authority_id, person=person,
                                        street=street, postcode=postcode, city=city,
                                        language=language)


def result(run, person, pathway_id="p25b", verdict="should", **fields):
    from wegweiser.screening.models import ScreeningResult

    return ScreeningResult.objects.create(authority_id=run.authority_id, run=run, person=person,
                                          pathway_id=pathway_id, verdict=verdict,
                                          summary="erfüllt", **fields)


def world(authority):
    from wegweiser.cases.models import FamilyLink
    from wegweiser.screening.models import ScreeningRun

    desk = make_desk(authority, slug=f"desk-{authority.pk}")
    run = ScreeningRun.objects.create(authority=authority, as_of=timezone.localdate(),
                                      status="done")
    p = {}
    p["mother"] = make_person(authority, file_number=f"{authority.pk}-H1", family_name="Haddad",
                              given_names="Amal", sex="f", birth_date=date(1988, 1, 2))
    p["father"] = make_person(authority, file_number=f"{authority.pk}-H2", family_name="Haddad",
                              given_names="Mohammed", sex="m", birth_date=date(1985, 3, 4))
    p["child"] = make_person(authority, file_number=f"{authority.pk}-H3", family_name="Haddad",
                             given_names="Lina", sex="f", birth_date=date(2012, 5, 6))
    FamilyLink.objects.create(authority=authority, person=p["mother"], relative=p["father"],
                              relation="spouse")
    FamilyLink.objects.create(authority=authority, person=p["mother"], relative=p["child"],
                              relation="parent")
    for key in ("mother", "father", "child"):
        address(p[key], street="Lindenweg 7")
    p["demir"] = make_person(authority, file_number=f"{authority.pk}-D", family_name="Demir",
                             given_names="Deniz", sex="m", birth_date=date(1980, 1, 1))
    address(p["demir"], street="Bahnhofstr. 3", language="tr")
    p["kaya"] = make_person(authority, file_number=f"{authority.pk}-K", family_name="Kaya",
                            given_names="Ayse", birth_date=date(1990, 1, 1))
    p["ebrahimi"] = make_person(authority, file_number=f"{authority.pk}-E",
                                family_name="Ebrahimi", given_names="Elaha",
                                birth_date=date(1995, 1, 1))
    address(p["ebrahimi"], street="Am Markt 2", language="fa")
    for key in ("mother", "father", "demir", "kaya"):
        result(run, p[key], "p25b", "should")
    result(run, p["child"], "p25a", "entitlement")
    result(run, p["ebrahimi"], "p25b", "unknown")
    return {"desk": desk, "run": run, "people": p}


def start(user, w, group="met_now", **kwargs):
    from django.test import TestCase

    from wegweiser.letters.mailruns import create_run

    # The task is enqueued on commit; the immediate backend then runs it at once.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return create_run(user, screening_run=w["run"], group=group, desk=w["desk"], **kwargs)
