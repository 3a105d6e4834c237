"""The benchmark and its synthetic data. Nothing else in the package imports it."""
