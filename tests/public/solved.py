"""A solved proof-of-work challenge for the booking POSTs of tests (with the low difficulty of
tests/public/conftest.py), as the page's JavaScript would send it."""

from wegweiser.public.challenge import NONCE_FIELD, TOKEN_FIELD, new_challenge, solve


def solved() -> dict[str, str]:
    token = new_challenge().token
    return {TOKEN_FIELD: token, NONCE_FIELD: solve(token)}
