"""Hardship review: case conferences, constellations, guidelines, decision-practice analysis."""
