{#- Models rebuilt release by release (the deduplicated facts, fct_evidence): a release's
    rows follow from its extraction and the ids its names resolve to, which
    int_evidence_digests digests, so a run deletes the rows of the releases whose digest
    differs from the one these models were last built from (int_evidence_digests_built,
    written after all of them) and of the releases no longer current, then appends the
    changed releases' new rows. Deleting first, rather than by the keys of the new rows,
    also clears a release that states nothing any more. A run that stops half way leaves
    the old digests in place: the next rewrites more, never fewer. -#}
{% macro config_incremental_by_release() -%}
    {{ config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{% if is_incremental() %}
                  delete from {{ this }}
                  where release_id in (select release_id from ({{ changed_releases_query() }}))
                     or release_id not in
                        (select release_id from {{ ref('int_evidence_digests') }})
                  {% endif %}",
    ) }}
{%- endmacro %}

{#- The releases to rewrite (release_id, names_digest, extracted_at), as a query ... -#}
{% macro changed_releases_query() -%}
{%- set built = adapter.get_relation(database=this.database, schema='intermediate',
                                     identifier='int_evidence_digests_built') -%}
    select release_id, names_digest, extracted_at from {{ ref('int_evidence_digests') }}
    {%- if built %}
    except
    select release_id, names_digest, extracted_at from {{ built }}
    {%- endif %}
{%- endmacro %}

{#- ... and as the CTE `changed_releases`. -#}
{% macro changed_releases() -%}
changed_releases as (
    {{ changed_releases_query() }}
)
{%- endmacro %}
