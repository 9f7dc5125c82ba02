"""Dossier: biotech and pharma press releases into an analytics warehouse.

This package holds the plain-Python parts (landing, cleaning, extraction, the
warehouse file); `orchestration/` only wires them into Dagster assets.
"""

from dossier.compiled import activate

# before any extraction module is imported: compiled modules only when they are current
activate()
