-- The digests the models rebuilt per release were last built from: built after them all
-- (fct_evidence reads the deduplicated facts), read by their next incremental run (not by
-- ref, which would be a cycle) to find the releases to rewrite (changed_releases). Should
-- a run stop before this, the next one rewrites more releases, never fewer. Rebuilt per
-- release like them (config_incremental_by_release): once the changed releases' rows are
-- deleted, their current digests are the ones it lacks.
-- depends_on: {{ ref('fct_evidence') }}
{{ config_incremental_by_release() }}

select release_id, names_digest, extracted_at
from {{ ref('int_evidence_digests') }}
{% if is_incremental() %}
except
select release_id, names_digest, extracted_at from {{ this }}
{% endif %}
