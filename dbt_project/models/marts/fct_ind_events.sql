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
        max(application_number) as application_number,
        {{ best_of_releases() }}
    from events
    group by ind_event_id
)

select
    best.ind_event_id,
    best.product_id,
    agencies.agency_id,
    best.status,
    {{ event_date_columns('best.event_date_text') }},
    best.indication,
    best.application_number,
    best.n_releases
from best
inner join {{ ref('dim_agencies') }} as agencies using (agency_code)
