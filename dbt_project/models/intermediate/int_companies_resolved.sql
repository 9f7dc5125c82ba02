-- One row per company: the canonical name is the one releases most often give as the
-- company's name (ties: the shortest), every other form is an alias.
with mentions as (
    select companies.release_id, companies.company_name
    from {{ ref('stg_extract__companies') }} as companies
    inner join {{ ref('int_releases_current') }} using (release_id)
),

canonical_votes as (
    select
        names.company_id,
        mentions.company_name,
        count(distinct mentions.release_id) as n_releases
    from mentions
    inner join {{ ref('int_company_names_resolved') }} as names on names.name = mentions.company_name
    group by all
),

canonical as (
    select
        company_id,
        arg_min(company_name, (-n_releases, length(company_name), company_name)) as company_name,
        sum(n_releases) as n_mentions
    from canonical_votes
    group by company_id
)

select
    canonical.company_id,
    canonical.company_name,
    coalesce(
        list_sort(list(distinct names.name) filter (where names.name <> canonical.company_name)),
        []
    ) as aliases
from canonical
inner join {{ ref('int_company_names_resolved') }} as names using (company_id)
group by canonical.company_id, canonical.company_name
