-- Where each fact is stated: one row per fact, release and sentence span.
with company_spans as (
    select
        'company' as fact_type,
        names.company_id as fact_id,
        companies.release_id,
        companies.evidence
    from {{ ref('stg_extract__companies') }} as companies
    inner join {{ ref('int_releases_current') }} using (release_id)
    inner join {{ ref('int_company_names_resolved') }} as names on names.name = companies.company_name
),

-- A release may name one product by two codes that resolve together: one set of spans.
product_spans as (
    select
        'product' as fact_type,
        product_id as fact_id,
        release_id,
        list_distinct(flatten(list(evidence))) as evidence
    from {{ ref('int_product_mentions_resolved') }}
    group by product_id, release_id
),

ind_event_spans as (
    select 'ind_event' as fact_type, ind_event_id as fact_id, release_id, evidence
    from {{ ref('int_ind_events_deduplicated') }}
),

designation_spans as (
    select 'designation' as fact_type, designation_id as fact_id, release_id, evidence
    from {{ ref('int_designations_deduplicated') }}
),

all_spans as (
    select * from company_spans
    union all select * from product_spans
    union all select * from ind_event_spans
    union all select * from designation_spans
),

unnested as (
    select
        fact_type,
        fact_id,
        release_id,
        unnest(case when len(evidence) = 0 then [null] else evidence end) as span
    from all_spans
)

select
    {{ surrogate_key(['fact_type', 'fact_id', 'release_id', 'span.char_start', 'span.char_end']) }} as evidence_id,
    fact_type,
    fact_id,
    release_id,
    span.sentence as sentence,
    span.char_start as char_start,
    span.char_end as char_end
from unnested
