-- One row per IND event however many releases tell it. The natural key is product,
-- agency, status and month (or year) of the event; an undated event is told apart by
-- its indication instead.
with events as (
    {{ facts_with_products('stg_extract__ind_events') }}
),

keyed as (
    select
        *,
        {{ surrogate_key(["'ind_event'", 'product_id', 'agency_code', 'status',
            "coalesce(left(event_date_text, 7), 'undated')",
            "case when event_date_text is null then " ~ indication_key('indication') ~ " end"]) }}
            as ind_event_id
    from events
)

select
    ind_event_id,
    release_id,
    product_id,
    agency_code,
    status,
    event_date_text,
    indication,
    application_number,
    evidence,
    published_date
from keyed
