"""Policy packs: every validation error with its exact position, and resolution.

The packs here use three fake kinds (registered below) so that these tests do not
depend on the real check modules; the broken packs live in ``tests/data/packs/``
and the stand-in built-ins (``core``, ``strict``) in ``tests/data/packs/builtin/``.
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
import types
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import smslint
from smslint import checks
from smslint.errors import ConfigError, PolicyError, PolicyErrors
from smslint.policy import (
    builtin_pack_dir,
    list_builtin,
    load_pack_file,
    load_policy,
    packfile,
    validate_file,
)
from smslint.policy.schema import PACK_SCHEMA, is_hhmm
from smslint.policy.yamlmarks import Marks, loads
from smslint.violations import Category, Severity

DATA = Path(__file__).parent / "data" / "packs"
REAL_KINDS = dict(checks.KINDS)

_LIMIT = {"type": "integer", "minimum": 1}
FAKE_KINDS: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "fake_length": (
        {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "max_segments": {
                    "oneOf": [
                        _LIMIT,
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["gsm7", "ucs2"],
                            "properties": {"gsm7": _LIMIT, "ucs2": _LIMIT},
                        },
                    ]
                }
            },
        },
        {"max_segments": 3},
    ),
    "fake_phrase": (
        {
            "type": "object",
            "additionalProperties": False,
            "properties": {
                "phrases": {
                    "type": "array",
                    "items": {"type": "string"},
                    "minItems": 1,
                },
                "expected": {"type": "string"},
                "per_lang": {"type": "object", "propertyNames": {"enum": ["en", "zh"]}},
            },
        },
        {"phrases": ["STOP"], "expected": "Reply STOP"},
    ),
    "fake_hours": (
        {
            "type": "object",
            "additionalProperties": False,
            "required": ["start", "end"],
            "properties": {
                "start": {"type": "string", "format": "hh:mm"},
                "end": {"type": "string", "format": "hh:mm"},
            },
        },
        {"start": "08:00", "end": "21:00"},
    ),
}


@pytest.fixture(autouse=True)
def fake_kinds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register the fake kinds next to the real ones, as importable modules."""
    kinds = dict(checks.KINDS)
    for name, (schema, defaults) in FAKE_KINDS.items():
        module = types.ModuleType(f"smslint_test_kind_{name}")
        module.KIND, module.SUMMARY = name, f"test kind {name}"
        module.OPTIONS_SCHEMA, module.DEFAULTS = schema, defaults
        monkeypatch.setitem(sys.modules, module.__name__, module)
        kinds[name] = module.__name__
    monkeypatch.setattr(checks, "KINDS", kinds)


@pytest.fixture(autouse=True)
def test_builtins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packfile, "builtin_pack_dir", lambda: DATA / "builtin")


def at(name: str | Path, line: int, column: int, key_path: str) -> str:
    """The prefix every error about ``key_path`` in fixture ``name`` must start with."""
    return f"{os.path.normpath(DATA / name)}:{line}:{column}: {key_path}: "


def problems(name: str | Path) -> list[str]:
    return [str(error) for error in validate_file(DATA / name)]


def only_problem(name: str | Path) -> str:
    found = problems(name)
    assert len(found) == 1, found
    return found[0]


RULE = """\
  - id: {id}
    kind: fake_phrase
    category: opt_out
    severity: warning
    summary: A test rule.
    message: "test"
    citation: null
    confidence: unverified
    examples: {{fail: ["x"], pass: ["y"]}}
"""


def write_pack(
    folder: Path, pack_id: str, *, extends: str = "", rules: str = "", more: str = ""
) -> Path:
    """A pack file ``<pack_id>.yaml`` with the given ``extends`` and rule ids."""
    text = f'id: {pack_id}\ntitle: Pack {pack_id}\nversion: "{pack_id}-1"\n'
    if extends:
        text += f"extends: {extends}\n"
    if rules:
        text += "rules:\n" + "".join(RULE.format(id=r) for r in rules.split())
    path = folder / f"{pack_id}.yaml"
    path.write_text(text + textwrap.dedent(more), encoding="utf-8")
    return path


def rule_ids(policy: Any) -> list[str]:
    return [rule.id for rule in policy.rules]


