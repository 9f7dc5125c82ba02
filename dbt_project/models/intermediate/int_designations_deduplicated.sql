-- One row per designation however many releases tell it: natural key product, agency,
-- type and indication (a designation is granted once per indication).
-- Incremental by release (config_incremental_by_release): a release's rows follow from
-- its extraction and its product ids.
-- depends_on: {{ ref('int_evidence_digests') }}
{{ config_incremental_by_release() }}

with
{% if is_incremental() %}
{{ changed_releases() }},
{% endif %}

designations as (
    {{ facts_with_products('stg_extract__designations', 'changed_releases' if is_incremental() else none) }}
)

select
    {{ surrogate_key(["'designation'", 'product_id', 'agency_code', 'designation_type',
        indication_key('indication')]) }} as designation_id,
    release_id,
    product_id,
    product_code,
    agency_code,
    designation_type,
    event_date_text,
    indication,
    evidence,
    published_date
from designations
