"""YAML loading with positions: data, marks, key paths and the errors it raises."""

from __future__ import annotations

from pathlib import Path

import pytest

from smslint.errors import ConfigError, PolicyError, PolicyErrors, SmslintError
from smslint.policy.yamlmarks import Marks, load, loads

TEXT = """\
id: demo
rules:
  - id: first
    options: {start: 21:00, end: 08:00}
    effective:
      from: 2021-11-30
  - id: second
    severity:
"""


def test_data_is_plain_python() -> None:
    doc = loads(TEXT, "p.yaml")
    assert doc.data == {
        "id": "demo",
        "rules": [
            {
                "id": "first",
                "options": {"start": "21:00", "end": "08:00"},
                "effective": {"from": "2021-11-30"},
            },
            {"id": "second", "severity": None},
        ],
    }


def test_times_and_dates_stay_as_written() -> None:
    # YAML 1.1 reads 21:00 as the base-60 integer 1260 and 2021-11-30 as a date
    data = loads("a: 21:00\nb: 2021-11-30\nc: 1:30.5\nd: 12\n", "t.yaml").data
    assert data == {"a": "21:00", "b": "2021-11-30", "c": "1:30.5", "d": 12}


def test_positions_of_values_and_keys() -> None:
    marks = loads(TEXT, "p.yaml").marks
    assert marks.position(("rules", 0, "options", "start")) == (4, 22)
    assert marks.position(("rules", 0, "options", "start"), at_key=True) == (4, 15)
    assert marks.position(("rules", 1)) == (7, 5)
    assert marks.position(()) == (1, 1)


def test_an_empty_value_points_at_its_key() -> None:
    marks = loads(TEXT, "p.yaml").marks
    assert marks.position(("rules", 1, "severity")) == (8, 5)


def test_a_missing_key_falls_back_to_its_nearest_ancestor() -> None:
    marks = loads(TEXT, "p.yaml").marks
    assert marks.position(("rules", 1, "examples", "fail")) == (7, 5)


def test_key_paths_render_like_the_docs() -> None:
    marks = loads(TEXT, "p.yaml").marks
    assert marks.key_path(("rules", 3, "kind")) == "rules[3].kind"
    assert marks.key_path(("overrides", "a.b")) == "overrides['a.b']"
    assert marks.key_path(()) == ""


def test_child_marks_keep_the_full_key_path() -> None:
    child = loads(TEXT, "p.yaml").marks.child("rules", 0)
    assert child.position(("options",)) == (4, 14)
    error = child.error(ConfigError, ("options", "start"), "bad")
    assert str(error) == "p.yaml:4:22: rules[0].options.start: bad"
    assert isinstance(error, ConfigError)


def test_marks_without_positions_still_name_the_file() -> None:
    marks = Marks("pyproject.toml", root=("tool", "smslint", "overrides"))
    error = marks.error(ConfigError, ("x",), "unknown rule")
    assert str(error) == "pyproject.toml: tool.smslint.overrides.x: unknown rule"


def test_syntax_error_reports_the_parser_position() -> None:
    with pytest.raises(PolicyError) as info:
        loads("id: a\nrules: [one,\n  two\nx: 1\n", "s.yaml", error=PolicyError)
    assert str(info.value).startswith("s.yaml:4:2: YAML syntax error: ")
    assert "flow sequence" in str(info.value)


def test_a_duplicate_key_is_an_error() -> None:
    with pytest.raises(SmslintError) as info:
        loads("a: 1\nb:\n  c: 1\n  c: 2\n", "d.yaml")
    assert str(info.value) == "d.yaml:4:3: b.c: duplicate key (first on line 3)"


def test_all_duplicate_keys_are_reported_when_grouped() -> None:
    with pytest.raises(PolicyErrors) as info:
        loads(
            "a: 1\na: 2\nb: 1\nb: 2\n", "d.yaml", error=PolicyError, group=PolicyErrors
        )
    assert [str(e) for e in info.value.errors] == [
        "d.yaml:2:1: a: duplicate key (first on line 1)",
        "d.yaml:4:1: b: duplicate key (first on line 3)",
    ]


def test_the_same_key_in_different_mappings_is_fine() -> None:
    assert loads("- id: a\n- id: b\n", "l.yaml").data == [{"id": "a"}, {"id": "b"}]


def test_merge_keys_are_refused() -> None:
    with pytest.raises(SmslintError) as info:
        loads("base: &b {x: 1}\nmine:\n  <<: *b\n", "m.yaml")
    assert str(info.value).startswith("m.yaml:3:3: mine['<<']: merge keys")


def test_aliases_are_followed_and_recursive_ones_refused() -> None:
    assert loads("a: &x [1]\nb: *x\n", "a.yaml").data == {"a": [1], "b": [1]}
    with pytest.raises(SmslintError, match="recursive alias"):
        loads("a: &x [*x]\n", "r.yaml")


def test_unknown_tags_are_errors() -> None:
    with pytest.raises(SmslintError, match=r"^t.yaml:1:4: YAML syntax error: .*tag"):
        loads("a: !!python/name:os.system x\n", "t.yaml")


def test_an_empty_document_is_none() -> None:
    assert loads("# nothing\n", "e.yaml").data is None


def test_load_reads_files_and_reports_unreadable_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("a: 1\n", encoding="utf-8")
    assert load(good).data == {"a": 1}
    with pytest.raises(ConfigError, match=r"missing.yaml: cannot read file"):
        load(tmp_path / "missing.yaml", error=ConfigError)
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"a: \xff\n")
    with pytest.raises(ConfigError, match=r"binary.yaml: not UTF-8 text"):
        load(binary, error=ConfigError)
