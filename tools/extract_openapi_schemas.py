"""Extract the response schemas (and GitHub's own examples) of the endpoints showcase uses from
GitHub's official OpenAPI description, the npm package @octokit/openapi (~385 MB unpacked, too
big to install in every test run), into tests/schemas/github-rest.json, which is committed.

    npm install --prefix /tmp/octo --no-save --no-package-lock @octokit/openapi
    python tools/extract_openapi_schemas.py /tmp/octo/node_modules/@octokit/openapi

OpenAPI 3.0's `nullable: true` becomes JSON Schema's `"type": [T, "null"]`, so the jsonschema
package can validate with it; nothing else is changed. The output records the package version.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ENDPOINTS = {
    # the stand-in's route → the OpenAPI path and the status codes whose bodies it validates
    "/users/{username}": ["200", "404"],
    "/users/{username}/repos": ["200"],
    "/repos/{owner}/{repo}": ["200", "301", "404"],
    "/repos/{owner}/{repo}/languages": ["200"],
    "/repos/{owner}/{repo}/releases": ["200"],
    "/repos/{owner}/{repo}/readme": ["200", "404"],
    "/rate_limit": ["200"],
}
EXAMPLES = {
    "user": "public-user-default-response",
    "listed-repository": "minimal-repository-items",
    "repository": "full-repository-default-response",
    "release": "release-items",
    "readme": "content-file",
    "rate-limit": "rate-limit-overview",
}
OUT = Path(__file__).resolve().parent.parent / "tests" / "schemas" / "github-rest.json"


def main(package: Path) -> None:
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    spec = json.loads((package / "generated" / "api.github.com.json").read_text(encoding="utf-8"))
    wanted: dict[str, Any] = {}
    for path, statuses in ENDPOINTS.items():
        responses = spec["paths"][path]["get"]["responses"]
        wanted[path] = {status: _body_schema(spec, responses[status]) for status in statuses}
    components: dict[str, Any] = {}
    _collect(spec, wanted, components)
    examples = {name: _example(spec, key) for name, key in EXAMPLES.items()}
    document = {
        "source": {
            "package": meta["name"],
            "version": meta["version"],
            "file": "generated/api.github.com.json",
            "openapi": spec["openapi"],
            "api_version": spec["info"]["version"],
        },
        "endpoints": _nullable_to_json_schema(wanted),
        "components": {"schemas": _nullable_to_json_schema(components)},
        "examples": examples,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT} from {meta['name']}@{meta['version']}: {len(components)} component schemas")


def _body_schema(spec: dict[str, Any], response: dict[str, Any]) -> Any:
    if "$ref" in response:  # a shared response, e.g. #/components/responses/moved_permanently
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    content = response.get("content", {}).get("application/json")
    return content["schema"] if content else {}


def _example(spec: dict[str, Any], key: str) -> Any:
    value = spec["components"]["examples"][key]["value"]
    return value[0] if isinstance(value, list) else value


def _collect(spec: dict[str, Any], node: Any, found: dict[str, Any]) -> None:
    """Every component schema `node` refers to, transitively."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in found:
                found[name] = spec["components"]["schemas"][name]
                _collect(spec, found[name], found)
        for value in node.values():
            _collect(spec, value, found)
    elif isinstance(node, list):
        for value in node:
            _collect(spec, value, found)


def _nullable_to_json_schema(node: Any) -> Any:
    if isinstance(node, list):
        return [_nullable_to_json_schema(value) for value in node]
    if not isinstance(node, dict):
        return node
    out = {
        key: _nullable_to_json_schema(value)
        for key, value in node.items()
        if key not in {"nullable", "discriminator", "example", "examples"}
    }
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else [*out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


if __name__ == "__main__":
    main(Path(sys.argv[1]))
