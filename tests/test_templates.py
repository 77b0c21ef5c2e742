"""Reading templates: exact positions, catalog shapes, bad input, discovery."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from smslint.templates import Suppression, Template, discover, read_templates
from smslint.violations import InputProblem

DATA = Path(__file__).parent / "data" / "templates"
SECRET = "110101199003077777"  # an ID-like value that must never appear in a message


def read(
    tmp_path: Path, name: str, content: str | bytes
) -> list[Template | InputProblem]:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return read_templates(path, name)


def by_id(results: list[Template | InputProblem]) -> dict[str | None, Template]:
    return {r.id: r for r in results if isinstance(r, Template)}


def problems(results: list[Template | InputProblem]) -> list[tuple[int, int, str]]:
    return [
        (p.location.line, p.location.column, p.message)
        for p in results
        if isinstance(p, InputProblem)
    ]


def source_position(content: str, line_no: int, needle: str) -> tuple[int, int]:
    """Where ``needle`` is written on a given (1-based) line of the file."""
    line = re.split(r"\r\n?|\n", content.lstrip("\ufeff"))[line_no - 1]
    return line_no, line.index(needle) + 1


def at(template: Template, needle: str) -> tuple[int, int]:
    return template.position(template.text.index(needle))


def assert_maps_back(template: Template, content: str) -> None:
    """Each character maps to itself, to its escape, or (a folded break) to a line end."""
    lines = re.split(r"\r\n?|\n", content.lstrip("\ufeff"))
    for offset, char in enumerate(template.text):
        line, column = template.position(offset)
        source = lines[line - 1][column - 1] if column <= len(lines[line - 1]) else "\n"
        ok = char == source or source == "\\" or (char in " \n" and source == "\n")
        assert ok, (offset, char, source)


# --- positions ------------------------------------------------------------------------

MAPPING = (DATA / "mapping.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("template_id", "needle", "line", "source"),
    [
        ("reminder.plain", "{name}", 2, "{name}"),
        ("reminder.escaped", "{name}", 3, "{name}"),  # after a \n escape
        ("reminder.escaped", "{amount}", 3, "{amount}"),  # after a \u4e2d escape
        ("reminder.escaped", "中", 3, "\\u4e2d"),
        ("reminder.escaped", "\n", 3, "\\n"),
        ("reminder.single", "{name}", 4, "{name}"),  # after a '' escape
        ("reminder.single", "'", 4, "''"),
        ("reminder.literal", "Hi", 7, "Hi"),  # indentation kept beyond the block's own
        ("reminder.literal", "{amount}", 8, "{amount}"),
        ("reminder.folded", "{name}", 11, "{name}"),
        ("reminder.folded", "{amount}", 13, "{amount}"),
        ("reminder.multiline", "{name}", 15, "{name}"),
        (
            "reminder.mapping",
            "{name}",
            17,
            "{name}",
        ),  # after Chinese: columns are code points
    ],
)
def test_yaml_positions(template_id: str, needle: str, line: int, source: str) -> None:
    template = by_id(read_templates(DATA / "mapping.yaml", "mapping.yaml"))[template_id]
    assert at(template, needle) == source_position(MAPPING, line, source)
    assert_maps_back(template, MAPPING)


def test_yaml_folding_maps_breaks_to_line_ends() -> None:
    folded = by_id(read_templates(DATA / "mapping.yaml", "mapping.yaml"))[
        "reminder.folded"
    ]
    assert folded.text == "Acme Recovery: Hi {name}, pay\n{amount} today.\n"
    assert folded.position(len("Acme Recovery: Hi")) == (
        10,
        len("  Acme Recovery: Hi") + 1,
    )
    assert folded.position(None) == (10, 3)
    assert folded.position(len(folded.text) - 1) == (13, len("  {amount} today.") + 1)
    assert folded.position(len(folded.text)) == (14, 1)  # just past the end


@pytest.mark.parametrize(
    "scalar",
    [
        '"Hi\\t{name}\\x41 \\U0001F600 \\"{a}\\" \\\\ \\/ {b}"',
        '"multi line\n    {name} with \\\n    joined {b}\n\n    para {c}"',
        "'single\n\n   {name} line'",
        "|-\n    keep\n      {name}\n\n    end {b}",
        ">+\n    x {a}\n\n      more {b}\n    back {c}\n\n",
        "|2\n     {name} two\n    {b} one",
        "&anchor !!str\n    tagged {name}",
    ],
)
def test_yaml_scalar_styles_map_back(tmp_path: Path, scalar: str) -> None:
    content = f"# catalog\nentry:\n  text: {scalar}\n"
    [template] = read(tmp_path, "c.yaml", content)
    assert isinstance(template, Template), template
    assert_maps_back(template, content)
    line = next(i for i, text in enumerate(content.splitlines(), 1) if "{" in text)
    first = template.text.index("{")
    assert template.position(first) == source_position(
        content, line, template.text[first : first + 2]
    )


def test_yaml_crlf_file(tmp_path: Path) -> None:
    content = "a: Hi\r\n  {name} there\r\nb: |\r\n  one\r\n  {x}\r\n"
    found = by_id(read(tmp_path, "c.yaml", content))
    assert found["a"].text == "Hi {name} there"
    assert at(found["a"], "{name}") == (2, 3)
    assert found["b"].text == "one\n{x}\n"
    assert at(found["b"], "{x}") == (5, 3)


def test_json_positions() -> None:
    content = (DATA / "listed.json").read_text(encoding="utf-8")
    found = by_id(read_templates(DATA / "listed.json", "listed.json"))
    assert found["en.due"].text == 'Hi {name},\nyour "plan" is due.'
    assert at(found["en.due"], "{name}") == source_position(content, 2, "{name}")
    assert at(found["en.due"], "is due") == source_position(
        content, 2, "is due"
    )  # after \n and \"
    zh = found["zh.due"]
    assert zh.text == "【北风】{name}您好😀{amount}"
    assert at(zh, "{name}") == source_position(content, 3, "{name}")
    assert at(zh, "😀") == source_position(
        content, 3, "\\ud83d"
    )  # a surrogate pair is one character
    assert at(zh, "{amount}") == source_position(content, 3, "{amount}")
    for template in found.values():
        assert_maps_back(template, content)


def test_csv_positions() -> None:
    content = (DATA / "catalog.csv").read_text(encoding="utf-8")
    found = by_id(read_templates(DATA / "catalog.csv", "catalog.csv"))
    t1 = found["t1"]
    assert (
        t1.text == 'Hi {name},\nsay "yes" to {amount}'
    )  # CR LF inside a field becomes \n
    assert at(t1, "{name}") == (2, 8)
    assert at(t1, "{amount}") == source_position(content, 3, "{amount}")
    assert at(t1, '"') == source_position(content, 3, '""')
    assert at(found["t2"], "{name}") == source_position(content, 4, "{name}")


def test_bom_does_not_shift_columns(tmp_path: Path) -> None:
    [template] = read_templates(DATA / "bom.txt", "bom.txt")
    assert isinstance(template, Template)
    assert template.text == "Hi {name}, your balance is {amount}."
    assert at(template, "{name}") == (1, 4)
    for name, content in [
        ("b.yaml", "a: Hi {name}\n"),
        ("b.json", '{"a": "Hi {name}"}'),
        ("b.csv", "id,text\na,Hi {name}\n"),
    ]:
        found = by_id(read(tmp_path, name, "\ufeff" + content))["a"]
        assert at(found, "{name}") == source_position(
            content, content.count("\n", 0, content.index("{")) + 1, "{name}"
        )


def test_plain_text_keeps_inner_newlines_and_strips_one() -> None:
    [template] = read_templates(DATA / "hant.sms", "hant.sms")
    assert isinstance(template, Template)
    assert template.id is None and template.path == "hant.sms"
    assert not template.text.endswith(("\n", "\r"))
    assert at(template, "{name}") == (1, 7)


def test_plain_text_file(tmp_path: Path) -> None:
    [template] = read(tmp_path, "t.txt", "Line one\r\n\r\n{name} line three\n\n")
    assert isinstance(template, Template)
    assert template.text == "Line one\n\n{name} line three\n"
    assert at(template, "{name}") == (3, 1)
    assert template.suppressions == () and not template.lang_declared


# --- catalog shapes --------------------------------------------------------------------


def test_mapping_shape_and_entry_fields() -> None:
    found = by_id(read_templates(DATA / "mapping.yaml", "mapping.yaml"))
    assert len(found) == 7
    entry = found["reminder.mapping"]
    assert (entry.lang, entry.lang_declared) == ("zh-Hant", True)
    assert entry.suppressions == (
        Suppression(
            "opt-out-missing",
            "transactional reminder, opt-out sent separately",
            date(2030, 1, 31),
            23,
            9,
        ),
    )
    assert (found["reminder.plain"].lang, found["reminder.plain"].lang_declared) == (
        "en",
        False,
    )


def test_templates_key_with_defaults() -> None:
    found = by_id(read_templates(DATA / "wrapped.yaml", "wrapped.yaml"))
    assert set(found) == {"welcome", "english", "detected"}
    assert found["welcome"].text == "【招商银行】您的信用卡本期账单{amount}元"
    assert (found["welcome"].lang, found["welcome"].lang_declared) == ("zh-Hans", True)
    assert found["english"].lang == "en"
    assert found["detected"].lang == "zh-Hans" and found["detected"].lang_declared


def test_list_shape_and_aliases() -> None:
    results = read_templates(DATA / "listed.json", "listed.json")
    found = by_id(results)
    assert list(found) == ["en.due", "zh.due", "hk.due"] and not problems(results)
    assert found["zh.due"].lang == "zh-Hans" and not found["zh.due"].lang_declared
    assert found["hk.due"].lang == "zh-Hant"
    assert found["hk.due"].suppressions == (
        Suppression("length", "long on purpose", None, 5, 27),
    )


def test_csv_catalog() -> None:
    found = by_id(read_templates(DATA / "catalog.csv", "catalog.csv"))
    assert found["t1"].lang == "en" and found["t1"].suppressions == ()
    assert [
        (s.rule, s.reason, s.expires, s.line) for s in found["t2"].suppressions
    ] == [
        ("length", "legacy text", date(2031, 12, 31), 4),
        ("opt-out", "legacy text", date(2031, 12, 31), 4),
    ]


@pytest.mark.parametrize(
    ("declared", "expected"),
    [("en", "en"), ("ZH", "zh-Hans"), ("zh-CN", "zh-Hans"), ("zh-hans", "zh-Hans"),
     ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-Hant", "zh-Hant")],
)  # fmt: skip
def test_language_aliases(tmp_path: Path, declared: str, expected: str) -> None:
    [template] = read(
        tmp_path, "c.yaml", f"a: {{text: 'Hi {{name}}', lang: {declared}}}\n"
    )
    assert (
        isinstance(template, Template)
        and template.lang == expected
        and template.lang_declared
    )


def test_yaml_ids_are_strings(tmp_path: Path) -> None:
    found = by_id(read(tmp_path, "c.yaml", "123: Hi {name}\n"))
    assert found["123"].text == "Hi {name}"


# --- bad input: each is reported where it is, without content; the rest survives -------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("c.yaml", "ok: Hi\nbad: 5\n", [(2, 1, "a template must be a string or a mapping with 'text'")]),
        ("c.yaml", f"ok: Hi\nbad: [{SECRET}]\n", [(2, 1, "a template must be a string or a mapping with 'text'")]),
        ("c.yaml", f"ok: Hi\nbad:\n  note: {SECRET}\n", [(2, 1, "template has no 'text'")]),
        ("c.yaml", "ok: Hi\nbad:\n", [(2, 1, "a template must be a string or a mapping with 'text'")]),
        ("c.yaml", "ok: Hi\nbad: {text: [a, b]}\n", [(2, 13, "template text must be a string")]),
        ("c.yaml", "ok: Hi\nbad: {text: a, body: b}\n", [(2, 1, "template has both 'text' and 'body'")]),
        ("c.yaml", "ok: Hi\nbad: '  '\n", [(2, 6, "empty template text")]),
        ("c.yaml", f"ok: Hi\nok: {SECRET}\n", [(2, 1, "duplicate template id (first on line 1)")]),
        ("c.yaml", "ok: Hi\nx:\n  text: a\n  text: b\n", [(4, 3, "duplicate key (first on line 3)")]),
        ("c.yaml", "ok: Hi\nx: {text: a, lang: fr}\n", [(2, 20, "unknown language")]),
        ("c.yaml", "templates: {ok: Hi}\ndefaults: {lang: xx}\n", [(2, 18, "unknown language")]),
        ("c.yaml", "ok: Hi\nx:\n  text: a\n  smslint: {ignore: [{rule: r1}]}\n",
         [(4, 22, "suppression needs a reason")]),
        ("c.yaml", "ok: Hi\nx:\n  text: a\n  smslint: {ignore: [{reason: why}]}\n",
         [(4, 22, "suppression needs a rule")]),
        ("c.yaml", "ok: Hi\nx:\n  text: a\n  smslint:\n    ignore:\n    - {rule: r, reason: ' '}\n",
         [(6, 7, "suppression needs a reason")]),
        ("c.yaml", "ok: Hi\nx:\n  text: a\n  smslint: {ignore: [{rule: r, reason: w, expires: 2024-13-01}]}\n",
         [(4, 22, "suppression 'expires' must be a date (YYYY-MM-DD)")]),
        ("c.yaml", "ok: Hi\nx:\n  text: a\n  smslint: {ignore: r1}\n", [(4, 21, "'smslint: ignore' must be a list")]),
        ("c.yaml", "ok: Hi\nx:\n  text: a\n  smslint: [{rule: r, reason: w}]\n", [(4, 12, "'smslint: ignore' must be a list")]),
        ("c.yaml", f"- id: ok\n  text: Hi\n- text: {SECRET}\n- {SECRET}\n- id: ok\n  text: again\n",
         [(3, 3, "template has no 'id'"), (4, 3, "a listed template must be a mapping"),
          (5, 3, "duplicate template id (first on line 1)")]),
        ("c.yaml", f"ok: Hi\n~: {SECRET}\n[a, b]: {SECRET}\n",
         [(2, 1, "a template id must be a non-empty string"), (3, 1, "a template id must be a non-empty string")]),
        ("c.yaml", f"just a scalar {SECRET}\n", [(1, 1, "a catalog must map ids to templates")]),
        ("c.yaml", f"bad: \"{SECRET}\n  - x: [\n", [(3, 1, "invalid YAML: found unexpected end of stream")]),
        ("c.yaml", "bad: [unclosed\nnext: x\n", [(2, 5, "invalid YAML: expected ',' or ']', but got ':'")]),
        ("c.yaml", f"bad: \"\\q{SECRET}\"\n", [(1, 8, "invalid YAML: found unknown escape character 'q'")]),
        ("c.yaml", f"bad: *alias{SECRET}\n", [(1, 6, "invalid YAML: found undefined alias '...'")]),
        ("c.yaml", "bad: \x07\n", [(1, 6, "invalid YAML: control characters are not allowed")]),
        ("c.yaml", "# only a comment\n", [(1, 1, "no templates in catalog")]),
        ("c.json", f'{{"ok": "Hi", "ok": "{SECRET}"}}', [(1, 14, "duplicate template id (first on line 1)")]),
        ("c.json", f'{{"ok": "Hi",\n "bad": {SECRET}}}', [(2, 2, "a template must be a string")]),
        ("c.json", f'{{"ok": "Hi",\n "bad": "{SECRET}",}}', [(2, 30, "invalid JSON: Expecting property name")]),
        ("c.json", "[]", [(1, 1, "no templates in catalog")]),
        ("c.csv", f"id,note\na,{SECRET}\n", [(1, 1, "no text column")]),
        ("c.csv", f"body\n{SECRET}\n", [(1, 1, "no id column")]),
        ("c.csv", f"id,text\nok,Hi\nbad,{SECRET},extra\n,{SECRET}\nok,again\n",
         [(3, 1, "row has 3 fields, the header has 2"), (4, 1, "template has no 'id'"),
          (5, 1, "duplicate template id (first on line 2)")]),
        ("c.csv", "id,text,lang\nok,Hi,\nx,Hi,klingon\n", [(3, 6, "unknown language")]),
        ("c.csv", "id,text,ignore,ignore_expires\nok,Hi,,\nx,Hi,length,\n", [(3, 6, "suppression needs a reason")]),
        ("c.csv", f'id,text\nok,Hi\nbad,"{SECRET}\n', [(3, 5, "quoted field is never closed")]),
    ],
)  # fmt: skip
def test_bad_entries(
    tmp_path: Path, name: str, content: str, expected: list[tuple[int, int, str]]
) -> None:
    results = read(tmp_path, name, content)
    found = problems(results)
    assert [(line, column) for line, column, _ in found] == [
        (line, column) for line, column, _ in expected
    ]
    for (_, _, message), (_, _, start) in zip(found, expected, strict=True):
        assert message.startswith(start)
        assert SECRET not in message
    if "ok" in content and not found[0][2].startswith("invalid"):
        assert by_id(results)["ok"].text == "Hi"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("c.json", "[" * 100_000 + "]" * 100_000, "invalid JSON: nested too deeply"),
        ("c.yaml", "[" * 5_000 + "]" * 5_000, "invalid YAML: nested too deeply"),
        (
            "c.yaml",
            "a: &loop [*loop]\n",
            "catalog is nested too deeply or refers to itself",
        ),
    ],
)
def test_runaway_nesting(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    assert problems(read(tmp_path, name, content)) == [(1, 1, expected)]


def test_problems_carry_the_template_id(tmp_path: Path) -> None:
    [problem] = [
        r
        for r in read(tmp_path, "c.yaml", "x: {text: a, lang: fr}\n")
        if isinstance(r, InputProblem)
    ]
    assert problem.location.template_id == "x" and problem.location.path == "c.yaml"


def test_bad_suppression_keeps_the_template(tmp_path: Path) -> None:
    results = read(
        tmp_path,
        "c.yaml",
        "x:\n  text: a\n  lang: fr\n  smslint: {ignore: [{rule: r}]}\n",
    )
    template = by_id(results)["x"]
    assert template.suppressions == () and not template.lang_declared
    assert len(problems(results)) == 2


# --- bad files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", b"", (1, 1, "empty template file")),
        ("a.yaml", b" \n\t\n", (1, 1, "empty template file")),
        (
            "a.txt",
            f"ok line\n{SECRET} \xff".encode("latin-1"),
            (2, 20, "not valid UTF-8"),
        ),
        (
            "a.json",
            f"{{\n\n {SECRET}\0".encode(),
            (3, 20, "binary file (contains NUL bytes)"),
        ),
        (
            "a.txt",
            "\ufeffHi".encode("utf-16"),
            (1, 1, "file is UTF-16; save it as UTF-8"),
        ),
        ("a.doc", SECRET.encode(), (1, 1, "unsupported file type")),
    ],
)
def test_bad_files(
    tmp_path: Path, name: str, content: bytes, expected: tuple[int, int, str]
) -> None:
    [problem] = read(tmp_path, name, content)
    assert isinstance(problem, InputProblem)
    assert (problem.location.line, problem.location.column, problem.message) == expected
    assert problem.location.path == name


def test_directory_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "dir.txt").mkdir()
    [problem] = read_templates(tmp_path / "dir.txt", "dir.txt")
    assert (
        isinstance(problem, InputProblem)
        and problem.message == "is a directory, not a file"
    )
    [problem] = read_templates(tmp_path / "gone.txt", "gone.txt")
    assert (
        isinstance(problem, InputProblem)
        and problem.message == "no such file or directory"
    )


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.yaml"
    path.write_text("a: b\n")

    def deny(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", deny)
    [problem] = read_templates(path, "locked.yaml")
    assert isinstance(problem, InputProblem) and problem.message == "permission denied"


def test_files_are_never_written() -> None:
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in DATA.iterdir()}
    for path in DATA.iterdir():
        read_templates(path, path.name)
    assert before == {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in DATA.iterdir()}


# --- discovery -------------------------------------------------------------------------


def make_tree(root: Path, files: list[str]) -> None:
    for name in files:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Hi {name}\n")


def found(
    root: Path, paths: list[str] | None = None, exclude: tuple[str, ...] = ()
) -> list[str]:
    return [
        f"! {item.location.path}: {item.message}"
        if isinstance(item, InputProblem)
        else item.as_posix()
        for item in discover(paths or ["."], exclude=exclude, root=root)
    ]


def test_discover_walks_sorted_and_skips(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_tree(tmp_path, [
        "b.sms", "a.txt", "sub/z.yaml", "sub/deep/c.json", "sub/d.csv", "sub/e.yml", "notes.md",
        ".hidden.txt", ".git/x.txt", ".pre-commit-config.yaml", ".smslint.yaml", "smslint.yaml",
        "node_modules/x.json", "__pycache__/x.txt", "venv/x.txt", ".venv/x.txt", "env/pyvenv.cfg",
        "env/x.txt", "build/x.txt", "dist/x.txt", "package.json", "package-lock.json",
        "tsconfig.json", "composer.json", ".pre-commit-hooks.yaml", "pnpm-lock.yaml",
    ])  # fmt: skip
    assert found(tmp_path) == [
        "a.txt",
        "b.sms",
        "sub/d.csv",
        "sub/deep/c.json",
        "sub/e.yml",
        "sub/z.yaml",
    ]


def test_discover_excludes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_tree(tmp_path, [
        "keep.txt", "old.bak.txt", "sub/old.bak.txt", "legacy/a.txt", "legacy/deep/b.yaml",
        "drafts/c.txt", "sub/drafts/d.txt", "sub/legacy/e.txt", "x/drafts", "y/only.txt",
    ])  # fmt: skip
    exclude = ("legacy/**", "*.bak.txt", "drafts/", "y/*.txt")
    assert found(tmp_path, exclude=exclude) == ["keep.txt", "sub/legacy/e.txt"]
    # Excludes hold for files named explicitly too (pre-commit passes file names).
    assert found(
        tmp_path, ["legacy/a.txt", "sub/drafts/d.txt", "keep.txt"], exclude
    ) == ["keep.txt"]
    assert found(tmp_path, ["sub"], ("**/legacy",)) == [
        "sub/drafts/d.txt", "sub/old.bak.txt",
    ]  # fmt: skip


def test_discover_excludes_relative_to_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path, ["repo/legacy/a.txt", "repo/new/b.txt"])
    monkeypatch.chdir(tmp_path / "repo" / "new")
    result = list(discover([".."], exclude=["legacy/"], root=tmp_path / "repo"))
    assert [p.as_posix() for p in result if isinstance(p, Path)] == ["../new/b.txt"]


def test_discover_explicit_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_tree(tmp_path, [".hidden/a.txt", "package.json", "notes.md", "a.txt"])
    assert found(
        tmp_path,
        [
            ".hidden/a.txt",
            "package.json",
            "notes.md",
            "missing.yaml",
            "a.txt",
            "./a.txt",
        ],
    ) == [
        ".hidden/a.txt",
        "package.json",
        "! notes.md: unsupported file type",
        "! missing.yaml: no such file or directory",
        "a.txt",
    ]


def test_discover_does_not_follow_directory_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    make_tree(tmp_path, ["real/a.txt"])
    (tmp_path / "real" / "loop").symlink_to(tmp_path / "real")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real" / "a.txt")
    assert found(tmp_path) == ["link.txt", "real/a.txt"]
