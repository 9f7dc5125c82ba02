"""The Dagster code location: wires the `dossier` package into assets, checks,
schedules and sensors. No extraction logic lives here."""
