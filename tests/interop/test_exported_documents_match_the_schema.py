import json

from jsonschema import Draft202012Validator

from interop.factories import full_case_file
from wegweiser.cases.models import Person, StatusPeriod
from wegweiser.interop import schema
from wegweiser.interop.exchange import case_to_dict, cases_to_document


def test_an_exported_batch_validates_against_the_published_schema(authority):
    full_case_file(authority)

    document = json.loads(json.dumps(cases_to_document(Person.objects.all(), authority.name)))

    schema.validator(schema.CASE_FILES).validate(document)
    assert document["format_version"] == "1.3"
    assert {c["file_number"] for c in document["cases"]} == {"AZ-500", "AZ-501"}


def test_one_exported_case_file_validates_against_its_schema(authority):
    mother, _child = full_case_file(authority)

    case = json.loads(json.dumps(case_to_dict(mother)))

    schema.validator(schema.CASE_FILE).validate(case)
    assert case["name_variants"] == ["Osey", "Oseii"]
    assert case["family"] == [{"relation": "parent", "file_number": "AZ-501",
                               "living_in_household": True}]
    assert case["facts"]["employments"][0]["hours_per_week"] == 38.5
    assert case["passport_held"] is False and case["fdgo_declaration"] is None


def test_a_partial_birth_date_is_exported_as_partial(authority):
    _mother, child = full_case_file(authority)

    assert case_to_dict(child)["birth_date"] == "2012"


def test_both_schemas_are_valid_json_schemas():
    for name in (schema.CASE_FILE, schema.CASE_FILES):
        Draft202012Validator.check_schema(schema.load(name))


def test_the_schema_limits_match_the_database(authority):
    properties = schema.load(schema.CASE_FILE)["properties"]
    period = properties["status_periods"]["items"]["properties"]

    for name in ("file_number", "azr_number", "family_name", "given_names"):
        assert properties[name]["maxLength"] == Person._meta.get_field(name).max_length
    for name in ("legal_basis", "note"):
        assert period[name]["maxLength"] == StatusPeriod._meta.get_field(name).max_length


def test_the_export_reads_a_fixed_number_of_queries(authority, django_assert_max_num_queries):
    for number in range(5):
        full_case_file(authority) if number == 0 else Person.objects.create(
            authority=authority, file_number=f"AZ-{number}", family_name="X", nationality="SYR")

    with django_assert_max_num_queries(12):
        cases_to_document(Person.objects.all())
