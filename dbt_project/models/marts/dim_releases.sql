-- Incremental by release (config_incremental_by_release): a release's row follows from
-- its own landing, cleaning and extraction, the company its issuer's name resolves to (a
-- name its extraction holds, so in its digest) and its deduplicated facts.
-- depends_on: {{ ref('int_evidence_digests') }}
{{ config_incremental_by_release() }}

{%- set only_changed = "where release_id in (select release_id from changed_releases)"
    if is_incremental() else "" %}

with
{% if is_incremental() %}
{{ changed_releases() }},
{% endif %}

ind_event_counts as (
    select release_id, count(distinct ind_event_id) as n_ind_events
    from {{ ref('int_ind_events_deduplicated') }}
    {{ only_changed }}
    group by release_id
),

designation_counts as (
    select release_id, count(distinct designation_id) as n_designations
    from {{ ref('int_designations_deduplicated') }}
    {{ only_changed }}
    group by release_id
),

releases as (
    select * from {{ ref('int_releases_current') }}
    {{ only_changed }}
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
from releases
left join {{ ref('int_company_names_resolved') }} as issuer on issuer.name = releases.issuer_name
left join ind_event_counts using (release_id)
left join designation_counts using (release_id)
