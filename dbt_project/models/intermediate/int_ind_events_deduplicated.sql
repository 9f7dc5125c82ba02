-- One row per IND event and release that tells it, keyed to the one event it describes
-- (ind_event_id, see the macro), with its evidence for fct_evidence. (Reading the evidence
-- from staging there instead, joined to products again, saved nothing measurable in an
-- incremental build and cost 3.6 s of a full build at 100,000: fct_evidence spilled more.)
with events as (
    {{ facts_with_products('stg_extract__ind_events') }}
)

select
    {{ ind_event_id() }} as ind_event_id,
    release_id,
    product_id,
    product_code,
    agency_code,
    status,
    event_date_text,
    indication,
    application_number,
    evidence,
    published_date
from events
