"""The statute side of the law: pathways (one module per norm), criteria, dated parameters,
the declaration of facts, texts."""
