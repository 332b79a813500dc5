"""A KPI whose data no app records yet says so ("noch nicht erfasst"); it is never 0."""

import pytest


@pytest.fixture
def unrecorded_funnel_stage(monkeypatch):
    """Stage 3 of the funnel as it was before the desk recorded it: a placeholder."""
    from wegweiser.reporting.kpis import REGISTRY
    from wegweiser.reporting.kpis.registry import Kpi

    stage = REGISTRY["funnel_counselled"]
    monkeypatch.setitem(REGISTRY, "funnel_counselled", Kpi(
        stage.key, stage.pillar, stage.label, stage.definition, stage.unit, None,
        stage.suppressible, stage.funnel))


def test_an_unrecorded_funnel_stage_is_marked_not_yet_recorded(
        unrecorded_funnel_stage, district, authority, period):
    from wegweiser.reporting import figures as fig

    snap = fig.snapshot(authority.pk, period)
    funnel = {f.key: f for f in fig.funnel(snap, outward=True)}
    assert [f.funnel for f in funnel.values()] == [1, 2, 3, 4, 5]
    assert not funnel["funnel_counselled"].recorded
    assert funnel["funnel_counselled"].text == "noch nicht erfasst"
    assert funnel["funnel_counselled"].value is None
    assert funnel["funnel_informed"].recorded


def test_the_dashboard_shows_not_yet_recorded(unrecorded_funnel_stage, district, client, users):
    from tests.conftest import login

    login(client, users["head"])
    page = client.get("/berichte/?start=2026-01-01&end=2026-06-30").content.decode()
    assert "noch nicht erfasst" in page
