select
    release_id,
    title,
    body,
    published_date,
    cleaned_at
from {{ source('clean', 'releases') }}
