"""A GraphQL query's rate-limit cost as GitHub documents it ("Rate limits and node limits for the
GraphQL API"), for the stand-in's `rateLimit { cost }` and the tests' assertions."""

from __future__ import annotations

from graphql import (
    ArgumentNode,
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
    parse,
)


def points(query: str) -> int:
    """The query's rate-limit cost as GitHub documents it: the requests needed to fill every
    connection (each assumed to reach its `first`/`last`, nested ones multiplied by their parents),
    divided by 100 and rounded, at least 1."""
    document = parse(query)
    fragments: dict[str, object] = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    requests = 0
    for definition in _operations(document):
        requests += _requests(definition.selection_set, 1, fragments)
    return max(1, round(requests / 100))


def _operations(document: DocumentNode) -> list[OperationDefinitionNode]:
    return [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]


def _requests(selections: SelectionSetNode | None, multiplier: int, fragments: dict[str, object]) -> int:
    total = 0
    for selection in selections.selections if selections else ():
        if isinstance(selection, FieldNode):
            size = _page_size(selection)
            if size is not None:  # a connection: one request per parent, then each node multiplies
                total += multiplier
                total += _requests(selection.selection_set, multiplier * size, fragments)
            else:
                total += _requests(selection.selection_set, multiplier, fragments)
        elif isinstance(selection, InlineFragmentNode):
            total += _requests(selection.selection_set, multiplier, fragments)
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            total += _requests(getattr(fragment, "selection_set", None), multiplier, fragments)
    return total


def _page_size(field: FieldNode) -> int | None:
    for argument in field.arguments or ():
        if isinstance(argument, ArgumentNode) and argument.name.value in {"first", "last"}:
            if isinstance(argument.value, IntValueNode):
                return int(argument.value.value)
            if isinstance(argument.value, VariableNode):
                return 100  # the most a page can hold
    return None
