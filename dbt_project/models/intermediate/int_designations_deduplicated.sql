-- One row per designation however many releases tell it: natural key product, agency,
-- type and indication (a designation is granted once per indication).
with designations as (
    select
        designations.*,
        products.product_id,
        releases.published_date
    from {{ ref('stg_extract__designations') }} as designations
    inner join {{ ref('int_releases_current') }} as releases using (release_id)
    inner join {{ ref('int_product_mentions_resolved') }} as products
        on products.release_id = designations.release_id
        and products.product_code_key = {{ product_name_key('designations.product_code') }}
)

select
    {{ surrogate_key(["'designation'", 'product_id', 'agency_code', 'designation_type',
        indication_key('indication')]) }} as designation_id,
    release_id,
    product_id,
    agency_code,
    designation_type,
    event_date_text,
    indication,
    evidence,
    published_date
from designations
