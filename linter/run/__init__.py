"""Running checks over files: the session, file walking, cache, workers, fixes, baselines."""
