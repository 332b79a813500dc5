"""The text of a PDF as a reader's program extracts it (pypdf), for tests that check what a
generated PDF really says - not the HTML it was made from."""

import io
import re


def pdf_text(data: bytes) -> str:
    """All pages' text, whitespace (line breaks of the layout) collapsed to single spaces."""
    from pypdf import PdfReader

    assert bytes(data).startswith(b"%PDF"), "not a PDF"
    pages = PdfReader(io.BytesIO(bytes(data))).pages
    return re.sub(r"\s+", " ", " ".join(page.extract_text() or "" for page in pages)).strip()
