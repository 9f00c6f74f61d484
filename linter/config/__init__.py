"""Configuration: config files, command-line overrides, rule packs and safe YAML."""
