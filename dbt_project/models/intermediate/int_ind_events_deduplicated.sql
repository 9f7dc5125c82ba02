-- One row per IND event however many releases tell it. The natural key is product,
-- agency, status, month (or year) and indication: one product may be cleared by one
-- agency in one year for two indications, and those are two events.
-- Incremental by release (config_incremental_by_release): a release's rows follow from
-- its extraction and its product ids.
-- depends_on: {{ ref('int_evidence_digests') }}
{{ config_incremental_by_release() }}

with
{% if is_incremental() %}
{{ changed_releases() }},
{% endif %}

events as (
    {{ facts_with_products('stg_extract__ind_events', 'changed_releases' if is_incremental() else none) }}
),

keyed as (
    select
        *,
        {{ surrogate_key(["'ind_event'", 'product_id', 'agency_code', 'status',
            "coalesce(left(event_date_text, 7), 'undated')", indication_key('indication')]) }}
            as ind_event_id
    from events
)

select
    ind_event_id,
    release_id,
    product_id,
    product_code,
    agency_code,
    status,
    event_date_text,
    indication,
    application_number,
    evidence,
    published_date
from keyed
