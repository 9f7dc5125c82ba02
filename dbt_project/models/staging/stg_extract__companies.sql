select
    release_id,
    company_name,
    aliases as company_aliases,
    role as company_role,
    evidence
from {{ source('extract', 'companies') }}
