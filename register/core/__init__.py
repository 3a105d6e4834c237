"""The data core: the model, reading and checking YAML, the rules, the Register. Imports nothing else of the package."""
