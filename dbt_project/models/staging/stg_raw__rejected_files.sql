select
    source_path,
    stage as rejected_at_stage,
    reason,
    n_bytes,
    content_sha256,
    extractor_version,
    cleaner_version,
    rejected_at
from {{ source('raw', 'rejected_files') }}
