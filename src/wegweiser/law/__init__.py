"""Legal knowledge of the pathways out of long-term toleration (pure Python, no Django).

The public entry points - views, runs and the command line only adapt facts and render:

* `evaluate(facts, as_of, policy)` - one person: every pathway with its verdict, criteria (norm,
  status, reason, dates), the deciding criteria, the floor of an open result, exceptions and
  waivers to check (engine.py);
* `evaluate_frame(frames, as_of, policy, explain=...)` - many persons at once with Polars, the
  same rules (batch.py);
* `catalogue(as_of)` - the rule catalogue (catalogue.py).

The statute side: pathways/ (one module per norm), blockers.py, general.py, parameters.py
(dated values, the office's policy), asylum.py, employment_ban.py, declarations.py (every
fact, once), texts.py.  The engine side: expr.py and expr_fold.py (one definition, two
evaluators), features.py / batch_features.py, verdict.py (the verdict rule), engine.py,
batch.py.
"""

from wegweiser.law.batch import evaluate_frame
from wegweiser.law.catalogue import catalogue
from wegweiser.law.engine import evaluate

__all__ = ["catalogue", "evaluate", "evaluate_frame"]
