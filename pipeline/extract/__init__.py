"""Extraction: small `str -> records` functions, with lexicons kept as data in seeds/."""
