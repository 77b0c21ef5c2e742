"""Detectors: reusable machinery that finds things in text, built once per run."""
