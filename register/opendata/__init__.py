"""Open data built from the validated Register (JSON, CSV, data package, 360Giving). Imports only the core."""
