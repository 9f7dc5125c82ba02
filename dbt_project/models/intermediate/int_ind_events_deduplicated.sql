-- One row per IND event however many releases tell it. The natural key is product,
-- agency, status and month (or year) of the event; an undated event is told apart by
-- its indication instead.
with events as (
    select
        events.*,
        products.product_id,
        releases.published_date
    from {{ ref('stg_extract__ind_events') }} as events
    inner join {{ ref('int_releases_current') }} as releases using (release_id)
    inner join {{ ref('int_product_mentions_resolved') }} as products
        on products.release_id = events.release_id
        and products.product_code_key = {{ product_name_key('events.product_code') }}
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
