"""The builder is a plain form: adding, removing and adapting rows are submits that save
nothing; with htmx the same request returns only the builder, with the live count."""

import pytest
from django.urls import reverse

from tests.conftest import login
from wegweiser.review.models import Constellation


def _post(client, **fields):
    data = {"name": "Junge Erwachsene", "description": "", "version": "0", **fields}
    return client.post(reverse("review:constellation_create"), data)


@pytest.mark.django_db
def test_adding_and_removing_conditions_saves_nothing(client, caseworker):
    login(client, caseworker)
    page = client.get(reverse("review:constellation_create")).content.decode()
    assert 'name="c0-feature"' in page and 'name="c1-feature"' not in page
    added = _post(client, rows="1", **{"c0-feature": "age"}, step="add").content.decode()
    assert 'name="c1-feature"' in added and 'name="c2-feature"' not in added
    removed = _post(client, rows="2", **{"c0-feature": "age", "c1-feature": "nationality"},
                    drop="0").content.decode()
    assert 'name="c1-feature"' not in removed
    assert '<option value="nationality" selected>' in removed
    assert not Constellation.objects.exists()


@pytest.mark.django_db
def test_the_value_field_fits_the_chosen_feature(client, caseworker):
    login(client, caseworker)
    number = _post(client, rows="1", **{"c0-feature": "age"}).content.decode()
    assert 'type="number"' in number and 'max="120"' in number
    choice = _post(client, rows="1", **{"c0-feature": "identity_clarified"}).content.decode()
    assert '<select class="kern-form-input__select" id="c0-value"' in choice
    assert '<option value="ge"' not in choice  # "mindestens" does not fit a yes/no feature


@pytest.mark.django_db
def test_a_complete_form_shows_the_count_before_saving(client, caseworker, authority):
    from datetime import date

    from tests.conftest import make_person

    make_person(authority, file_number="KT-1", birth_date=date(2003, 1, 1))
    make_person(authority, file_number="KT-2", birth_date=date(1960, 1, 1))
    login(client, caseworker)
    fields = {"rows": "1", "c0-feature": "age", "c0-op": "between", "c0-value": "18",
              "c0-value2": "30"}
    page = _post(client, **fields).content.decode()
    assert '<strong id="match-count">1</strong>' in page
    partial = client.post(reverse("review:constellation_create"),
                          {"name": "x", "version": "0", **fields}, HTTP_HX_REQUEST="true")
    text = partial.content.decode()
    assert text.lstrip().startswith('<form method="post" id="builder"')
    assert '<strong id="match-count">1</strong>' in text and "<html" not in text
    saved = _post(client, **fields, step="save")
    assert saved.status_code == 302
    constellation = Constellation.objects.get()
    assert constellation.conditions == [{"feature": "age", "op": "between", "value": [18, 30]}]
    assert saved["Location"] == reverse("review:constellation_detail", args=[constellation.pk])


@pytest.mark.django_db
def test_an_edit_starts_from_the_saved_conditions(client, caseworker, authority):
    constellation = Constellation.objects.create(authority=authority, name="Ungeklärt",
                                                 conditions=[{"feature": "identity_clarified",
                                                              "op": "eq", "value": False}])
    login(client, caseworker)
    page = client.get(reverse("review:constellation_edit", args=[constellation.pk]))
    text = page.content.decode()
    assert '<option value="identity_clarified" selected>' in text
    assert '<option value="False" selected>' in text and 'value="Ungeklärt"' in text
