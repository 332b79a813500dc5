"""verify_challenge: a solved, fresh, unused challenge passes once; everything else gets a message
in the visitor's language."""

import time

from django.core import signing
from django.utils import translation

from wegweiser.public.challenge import SALT, leading_zero_bits_ok, new_challenge, solve, verify_challenge


def solved():
    challenge = new_challenge()
    return {"challenge": challenge.token, "challenge_nonce": solve(challenge.token)}


def test_a_solved_challenge_passes(db):
    assert verify_challenge(solved()) is None


def test_a_solved_challenge_passes_only_once(db):
    data = solved()
    verify_challenge(data)
    assert "schon gesendet" in verify_challenge(data)


def test_a_missing_challenge_is_refused(db):
    assert "nicht fertig" in verify_challenge({})


def test_a_wrong_nonce_is_refused(db):
    challenge = new_challenge()
    wrong = next(str(n) for n in range(10_000) if not leading_zero_bits_ok(challenge.token, str(n), 4))
    assert "ungültig" in verify_challenge({"challenge": challenge.token, "challenge_nonce": wrong})


def test_a_forged_challenge_is_refused(db):
    token = signing.dumps({"id": "x", "bits": 4}, salt=SALT, key="not-the-server-key")
    assert "ungültig" in verify_challenge({"challenge": token, "challenge_nonce": solve(token, 4)})


def test_an_easier_challenge_than_configured_is_refused(db, settings):
    data = solved()
    settings.WEGWEISER_CHALLENGE_BITS = 8
    assert "ungültig" in verify_challenge(data)


def test_an_old_challenge_is_refused(db, settings):
    settings.WEGWEISER_CHALLENGE_MAX_AGE_SECONDS = 0
    data = solved()
    time.sleep(1.1)  # signing counts whole seconds
    assert "zu lange offen" in verify_challenge(data)


def test_the_message_is_in_the_visitors_language(db):
    with translation.override("en"):
        assert verify_challenge({}) == (
            "The security check is not finished. Please wait a moment and send the form again.")
