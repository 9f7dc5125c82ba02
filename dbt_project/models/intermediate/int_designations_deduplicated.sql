-- One row per designation and release that tells it, keyed to the one designation it
-- describes (designation_id, see the macro). The evidence stays in staging, as for IND
-- events.
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
    published_date
from designations
