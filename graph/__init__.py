"""liandong: graph."""
