{#- Label every node of an undirected graph with the smallest node of its component.
    `edges` is a relation with columns a, b (both non-null). Used to resolve entities:
    names told together in any release end up as one company or one product.

    Min-label propagation with pointer jumping, unrolled for `rounds` rounds: each round
    costs one join over the edges, memory stays bounded (a recursive transitive closure
    ran out of memory at 100,000 releases), and jumping halves the distance to the
    smallest label every round, so 10 rounds settle components far wider than entity
    names ever form. `is_settled` says whether one more round would change the label:
    a test on it fails loudly should a component ever be wider. -#}
{% macro connected_components(edges, rounds=10) -%}
    undirected as (
        select a, b from {{ edges }}
        union select b, a from {{ edges }}
        union select a, a from {{ edges }}
        union select b, b from {{ edges }}
    ),
    labels_0 as (
        select a as node, min(b) as component from undirected group by a
    ),
    {%- for i in range(1, rounds + 2) %}
    propagated_{{ i }} as (
        select undirected.a as node, min(labels.component) as component
        from undirected
        inner join labels_{{ i - 1 }} as labels on labels.node = undirected.b
        group by undirected.a
    ),
    labels_{{ i }} as (
        select propagated.node, least(propagated.component, jumped.component) as component
        from propagated_{{ i }} as propagated
        inner join propagated_{{ i }} as jumped on jumped.node = propagated.component
    ),
    {%- endfor %}
    components as (
        select
            settled.node,
            settled.component,
            settled.component = one_more.component as is_settled
        from labels_{{ rounds }} as settled
        inner join labels_{{ rounds + 1 }} as one_more using (node)
    )
{%- endmacro %}
