"""Unknown features, comparisons that do not fit, bad values: a German message, nothing saved."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login
from wegweiser.audit.models import AuditEntry
from wegweiser.review import constellations as service
from wegweiser.review.models import Constellation

BAD = [
    ([], "Bitte mindestens eine Bedingung angeben."),
    ("age>3", "Bitte mindestens eine Bedingung angeben."),
    ([{"feature": "religion", "op": "eq", "value": "x"}],
     "Bedingung 1: Das Merkmal „religion“ gibt es nicht."),
    ([{"feature": "age", "op": "like", "value": 3}],
     "Bedingung 1: Den Vergleich „like“ gibt es nicht."),
    ([{"feature": "identity_clarified", "op": "ge", "value": True}],
     "Bedingung 1: „mindestens (≥)“ passt nicht zum Merkmal „Identität geklärt“."),
    ([{"feature": "age", "op": "ge", "value": "zwanzig"}],
     "Bedingung 1: Bitte für „Alter“ eine ganze Zahl von 0 bis 120 angeben."),
    ([{"feature": "age", "op": "ge", "value": 300}],
     "Bedingung 1: Bitte für „Alter“ eine ganze Zahl von 0 bis 120 angeben."),
    ([{"feature": "age", "op": "ge", "value": -1}],
     "Bedingung 1: Bitte für „Alter“ eine ganze Zahl von 0 bis 120 angeben."),
    ([{"feature": "age", "op": "between", "value": [30, 20]}],
     "Bedingung 1: „von“ darf nicht größer sein als „bis“."),
    ([{"feature": "age", "op": "between", "value": 20}],
     "Bedingung 1: Bitte „von“ und „bis“ angeben."),
    ([{"feature": "nationality", "op": "eq", "value": "ATL"}],
     "Bedingung 1: „ATL“ ist kein möglicher Wert für „Staatsangehörigkeit“."),
    ([{"feature": "lang_oral", "op": "ge", "value": "B3"}],
     "Bedingung 1: „B3“ ist kein möglicher Wert für „Deutschkenntnisse mündlich“."),
    ([{"feature": "age", "op": "ge", "value": 20}, {"feature": "age"}],
     "Bedingung 2: Bitte einen Vergleich wählen."),
    ([{"feature": "age", "op": "ge"}], "Bedingung 1: Bitte einen Wert für „Alter“ angeben."),
    ([[1, 2]], "Bedingung 1: Die Angaben sind unvollständig."),
    ([{"feature": "age", "op": "ge", "value": 1}] * 21, "Höchstens 20 Bedingungen je Konstellation."),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("conditions", "message"), BAD)
def test_the_door_refuses_bad_conditions_with_a_german_message(caseworker, conditions, message):
    entries = AuditEntry.objects.count()
    with pytest.raises(ValidationError) as refused:
        service.save_constellation(caseworker, None, name="Prüfung", description="",
                                   conditions=conditions)
    assert any(m.startswith(message) for m in refused.value.message_dict["conditions"]), \
        refused.value.message_dict
    assert not Constellation.objects.exists() and AuditEntry.objects.count() == entries


@pytest.mark.django_db
def test_a_municipality_of_another_authority_is_no_possible_value(caseworker, other_authority):
    theirs = other_authority.municipalities.first()
    with pytest.raises(ValidationError):
        service.save_constellation(caseworker, None, name="Fremd", description="", conditions=[
            {"feature": "municipality", "op": "eq", "value": theirs.pk}])
    assert not Constellation.objects.exists()


@pytest.mark.django_db
def test_a_name_is_needed_and_unique(caseworker):
    good = [{"feature": "age", "op": "ge", "value": 18}]
    with pytest.raises(ValidationError) as refused:
        service.save_constellation(caseworker, None, name=" ", description="", conditions=good)
    assert refused.value.message_dict["name"] == ["Bitte eine Bezeichnung angeben."]
    service.save_constellation(caseworker, None, name="Volljährige", description="",
                               conditions=good)
    with pytest.raises(ValidationError) as refused:
        service.save_constellation(caseworker, None, name="volljährige", description="",
                                   conditions=good)
    assert refused.value.message_dict["name"] == ["Eine Fallkonstellation „volljährige“ gibt es "
                                                  "bereits."]
    assert Constellation.objects.count() == 1


@pytest.mark.django_db
def test_the_form_shows_the_message_and_saves_nothing(client, caseworker):
    login(client, caseworker)
    response = client.post(reverse("review:constellation_create"), {
        "name": "Junge Erwachsene", "description": "", "version": "0", "rows": "1",
        "c0-feature": "age", "c0-op": "between", "c0-value": "26", "c0-value2": "21",
        "step": "save"})
    assert response.status_code == 400
    assert "Bedingung 1: „von“ darf nicht größer sein als „bis“." in response.content.decode()
    assert not Constellation.objects.exists()


@pytest.mark.django_db
def test_a_stale_edit_is_refused(client, caseworker):
    saved = service.save_constellation(caseworker, None, name="Alt", description="",
                                       conditions=[{"feature": "age", "op": "ge", "value": 18}])
    service.save_constellation(caseworker, saved, name="Neu", description="",
                               conditions=saved.conditions, expected_version=1)
    login(client, caseworker)
    response = client.post(reverse("review:constellation_edit", args=[saved.pk]), {
        "name": "Meine Fassung", "version": "1", "rows": "1", "c0-feature": "age",
        "c0-op": "ge", "c0-value": "21", "step": "save"})
    assert response.status_code == 409
    saved.refresh_from_db()
    assert saved.name == "Neu" and saved.conditions[0]["value"] == 18
