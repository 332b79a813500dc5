"""The name of a topic in each public language is typed in on the topic's configuration form
(one optional input per language, right-to-left for Arabic and Farsi) and saved through
desk_config: with history and optimistic locking; bad input is refused in German, nothing saved."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from tests.conftest import login
from tests.counselling.factories import make_desk
from wegweiser.counselling import desk_config
from wegweiser.counselling.models import Topic


@pytest.fixture
def topic(users):
    desk = make_desk(users["head"].authority)
    return desk.topics.get(key="dokumente")


def _post(client, topic, **fields):
    data = {"name": topic.name, "key": topic.key, "units": topic.units, "position": 2,
            "bookable_online": "on", "version": topic.version, **fields}
    return client.post(reverse("counselling:desk_topic_edit", args=[topic.desk_id, topic.pk]),
                       data)


def test_the_form_has_one_input_per_language_right_to_left_for_arabic_and_farsi(client, users,
                                                                                topic):
    login(client, users["head"])
    page = client.get(reverse("counselling:desk_topic_edit",
                              args=[topic.desk_id, topic.pk])).content.decode()
    for code in ("en", "ar", "tr", "uk", "ru", "fa"):
        assert f'name="translation_{code}"' in page
    assert 'dir="rtl" lang="ar"' in page or 'lang="ar" dir="rtl"' in page
    assert 'lang="fa" dir="rtl"' in page or 'dir="rtl" lang="fa"' in page
    assert 'lang="tr" dir="ltr"' in page or 'dir="ltr" lang="tr"' in page


def test_typed_in_names_are_saved_with_a_history_and_empty_inputs_are_left_out(client, users,
                                                                               topic):
    login(client, users["head"])
    response = _post(client, topic, translation_ar="الوثائق", translation_tr=" Belgeler ",
                     translation_en="")
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.translations == {"ar": "الوثائق", "tr": "Belgeler"}
    assert topic.history.first().translations == {"ar": "الوثائق", "tr": "Belgeler"}


def test_a_too_long_name_is_refused_in_german_and_nothing_is_saved(client, users, topic):
    login(client, users["head"])
    response = _post(client, topic, translation_uk="я" * 201, translation_ar="الوثائق")
    assert response.status_code == 400
    assert "Höchstens 200 Zeichen." in response.content.decode()
    topic.refresh_from_db()
    assert topic.translations == {}


def test_a_form_loaded_before_another_save_is_refused(client, users, topic):
    Topic.objects.filter(pk=topic.pk).update(version=topic.version + 1)
    login(client, users["head"])
    response = _post(client, topic, translation_ar="الوثائق")
    assert response.status_code == 409
    topic.refresh_from_db()
    assert topic.translations == {}


@pytest.mark.parametrize(("translations", "field"), [
    ({"xx": "Name"}, "translations"),
    ({"de": "Dokumente"}, "translations"),
    ({"ar": "   "}, "translation_ar"),
    ({"ru": 5}, "translation_ru"),
    (["ar", "Name"], "translations"),
])
def test_the_door_refuses_unknown_languages_and_empty_names(users, topic, translations, field):
    topic.translations = translations
    with pytest.raises(ValidationError) as refused:
        desk_config.save_topic(users["head"], topic, topic.version)
    assert field in refused.value.message_dict
    assert Topic.objects.get(pk=topic.pk).translations == {}
