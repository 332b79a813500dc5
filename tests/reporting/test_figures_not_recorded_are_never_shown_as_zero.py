"""KPIs whose data no app records yet say so; they are not 0."""


def test_informed_and_counselled_are_marked_not_yet_recorded(district, authority, period):
    from wegweiser.reporting import figures as fig

    snap = fig.snapshot(authority.pk, period)
    funnel = {f.key: f for f in fig.funnel(snap, outward=True)}
    assert [f.funnel for f in funnel.values()] == [1, 2, 3, 4, 5]
    for key in ("funnel_informed", "funnel_counselled"):
        assert not funnel[key].recorded
        assert funnel[key].text == "noch nicht erfasst"
        assert funnel[key].value is None


def test_the_dashboard_shows_not_yet_recorded(district, client, users):
    from tests.conftest import login

    login(client, users["head"])
    page = client.get("/berichte/?start=2026-01-01&end=2026-06-30").content.decode()
    assert "noch nicht erfasst" in page
