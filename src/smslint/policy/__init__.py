"""Policy packs: YAML files of rules, validated once and resolved into a frozen Policy.

``load_policy`` is what a run needs; ``list_builtin``, ``load_pack_file`` and
``validate_file`` serve ``smslint policy list|show|validate``. The pack format is
documented for authors in ``docs/policy-packs.md``.
"""

from __future__ import annotations

from smslint.policy.loader import (
    list_builtin,
    load_pack_file,
    load_policy,
    validate_file,
)
from smslint.policy.packfile import builtin_pack_dir
from smslint.policy.spec import Example, Pack, Policy, RuleSpec, SourcePos

__all__ = [
    "Example",
    "Pack",
    "Policy",
    "RuleSpec",
    "SourcePos",
    "builtin_pack_dir",
    "list_builtin",
    "load_pack_file",
    "load_policy",
    "validate_file",
]
