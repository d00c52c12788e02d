"""Hostile or broken config files: each is one line `file:line:col: path: message`, exit 2, fast."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from showcase.config import load_resume
from showcase.errors import ConfigError


def _laughs(levels: int = 9) -> str:
    text = 'basics: {name: x}\na: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghijklmnop"[: levels - 1]:
        text += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


BOMBS = {
    "billion laughs": (_laughs(), r":6:\d+: e: more than 100,000 values once YAML aliases are expanded"),
    "deep sequences": ("basics: {name: x}\nwork: " + "[" * 20_000 + "]" * 20_000, r":2:\d+: work\[0\].*: nested more"),
    "deep mappings": (
        "basics: {name: x}\nwork: " + "{a: " * 5000 + "1" + "}" * 5000,
        r":2:\d+: work\.a.*: nested more",
    ),
    "NUL byte": ("basics:\n  name: x\n  label: b\x00c\n", r":3:11: basics\.label: character U\+0000"),
    "escape character": ("basics:\n  name: x\x1b[2J\n", r":2:10: basics\.name: character U\+001B"),
    "5,000-digit integer": (
        "basics: {name: x}\nshowcase:\n  excerpt_width: " + "9" * 5000,
        r":3:18: showcase\.excerpt_width: a number with 5,000 digits",
    ),
    "lone surrogate": ('basics:\n  name: "\\ud800"\n', r":2:9: basics\.name: holds a lone surrogate"),
    "lone surrogate key": ('basics: {name: x}\n"\\udfff": 1\n', r":2:1: top level: a key holds a lone surrogate"),
    "not UTF-8": (b"basics:\n  name: \xff\n", r":2:9: top level: not UTF-8 text \(byte 0xff\)"),
    "too large": (
        "basics: {name: x}\n" + "#" * (1024 * 1024 + 1),
        r":1:1: top level: the file is larger than 1024 KiB",
    ),
}


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_config_bomb_is_one_line_with_its_place(tmp_path, name):
    text, expected = BOMBS[name]
    path = tmp_path / "showcase.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass"))
    started = time.process_time()  # CPU time: a busy CI machine does not count
    with pytest.raises(ConfigError) as caught:
        load_resume(path)
    assert time.process_time() - started < 1.0
    [problem] = caught.value.problems
    assert problem.startswith(f"{path}:") and "\n" not in problem
    assert re.search(expected, problem), problem


@pytest.mark.parametrize("name", ["billion laughs", "deep sequences", "5,000-digit integer", "lone surrogate"])
def test_config_bomb_exits_2_without_a_traceback(tmp_path, name):
    text, _ = BOMBS[name]
    path = tmp_path / "showcase.yaml"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    done = subprocess.run(
        [sys.executable, "-m", "showcase", "validate", "-c", str(path)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"error: {path}:")


def test_merge_keys_still_work(tmp_path):
    path = tmp_path / "showcase.yaml"
    path.write_text("basics: &b {name: x}\nwork:\n  - <<: {name: y, position: z}\n", encoding="utf-8")
    assert load_resume(path).work[0].name == "y"


@settings(max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(alphabet="basics:nme{}[]&*!|>-'\"\n #\\x0u", max_size=200).map(str.encode))
def test_random_bytes_are_a_config_or_a_config_error(data):
    path = Path(_fuzz_dir()) / "showcase.yaml"
    path.write_bytes(b"basics:\n  name: x\n" + data)
    try:
        load_resume(path)
    except ConfigError as exc:
        assert all(re.match(rf"{re.escape(str(path))}:\d+:\d+: ", p) for p in exc.problems), exc.problems
        assert all("\n" not in p for p in exc.problems), exc.problems


def _fuzz_dir() -> str:
    import tempfile

    folder = Path(tempfile.gettempdir()) / "showcase-fuzz-config"
    folder.mkdir(exist_ok=True)
    return str(folder)
