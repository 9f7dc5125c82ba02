{#- Label every node of an undirected graph with the smallest node of its component.
    `edges` is a relation with columns a, b (both non-null). Used to resolve entities:
    names told together in any release end up as one company or one product. -#}
{% macro connected_components(edges) -%}
    with recursive
    undirected as (
        select a, b from {{ edges }}
        union select b, a from {{ edges }}
        union select a, a from {{ edges }}
        union select b, b from {{ edges }}
    ),
    reach(node, reached) as (
        select a, b from undirected
        union
        select reach.node, undirected.b
        from reach join undirected on undirected.a = reach.reached
    )
    select node, min(reached) as component from reach group by node
{%- endmacro %}
