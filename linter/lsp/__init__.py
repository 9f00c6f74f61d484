"""The language server: `healthlint server`, findings in an editor as the writer types."""
