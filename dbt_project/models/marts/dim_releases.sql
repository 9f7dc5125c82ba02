with ind_event_counts as (
    select release_id, count(distinct ind_event_id) as n_ind_events
    from {{ ref('int_ind_events_deduplicated') }}
    group by release_id
),

designation_counts as (
    select release_id, count(distinct designation_id) as n_designations
    from {{ ref('int_designations_deduplicated') }}
    group by release_id
)

select
    releases.release_id,
    releases.source_path,
    releases.format,
    releases.title,
    releases.published_date,
    issuer.company_id as issuer_company_id,
    releases.n_bytes,
    releases.encoding,
    releases.ingested_at,
    releases.cleaned_at,
    releases.extracted_at,
    releases.extractor_version,
    coalesce(ind_event_counts.n_ind_events, 0) as n_ind_events,
    coalesce(designation_counts.n_designations, 0) as n_designations
from {{ ref('int_releases_current') }} as releases
left join {{ ref('int_company_names_resolved') }} as issuer on issuer.name = releases.issuer_name
left join ind_event_counts using (release_id)
left join designation_counts using (release_id)