# --- every error, with its exact position ------------------------------------------


def test_yaml_syntax_error_reports_the_parser_position() -> None:
    assert only_problem("syntax_error.yaml").startswith(
        f"{DATA / 'syntax_error.yaml'}:8:1: YAML syntax error: "
    )


def test_unknown_top_level_key() -> None:
    found = only_problem("unknown_top_key.yaml")
    assert found.startswith(at("unknown_top_key.yaml", 4, 1, "colour"))
    assert "unknown key (expected one of: id, title, version" in found


def test_unknown_rule_key_suggests_the_right_one() -> None:
    assert problems("unknown_rule_key.yaml") == [
        at("unknown_rule_key.yaml", 5, 5, "rules[0].severity")
        + "required key is missing",
        at("unknown_rule_key.yaml", 8, 5, "rules[0].sevrity")
        + "unknown key (did you mean 'severity'?)",
    ]


def test_wrong_types() -> None:
    assert problems("wrong_types.yaml") == [
        at("wrong_types.yaml", 3, 10, "version")
        + "expected a string, got 2026.11 (put the value in quotes)",
        at("wrong_types.yaml", 8, 15, "rules[0].severity")
        + "3 is not one of: error, warning, info",
        at("wrong_types.yaml", 14, 21, "rules[0].options.max_segments")
        + "expected an integer or a mapping, got 'x'",
    ]


def test_unknown_kind_lists_the_known_ones() -> None:
    found = only_problem("unknown_kind.yaml")
    assert found.startswith(at("unknown_kind.yaml", 6, 11, "rules[0].kind"))
    assert "unknown kind 'weather_check' (known kinds: fake_hours, fake_length" in found


def test_unknown_category() -> None:
    found = only_problem("unknown_category.yaml")
    assert found.startswith(at("unknown_category.yaml", 7, 15, "rules[0].category"))
    assert "'verbosity' is not one of: pii, threat," in found


def test_duplicate_rule_id_in_one_pack() -> None:
    assert only_problem("duplicate_rule_id.yaml") == (
        at("duplicate_rule_id.yaml", 14, 9, "rules[1].id")
        + "rule id 'segment-limit' is already used on line 5"
    )


def test_child_redefining_a_parent_rule_is_told_to_use_overrides() -> None:
    found = only_problem("redefines_parent_rule.yaml")
    assert found.startswith(at("redefines_parent_rule.yaml", 6, 9, "rules[0].id"))
    assert "rule 'opt-out' is already defined by pack 'core' (" in found
    assert found.endswith("change it with 'overrides'")


def test_two_unrelated_packs_defining_one_rule(tmp_path: Path) -> None:
    first = write_pack(tmp_path, "first", rules="shared")
    second = write_pack(tmp_path, "second", rules="shared")
    with pytest.raises(PolicyErrors) as info:
        load_policy([str(first), str(second)])
    [error] = info.value.errors
    assert str(error).startswith(f"{second}:5:9: rules[0].id: rule 'shared' is already")
    assert "overrides" not in str(error)


def test_an_alias_may_not_shadow_another_rule(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path,
        "child",
        extends="core",
        rules="mine",
        more="""\
        overrides:
          opt-out: {severity: error}
        """,
    )
    with_alias = "  - id: mine\n    aliases: [opt-out]\n"
    text = pack.read_text(encoding="utf-8").replace("  - id: mine\n", with_alias)
    pack.write_text(text, encoding="utf-8")
    # the override still reaches core's opt-out: the clashing rule is left out
    [found] = [str(e) for e in validate_file(pack)]
    assert found.startswith(
        f"{pack}:7:15: rules[0].aliases[0]: rule 'opt-out' is already defined by pack"
    )


def test_extends_cycle_of_two_packs() -> None:
    assert only_problem("cycle_a.yaml") == (
        at("cycle_b.yaml", 4, 17, "extends[1]")
        + "extends cycle: cycle-a -> cycle-b -> cycle-a"
    )


def test_extends_cycle_of_three_packs() -> None:
    assert only_problem("ring_a.yaml") == (
        at("ring_c.yaml", 6, 5, "extends[1]")
        + "extends cycle: ring-a -> ring-b -> ring-c -> ring-a"
    )


