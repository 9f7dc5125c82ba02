-- One row per IND event and release that tells it, keyed to the one event it describes
-- (ind_event_id, see the macro). The evidence stays in staging: fct_evidence reads it
-- for the releases it rewrites, and writing every span here again cost more than all
-- the rest of this model.
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
    published_date
from events
