select
    company_id,
    company_name,
    aliases
from {{ ref('int_companies_resolved') }}
