"""Send logs: reading gateway exports into one table of records, and auditing it.

The audit is relational for time and functional for content (docs/architecture.md):
inputs are read once into a DuckDB table (:mod:`smslint.logs.table`), record checks
(quiet hours, frequency, opt-outs, third parties) are SQL plans over it, and content
checks run in Python over each distinct body once.
"""