def test_a_pack_extending_itself(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "selfish", extends="./selfish.yaml")
    [found] = [str(e) for e in validate_file(pack)]
    assert found == f"{pack}:4:10: extends: extends cycle: selfish -> selfish"


def test_unknown_parent_packs() -> None:
    assert problems("unknown_parent.yaml") == [
        at("unknown_parent.yaml", 4, 17, "extends[1]")
        + "unknown pack 'nosuch' (built-in packs: core, strict);"
        " a pack file path needs a '/' or a .yaml ending",
        at("unknown_parent.yaml", 4, 25, "extends[2]")
        + f"pack file not found: {DATA / 'missing.yaml'}",
    ]


def test_invalid_hhmm_time_in_options() -> None:
    # end: 24:00 (unquoted) is a valid end of day; start: 25:00 is not a time
    assert only_problem("bad_time.yaml") == (
        at("bad_time.yaml", 14, 14, "rules[0].options.start")
        + "'25:00' is not a valid time (HH:MM, 00:00 to 24:00)"
    )


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("00:00", True),
        ("08:30", True),
        ("23:59", True),
        ("24:00", True),
        ("24:01", False),
        ("25:00", False),
        ("8:00", False),
        ("12:60", False),
        ("1200", False),
        (" 12:00", False),
        (1260, True),
    ],
)
def test_hhmm_format(value: object, valid: bool) -> None:
    assert is_hhmm(value) is valid


def test_override_of_an_unknown_rule_and_bad_override_options() -> None:
    assert problems("override_unknown_rule.yaml") == [
        at("override_unknown_rule.yaml", 7, 3, "overrides.no-such-rule")
        + "unknown rule 'no-such-rule': no pack that 'child' extends defines it",
        at("override_unknown_rule.yaml", 8, 32, "overrides.opt-out.options.phrases")
        + "must not be empty",
    ]


def test_override_of_the_pack_own_rule_or_a_sibling_rule(tmp_path: Path) -> None:
    sibling = write_pack(tmp_path, "sibling", rules="sibling-rule")
    pack = write_pack(
        tmp_path,
        "child",
        rules="own-rule",
        more="""\
        overrides:
          own-rule: false
          sibling-rule: false
        """,
    )
    with pytest.raises(PolicyErrors) as info:
        load_policy([str(sibling), str(pack)])
    assert [str(e) for e in info.value.errors] == [
        (
            f"{pack}:15:3: overrides.own-rule: rule 'own-rule' is defined in this pack:"
            " change it there, not in overrides"
        ),
        (
            f"{pack}:16:3: overrides.sibling-rule: rule 'sibling-rule' comes from pack"
            " 'sibling', which 'child' does not extend"
        ),
    ]


def test_a_bad_option_key_is_pointed_at(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path,
        "langs",
        extends="core",
        more="overrides:\n  opt-out: {options: {per_lang: {en: 1, fr: 2}}}\n",
    )
    [found] = [str(e) for e in validate_file(pack)]
    assert found == (
        f"{pack}:6:41: overrides.opt-out.options.per_lang.fr:"
        " 'fr' is not one of: en, zh"
    )


def test_missing_examples() -> None:
    assert problems("missing_examples.yaml") == [
        at("missing_examples.yaml", 5, 5, "rules[0].examples")
        + "required key is missing",
        at("missing_examples.yaml", 22, 7, "rules[1].examples.pass")
        + "required key is missing",
        at("missing_examples.yaml", 22, 13, "rules[1].examples.fail")
        + "must not be empty",
    ]


def test_all_problems_of_a_file_are_reported_in_order() -> None:
    found = problems("many_problems.yaml")
    assert [line.split(": ")[1] for line in found] == [
        "id",
        "rules[0].id",
        "rules[0].summary",
        "rules[0].message",
        "rules[0].confidence",
        "rules[0].effective.until",
        "rules[0].examples.pass[0].text",
        "rules[0].examples.pass[0].txt",
    ]
    assert found[3].startswith(at("many_problems.yaml", 10, 14, "rules[0].message"))
    assert "not a valid message template" in found[3]


