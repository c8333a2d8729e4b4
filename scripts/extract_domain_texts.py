"""Put every domain message template (`say("…")` outside lms_desktop/ui/) into the .ts files.

The domain cannot call Qt's tr(), so pyside6-lupdate does not see its messages. This
script finds each `say("literal", …)` call with `ast` and writes the templates into each
.ts file under the context "domain", in lupdate's own layout: existing translations are
kept, new templates are added as unfinished for a translator, templates gone from the
code are kept as vanished. The rest of the file is left byte for byte as it was.
scripts/build_translations.py --update runs it after pyside6-lupdate.
"""

from __future__ import annotations

import ast
import re
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "lms_desktop"
TRANSLATIONS = PACKAGE / "resources" / "translations"
CONTEXT = "domain"

_CONTEXT_BLOCK = re.compile(r"<context>\n    <name>(?P<name>[^<]*)</name>\n.*?</context>\n", re.S)


@dataclass
class Found:
    """One template and where the code says it."""

    template: str
    places: list[tuple[str, int]] = field(default_factory=list)  # (path in package, line)


@dataclass
class Problem:
    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def _domain_sources() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if (PACKAGE / "ui") not in path.parents)


def _is_say(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Name) and func.id == "say") or (
        isinstance(func, ast.Attribute) and func.attr == "say"
    )


def scan_code() -> tuple[dict[str, Found], list[Problem]]:
    """Every say() template in the domain, in the order the code says them, and the
    say() calls whose template is not a literal (the extractor cannot read those)."""
    found: dict[str, Found] = {}
    problems: list[Problem] = []
    for path in _domain_sources():
        relative = path.relative_to(PACKAGE).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _is_say(node)):
                continue
            where = f"lms_desktop/{relative}:{node.lineno}"
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                problems.append(Problem(where, "say() needs a string literal as its template"))
                continue
            template = first.value
            bad = _bad_placeholders(template)
            if bad:
                problems.append(Problem(where, bad))
            found.setdefault(template, Found(template)).places.append((relative, node.lineno))
    for entry in found.values():
        entry.places.sort()
    ordered = sorted(found.values(), key=lambda entry: entry.places[0])
    return {entry.template: entry for entry in ordered}, problems


def placeholders(template: str) -> set[str]:
    """The field names (with their format specs) a template fills."""
    fields = set()
    for _literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None:
            fields.add(
                name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            )
    return fields


def _bad_placeholders(template: str) -> str:
    try:
        names = [
            name for _l, name, _s, _c in string.Formatter().parse(template) if name is not None
        ]
    except ValueError as exc:
        return f"the template {template!r} does not parse: {exc}"
    if any(not name or name.isdigit() for name in names):
        return f"the template {template!r} needs named placeholders ({{name}}, not {{}} or {{0}})"
    return ""


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


@dataclass
class _Kept:
    translation: str
    kind: str | None  # None (finished), "unfinished", "vanished", "obsolete"


def _existing(block: str) -> dict[str, _Kept]:
    if not block:
        return {}
    kept = {}
    for message in ElementTree.fromstring(block).iter("message"):
        translation = message.find("translation")
        kept[message.findtext("source") or ""] = _Kept(
            translation.text or "" if translation is not None else "",
            translation.get("type") if translation is not None else "unfinished",
        )
    return kept


def _render(found: dict[str, Found], kept: dict[str, _Kept], ts: Path) -> str:
    # locations are relative to the .ts, as lupdate writes them (the .ts files live in
    # TRANSLATIONS; a copy elsewhere, as in the tests, keeps the same locations)
    up = Path(*[".."] * len(TRANSLATIONS.relative_to(PACKAGE).parts))
    lines = ["<context>", f"    <name>{CONTEXT}</name>"]

    def message(source: str, translation: str, kind: str | None, places: list[tuple[str, int]]):
        lines.append("    <message>")
        for relative, line in places:
            lines.append(
                f'        <location filename="{(up / relative).as_posix()}" line="{line}"/>'
            )
        lines.append(f"        <source>{_escape(source)}</source>")
        kind_attr = f' type="{kind}"' if kind else ""
        lines.append(f"        <translation{kind_attr}>{_escape(translation)}</translation>")
        lines.append("    </message>")

    for template, entry in found.items():
        old = kept.get(template)
        translation = old.translation if old else ""
        kind = None if translation.strip() and (old and old.kind != "unfinished") else "unfinished"
        if old and old.kind in ("vanished", "obsolete") and translation.strip():
            kind = None
        message(template, translation, kind, entry.places)
    for source, old in kept.items():
        if source not in found and old.translation.strip():
            message(source, old.translation, "vanished", [])
    lines.append("</context>")
    return "\n".join(lines) + "\n"


def update_ts(ts: Path, found: dict[str, Found] | None = None) -> bool:
    """Write the domain templates into `ts`; True when the file changed."""
    if found is None:
        found, _problems = scan_code()
    text = ts.read_text(encoding="utf-8")
    blocks = list(_CONTEXT_BLOCK.finditer(text))
    ours = next((b for b in blocks if b.group("name") == CONTEXT), None)
    kept = _existing(ours.group(0) if ours else "")
    block = _render(found, kept, ts)
    if ours is not None:
        new_text = text[: ours.start()] + block + text[ours.end() :]
    else:
        after = next((b for b in blocks if b.group("name") > CONTEXT), None)
        at = after.start() if after is not None else text.rindex("</TS>")
        new_text = text[:at] + block + text[at:]
    if new_text == text:
        return False
    ts.write_text(new_text, encoding="utf-8")
    return True


def problems_in(ts: Path) -> list[Problem]:
    """What keeps `ts` from showing the domain's messages: say() calls the extractor
    cannot read, templates missing from the file, translations whose placeholders are
    not the template's."""
    found, problems = scan_code()
    messages = {}
    for context in ElementTree.parse(ts).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                messages[message.findtext("source") or ""] = message.find("translation")
    for template, entry in found.items():
        where = f"lms_desktop/{entry.places[0][0]}:{entry.places[0][1]}"
        translation = messages.get(template, ElementTree.Element("missing"))
        if template not in messages or translation.get("type") in ("vanished", "obsolete"):
            problems.append(Problem(where, f"{template!r} is not in {ts.name}"))
            continue
        spanish = translation.text or ""
        if translation.get("type") == "unfinished" or not spanish.strip():
            continue
        try:
            theirs = placeholders(spanish)
        except ValueError as exc:
            problems.append(Problem(where, f"{spanish!r} does not parse: {exc}"))
            continue
        if {f.split(":")[0] for f in theirs} != {f.split(":")[0] for f in placeholders(template)}:
            problems.append(Problem(where, f"{spanish!r} has other placeholders than {template!r}"))
    return problems


def main() -> int:
    found, problems = scan_code()
    for problem in problems:
        print(problem, file=sys.stderr)
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        changed = update_ts(ts, found)
        print(f"{'updated' if changed else 'up to date'}: {ts.relative_to(ROOT)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
