"""Reads the mails that Django's file e-mail backend wrote (demo and development, no SMTP).

The backend appends each message as RFC 5322 bytes followed by a line of 79 dashes; one file holds
the messages of one connection. The demo mail page shows them newest first.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from django.conf import settings

SEPARATOR = b"\n" + b"-" * 79 + b"\n"
MOST = 200  # the page is for a demo: the newest few are what a visitor looks for


@dataclass(frozen=True)
class Mail:
    sent: datetime
    recipients: str
    subject: str
    body: str


def mail_directory() -> Path | None:
    """The file backend's folder, or None when mail goes out by SMTP."""
    mailer: dict[str, Any] = settings.MAILERS.get("default", {})
    if not str(mailer.get("BACKEND", "")).endswith("filebased.EmailBackend"):
        return None
    return Path(mailer.get("OPTIONS", {}).get("file_path", ""))


def outgoing_mails() -> list[Mail]:
    folder = mail_directory()
    if folder is None or not folder.is_dir():
        return []
    mails = [mail for file in folder.glob("*.log") for mail in _read(file)]
    return sorted(mails, key=lambda mail: mail.sent, reverse=True)[:MOST]


def _read(file: Path) -> list[Mail]:
    fallback = datetime.fromtimestamp(file.stat().st_mtime, tz=UTC)
    chunks = (chunk.strip(b"\n") for chunk in file.read_bytes().split(SEPARATOR))
    return [_mail(chunk, fallback) for chunk in chunks if chunk]


def _mail(raw: bytes, fallback: datetime) -> Mail:
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    try:
        sent = parsedate_to_datetime(str(message["Date"]))
    except (TypeError, ValueError):
        sent = fallback
    if sent.tzinfo is None:  # "-0000": no zone given; sorting needs one
        sent = sent.replace(tzinfo=UTC)
    body = message.get_body(preferencelist=("plain", "html"))
    text = body.get_content() if body is not None else ""
    return Mail(sent=sent, recipients=str(message["To"] or ""), subject=str(message["Subject"] or ""),
                body=text)
