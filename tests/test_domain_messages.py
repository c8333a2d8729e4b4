"""Every refusal the domain raises can be read in Spanish.

A service that raises ConflictError(f"…") would show English on the Spanish desk: the
message must come from say() (lms_desktop/texts.py), which the translation extractor
finds. This test reads the domain's source and names each raise that writes its message
as a plain string instead.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import lms_desktop
from lms_desktop.errors import DomainError

PACKAGE = Path(lms_desktop.__file__).parent


def _domain_error_names() -> set[str]:
    for module in pkgutil.walk_packages([str(PACKAGE)], "lms_desktop."):
        if not module.name.startswith("lms_desktop.ui") and module.name != "lms_desktop.__main__":
            importlib.import_module(module.name)
    names: set[str] = set()
    todo: list[type] = [DomainError]
    while todo:
        cls = todo.pop()
        names.add(cls.__name__)
        todo.extend(cls.__subclasses__())
    return names


def _is_plain_string(node: ast.expr) -> bool:
    """A message written as English text: a literal, an f-string, or text glued or
    formatted with + % .format()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _is_plain_string(node.left) or _is_plain_string(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_plain_string(node.func.value)
    return False


def plain_string_raises(source: str, error_names: set[str]) -> list[int]:
    """The lines of `source` that raise a domain error with a plain-string message."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        func = node.exc.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name not in error_names:
            continue
        arguments = [*node.exc.args, *(keyword.value for keyword in node.exc.keywords)]
        if any(_is_plain_string(argument) for argument in arguments):
            lines.append(node.lineno)
    return lines


def test_the_check_spots_an_english_refusal_and_passes_a_translatable_one() -> None:
    names = {"ConflictError"}
    assert plain_string_raises('raise ConflictError(f"{x} is out.")', names) == [1]
    assert plain_string_raises('raise ConflictError("Out." + why)', names) == [1]
    assert plain_string_raises('raise errors.ConflictError("Out {x}".format(x=1))', names) == [1]
    assert plain_string_raises('raise ConflictError(say("{x} is out.", x=x))', names) == []
    assert plain_string_raises("raise ConflictError(message)", names) == []
    assert plain_string_raises('raise ValueError("not for people")', names) == []


def test_every_domain_refusal_is_said_translatably() -> None:
    names = _domain_error_names()
    assert {"ConflictError", "ValidationError", "NotFoundError"} <= names
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if (PACKAGE / "ui") in path.parents:
            continue
        for line in plain_string_raises(path.read_text(encoding="utf-8"), names):
            found.append(f"{path.relative_to(PACKAGE)}:{line}")
    assert found == [], "use say() for these messages:\n" + "\n".join(found)
