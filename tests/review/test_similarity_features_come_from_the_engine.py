"""The values frozen for the similarity of two cases, from an engine feature row."""

from datetime import date

from wegweiser.cases.decision_similarity import similarity_features

DAY = date(2025, 3, 1)


def test_known_facts_become_their_state():
    features = {"identity_clarified": True, "livelihood_secured": False, "lang_oral": 2,
                "dul_alive": True, "dul_start": date(2019, 3, 2)}
    assert similarity_features(features, DAY) == {
        "identity": "yes", "livelihood": "no", "language": "A2", "toleration_years": "5"}


def test_unknown_stays_unknown():
    assert similarity_features({}, DAY) == {
        "identity": "unknown", "livelihood": "unknown", "language": "unknown",
        "toleration_years": "unknown"}


def test_languages_fall_into_the_steps_the_pathways_ask_for():
    levels = {level: similarity_features({"lang_oral": level}, DAY)["language"]
              for level in (0, 1, 2, 3, 6)}
    assert levels == {0: "below_A2", 1: "below_A2", 2: "A2", 3: "B1", 6: "B1"}


def test_toleration_counts_whole_years_and_ends_at_eight():
    def years(start, alive=True):
        return similarity_features({"dul_alive": alive, "dul_start": start}, DAY)[
            "toleration_years"]

    assert years(date(2024, 3, 1)) == "1"
    assert years(date(2024, 3, 2)) == "0"
    assert years(date(2010, 1, 1)) == "8"
    assert years(None, alive=False) == "0"
