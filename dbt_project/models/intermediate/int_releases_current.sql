-- The current version of each source file: a file whose content changed lands as a new
-- release, and only the newest one feeds the marts.
with ranked as (
    select
        *,
        row_number() over (partition by source_path order by ingested_at desc, release_id) as version_rank
    from {{ ref('stg_raw__releases') }}
)

select
    ranked.release_id,
    ranked.source_path,
    ranked.format,
    ranked.n_bytes,
    ranked.encoding,
    ranked.ingested_at,
    cleaned.title,
    cleaned.published_date,
    cleaned.cleaned_at,
    extracted.issuer_name,
    extracted.extractor_version,
    extracted.extracted_at
from ranked
inner join {{ ref('stg_clean__releases') }} as cleaned using (release_id)
left join {{ ref('stg_extract__releases') }} as extracted using (release_id)
where ranked.version_rank = 1
