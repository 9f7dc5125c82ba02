-- One row per designation and release that tells it, keyed to the one designation it
-- describes (designation_id, see the macro), with its evidence for fct_evidence (see
-- int_ind_events_deduplicated).
with designations as (
    {{ facts_with_products('stg_extract__designations') }}
)

select
    {{ designation_id() }} as designation_id,
    release_id,
    product_id,
    product_code,
    agency_code,
    designation_type,
    event_date_text,
    indication,
    evidence,
    published_date
from designations
