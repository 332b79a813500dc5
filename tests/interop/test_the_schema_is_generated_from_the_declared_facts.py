"""docs/formats/case-file.schema.json describes every fact of the legal assessment as
law/statute/declarations.py declares it; a new fact that is not in the published schema fails here
(rewrite it: DEBUG=true DJANGO_SETTINGS_MODULE=wegweiser.settings python -m wegweiser.interop.schema)."""

from wegweiser.interop import schema
from wegweiser.law.statute import declarations


def test_the_published_schema_is_generated_from_the_declaration():
    assert schema.load(schema.CASE_FILE) == schema.written_case_file_schema()


def test_every_declared_assessment_fact_has_its_label_in_the_schema():
    published = schema.load(schema.CASE_FILE)["properties"]["assessment"]["properties"]
    for fact in declarations.ASSESSMENT:
        assert published[fact.name]["description"].startswith(fact.label)
