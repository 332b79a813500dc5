"""Legal knowledge of the pathways out of long-term toleration (pure Python, no Django).

Entry points: `wegweiser.law.engine.evaluate` (one case), `wegweiser.law.batch.evaluate_frame`
(many cases, Polars), `wegweiser.law.catalogue.catalogue` (rule catalogue).
"""
