-- Each product as a current release names it, with the product it resolves to. (Its
-- evidence stays in staging: carrying the sentences through this join tripled its cost.)
-- Names that identify a drug anywhere (codes, INNs, brands) tie products across
-- releases; descriptive names ("the CLDN18.2 CAR-T") tie only within one company.
-- Each mention links its code to each of its names; a product is a component of links.
with recursive mentions as (
    select
        products.release_id,
        products.product_code,
        products.product_aliases,
        products.company_name,
        products.targets,
        products.modality,
        products.cell_source,
        company_names.company_id,
        {{ product_node_key('products.product_code', 'company_names.company_id') }} as code_node
    from {{ ref('stg_extract__products') }} as products
    inner join {{ ref('int_releases_current') }} using (release_id)
    left join {{ ref('int_company_names_resolved') }} as company_names
        on company_names.name = products.company_name
),

names as (
    select distinct code_node, company_id, unnest(list_prepend(product_code, product_aliases)) as name
    from mentions
),

edges as (
    select distinct code_node as a, {{ product_node_key('name', 'company_id') }} as b
    from names
    where b <> ''
),

{{ connected_components('edges') }}

select
    mentions.* exclude (code_node),
    {{ product_name_key('mentions.product_code') }} as product_code_key,
    {{ surrogate_key(["'product'", 'components.component']) }} as product_id
from mentions
inner join components on components.node = mentions.code_node
