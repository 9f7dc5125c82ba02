-- Where each fact is stated: one row per fact, release and sentence span.
--
-- Incremental by release (config_incremental_by_release): writing millions of sentences
-- again every run would cost more than all the other models together.
-- depends_on: {{ ref('int_evidence_digests') }}
{{ config_incremental_by_release() }}

with
{% if is_incremental() %}
{{ changed_releases() }},

{{ evidence_spans('changed_releases') }}
{% else %}
{{ evidence_spans() }}
{% endif %}

-- evidence_id, extracted_at and built_at decide a row's content: publishing compares just
-- those (dossier/publish.py, ROW_IDENTITY); a column that none decides needs adding there.
-- Rows are only appended, a release's all under one run's built_at, and deleted with all
-- of their release's rows: publishing finds what a run rewrote by the stamps the
-- published file lacks (RUN_STAMP). An update in place would need a new way to publish.
select
    {{ surrogate_key(['fact_type', 'fact_id', 'release_id', 'span.char_start', 'span.char_end']) }} as evidence_id,
    fact_type,
    fact_id,
    release_id,
    span.sentence as sentence,
    span.char_start as char_start,
    span.char_end as char_end,
    releases.extracted_at,
    -- The run that wrote the row: checks judge what a run wrote (dossier/contracts.py).
    cast('{{ run_started_at }}' as timestamptz) as built_at
from evidence_spans
inner join {{ ref('int_releases_current') }} as releases using (release_id)
