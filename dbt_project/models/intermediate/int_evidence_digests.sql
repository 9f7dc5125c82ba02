-- Per current release: a digest of what its names resolve to (each company name with its
-- company, each product code with its product) and when it was extracted. A release's
-- deduplicated facts and evidence rows follow from its extraction and those ids alone
-- (its event and designation ids derive from its product ids), so those models rewrite
-- just the releases whose digest differs from the one they were last built from
-- (macros/incremental.sql). Digesting names rather than facts lets the deduplicated
-- facts depend on this model instead of the other way round.
with resolved_names as (
    select
        companies.release_id,
        hash('company', companies.company_name, names.company_id) as name_hash
    from {{ ref('stg_extract__companies') }} as companies
    inner join {{ ref('int_company_names_resolved') }} as names
        on names.name = companies.company_name
    union all
    select release_id, hash('product', product_code, product_id)
    from {{ ref('int_product_mentions_resolved') }}
)

-- (every current release, one that names nothing too: dim_releases is rebuilt by these)
select
    releases.release_id,
    coalesce(sum(resolved_names.name_hash::hugeint), 0) as names_digest,
    releases.extracted_at
from {{ ref('int_releases_current') }} as releases
left join resolved_names using (release_id)
group by releases.release_id, releases.extracted_at
