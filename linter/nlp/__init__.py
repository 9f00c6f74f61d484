"""The only package that imports spaCy: the pipeline, its components, and Docs turned into claims.

Importing this package itself loads nothing heavy, so `linter.nlp.spacy_import` can run first.
"""
