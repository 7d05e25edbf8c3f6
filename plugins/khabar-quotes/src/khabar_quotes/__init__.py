"""khabar-quotes: who said what in Arabic news (statements, speakers, cues, quotations).

The hook implementation is :mod:`khabar_quotes.plugin`; see ``docs/explanation/attribution.md``.
"""
