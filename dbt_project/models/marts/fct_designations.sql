-- One row per designation. Of the releases that tell it: the most precise date and the
-- indication of the earliest release.
with designations as (
    select * from {{ ref('int_designations_deduplicated') }}
),

best as (
    select
        designation_id,
        any_value(product_id) as product_id,
        any_value(agency_code) as agency_code,
        any_value(designation_type) as designation_type,
        {{ best_of_releases() }}
    from designations
    group by designation_id
)

select
    best.designation_id,
    best.product_id,
    agencies.agency_id,
    best.designation_type,
    {{ event_date_columns('best.event_date_text') }},
    best.indication,
    best.n_releases
from best
inner join {{ ref('dim_agencies') }} as agencies using (agency_code)
