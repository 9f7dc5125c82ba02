-- The digests the models rebuilt per release were last built from: built after them all
-- (fct_evidence reads the deduplicated facts), read by their next incremental run (not by
-- ref, which would be a cycle) to find the releases to rewrite (changed_releases). Should
-- a run stop before this, the next one rewrites more releases, never fewer.
-- depends_on: {{ ref('fct_evidence') }}
select release_id, names_digest, extracted_at
from {{ ref('int_evidence_digests') }}
