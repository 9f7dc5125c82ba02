-- One digest per current release of the facts it states and where: fct_evidence
-- rewrites only the releases whose digest changed since its last build.
with {{ evidence_spans() }}

select
    release_id,
    {{ evidence_digest('fact_type', 'fact_id', 'span.char_start', 'span.char_end') }} as digest,
    count(*) as n_spans
from evidence_spans
group by release_id
