"""All pathways, in the order they are shown (one module per norm)."""

from __future__ import annotations

from wegweiser.law.statute.pathways import p16g, p19d, p23a, p25_5, p25a, p25b, p60c, p60d, p104c
from wegweiser.law.statute.pathways.base import Entitlement, Pathway

ALL_PATHWAYS: tuple[Pathway, ...] = (
    p25b.PATHWAY, p25b.FAMILY, p25b.ABS6,
    p25a.PATHWAY, p25a.FAMILY,
    p104c.PATHWAY,
    p25_5.PATHWAY,
    p60d.PATHWAY, p60c.PATHWAY, p16g.PATHWAY,
    p19d.PATHWAY, p19d.PATHWAY_1A,
    p23a.PATHWAY,
)
PATHWAYS_BY_ID = {p.id: p for p in ALL_PATHWAYS}

__all__ = ["ALL_PATHWAYS", "PATHWAYS_BY_ID", "Entitlement", "Pathway"]
