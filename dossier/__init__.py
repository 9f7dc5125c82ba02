"""Dossier: biotech and pharma press releases into an analytics warehouse.

This package holds the plain-Python parts (landing, cleaning, extraction, the
warehouse file); `orchestration/` only wires them into Dagster assets.
"""
