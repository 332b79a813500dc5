"""The reason-code registry: every pathway has its codes, every code a label, general codes fit
every norm, and a code of another norm is named."""

from wegweiser.cases import decision_reasons as registry
from wegweiser.law.statute.pathways import ALL_PATHWAYS


def test_every_pathway_has_codes_with_labels():
    for pathway in ALL_PATHWAYS:
        codes = registry.codes_for(pathway.id)
        assert set(registry.BY_PATHWAY[pathway.id]) <= set(codes), pathway.id
        assert all(str(registry.REASONS[code].label) for code in codes)


def test_general_codes_fit_every_norm_and_decisions_without_one():
    for pathway_id in [*registry.BY_PATHWAY, ""]:
        assert not registry.unfitting(pathway_id, ["identity", "offences", "other"])


def test_a_code_of_another_norm_does_not_fit():
    assert registry.unfitting("p25_5", ["language", "identity", "invented"]) == [
        "language", "invented"]
    assert registry.unfitting("", ["employment_ban"]) == []
    assert registry.unfitting("p25b", ["employment_ban"]) == ["employment_ban"]
