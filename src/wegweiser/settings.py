"""Wegweiser settings: one module, driven by environment variables.

SQLite is the default; DATABASE_URL selects PostgreSQL (or any other database).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent


def envbool(name: str, default: str) -> bool:
    value = os.environ.get(name, default).lower()
    if value not in {"true", "false", "1", "0", "yes", "no", "on", "off"}:
        raise ImproperlyConfigured(f"{name} must be true or false (on or off), not {value!r}")
    return value in {"true", "1", "yes", "on"}


def envint(name: str, default: str) -> int:
    value = os.environ.get(name, default)
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from error


DEBUG = envbool("DEBUG", "false")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and not envbool("WEGWEISER_INSECURE_DEV_KEY", "false"):
        raise ImproperlyConfigured("SECRET_KEY must be set (or DEBUG=true for development).")
    SECRET_KEY = "insecure-development-key-never-use-in-production"

ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "simple_history",
    "django_tasks_db",
    "wegweiser.accounts",
    "wegweiser.audit",
    "wegweiser.cases",
    "wegweiser.interop",
    "wegweiser.screening",
    "wegweiser.review",
    "wegweiser.counselling",
    "wegweiser.letters",
    "wegweiser.dialogue",
    "wegweiser.public",
    "wegweiser.training",
    "wegweiser.reporting",
    "wegweiser.demo",
    "wegweiser.ops",
    "wegweiser.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Serves the collected static files (CSS, fonts, htmx) without a separate web server.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "wegweiser.accounts.middleware.SessionRenewalMiddleware",
    "wegweiser.web.middleware.StaffLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "wegweiser.accounts.middleware.CurrentAuthorityMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "wegweiser.urls"
WSGI_APPLICATION = "wegweiser.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wegweiser.web.context.navigation",
            ],
        },
    },
]

DATA_DIR = Path(os.environ.get("WEGWEISER_DATA_DIR", PROJECT_DIR / "var"))
DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'wegweiser.sqlite3'}"),
        # Persistent connections: opening one per request costs more than most pages' queries.
        conn_max_age=envint("DB_CONN_MAX_AGE", "60"),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several web threads and the task worker share one file (docs/decisions/0004):
    # WAL lets readers go on while one writer writes; IMMEDIATE takes the write lock at BEGIN,
    # so a second writer waits up to `timeout` seconds (Django's advice for "database is
    # locked") instead of failing at once when its transaction turns from reading to writing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": envint("SQLITE_TIMEOUT_SECONDS", "20"),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Lock a staff login after repeated failures (django-axes).
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", "5")
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_MINUTES", "30") / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# Staff share one office IP behind NAT: locking by IP would lock out the whole office after one
# colleague's typos, so the lockout is per account (the requirement), not per address.
# security.W021 (HSTS preload): the preload list takes only a registrable domain, never a host
# such as wegweiser.kreis.example, so asking for it is the authority's decision for its whole
# domain, not Wegweiser's (SECURE_HSTS_PRELOAD=true if the authority has decided so).
# models.W040: the covering indexes (Index(include=...)) of the reporting and practice queries are
# for PostgreSQL, the production database; SQLite builds them without the extra columns, which is
# harmless, and would otherwise print the warning on every management command of the demo.
SILENCED_SYSTEM_CHECKS = ["axes.W006", "security.W021", "models.W040"]

SESSION_COOKIE_AGE = envint("SESSION_TIMEOUT_MINUTES", "30") * 60
# The timeout counts from the last request: SessionRenewalMiddleware renews the expiry at most
# once a minute instead of writing the session row on every request.
SESSION_ENGINE = "wegweiser.accounts.sessions"
SESSION_SAVE_EVERY_REQUEST = False
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = envbool("SECURE_COOKIES", "false")
# HTTPS in production (docs/operations/README.md); off by default so that the demo runs on http.
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "false")
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", "0")
# Covers only host names below Wegweiser's own (wegweiser.kreis.example), not the authority's.
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true")
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "false")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

from django.utils.csp import CSP  # noqa: E402

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF, "data:"],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

LANGUAGE_CODE = "de"
# The public pages (/buergerservice/) speak seven languages; the staff UI German and English.
# Language names stay in their own language: a visitor must find theirs without reading German.
LANGUAGES = [("de", "Deutsch"), ("en", "English"), ("ar", "العربية"), ("tr", "Türkçe"),
             ("uk", "Українська"), ("ru", "Русский"), ("fa", "فارسی")]
STAFF_LANGUAGES = [("de", _("Deutsch")), ("en", _("English"))]
PUBLIC_PATH_PREFIX = "/buergerservice/"
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"  # filled by `manage.py collectstatic`
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (cached for a year by browsers) and compressed copies, served by WhiteNoise.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Front-end packages come from npm (package.json); `npm ci` puts them in node_modules.
_NPM_ASSETS = [
    ("kern", PROJECT_DIR / "node_modules" / "@kern-ux" / "native" / "dist"),
    ("htmx", PROJECT_DIR / "node_modules" / "htmx.org" / "dist"),
]
STATICFILES_DIRS = [(prefix, path) for prefix, path in _NPM_ASSETS if path.exists()]

TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

MEDIA_ROOT = DATA_DIR / "media"

# E-mail to visitors of the counselling desk: SMTP configured by the environment; without
# EMAIL_HOST (demo, development) the mails are written to files that the demo mail page shows.
if os.environ.get("EMAIL_HOST"):
    MAILERS = {"default": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": os.environ["EMAIL_HOST"],
            "port": int(os.environ.get("EMAIL_PORT", "587")),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": os.environ.get("EMAIL_USE_TLS", "true").lower() == "true",
        },
    }}
else:
    MAILERS = {"default": {
        "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "OPTIONS": {"file_path": str(DATA_DIR / "outgoing-mail")},
    }}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "beratung@wegweiser.invalid")
# The page that shows the outgoing mail (demo only: it shows mails without a login).
WEGWEISER_DEMO_MAIL_PAGE = os.environ.get("WEGWEISER_DEMO_MAIL_PAGE", "false").lower() == "true"

# Abuse protection of the public forms (public.challenge, public.ratelimit): proof-of-work
# difficulty in leading zero bits (16 ≈ 65,000 hashes, under 2 s on a phone), how long a
# challenge stays valid, POSTs per minute and client address, and whether X-Forwarded-For comes
# from a proxy of the office's own (only then is it believed).
WEGWEISER_CHALLENGE_BITS = envint("WEGWEISER_CHALLENGE_BITS", "16")
WEGWEISER_CHALLENGE_MAX_AGE_SECONDS = envint("WEGWEISER_CHALLENGE_MAX_AGE_SECONDS", "3600")
WEGWEISER_RATE_LIMIT_PER_MINUTE = envint("WEGWEISER_RATE_LIMIT_PER_MINUTE", "10")
WEGWEISER_TRUSTED_PROXY = envbool("WEGWEISER_TRUSTED_PROXY", "false")
# Both protections are on unless switched off (only for measurements: bench/bench_booking_burst.py).
WEGWEISER_PUBLIC_RATE_LIMIT = envbool("WEGWEISER_PUBLIC_RATE_LIMIT", "on")
WEGWEISER_PUBLIC_CHALLENGE = envbool("WEGWEISER_PUBLIC_CHALLENGE", "on")

# Public booking (counselling.booking, decision 0011): the address in e-mailed links, the head
# start of booking codes from letters, recorded no-shows after which online booking needs a code,
# and how long a freed slot is held for the next person on the waitlist.
WEGWEISER_PUBLIC_BASE_URL = os.environ.get("WEGWEISER_PUBLIC_BASE_URL", "http://127.0.0.1:8000")
WEGWEISER_CODE_HEAD_START_DAYS = envint("WEGWEISER_CODE_HEAD_START_DAYS", "7")
WEGWEISER_NO_SHOW_LIMIT = envint("WEGWEISER_NO_SHOW_LIMIT", "2")
WEGWEISER_WAITLIST_OFFER_MINUTES = envint("WEGWEISER_WAITLIST_OFFER_MINUTES", "240")

# Default screening threshold for a "Kettenduldung" (months of continuous toleration).
WEGWEISER_LONG_TERM_DULDUNG_MONTHS = envint("WEGWEISER_LONG_TERM_DULDUNG_MONTHS", "12")

# Retention (screening.retention): per authority, the per-person results of this many completed
# screening runs are kept; older runs keep only their counts.  The worklist compares the latest
# run with the one before, so fewer than two is refused.
WEGWEISER_SCREENING_KEEP_RUNS = envint("WEGWEISER_SCREENING_KEEP_RUNS", "5")
if WEGWEISER_SCREENING_KEEP_RUNS < 2:
    raise ImproperlyConfigured(
        "WEGWEISER_SCREENING_KEEP_RUNS must be at least 2: the worklist compares the latest "
        f"screening run with the previous one, not {WEGWEISER_SCREENING_KEEP_RUNS}")

# Constellations (review.constellation_frame): the engine's features of all persons of an
# authority are kept in each web process and patched after every audited change; after this many
# seconds they are read again in full (a safety net for writes that bypass the audited doors).
# 0 = never keep them.
WEGWEISER_CONSTELLATION_CACHE_SECONDS = envint("WEGWEISER_CONSTELLATION_CACHE_SECONDS", "14400")
# Where those frames are also kept on disk (review.frame_store), written by every build and by
# each screening run, so that a new web process starts warm. Empty = memory only.
WEGWEISER_CONSTELLATION_FRAME_DIR = os.environ.get("WEGWEISER_CONSTELLATION_FRAME_DIR",
                                                   str(DATA_DIR / "frames"))
# Decision-practice figures (review.practice_frame): the decisions and applications of an
# authority are kept in each web process as a frame (and on disk beside the constellation frames)
# and patched after every write; after this many seconds they are read again in full (a safety
# net for writes that bypass the doors). 0 = keep none: every new selection is computed in SQL.
WEGWEISER_PRACTICE_FRAME_SECONDS = envint("WEGWEISER_PRACTICE_FRAME_SECONDS", "14400")

# Decision-practice figures by team (review.practice): a team cell resting on fewer decisions than
# this is not shown ("< 5"), so that no figure describes a single caseworker (co-determination of
# the staff council, docs/decisions/0006). At least 1.
WEGWEISER_TEAM_MIN_DECISIONS = envint("WEGWEISER_TEAM_MIN_DECISIONS", "5")
if WEGWEISER_TEAM_MIN_DECISIONS < 1:
    raise ImproperlyConfigured(
        "WEGWEISER_TEAM_MIN_DECISIONS must be at least 1, not "
        f"{WEGWEISER_TEAM_MIN_DECISIONS}")

# Letters (letters/): a household gets no second letter for the same reason within this many
# days; a letter without reaction after this many weeks gives the caseworker a follow-up.
WEGWEISER_LETTER_REPEAT_DAYS = envint("WEGWEISER_LETTER_REPEAT_DAYS", "180")
WEGWEISER_LETTER_FOLLOW_UP_WEEKS = envint("WEGWEISER_LETTER_FOLLOW_UP_WEEKS", "6")

# Reporting (reporting.suppression): every figure that leaves the office (export, committee report,
# OParl) shows counts from 1 to this value minus one as "< 5", so that no figure points at a few
# persons. At least 1 (1 = nothing suppressed).
WEGWEISER_SUPPRESS_BELOW = envint("WEGWEISER_SUPPRESS_BELOW", "5")
if WEGWEISER_SUPPRESS_BELOW < 1:
    raise ImproperlyConfigured(
        f"WEGWEISER_SUPPRESS_BELOW must be at least 1, not {WEGWEISER_SUPPRESS_BELOW}")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
