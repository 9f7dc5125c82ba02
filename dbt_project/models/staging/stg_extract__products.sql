select
    release_id,
    product_code,
    aliases as product_aliases,
    company_name,
    targets,
    modality,
    cell_source,
    evidence
from {{ source('extract', 'products') }}
