"""The "applications" part of the published schema is generated from the models' choices, the
pathway list and the engine's verdicts (python -m wegweiser.interop.schema rewrites it); a new
outcome or pathway that is not in the published schema fails here."""

from wegweiser.cases.models import Decision
from wegweiser.interop import schema
from wegweiser.interop.spec import FORMAT_VERSION, READABLE_VERSIONS
from wegweiser.law.engine.verdict import Verdict
from wegweiser.law.statute.pathways import PATHWAYS_BY_ID


def _decision() -> dict:
    published = schema.load(schema.CASE_FILE)["properties"]["applications"]
    return published["items"]["properties"]["decision"]["properties"]


def test_both_published_schemas_are_the_generated_ones():
    assert schema.load(schema.CASE_FILE) == schema.written_case_file_schema()
    assert schema.load(schema.CASE_FILES) == schema.written_case_files_schema()


def test_every_outcome_pathway_and_verdict_is_allowed_and_nothing_else():
    decision = _decision()
    outcomes = {str(value) for value, _label in Decision._meta.get_field("outcome").choices}
    assert set(decision["outcome"]["enum"]) == outcomes
    assert set(decision["pathway_id"]["enum"]) == {"", *PATHWAYS_BY_ID}
    assert set(decision["snapshot_verdict"]["enum"]) == {"", *(v.value for v in Verdict)}


def test_the_batch_schema_reads_every_older_version_and_writes_the_newest():
    versions = schema.load(schema.CASE_FILES)["properties"]["format_version"]["enum"]
    assert versions == list(READABLE_VERSIONS) and FORMAT_VERSION == "1.3" == versions[-1]
