"""Template filters of the review pages."""

from django import template

from wegweiser.law.statute.pathways import ALL_PATHWAYS

register = template.Library()
NORMS = {p.id: p.norm for p in ALL_PATHWAYS}


@register.filter
def norms(pathway_ids) -> str:
    """"p25_5" -> "§ 25 Abs. 5 AufenthG", comma-separated (citations are never translated)."""
    return ", ".join(NORMS.get(p, p) for p in pathway_ids or [])
