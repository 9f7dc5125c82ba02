select
    release_id,
    issuer as issuer_name,
    extractor_version,
    extracted_at
from {{ source('extract', 'releases') }}
