"""stub"""
DOCS = []
