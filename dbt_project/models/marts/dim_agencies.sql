select
    {{ surrogate_key(["'agency'", 'agency_code']) }} as agency_id,
    agency_code,
    agency_name,
    region
from {{ ref('agencies') }}