def test_backwards_effective_dates(tmp_path: Path) -> None:
    pack = write_pack(tmp_path, "dated", rules="dated-rule")
    text = (
        pack.read_text(encoding="utf-8")
        + "    effective: {from: 2030-01-01, until: 2021-11-30}\n"
    )
    pack.write_text(text, encoding="utf-8")
    [found] = [str(e) for e in validate_file(pack)]
    assert (
        found
        == f"{pack}:14:42: rules[0].effective.until: is before 'from' (2030-01-01)"
    )


def test_problems_in_several_parents_are_reported_together(tmp_path: Path) -> None:
    parents = f"[{DATA / 'wrong_types.yaml'}, {DATA / 'unknown_kind.yaml'}]"
    child = write_pack(tmp_path, "child", extends=parents)
    found = [str(e) for e in validate_file(child)]
    assert [f.split(":")[0] for f in found] == [str(DATA / "wrong_types.yaml")] * 3 + [
        str(DATA / "unknown_kind.yaml")
    ]


def test_a_broken_pack_stops_there_without_reading_its_parents(tmp_path: Path) -> None:
    child = write_pack(tmp_path, "child", extends=str(DATA / "wrong_types.yaml"))
    child.write_text(child.read_text(encoding="utf-8") + "colour: red\n", "utf-8")
    assert [str(e) for e in validate_file(child)] == [
        (
            f"{child}:5:1: colour: unknown key (expected one of: id, title, version,"
            " description, extends, applies_to, rules, overrides)"
        )
    ]


def test_a_builtin_pack_id_must_match_its_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pack(tmp_path, "core")
    (tmp_path / "core.yaml").rename(tmp_path / "basic.yaml")
    monkeypatch.setattr(packfile, "builtin_pack_dir", lambda: tmp_path)
    with pytest.raises(PolicyErrors) as info:
        list_builtin()
    assert str(info.value) == (
        f"{tmp_path / 'basic.yaml'}:1:5: id:"
        " a built-in pack's id must be its file name,"
        " 'basic'"
    )


def test_two_packs_with_one_id(tmp_path: Path) -> None:
    impostor = write_pack(tmp_path, "core", extends="core")
    with pytest.raises(PolicyErrors) as info:
        load_policy([str(impostor)])
    assert str(info.value) == (
        f"{impostor}:1:5: id: pack id 'core' is also used by"
        f" {DATA / 'builtin' / 'core.yaml'}"
    )


def test_an_empty_pack_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    assert [str(e) for e in validate_file(empty)] == [
        f"{empty}: a pack must be a mapping, got an empty file"
    ]


def test_unknown_requested_pack() -> None:
    with pytest.raises(PolicyError, match=r"^unknown pack 'nosuch' \(built-in packs"):
        load_policy(["nosuch"])
    with pytest.raises(PolicyError, match=r"^pack file not found: .*nope.yaml$"):
        load_policy(["nope.yaml"])


def test_load_pack_file_raises_every_problem() -> None:
    with pytest.raises(PolicyErrors) as info:
        load_pack_file(DATA / "wrong_types.yaml")
    assert len(info.value.errors) == 3
    assert str(info.value).count("\n") == 2


# --- resolution -----------------------------------------------------------------------


def test_a_builtin_pack_resolves_with_pack_overrides() -> None:
    policy = load_policy(["strict"])
    assert policy.packs == ("strict",)
    assert policy.versions == {"core": "1.0", "strict": "2.0"}
    assert rule_ids(policy) == ["segment-limit", "opt-out"]
    opt_out = policy.rule("opt-out")
    assert opt_out is not None and opt_out.severity is Severity.ERROR
    assert opt_out.pack == "core"
    assert opt_out.category is Category.OPT_OUT
    assert opt_out.effective_from == "2021-11-30"
    assert [e.lang for e in opt_out.pass_examples] == [None, "zh-Hans"]
    assert opt_out.options == {"phrases": ["STOP"], "expected": "Reply STOP"}
    assert policy.rule("too-long") is policy.rule("segment-limit")


