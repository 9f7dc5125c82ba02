{#- Models rebuilt release by release (the deduplicated facts, fct_evidence,
    dim_releases): a release's rows follow from its extraction and the ids its names
    resolve to, which int_evidence_digests digests, so a run deletes the rows of the
    releases whose digest differs from the one these models were last built from
    (int_evidence_digests_built, written after all of them) and of the releases no longer
    current, then appends the changed releases' new rows. Deleting first, rather than by
    the keys of the new rows, also clears a release that states nothing any more. A run
    that stops half way leaves the old digests in place: the next rewrites more, never
    fewer. -#}
{% macro config_incremental_by_release() -%}
    {{ config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{% if is_incremental() %}
                  delete from {{ this }}
                  where release_id in (select release_id from ({{ changed_releases_query() }}))
                     or release_id in ({{ removed_releases_query() }})
                  {% endif %}",
    ) }}
{%- endmacro %}

{#- int_evidence_digests_built, the digests these models were last built from (none
    before the first build). -#}
{% macro last_built_digests() -%}
    {{ return(adapter.get_relation(database=this.database, schema='intermediate',
                                   identifier='int_evidence_digests_built')) }}
{%- endmacro %}

{#- The releases to rewrite (release_id, names_digest, extracted_at), as a query ... -#}
{% macro changed_releases_query() -%}
{%- set built = last_built_digests() -%}
    select release_id, names_digest, extracted_at from {{ ref('int_evidence_digests') }}
    {%- if built %}
    except
    select release_id, names_digest, extracted_at from {{ built }}
    {%- endif %}
{%- endmacro %}

{#- The releases the last build held that are no longer current (a file deleted, or
    replaced by a new version): a few ids, where `not in` the current ones made each
    model compare every row it holds (3.4 million evidence rows at 100,000 releases). -#}
{% macro removed_releases_query() -%}
    select release_id from {{ last_built_digests() or this }}
    except
    select release_id from {{ ref('int_evidence_digests') }}
{%- endmacro %}

{#- ... and as the CTE `changed_releases`. -#}
{% macro changed_releases() -%}
changed_releases as (
    {{ changed_releases_query() }}
)
{%- endmacro %}
