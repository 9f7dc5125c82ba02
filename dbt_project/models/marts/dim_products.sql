select
    product_id,
    product_code,
    product_aliases,
    company_id,
    targets,
    modality,
    cell_source
from {{ ref('int_products_resolved') }}
