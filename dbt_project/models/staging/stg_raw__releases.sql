select
    release_id,
    source_path,
    format,
    n_bytes,
    encoding,
    file_mtime,
    ingested_at
from {{ source('raw', 'releases') }}
