-- Per current release: a digest of the facts it states and when it was extracted.
-- A release's spans change only when it is extracted again, and its fact ids only when
-- entity resolution re-keys them, so fct_evidence rewrites just the releases where
-- either differs from what it holds (reading every span again cost seconds at 100,000).
with {{ evidence_spans() }},

facts as (
    select distinct release_id, fact_type, fact_id
    from all_spans
)

select
    facts.release_id,
    {{ facts_digest('facts.fact_type', 'facts.fact_id') }} as facts_digest,
    releases.extracted_at
from facts
inner join {{ ref('int_releases_current') }} as releases using (release_id)
group by facts.release_id, releases.extracted_at
