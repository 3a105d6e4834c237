"""Staff tools: the `register` command, templates, the review summary. May import every layer."""
