-- The digests fct_evidence was last built from: built after it, read by its next
-- incremental run (not by ref, which would be a cycle) to find the releases to rewrite.
-- Should a run stop between the two, the next one rewrites more releases, never fewer.
-- depends_on: {{ ref('fct_evidence') }}
select release_id, names_digest, extracted_at
from {{ ref('int_evidence_digests') }}
