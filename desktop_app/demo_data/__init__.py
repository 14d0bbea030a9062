"""The fictional bodies ``briefing-desk demo`` writes: the curated sample and large generated histories.

Data and the code that lays it into a database, kept apart from ``services`` (the use cases):
``services.demo`` is the one use case that reaches in here. Every person in it is invented.
"""
