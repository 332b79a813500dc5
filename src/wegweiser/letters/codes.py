"""Booking codes printed in letters: readable, without characters that look alike."""

from __future__ import annotations

import secrets

from wegweiser.counselling.models import BookingCode

# No 0/O, 1/I/L, 5/S, 2/Z, 8/B: a code read aloud on the phone or typed from paper stays right.
ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
LENGTH = 8


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def fresh_codes(count: int) -> list[str]:
    """`count` codes that no booking code row holds yet (25^8 ≈ 1.5·10^11 possibilities)."""
    codes: set[str] = set()
    while len(codes) < count:
        batch = {new_code() for _ in range(count - len(codes))} - codes
        taken = set(BookingCode.unscoped.filter(code__in=batch).values_list("code", flat=True))
        codes |= batch - taken
    return sorted(codes)
