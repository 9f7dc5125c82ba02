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
    select distinct product_id, unnest(list_prepend(product_code, product_aliases)) as name
    from mentions
)

select
    codes.product_id,
    codes.product_code,
    coalesce(
        (select list_sort(list(distinct names.name))
         from names
         where names.product_id = codes.product_id and names.name <> codes.product_code),
        []
    ) as product_aliases,
    (select mode(company_id) from mentions m where m.product_id = codes.product_id) as company_id,
    coalesce(
        (select mode(list_sort(targets)) from mentions m
         where m.product_id = codes.product_id and len(targets) > 0),
        []
    ) as targets,
    (select mode(modality) from mentions m where m.product_id = codes.product_id) as modality,
    (select mode(cell_source) from mentions m where m.product_id = codes.product_id) as cell_source
from codes
