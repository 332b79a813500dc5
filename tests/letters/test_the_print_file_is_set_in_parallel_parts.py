"""A run sets its print file in parts in worker processes while it writes the letters; the
joined file has every page of every letter, in the order of the households."""

import io

from pypdf import PdfReader

from tests.letters.helpers import start, world


def test_the_print_file_has_the_pages_of_every_letter_in_household_order(
        authority, caseworker, monkeypatch):
    from wegweiser.letters import pdf
    from wegweiser.letters.models import Letter, MailRun

    monkeypatch.setattr(pdf, "LETTERS_PER_PART", 1)  # two letters, two parts, two workers
    w = world(authority)
    run = MailRun.objects.get(pk=start(caseworker, w).pk)

    assert run.status == "done" and run.parts_total == run.parts_done == 2
    letters = list(Letter.objects.filter(run=run).order_by("pk"))
    own_pages = [len(PdfReader(io.BytesIO(pdf.letter_pdf(letter))).pages) for letter in letters]
    pages = PdfReader(io.BytesIO(bytes(run.print_pdf))).pages
    assert len(pages) == sum(own_pages)
    first_pages = [sum(own_pages[:n]) for n in range(len(letters))]
    for letter, first in zip(letters, first_pages, strict=True):
        assert letter.booking_code.code in pages[first].extract_text()
