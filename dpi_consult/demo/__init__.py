"""Synthetic federations for trying the app and for benchmarks."""
