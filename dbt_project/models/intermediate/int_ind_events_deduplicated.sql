-- One row per IND event however many releases tell it. The natural key is product,
-- agency, status, month (or year) and indication: one product may be cleared by one
-- agency in one year for two indications, and those are two events.
with events as (
    {{ facts_with_products('stg_extract__ind_events') }}
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
