{#- The facts a staging model holds for current releases, each with the product it
    resolves to and its release's published date. `releases`, when given, is a relation
    with a release_id column that limits the releases read. -#}
{% macro facts_with_products(staging_model, releases=none) -%}
    select
        facts.*,
        products.product_id,
        releases.published_date
    from {{ ref(staging_model) }} as facts
    inner join {{ ref('int_releases_current') }} as releases using (release_id)
    inner join {{ ref('int_product_mentions_resolved') }} as products
        on products.release_id = facts.release_id
        and products.product_code_key = {{ product_name_key('facts.product_code') }}
    {%- if releases %}
    where facts.release_id in (select release_id from {{ releases }})
    {%- endif %}
{%- endmacro %}

{#- Of the releases that tell one fact: the most precise date, the indication of the
    earliest release that words one, and how many releases tell it. -#}
{% macro best_of_releases() -%}
        arg_max(event_date_text, (length(event_date_text), event_date_text)) as event_date_text,
        arg_min(indication, (published_date, indication)) as indication,
        count(distinct release_id) as n_releases
{%- endmacro %}

{#- The date columns of a fact table from the partial date text. -#}
{% macro event_date_columns(expr) -%}
    {{ partial_date(expr) }} as event_date,
    {{ partial_date_precision(expr) }} as event_date_precision
{%- endmacro %}

{#- Per product: the value of `value` most of its mentions give, as `name` (ties: the one
    the latest release gives, then the last in sort order, so that every build agrees;
    `mode` breaks ties by row order, which changes with the query plan). Nulls, and rows
    where `votes_when` is false, give no vote. `mentions` needs product_id and
    published_date. -#}
{% macro most_told(mentions, value, name, votes_when='true') -%}
    select product_id, arg_max(value, (n, latest, value)) as {{ name }}
    from (
        select
            product_id,
            {{ value }} as value,
            count(*) as n,
            coalesce(max(published_date), date '0001-01-01') as latest
        from {{ mentions }}
        where {{ value }} is not null and {{ votes_when }}
        group by all
    )
    group by product_id
{%- endmacro %}
