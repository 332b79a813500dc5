"""Legal knowledge of the pathways out of long-term toleration (pure Python, no Django).

The public entry points - views, runs and the command line only adapt facts and render:

* `evaluate(facts, as_of, policy)` - one person: every pathway with its verdict, criteria (norm,
  status, reason, dates), the deciding criteria, the floor of an open result, exceptions and
  waivers to check (engine.py);
* `evaluate_frame(frames, as_of, policy, explain=...)` - many persons at once with Polars, the
  same rules (batch.py);
* `catalogue(as_of)` - the rule catalogue (catalogue.py).

Two sides: `statute/` - pathways/ (one module per norm), criteria.py, blockers.py,
general.py, parameters.py (dated values, the office's policy), asylum.py, employment_ban.py,
declarations.py (every fact, once), texts.py; `engine/` - expr.py and expr_fold.py (one
definition, two evaluators), facts.py, features.py / batch_features.py, timeline.py,
verdict.py (the verdict rule), single.py (one case), batch.py.
"""

from wegweiser.law.engine.batch import evaluate_frame
from wegweiser.law.engine.single import evaluate
from wegweiser.law.statute.catalogue import catalogue

__all__ = ["catalogue", "evaluate", "evaluate_frame"]
