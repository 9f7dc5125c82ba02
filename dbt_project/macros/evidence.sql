{#- Every evidence span of every fact, per current release, as CTEs: `all_spans` (one
    row per fact and release) and `evidence_spans` (one per span). `releases`, when
    given, is a relation with a release_id column that limits the releases read. -#}
{% macro evidence_spans(releases=none) -%}
{%- set only_these = "release_id in (select release_id from " ~ releases ~ ")" if releases else "true" -%}
-- One row per fact and release: its spans.
company_spans as (
    select
        'company' as fact_type,
        names.company_id as fact_id,
        release_id,
        list_distinct(flatten(list(companies.evidence))) as evidence
    from {{ ref('stg_extract__companies') }} as companies
    inner join {{ ref('int_releases_current') }} using (release_id)
    inner join {{ ref('int_company_names_resolved') }} as names on names.name = companies.company_name
    where {{ only_these }}
    group by names.company_id, release_id
),

product_spans as (
    select
        'product' as fact_type,
        mentions.product_id as fact_id,
        release_id,
        list_distinct(flatten(list(products.evidence))) as evidence
    from {{ ref('int_product_mentions_resolved') }} as mentions
    inner join {{ ref('stg_extract__products') }} as products using (release_id, product_code)
    where {{ only_these }}
    group by mentions.product_id, release_id
),

{%- for fact_type, model in [('ind_event', 'int_ind_events_deduplicated'),
                              ('designation', 'int_designations_deduplicated')] %}
{{ fact_type }}_spans as (
    select
        '{{ fact_type }}' as fact_type,
        {{ fact_type }}_id as fact_id,
        release_id,
        list_distinct(flatten(list(evidence))) as evidence
    from {{ ref(model) }}
    where {{ only_these }}
    group by {{ fact_type }}_id, release_id
),
{% endfor %}

all_spans as (
    select * from company_spans
    union all select * from product_spans
    union all select * from ind_event_spans
    union all select * from designation_spans
),

evidence_spans as (
    select
        fact_type,
        fact_id,
        release_id,
        unnest(case when len(evidence) = 0 then [null] else evidence end) as span
    from all_spans
)
{%- endmacro %}
