"""Collective contributions: share exports, collection into a collective draft, overviews (import submodules)."""
