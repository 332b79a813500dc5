"""Unknown placeholders and unbalanced braces are refused in German; nothing is saved."""

import pytest
from django.core.exceptions import ValidationError

from wegweiser.letters.placeholders import fill, problems


def test_known_placeholders_pass_and_are_filled():
    assert problems("{{ anrede }} Ihr Code: {{buchungscode}}") == []
    assert fill("Code {{ buchungscode }}", {"buchungscode": "ABCD-EFGH"}) == "Code ABCD-EFGH"


def test_an_unknown_placeholder_is_named():
    (message,) = problems("Hallo {{ vorname }}")
    assert "„{{ vorname }}“ gibt es nicht" in message


@pytest.mark.parametrize("text", ["Hallo {{ name }", "Hallo { name }}", "{{ name }} }", "{{"])
def test_unbalanced_braces_are_refused(text):
    assert any("nicht ausgeglichen" in m for m in problems(text))


def test_a_bad_version_is_not_saved(authority, users):
    from wegweiser.letters.wording import default_template, save_version

    template = default_template(authority.pk)
    with pytest.raises(ValidationError) as error:
        save_version(users["head"], template, subject="Einladung", body="Hallo {{ vorname }}",
                     expected_version=template.version)
    assert "body" in error.value.message_dict
    assert template.versions.count() == 1
