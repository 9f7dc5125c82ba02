-- One row per product. Each attribute is the value most of its mentions give (ties: the
-- one the latest release gives, see most_told); the canonical code is the code releases
-- use most (ties: the shortest).
with mentions as (
    select mentions.*, releases.published_date
    from {{ ref('int_product_mentions_resolved') }} as mentions
    inner join {{ ref('int_releases_current') }} as releases using (release_id)
),

code_votes as (
    select product_id, product_code, count(*) as n from mentions group by all
),

codes as (
    select product_id, arg_min(product_code, (-n, length(product_code), product_code)) as product_code
    from code_votes group by product_id
),

names as (
    select product_id, list_sort(list(distinct name)) as all_names
    from (
        select product_id, unnest(list_prepend(product_code, product_aliases)) as name
        from mentions
    )
    group by product_id
),

{%- for attribute, value, votes_when in [
        ('company_id', 'company_id', 'true'), ('targets', 'list_sort(targets)', 'len(targets) > 0'),
        ('modality', 'modality', 'true'), ('cell_source', 'cell_source', 'true')] %}

{{ attribute }}_told as (
    {{ most_told('mentions', value, attribute, votes_when) }}
),
{%- endfor %}

attributes as (
    select
        product_id,
        company_id_told.company_id,
        targets_told.targets,
        modality_told.modality,
        cell_source_told.cell_source
    from codes
    left join company_id_told using (product_id)
    left join targets_told using (product_id)
    left join modality_told using (product_id)
    left join cell_source_told using (product_id)
)

select
    codes.product_id,
    codes.product_code,
    list_filter(names.all_names, lambda name: name <> codes.product_code) as product_aliases,
    attributes.company_id,
    coalesce(attributes.targets, []) as targets,
    attributes.modality,
    attributes.cell_source
from codes
inner join names using (product_id)
inner join attributes using (product_id)
