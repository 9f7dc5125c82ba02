-- One row per designation however many releases tell it: natural key product, agency,
-- type and indication (a designation is granted once per indication).
with designations as (
    {{ facts_with_products('stg_extract__designations') }}
)

select
    {{ surrogate_key(["'designation'", 'product_id', 'agency_code', 'designation_type',
        indication_key('indication')]) }} as designation_id,
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
