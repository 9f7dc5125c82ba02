with fact_counts as (
    select
        release_id,
        count(*) filter (where fact_type = 'ind_event') as n_ind_events,
        count(*) filter (where fact_type = 'designation') as n_designations
    from {{ ref('fct_evidence') }}
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
    coalesce(fact_counts.n_ind_events, 0) as n_ind_events,
    coalesce(fact_counts.n_designations, 0) as n_designations
from {{ ref('int_releases_current') }} as releases
left join {{ ref('int_company_names_resolved') }} as issuer on issuer.name = releases.issuer_name
left join fact_counts using (release_id)
