select
    release_id,
    product_code,
    agency as agency_code,
    designation_type,
    event_date as event_date_text,
    indication,
    evidence
from {{ source('extract', 'designations') }}