def test_a_chain_of_packs(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    write_pack(tmp_path / "lib", "b", extends="core", rules="b-rule")
    a = write_pack(tmp_path, "a", extends="lib/b.yaml", rules="a-rule")
    policy = load_policy([str(a)])
    assert rule_ids(policy) == ["segment-limit", "opt-out", "b-rule", "a-rule"]
    assert policy.packs == ("a",)
    assert policy.versions == {"core": "1.0", "b": "b-1", "a": "a-1"}
    assert [r.pack for r in policy.rules] == ["core", "core", "b", "a"]
    b_rule = policy.rule("b-rule")
    assert b_rule is not None and b_rule.source is not None
    assert (b_rule.source.path, b_rule.source.line) == (
        str(tmp_path / "lib" / "b.yaml"),
        6,
    )


def test_several_parents_in_listed_order(tmp_path: Path) -> None:
    write_pack(tmp_path, "extra", rules="extra-rule")
    pack = write_pack(tmp_path, "multi", extends="[./extra.yaml, core]", rules="own")
    policy = load_policy([str(pack)])
    assert rule_ids(policy) == ["extra-rule", "segment-limit", "opt-out", "own"]


def test_diamonds_include_a_shared_parent_once(tmp_path: Path) -> None:
    x = write_pack(tmp_path, "x", extends="core", rules="x-rule")
    y = write_pack(tmp_path, "y", extends="[core]", rules="y-rule")
    both = load_policy([str(x), str(y)])
    assert rule_ids(both) == ["segment-limit", "opt-out", "x-rule", "y-rule"]
    assert both.packs == ("x", "y")
    assert list(both.versions) == ["core", "x", "y"]
    top = write_pack(tmp_path, "top", extends="[./x.yaml, ./y.yaml, core]")
    assert rule_ids(load_policy([str(top)])) == rule_ids(both)


def test_the_same_pack_requested_twice(tmp_path: Path) -> None:
    policy = load_policy(["core", str(DATA / "builtin" / "core.yaml"), "core"])
    assert policy.packs == ("core",)
    assert rule_ids(policy) == ["segment-limit", "opt-out"]


def test_pack_overrides_severity_options_disable_and_alias(tmp_path: Path) -> None:
    pack = write_pack(
        tmp_path,
        "tuned",
        extends="core",
        more="""\
        overrides:
          too-long: {options: {max_segments: {gsm7: 2, ucs2: 4}}, severity: info}
          opt-out: false
        """,
    )
    policy = load_policy([str(pack)])
    segments, opt_out = policy.rules
    assert segments.options == {"max_segments": {"gsm7": 2, "ucs2": 4}}
    assert segments.severity is Severity.INFO
    assert not opt_out.enabled
    assert policy.enabled_rules == (segments,)
    assert load_pack_file(pack).overrides == {
        "too-long": {
            "options": {"max_segments": {"gsm7": 2, "ucs2": 4}},
            "severity": "info",
        },
        "opt-out": {"enabled": False},
    }


def test_a_child_can_enable_a_rule_its_parent_disabled(tmp_path: Path) -> None:
    write_pack(tmp_path, "quiet", extends="core", more="overrides: {opt-out: false}\n")
    loud = write_pack(
        tmp_path, "loud", extends="./quiet.yaml", more="overrides: {opt-out: true}\n"
    )
    assert load_policy([str(loud)]).rule("opt-out").enabled  # type: ignore[union-attr]


def test_user_overrides_from_a_config_file(tmp_path: Path) -> None:
    config = loads(
        textwrap.dedent("""\
        policy: [strict]
        overrides:
          segment-limit: {options: {max_segments: 1}}
          too-long: {severity: error}
          opt-out: false
        """),
        "smslint.yaml",
    )
    policy = load_policy(
        ["strict"],
        overrides=config.data["overrides"],
        overrides_marks=config.marks.child("overrides"),
    )
    segments, opt_out = policy.rules
    assert segments.options == {"max_segments": 1}
    assert segments.severity is Severity.ERROR
    assert not opt_out.enabled and opt_out.severity is Severity.ERROR


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        (
            "  nosuch: {severity: error}\n",
            "smslint.yaml:3:3: overrides.nosuch: unknown rule 'nosuch'",
        ),
        (
            "  opt-out: {options: {phrases: [1]}}\n",
            (
                "smslint.yaml:3:33: overrides.opt-out.options.phrases[0]:"
                " expected a string, got 1"
            ),
        ),
        (
            "  opt-out: {severity: fatal}\n",
            (
                "smslint.yaml:3:23: overrides.opt-out.severity:"
                " 'fatal' is not one of: error,"
            ),
        ),
        (
            "  opt-out: {enabled: no, colour: red}\n",
            "smslint.yaml:3:26: overrides.opt-out.colour: unknown key",
        ),
    ],
)
def test_bad_user_overrides_name_the_config_file(overrides: str, expected: str) -> None:
    config = loads(f"policy: core\noverrides:\n{overrides}", "smslint.yaml")
    with pytest.raises(ConfigError) as info:
        load_policy(
            ["core"],
            overrides=config.data["overrides"],
            overrides_marks=config.marks.child("overrides"),
        )
    assert str(info.value).startswith(expected)


