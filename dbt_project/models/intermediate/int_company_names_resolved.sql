-- Every company name any current release uses, keyed, with the company it resolves to.
-- Names are tied when one release gives them as one company's name and aliases, and a
-- name is tied to itself without descriptor words ("CARsgen Therapeutics" ~ "CARsgen").
with recursive mentions as (
    select companies.release_id, companies.company_name, companies.company_aliases
    from {{ ref('stg_extract__companies') }} as companies
    inner join {{ ref('int_releases_current') }} using (release_id)
),

names as (
    select distinct
        company_name,
        unnest(list_prepend(company_name, company_aliases)) as name
    from mentions
),

keyed as (
    select distinct
        name,
        {{ company_name_key('name') }} as name_key,
        {{ company_name_key('company_name') }} as mention_key
    from names
),

descriptors as (
    select list(word) as words from {{ ref('company_descriptor_words') }}
),

without_descriptors as (
    select
        name_key,
        array_to_string(list_filter(string_split(name_key, ' '), lambda w: not list_contains(descriptors.words, w)), ' ') as short_key
    from (select distinct name_key from keyed where name_key <> ''), descriptors
),

edges as (
    select mention_key as a, name_key as b from keyed where name_key <> '' and mention_key <> ''
    union
    select name_key, short_key from without_descriptors where short_key <> ''
),

{{ connected_components('edges') }}

select distinct
    keyed.name,
    keyed.name_key,
    {{ surrogate_key(["'company'", 'components.component']) }} as company_id
from keyed
inner join components on components.node = keyed.name_key
