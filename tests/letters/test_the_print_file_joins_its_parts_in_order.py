"""The print file is laid out in parts (layout time grows with document length) and the parts'
pages are joined in the order of the letters, none lost."""

import io

from pypdf import PdfReader

from wegweiser.letters import pdf


def test_sixty_letters_in_three_parts_keep_their_order(monkeypatch):
    monkeypatch.setattr(pdf, "LETTERS_PER_PART", 25)
    sections = [f'<section class="letter"><p>Brief Nummer {n:02d}</p></section>' for n in range(60)]
    reader = PdfReader(io.BytesIO(pdf.render_pdf(sections, "Druckdatei")))
    texts = [page.extract_text() for page in reader.pages]
    assert len(texts) == 60
    assert [t.strip() for t in texts] == [f"Brief Nummer {n:02d}" for n in range(60)]


def test_an_empty_run_still_gives_a_valid_file():
    assert pdf.render_pdf([], "leer").startswith(b"%PDF")
