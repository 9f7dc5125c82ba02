{#- Keys for entity resolution. Kept in one place so every model resolves alike. -#}

{#- A company name without case, punctuation or legal suffixes:
    "CARsgen Therapeutics Co., Ltd." -> "carsgen therapeutics". -#}
{% macro company_name_key(expr) -%}
    trim(regexp_replace(
        regexp_replace(lower({{ expr }}), '[^a-z0-9 ]+', ' ', 'g'),
        '\s+(inc|co|ltd|limited|corp|corporation|plc|ag|sa|gmbh|holdings|holding|group|llc|lp|nv|bv|se|kk)\b',
        '', 'g'))
{%- endmacro %}

{#- A product name without case, spaces, hyphens or marks: "CT-041" = "CT041". -#}
{% macro product_name_key(expr) -%}
    regexp_replace(lower({{ expr }}), '[\s\-_./()®™]', '', 'g')
{%- endmacro %}

{#- A product name as a node of entity resolution: its key, or, for a descriptive name
    ("the CLDN18.2 CAR-T", "our TIGIT antibody"), its key within the naming company, since
    two companies' "CAR-T therapy" are two products. -#}
{% macro product_node_key(name, company_id) -%}
    case
        when regexp_matches(lower({{ name }}),
            '\s.*\b(car-?t|car-?nk|tcr-?t|antibody|antibodies|therapy|vaccine|adc|candidate|program|programme|cell|cells|bispecific|inhibitor|molecule)\b')
            then coalesce({{ company_id }}, 'no-company') || ':' || {{ product_name_key(name) }}
        else {{ product_name_key(name) }}
    end
{%- endmacro %}

{#- An indication as words for matching: "the treatment of Gastric Cancers" -> "gastric cancer". -#}
{% macro indication_key(expr) -%}
    nullif(trim(regexp_replace(regexp_replace(regexp_replace(lower({{ expr }}),
        '\b(the treatment of|treatment of|patients with|the|of)\b', ' ', 'g'),
        '[^a-z0-9]+', ' ', 'g'), '(\w{4,}?)s\b', '\1', 'g')), '')
{%- endmacro %}

{#- A stable surrogate key from natural-key parts. -#}
{% macro surrogate_key(parts) -%}
    md5(concat_ws('|', {% for p in parts %}coalesce(cast({{ p }} as varchar), '∅'){% if not loop.last %}, {% endif %}{% endfor %}))
{%- endmacro %}

{#- "2024", "2024-02", "2024-02-08" -> a DATE at the first day of the period. -#}
{% macro partial_date(expr) -%}
    case length({{ expr }})
        when 4 then make_date(cast({{ expr }} as integer), 1, 1)
        when 7 then make_date(cast(left({{ expr }}, 4) as integer), cast(right({{ expr }}, 2) as integer), 1)
        when 10 then cast({{ expr }} as date)
    end
{%- endmacro %}

{% macro partial_date_precision(expr) -%}
    case length({{ expr }}) when 4 then 'year' when 7 then 'month' when 10 then 'day' end
{%- endmacro %}
