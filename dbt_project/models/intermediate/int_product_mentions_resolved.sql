-- Each product as a current release names it, with the product it resolves to. (Its
-- evidence stays in staging: carrying the sentences through this join tripled its cost.)
-- Names that identify a drug anywhere (codes, INNs, brands) tie products across
-- releases; descriptive names ("the CLDN18.2 CAR-T") tie only within one company.
with recursive mentions as (
    select
        products.release_id,
        products.product_code,
        products.product_aliases,
        products.company_name,
        products.targets,
        products.modality,
        products.cell_source,
        company_names.company_id
    from {{ ref('stg_extract__products') }} as products
    inner join {{ ref('int_releases_current') }} using (release_id)
    left join {{ ref('int_company_names_resolved') }} as company_names
        on company_names.name = products.company_name
),

names as (
    select
        release_id,
        product_code,
        company_id,
        unnest(list_prepend(product_code, product_aliases)) as name
    from mentions
),

node_keys as (
    select
        release_id,
        product_code,
        name,
        case
            when regexp_matches(lower(name),
                '\s.*\b(car-?t|car-?nk|tcr-?t|antibody|antibodies|therapy|vaccine|adc|candidate|program|programme|cell|cells|bispecific|inhibitor|molecule)\b')
                then coalesce(company_id, 'no-company') || ':' || {{ product_name_key('name') }}
            else {{ product_name_key('name') }}
        end as node_key,
        {{ product_name_key('product_code') }} as code_key
    from names
),

edges as (
    select distinct code_nodes.node_key as a, node_keys.node_key as b
    from node_keys
    inner join node_keys as code_nodes
        on code_nodes.release_id = node_keys.release_id
        and code_nodes.product_code = node_keys.product_code
        and code_nodes.name = code_nodes.product_code
    where node_keys.node_key <> ''
),

{{ connected_components('edges') }},

mention_components as (
    select distinct
        node_keys.release_id, node_keys.product_code, components.component
    from node_keys
    inner join components on components.node = node_keys.node_key
    where node_keys.name = node_keys.product_code
)

select
    mentions.*,
    {{ product_name_key('mentions.product_code') }} as product_code_key,
    {{ surrogate_key(["'product'", 'mention_components.component']) }} as product_id
from mentions
inner join mention_components using (release_id, product_code)
