"""The engine side of the law: expressions and their two evaluators (one case in Python,
many with Polars), features, the verdict rule."""