def test_user_overrides_without_positions() -> None:
    marks = Marks("pyproject.toml", root=("tool", "smslint", "overrides"))
    with pytest.raises(ConfigError) as info:
        load_policy(["core"], overrides={"nosuch": False}, overrides_marks=marks)
    assert str(info.value).startswith(
        "pyproject.toml: tool.smslint.overrides.nosuch: unknown rule 'nosuch'"
    )
    with pytest.raises(ConfigError, match=r"^overrides.nosuch: unknown rule"):
        load_policy(["core"], overrides={"nosuch": False})


def test_user_overrides_must_be_a_mapping() -> None:
    with pytest.raises(
        ConfigError, match=r"^overrides: expected a mapping, got a list$"
    ):
        load_policy(["core"], overrides=[{"opt-out": False}])  # type: ignore[arg-type]


def test_options_are_private_copies() -> None:
    first = load_policy(["core"]).rule("opt-out")
    second = load_policy(["core"]).rule("opt-out")
    assert first is not None and second is not None
    assert first.options["phrases"] is not second.options["phrases"]
    assert first.options["phrases"] is not FAKE_KINDS["fake_phrase"][1]["phrases"]


def test_relative_specs_are_taken_from_base_dir(tmp_path: Path) -> None:
    write_pack(tmp_path, "local", extends="core")
    assert load_policy(["local.yaml"], base_dir=tmp_path).packs == ("local",)


def test_list_builtin_and_load_pack_file() -> None:
    packs = list_builtin()
    assert [p.id for p in packs] == ["core", "strict"]
    core, strict = packs
    assert (
        core.description == "Two rules that the other test packs extend and override."
    )
    assert strict.extends == ("core",) and strict.rules == ()
    assert strict.overrides == {"opt-out": {"severity": "error"}}
    assert load_pack_file(DATA / "builtin" / "strict.yaml") == strict


def test_validate_file_of_a_good_pack_finds_nothing() -> None:
    assert validate_file(DATA / "builtin" / "strict.yaml") == []


# --- the schema file and the built-in pack directory ----------------------------------


def test_the_pack_schema_is_valid_and_lists_the_contract_categories() -> None:
    schema = json.loads(PACK_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    categories = schema["$defs"]["rule"]["properties"]["category"]["enum"]
    assert categories == [c.value for c in Category]


def test_builtin_dir_prefers_the_installed_package_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "site-packages" / "smslint"
    (package / "_data" / "policies").mkdir(parents=True)
    monkeypatch.setattr(smslint, "__file__", str(package / "__init__.py"))
    assert builtin_pack_dir() == package / "_data" / "policies"


def test_builtin_dir_falls_back_to_the_source_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "checkout" / "src" / "smslint"
    package.mkdir(parents=True)
    monkeypatch.setattr(smslint, "__file__", str(package / "__init__.py"))
    assert builtin_pack_dir() == tmp_path / "checkout" / "policies"


def test_the_real_builtin_packs_are_valid(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(packfile, "builtin_pack_dir", builtin_pack_dir)
    monkeypatch.setattr(checks, "KINDS", REAL_KINDS)
    missing = [k for k, m in REAL_KINDS.items() if not _importable(m)]
    if missing:
        pytest.skip(f"kind modules not written yet: {', '.join(missing)}")
    packs = list_builtin()
    assert "core" in [pack.id for pack in packs]
    for pack in packs:
        assert load_policy([pack.id]).versions[pack.id] == pack.version


def _importable(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True
