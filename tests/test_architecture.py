"""The layering of ARCHITECTURE.md, asserted on sopxl's import graph.

The graph is built from the source with :mod:`ast`; nothing of sopxl is imported or run.
Every import counts, also one inside a function or under ``TYPE_CHECKING``: a lazy import
is still a dependency. A *unit* is a subpackage of sopxl (``sopxl/register/``) or a
top-level module (``sopxl/cli.py``); the rules are about units.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Mapping, Set
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "sopxl"

Edge = tuple[str, str]
"""(importing module, imported module), both dotted names."""

KNOWN_CYCLE_EDGES: frozenset[Edge] = frozenset({})
"""The only imports allowed to close a package cycle today: register/ -> lifecycle/, the
last edge of the cycle issue 10 removes (lifecycle/ may use the register's public API;
the register must not know lifecycle/)."""

BASE_LEAVES = frozenset({"errors", "text"})
"""Top-level modules that import nothing of sopxl: exception types and text helpers that
model/ may use (a CodePattern or Period refuses bad input with a UsageError)."""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> Mapping[str, Path]:
    return {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def _imported(module: str, path: Path, known: Iterable[str]) -> set[str]:
    """The sopxl modules ``module`` imports (``from a import b`` is ``a.b`` when that is a
    module, else ``a``)."""
    names = set(known)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("sopxl"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target == "sopxl" or target.startswith("sopxl."):
                for alias in node.names:
                    child = f"{target}.{alias.name}"
                    found.add(child if child in names else target)
    return found


@cache
def module_edges() -> frozenset[Edge]:
    known = modules()
    return frozenset(
        (module, target)
        for module, path in known.items()
        for target in _imported(module, path, known)
        if target != module
    )


def unit(module: str) -> str:
    """``sopxl.register.store`` -> ``register``; ``sopxl.cli`` -> ``cli``; ``sopxl`` ->
    ``sopxl`` (the package's own ``__init__``)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def unit_graph(edges: Iterable[Edge]) -> dict[str, dict[str, set[Edge]]]:
    """unit -> imported unit -> the module imports that make that edge."""
    graph: dict[str, dict[str, set[Edge]]] = defaultdict(lambda: defaultdict(set))
    for module, target in edges:
        if unit(module) != unit(target):
            graph[unit(module)][unit(target)].add((module, target))
    return graph


def cycles(graph: Mapping[str, Mapping[str, object]]) -> list[list[str]]:
    """The strongly connected components of more than one unit (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, {})):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    nodes = set(graph) | {target for targets in graph.values() for target in targets}
    for node in sorted(nodes):
        if node not in index:
            visit(node)
    return found


def _describe(graph: Mapping[str, Mapping[str, set[Edge]]], component: list[str]) -> str:
    lines = [" <-> ".join(component)]
    for source in component:
        for target in sorted(graph.get(source, {})):
            if target in component:
                shown = sorted(f"{a} -> {b}" for a, b in graph[source][target])
                lines.append(f"  {source} -> {target}: {', '.join(shown)}")
    return "\n".join(lines)


def test_the_graph_is_read_from_the_source() -> None:
    """The rules below can only fail if the graph holds the imports the code makes."""
    edges = module_edges()
    assert ("sopxl.cli", "sopxl.commands") in edges
    assert ("sopxl.findings", "sopxl.messages") in edges  # a lazy import, inside a method
    assert len(modules()) > 100


def test_no_package_depends_on_itself_through_others() -> None:
    graph = unit_graph(module_edges() - KNOWN_CYCLE_EDGES)
    found = cycles(graph)
    assert not found, "package import cycles:\n" + "\n".join(_describe(graph, c) for c in found)


def test_the_known_exceptions_still_exist() -> None:
    """An exception that is gone must leave the list, so that it cannot come back."""
    gone = sorted(KNOWN_CYCLE_EDGES - module_edges())
    assert not gone, f"remove from KNOWN_CYCLE_EDGES, they no longer exist: {gone}"


def test_the_cycle_check_sees_a_cycle() -> None:
    graph = unit_graph(
        [("sopxl.a.x", "sopxl.b.y"), ("sopxl.b.z", "sopxl.c"), ("sopxl.c", "sopxl.a")]
    )
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles(unit_graph([("sopxl.a.x", "sopxl.b.y"), ("sopxl.b.z", "sopxl.c")])) == []


def _imports_outside(units: Set[str], allowed: Set[str]) -> list[str]:
    return sorted(
        f"{module} -> {target}"
        for module, target in module_edges()
        if unit(module) in units and unit(target) not in allowed
    )


def test_model_and_messages_import_only_each_other() -> None:
    """The base layer: values and the catalogue need no reader, writer or database."""
    assert _imports_outside({"model", "messages"}, {"model", "messages", *BASE_LEAVES}) == []


def test_the_base_leaves_import_nothing_of_sopxl() -> None:
    assert _imports_outside(BASE_LEAVES, set()) == []


def test_forms_know_no_later_stage() -> None:
    """Form specs and writers take values from model/; they know no database, no
    lifecycle, no checking, no drawing and no front end."""
    later = {"register", "lifecycle", "checking", "render", "web", "commands", "cli"}
    assert [
        f"{module} -> {target}"
        for module, target in module_edges()
        if unit(module) == "forms" and unit(target) in later
    ] == []


def test_the_output_layer_knows_no_area() -> None:
    """xlsx/ (saving, workbook plumbing, row heights, A1 references, names, the table and
    chart writers) sits below every writer: it uses only the base leaves and itself."""
    allowed = {"xlsx", *BASE_LEAVES}
    assert [
        f"{module} -> {target}"
        for module, target in module_edges()
        if unit(module) == "xlsx" and unit(target) not in allowed
    ] == []


TABLE_WRITERS = frozenset({"xlsx", "forms", "render"})
"""The units that may lay out a table themselves: xlsx/ (the one table writer,
:func:`sopxl.xlsx.tables.write_table`), forms/ (the templates people fill in, whose grouped
headers, column numbers, input cells and protection Lampiran II and the readers fix) and
render/ (the flowchart drawn over the SOP form's own table)."""

TABLE_CALLS = frozenset(
    {"add_table", "autofilter", "freeze_panes", "repeat_rows", "write_url", "write_row"}
)
"""XlsxWriter calls that only a table writer makes: a worksheet table, filters, a frozen or
repeated header, links, a row written in one go."""

WRITE_CALLS = frozenset({"write", "write_string", "merge_range"})


def hand_made_tables(source: str) -> list[str]:
    """The places in ``source`` that lay out a table by hand: a call of
    :data:`TABLE_CALLS`, or a cell written with a header format (``formats.header``)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        name = node.func.attr
        if name in TABLE_CALLS:
            found.append((node.lineno, f"{name}()"))
        elif name in WRITE_CALLS and any(
            isinstance(arg, ast.Attribute) and arg.attr == "header" for arg in node.args
        ):
            found.append((node.lineno, f"{name}(..., header format)"))
    return [f"line {line}: {what}" for line, what in sorted(found)]


def test_one_table_writer() -> None:
    """Every export, report, findings workbook and returned copy writes its tables with
    sopxl.xlsx.tables.write_table: outside :data:`TABLE_WRITERS` no module makes filters,
    frozen or repeated headers, links or header cells itself."""
    found = [
        f"{module} {place}"
        for module, path in modules().items()
        if unit(module) not in TABLE_WRITERS
        for place in hand_made_tables(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_table_rule_sees_a_hand_made_table() -> None:
    source = (
        "for col, label in enumerate(labels):\n"
        "    sheet.write_string(3, col, label, formats.header)\n"
        "sheet.autofilter(3, 0, 9, 4)\n"
        "sheet.write_string(4, 0, 'x', formats.cell)\n"
    )
    assert hand_made_tables(source) == [
        "line 2: write_string(..., header format)",
        "line 3: autofilter()",
    ]
