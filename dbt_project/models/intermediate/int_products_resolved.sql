-- One row per product. Attributes are the ones most releases give; the canonical code
-- is the code releases use most (ties: the shortest).
with mentions as (
    select * from {{ ref('int_product_mentions_resolved') }}
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

attributes as (
    select
        product_id,
        mode(company_id) as company_id,
        mode(list_sort(targets)) filter (where len(targets) > 0) as targets,
        mode(modality) as modality,
        mode(cell_source) as cell_source
    from mentions
    group by product_id
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
