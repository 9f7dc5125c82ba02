-- One row per IND event. Of the releases that tell it: the most precise date, the
-- indication of the earliest release that words one, any application number.
with events as (
    select * from {{ ref('int_ind_events_deduplicated') }}
),

best as (
    select
        ind_event_id,
        any_value(product_id) as product_id,
        any_value(agency_code) as agency_code,
        any_value(status) as status,
        arg_max(event_date_text, (length(event_date_text), event_date_text)) as event_date_text,
        arg_min(indication, (published_date, indication)) as indication,
        max(application_number) as application_number,
        count(distinct release_id) as n_releases
    from events
    group by ind_event_id
)

select
    best.ind_event_id,
    best.product_id,
    agencies.agency_id,
    best.status,
    {{ partial_date('best.event_date_text') }} as event_date,
    {{ partial_date_precision('best.event_date_text') }} as event_date_precision,
    best.indication,
    best.application_number,
    best.n_releases
from best
inner join {{ ref('dim_agencies') }} as agencies using (agency_code)
