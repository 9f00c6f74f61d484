"""The registry of sourced claims: entries, their schema, matching and citing them."""
