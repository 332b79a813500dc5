"""Static lists the demo generator draws from (names, towns, occupations, offences)."""
