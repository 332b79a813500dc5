"""Booking codes avoid characters that look alike."""

from wegweiser.letters.codes import ALPHABET, new_code


def test_a_code_has_no_ambiguous_characters():
    for _ in range(200):
        code = new_code()
        assert len(code) == 9 and code[4] == "-"
        assert not set(code.replace("-", "")) - set(ALPHABET)
    assert not set("0O1IL5S2Z8B") & set(ALPHABET)
