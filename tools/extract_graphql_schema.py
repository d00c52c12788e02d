"""Copy GitHub's published GraphQL schema (npm package @octokit/graphql-schema) into
tests/schemas/github.graphql, with the package version on the first line, so every query showcase
sends is validated against it in `make test` without installing the package there.

    npm install --prefix /tmp/octo --no-save --no-package-lock @octokit/graphql-schema
    python tools/extract_graphql_schema.py /tmp/octo/node_modules/@octokit/graphql-schema
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "schemas" / "github.graphql"


def main(package: Path) -> None:
    meta = json.loads((package / "package.json").read_text(encoding="utf-8"))
    schema = (package / "schema.graphql").read_text(encoding="utf-8")
    OUT.write_text(
        f"# {meta['name']} {meta['version']}: schema.graphql, unchanged below this line\n{schema}", encoding="utf-8"
    )
    print(f"wrote {OUT} from {meta['name']}@{meta['version']}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
