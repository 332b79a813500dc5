"""Letters as PDF (WeasyPrint, as review.minutes does).

A run's combined print file is set in parts of LETTERS_PER_PART letters, each part in a worker
process (one per core) while the run still writes its letters; the parts' PDFs are joined in
the order of the letters (pypdf, decision 0021). The PDF of one letter is rendered from the
letter's archived page when asked for - the same HTML gives the same letter, and the run does
not pay a second layout per letter (bench/bench_mail_run.py).
"""

from __future__ import annotations

import io
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from django.template.loader import render_to_string
from django.utils import translation

if TYPE_CHECKING:
    from pypdf import PdfWriter

# WeasyPrint's layout time per letter grows with the length of the document (10 letters: 70 ms
# each, 300 letters: 139 ms each; docs/benchmarks.md), and a part is the unit of work of one
# worker process.
LETTERS_PER_PART = 25


class PrintFileError(Exception):
    """A part of the print file could not be set (the worker failed or died)."""


def document_html(sections: list[str], title: str) -> str:
    with translation.override("de"):
        return render_to_string("letters/print.html", {"sections": sections, "title": title})


def set_part(html: str) -> bytes:
    """Lay out one document and write its PDF; runs in a worker process (no database)."""
    from weasyprint import HTML  # imported on use: it loads fonts and Pango

    return HTML(string=html).write_pdf()


def parts_for(letters: int) -> int:
    return max(1, -(-letters // LETTERS_PER_PART))


class PrintFile:
    """The combined print file, set part by part while letters are added.

    `add` hands every full part to the pool at once; `finish` sets the rest and joins the
    parts in order. A file of a single part is set in this process, without a pool. Use it as
    a context manager: leaving it stops the workers, also after an error."""

    def __init__(self, title: str, workers: int | None = None) -> None:
        self.title = title
        self.workers = workers or os.cpu_count() or 1
        self.pending: list[str] = []
        self.parts: list[Future[bytes]] = []
        self.pool: ProcessPoolExecutor | None = None
        self.writer: PdfWriter | None = None
        self.joined = 0

    def __enter__(self) -> PrintFile:
        return self

    def __exit__(self, *exc_info) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def add(self, section: str) -> None:
        self.pending.append(section)
        if len(self.pending) >= LETTERS_PER_PART:
            self._submit()

    @property
    def parts_done(self) -> int:
        return sum(part.done() for part in self.parts)

    def _submit(self) -> None:
        html = document_html(self.pending, self.title)
        self.pending = []
        if self.pool is None:
            # forkserver: the workers are forked from a fresh process that has loaded
            # WeasyPrint, not from this one (its threads, e.g. polars', and its database
            # connections stay here); they need nothing but this module.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["weasyprint", __name__])
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context)
        try:
            part = self.pool.submit(set_part, html)
        except BrokenProcessPool as error:  # a worker died: no part is set any more
            part = Future()
            part.set_exception(error)
        self.parts.append(part)

    def join_ready(self, fail: bool = False) -> None:
        """Append the finished parts that are next in order (the rest waits for its turn).

        A failed part stops the joining; it raises PrintFileError only with `fail` (in
        `finish`), so that a run writes all its letters before it is marked failed."""
        from pypdf import PdfReader, PdfWriter

        if self.writer is None:
            self.writer = PdfWriter()
            self.writer.add_metadata({"/Title": self.title})
        writer = self.writer
        while self.joined < len(self.parts) and self.parts[self.joined].done():
            try:
                data = self.parts[self.joined].result()
            except Exception as error:
                if not fail:
                    return
                raise PrintFileError(f"part {self.joined + 1} of {len(self.parts)}") from error
            writer.append(PdfReader(io.BytesIO(data)))
            self.joined += 1

    def finish(self, progress: Callable[[int, int], None] | None = None) -> bytes:
        """Set the remaining letters and return the joined file; progress(parts done, total)."""
        if not self.parts:
            data = set_part(document_html(self.pending, self.title))
            self.pending = []
            if progress:
                progress(1, 1)
            return data
        if self.pending:
            self._submit()
        total = len(self.parts)
        while True:
            self.join_ready(fail=True)
            if progress:
                progress(self.parts_done, total)
            if self.joined == total:
                break
            wait([part for part in self.parts if not part.done()],
                 return_when="FIRST_COMPLETED")
        assert self.writer is not None
        out = io.BytesIO()
        self.writer.write(out)
        return out.getvalue()


def render_pdf(sections: list[str], title: str) -> bytes:
    with PrintFile(title) as print_file:
        for section in sections:
            print_file.add(section)
        return print_file.finish()


def letter_pdf(letter) -> bytes:
    return set_part(document_html([letter.html], letter.subject))
