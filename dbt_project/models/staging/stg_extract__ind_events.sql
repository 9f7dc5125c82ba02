select
    release_id,
    product_code,
    agency as agency_code,
    status,
    event_date as event_date_text,
    indication,
    application_number,
    evidence
from {{ source('extract', 'ind_events') }}
