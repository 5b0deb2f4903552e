"""liandong: ingest."""
