"""liandong: queries."""
