{#- Each row of `relation` once per span of its evidence (as `span`; a row without spans
    once, with a null span), for the rows `only_these` picks. The spans CTEs below
    aggregate these spans rather than the rows' span lists: list(evidence) of nested
    lists cost 22% more of fct_evidence at 100,000 releases (the same rows come out:
    list_distinct drops the null spans as flatten's did). -#}
{% macro spans_of(relation, only_these) -%}
    (select *, unnest(case when coalesce(len(evidence), 0) = 0 then [null] else evidence end) as span
     from {{ relation }}
     where {{ only_these }})
{%- endmacro %}

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
        list_distinct(list(companies.span)) as evidence
    from {{ spans_of(ref('stg_extract__companies'), only_these) }} as companies
    inner join {{ ref('int_releases_current') }} using (release_id)
    inner join {{ ref('int_company_names_resolved') }} as names on names.name = companies.company_name
    group by names.company_id, release_id
),

product_spans as (
    select
        'product' as fact_type,
        mentions.product_id as fact_id,
        release_id,
        list_distinct(list(products.span)) as evidence
    from {{ ref('int_product_mentions_resolved') }} as mentions
    inner join {{ spans_of(ref('stg_extract__products'), only_these) }} as products
        using (release_id, product_code)
    group by mentions.product_id, release_id
),

{%- for fact_type, model in [('ind_event', 'int_ind_events_deduplicated'),
                              ('designation', 'int_designations_deduplicated')] %}
{{ fact_type }}_spans as (
    select
        '{{ fact_type }}' as fact_type,
        {{ fact_type }}_id as fact_id,
        release_id,
        list_distinct(list(span)) as evidence
    from {{ spans_of(ref(model), only_these) }}
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
