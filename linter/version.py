"""healthlint's version, in a module that imports nothing (the cache key and reports read it)."""

__version__ = "0.2.0"
