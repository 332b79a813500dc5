"""Gunicorn settings for Wegweiser (docs/operations/README.md); the environment can change them.

    gunicorn --config deploy/gunicorn.conf.py wegweiser.wsgi
"""

import os

bind = os.environ.get("WEGWEISER_BIND", "127.0.0.1:8000")
# Threads, because most of a request is spent waiting for the database; a few processes so that
# one long page does not hold up the others. WEB_CONCURRENCY is gunicorn's usual variable.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("WEGWEISER_THREADS", "4"))
# A worker takes a connection only when one of its threads is free, so waiting requests queue
# in the kernel's one queue shared by all workers, first come first served, instead of in the
# queue of whichever worker accepted most (docs/decisions/0023-gunicorn-one-fair-queue.md).
# Keep-alive is therefore off: the proxy in front (docs/operations/README.md) opens one
# connection per request to gunicorn anyway.
worker_connections = threads
keepalive = 0
# Longer than SQLite's busy timeout (SQLITE_TIMEOUT_SECONDS, 20 s): a request that waits for the
# write lock must get its answer, not a killed worker.
timeout = 60
graceful_timeout = 30
# Path only, never the query string: a search in the case list carries a person's name.
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
# The control socket would live in the service account's home directory, which it does not need.
control_socket_disable = True
