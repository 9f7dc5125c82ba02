-- Per current release: a digest of the facts it states, the names that tell each, and
-- when it was extracted. Spans change only when a release is extracted again, and move
-- between facts only when entity resolution re-keys its names, so fct_evidence rewrites
-- just the releases whose digest differs from the one it was last built from
-- (int_evidence_digests_built); reading every span again cost seconds at 100,000.
with {{ evidence_spans() }}

select
    all_spans.release_id,
    {{ facts_digest('all_spans.fact_type', 'all_spans.fact_id', 'all_spans.mention_keys') }}
        as facts_digest,
    releases.extracted_at
from all_spans
inner join {{ ref('int_releases_current') }} as releases using (release_id)
group by all_spans.release_id, releases.extracted_at
