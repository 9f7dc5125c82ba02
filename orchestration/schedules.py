from dagster import DefaultScheduleStatus, ScheduleDefinition

from orchestration.jobs import dossier_pipeline

daily_refresh = ScheduleDefinition(
    name="daily_refresh",
    job=dossier_pipeline,
    cron_schedule="0 6 * * *",
    execution_timezone="UTC",
    default_status=DefaultScheduleStatus.RUNNING,
    description="Every morning: process whatever arrived in the input folder.",
)
