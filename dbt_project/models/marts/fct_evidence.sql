-- Where each fact is stated: one row per fact, release and sentence span.
--
-- Incremental by release: a run rewrites the releases that are new, extracted again,
-- or whose facts were re-keyed by entity resolution, and drops the releases that no
-- longer state any; writing millions of sentences again every run would cost more than
-- all the other models together.
-- depends_on: {{ ref('int_evidence_digests') }}
{{ config(
    materialized='incremental',
    incremental_strategy='delete+insert',
    unique_key='release_id',
    on_schema_change='fail',
    post_hook="delete from {{ this }} where release_id not in
               (select release_id from {{ ref('int_evidence_digests') }})",
) }}

{%- set built = adapter.get_relation(database=this.database, schema='intermediate',
                                     identifier='int_evidence_digests_built') %}
with
{% if is_incremental() %}
changed_releases as (
    select release_id, names_digest, extracted_at from {{ ref('int_evidence_digests') }}
    {% if built %}
    except
    select release_id, names_digest, extracted_at from {{ built }}
    {% endif %}
),

{{ evidence_spans('changed_releases') }}
{% else %}
{{ evidence_spans() }}
{% endif %}

-- evidence_id, extracted_at and built_at decide a row's content: publishing compares just
-- those (dossier/publish.py, ROW_IDENTITY); a column that none decides needs adding there.
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
