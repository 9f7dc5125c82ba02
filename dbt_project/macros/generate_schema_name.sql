{#- Schemas are named exactly as configured (marts, not main_marts): the marts contract
    and BI tools read `marts.*`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {{ custom_schema_name if custom_schema_name else target.schema }}
{%- endmacro %}
