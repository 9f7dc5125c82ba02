-- Files Dossier could not take, and why: kept where an analyst can see them.
select
    source_path,
    rejected_at_stage,
    reason,
    n_bytes,
    content_sha256,
    extractor_version,
    cleaner_version,
    rejected_at
from {{ ref('stg_raw__rejected_files') }}
