"""liandong: app."""
