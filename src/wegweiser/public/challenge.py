"""A privacy-friendly proof-of-work challenge instead of a third-party captcha.

The server hands out a signed, time-limited challenge; the visitor's browser searches a number
(nonce) such that SHA-256("<challenge>:<nonce>") starts with N zero bits (N =
settings.WEGWEISER_CHALLENGE_BITS, default 16: about 65,000 hashes, well under two seconds on a
phone; `public/static/public/challenge.js`). A person does not notice it; a bot that books
thousands of times pays for every attempt. Nothing leaves the office's server: no third party,
no cookie, no tracking.

How to use it in a form view (the booking pages):

    from wegweiser.public.challenge import verify_challenge

    # template, inside the <form>:
    {% load public_challenge %}{% challenge_field phone=desk.phone %}

    # view, on POST, before anything is saved:
    error = verify_challenge(request.POST)
    if error:
        form.add_error(None, error)   # a message in the visitor's language; nothing is saved

`challenge_field` renders `public/challenge_field.html` with a fresh challenge (or include that
template yourself with `challenge=new_challenge()` in the context). Without JavaScript the field
says so and offers the desk's phone number. Each solved challenge is accepted once
(`UsedChallenge`); tests solve one with `solve(token)`.
"""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta
from itertools import count

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import UsedChallenge

SALT = "wegweiser.public.challenge"
TOKEN_FIELD = "challenge"
NONCE_FIELD = "challenge_nonce"


@dataclass(frozen=True)
class Challenge:
    token: str
    bits: int


def bits() -> int:
    return int(getattr(settings, "WEGWEISER_CHALLENGE_BITS", 16))


def max_age() -> int:
    return int(getattr(settings, "WEGWEISER_CHALLENGE_MAX_AGE_SECONDS", 3600))


def enabled() -> bool:
    """WEGWEISER_PUBLIC_CHALLENGE=off accepts every form without a solved challenge (benchmarks
    only: a load test would otherwise measure SHA-256 in the client)."""
    return bool(getattr(settings, "WEGWEISER_PUBLIC_CHALLENGE", True))


def new_challenge() -> Challenge:
    difficulty = bits()
    token = signing.dumps({"id": secrets.token_hex(16), "bits": difficulty}, salt=SALT)
    return Challenge(token=token, bits=difficulty)


def leading_zero_bits_ok(token: str, nonce: str, difficulty: int) -> bool:
    digest = hashlib.sha256(f"{token}:{nonce}".encode()).digest()
    return int.from_bytes(digest, "big") >> (256 - difficulty) == 0 if difficulty else True


def solve(token: str, difficulty: int | None = None) -> str:
    """What the browser does, in Python: for tests (use a low WEGWEISER_CHALLENGE_BITS)."""
    if difficulty is None:
        difficulty = int(signing.loads(token, salt=SALT)["bits"])
    return next(str(n) for n in count() if leading_zero_bits_ok(token, str(n), difficulty))


def verify_challenge(data) -> str | None:
    """None if `data` (request.POST) carries a fresh, solved, unused challenge; else a message
    in the current language. A solved challenge is marked used here (also when the form then
    fails for another reason: the page offers a new one)."""
    if not enabled():
        return None
    token, nonce = data.get(TOKEN_FIELD, ""), data.get(NONCE_FIELD, "")
    if not token or not nonce:
        return _("Die Sicherheitsprüfung ist nicht fertig. Bitte warten Sie einen Moment und "
                 "senden Sie das Formular noch einmal.")
    try:
        payload = signing.loads(token, salt=SALT, max_age=max_age())
    except signing.SignatureExpired:
        return _("Die Seite war zu lange offen. Bitte laden Sie die Seite neu und senden Sie das "
                 "Formular noch einmal.")
    except signing.BadSignature:
        return _("Die Sicherheitsprüfung ist ungültig. Bitte laden Sie die Seite neu.")
    difficulty = payload.get("bits", 0)
    if difficulty < bits() or len(nonce) > 20 or not leading_zero_bits_ok(token, nonce, difficulty):
        return _("Die Sicherheitsprüfung ist ungültig. Bitte laden Sie die Seite neu.")
    if not _use_once(payload["id"]):
        return _("Dieses Formular wurde schon gesendet. Bitte laden Sie die Seite neu.")
    return None


def _use_once(challenge_id: str) -> bool:
    now = timezone.now()
    UsedChallenge.objects.filter(expires__lt=now).delete()
    try:
        with transaction.atomic():
            UsedChallenge.objects.create(id=challenge_id, expires=now + timedelta(seconds=max_age()))
    except IntegrityError:
        return False
    return True
