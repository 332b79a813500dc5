"""The KPI registry: every figure of the dashboard and the committee report is one named,
documented function here, computed for one authority and one period with set-based queries.

How to add a KPI (one function per figure)
------------------------------------------
1. Pick the module of the pillar (``reporting/kpis/<pillar>.py``, e.g. ``counselling.py``,
   ``letters.py``, ``dialogue.py``, ``training.py``): create it and import it at the end of this
   file. The pillars are ``registry.Pillar``.
2. Write one function ``(authority_id: int, period: Period) -> int | float | None`` that answers
   with queries (``aggregate``/``annotate``/``values``; never a loop over rows), reading
   ``Model.objects.filter(authority_id=authority_id, ...)`` so that it works inside a request
   and in the report's PDF at approval alike.
3. Decorate it with ``@kpi(key, Pillar.X, label, definition, unit)`` - label and definition are
   German, marked with ``gettext_lazy``. ``suppressible=False`` for averages and shares (only
   counts of persons or cases are shown as "< 5" outside the office); ``funnel=n`` puts a count
   of persons at stage n of the funnel screened → informed → counselled → applied → granted.
4. A figure the programme needs before any app records it is registered with
   ``registry.not_yet_recorded`` (shown as "noch nicht erfasst", never 0); the function that
   records it later replaces the placeholder under the same key.
5. Add a test with a small hand-built data set and the right value written in the test
   (tests/reporting/test_integration_kpis_count_a_hand_built_district.py is the pattern).

The dashboard, the export, the committee report and the OParl export all read
``registry.figures()``; nothing else needs changing.
"""

# Order = order on the page.
from . import integration  # noqa: F401,I001
from . import hardship  # noqa: F401,I001
from . import training  # noqa: F401,I001
from . import letters  # noqa: F401,I001
from . import desk  # noqa: F401,I001
from . import dialogue  # noqa: F401,I001
from .registry import REGISTRY, Figure, Kpi, Period, Pillar, figures, funnel

__all__ = ["REGISTRY", "Figure", "Kpi", "Period", "Pillar", "figures", "funnel"]
