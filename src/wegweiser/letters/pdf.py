"""Letters as PDF (WeasyPrint, as review.minutes does).

A run lays out all its letters in one document, once: the combined print file. The PDF of one
letter is rendered from the letter's archived page when asked for - the same HTML gives the same
letter, and the run does not pay a second layout per letter (bench/bench_mail_run.py).
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import translation


def document_html(sections: list[str], title: str) -> str:
    with translation.override("de"):
        return render_to_string("letters/print.html", {"sections": sections, "title": title})


# WeasyPrint's layout time per letter grows with the length of the document (10 letters: 70 ms
# each, 300 letters: 139 ms each; docs/benchmarks.md): a run lays out parts of this many letters
# and joins their pages into one print file.
LETTERS_PER_PART = 25


def render_pdf(sections: list[str], title: str) -> bytes:
    from weasyprint import HTML  # imported on use: it loads fonts and Pango

    parts = [sections[i:i + LETTERS_PER_PART]
             for i in range(0, len(sections), LETTERS_PER_PART)] or [[]]
    documents = [HTML(string=document_html(part, title)).render() for part in parts]
    pages = [page for document in documents for page in document.pages]
    return documents[0].copy(pages).write_pdf()


def letter_pdf(letter) -> bytes:
    return render_pdf([letter.html], letter.subject)
