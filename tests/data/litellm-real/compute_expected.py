#!/usr/bin/env python3
"""Regenerate expected.tsv for the real LiteLLM configs kept in this folder.

Usage:  python3 compute_expected.py [--details]
Needs PyYAML (Debian: python3-yaml). Writes expected.tsv next to this script.

It mimics, without importing LiteLLM, the three steps that decide how a
LiteLLM proxy spreads traffic with the default "simple-shuffle" strategy
(see PROVENANCE.md for the exact upstream functions this follows):

1. yaml.safe_load(config)                      - what ProxyConfig uses
2. ProxyConfig._process_includes               - top-level `include:`
3. router_strategy/simple_shuffle.py           - weight > rpm > tpm > uniform

Shares assume every deployment of a group is healthy and that nothing else
(tags, `order`, pre-call checks, cooldowns) has filtered the group first.
"""
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
COLUMNS = ["file", "deployments_total", "groups_total", "group",
           "deployments_in_group", "field_used", "shares"]


class DupKeyLoader(yaml.SafeLoader):
    """SafeLoader that records duplicate mapping keys (safe_load keeps the last)."""
    duplicates = []


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            DupKeyLoader.duplicates.append((key, key_node.start_mark.line + 1))
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


DupKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path):
    # LiteLLM's _load_yaml_file does `yaml.safe_load(f) or {}` for included files.
    with open(path, "r", encoding="utf-8") as f:
        return yaml.safe_load(f)


def process_includes(config, base_dir):
    """Same rule as ProxyConfig._process_includes in litellm/proxy/proxy_server.py."""
    if "include" not in config:
        return config
    if not isinstance(config["include"], list):
        raise ValueError("'include' must be a list of file paths")
    for include_file in config["include"]:
        file_path = os.path.join(base_dir, include_file)
        if not os.path.exists(file_path):
            raise FileNotFoundError(f"Included file not found: {file_path}")
        included = load_yaml(file_path) or {}
        for key, value in included.items():
            # lists are appended to an existing key; anything else replaces it
            if isinstance(value, list) and key in config:
                config[key].extend(value)
            else:
                config[key] = value
    del config["include"]
    return config


def simple_shuffle_shares(deployments):
    """(field, [share]) exactly as simple_shuffle.py weighs a healthy group.

    The field is chosen by looking ONLY at the first deployment's
    litellm_params (weight, then rpm, then tpm); the other deployments are
    then read with .get(field, 0), so a missing value counts as 0.
    Top-level rpm/tpm (outside litellm_params) are not looked at.
    """
    first = deployments[0].get("litellm_params") or {}
    for field in ("weight", "rpm", "tpm"):
        if first.get(field) is not None:
            values = [(d.get("litellm_params") or {}).get(field, 0) for d in deployments]
            total = sum(values)
            if total == 0:
                # old code divides by zero; new code (safe_divide) hands
                # random.choices all-zero weights, which raises ValueError
                return field, None
            return field, [v / total for v in values]
    return "uniform", [1 / len(deployments)] * len(deployments)  # random.choice


def fmt(v):
    return "-" if v is None else str(v)


def analyse(rel):
    """Return (rows, details) for one top-level config."""
    path = os.path.join(HERE, rel)
    try:
        config = load_yaml(path)
        if config is None:
            raise ValueError("Config cannot be None or Empty.")
        config = process_includes(config, os.path.dirname(os.path.abspath(path)))
    except Exception as e:  # LiteLLM itself would refuse to start
        kind = type(e).__name__
        return [[rel, "error", "error", "-", "0", kind, ""]], [f"{rel}: {kind}: {e}"]
    model_list = config.get("model_list") or []
    groups = {}
    for d in model_list:
        groups.setdefault(d.get("model_name"), []).append(d)
    rows, details = [], []
    if not groups:
        rows.append([rel, "0", "0", "", "0", "-", ""])
    for name, deps in groups.items():
        field, shares = simple_shuffle_shares(deps)
        shares_txt = "error" if shares is None else ",".join(f"{100 * s:.1f}" for s in shares)
        rows.append([rel, str(len(model_list)), str(len(groups)), str(name),
                     str(len(deps)), field, shares_txt])
        if len(deps) > 1:
            for i, d in enumerate(deps):
                lp = d.get("litellm_params") or {}
                top = {k: d[k] for k in ("rpm", "tpm", "weight", "order") if k in d}
                details.append(
                    f"{rel} | {name} #{i + 1} ({lp.get('model')}) | weight={fmt(lp.get('weight'))}"
                    f" rpm={fmt(lp.get('rpm'))} tpm={fmt(lp.get('tpm'))} order={fmt(lp.get('order'))}"
                    + (f" | top-level (ignored by simple_shuffle): {top}" if top else ""))
    return rows, details


def main():
    files, included = [], set()
    for root, _, names in os.walk(HERE):
        for n in sorted(names):
            if n.endswith((".yaml", ".yml")):
                rel = os.path.relpath(os.path.join(root, n), HERE)
                files.append(rel)
                try:
                    cfg = load_yaml(os.path.join(HERE, rel))
                except yaml.YAMLError:
                    continue
                if isinstance(cfg, dict) and isinstance(cfg.get("include"), list):
                    for inc in cfg["include"]:
                        included.add(os.path.normpath(os.path.join(os.path.dirname(rel), inc)))
    top_level = sorted(f for f in files if f not in included)
    all_rows, all_details = [], []
    for rel in top_level:
        rows, details = analyse(rel)
        all_rows += rows
        all_details += details
    with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in all_rows:
            f.write("\t".join(r) + "\n")
    if "--details" in sys.argv:
        for line in all_details:
            print(line)
        for rel in sorted(files):  # duplicate keys PyYAML silently overwrote
            DupKeyLoader.duplicates = []
            try:
                with open(os.path.join(HERE, rel), encoding="utf-8") as fh:
                    yaml.load(fh, Loader=DupKeyLoader)
            except yaml.YAMLError as e:
                print(f"{rel}: YAML error: {str(e).splitlines()[0]}")
            for key, line in DupKeyLoader.duplicates:
                print(f"{rel}: duplicate key {key!r} at line {line}")


if __name__ == "__main__":
    main()
