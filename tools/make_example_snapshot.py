"""Build examples/arloor/.showcase/snapshot.json from real repository data.

    python tools/make_example_snapshot.py ../shared/data/repos

READMEs and language byte tallies are real (read from each repository's public git history at
the commit in tallies.json); star and fork counts are NOT in that data, so the values below are
sample numbers, and the snapshot's `note` says so.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from showcase import excerpt_lazy  # noqa: E402
from showcase.snapshot import Readme, RepoData, Snapshot, UserData, dumps  # noqa: E402

SAMPLE_COUNTS = {  # stars, forks: sample values, not GitHub's
    "rust_http_proxy": (128, 19),
    "axum-bootstrap": (23, 4),
    "shadowsocks-rust": (9, 2),
    "bpf_rs_hub": (15, 3),
}
PARENTS = {"shadowsocks-rust": "shadowsocks/shadowsocks-rust"}
NOTE = (
    "Example data. READMEs and language bytes are real (per-extension tallies from each repository's git history "
    "at the commit in shared/data/repos/tallies.json); stars, forks, followers and public_repos are SAMPLE values."
)


def main(data: Path) -> None:
    tallies = json.loads((data / "tallies.json").read_text(encoding="utf-8"))
    repos = {}
    for full_name, tally in sorted(tallies.items()):
        owner, name = full_name.split("/")
        readme_text = (data / f"{name}.README.md").read_text(encoding="utf-8")
        stars, forks = SAMPLE_COUNTS[name]
        pushed = datetime.fromisoformat(tally["commit_date"]).astimezone(timezone.utc)
        branch = "main"
        repos[full_name.lower()] = RepoData(
            full_name=full_name,
            name=name,
            owner=owner,
            html_url=f"https://github.com/{full_name}",
            stars=stars,
            forks=forks,
            language=max(tally["bytes_by_language_by_extension"].items(), key=lambda kv: kv[1])[0],
            pushed_at=pushed.strftime("%Y-%m-%dT%H:%M:%SZ"),
            fork=name in PARENTS,
            parent=PARENTS.get(name),
            default_branch=branch,
            detailed=True,
            languages=tally["bytes_by_language_by_extension"],
            readme=Readme(
                path="README.md",
                html_url=f"https://github.com/{full_name}/blob/{tally['commit']}/README.md",
                excerpt=excerpt_lazy.extract(readme_text, "README.md"),
                extractor=excerpt_lazy.VERSION,
            ),
        )
    snapshot = Snapshot(
        note=NOTE,
        user=UserData(
            login="arloor",
            name="Ganghuan Liu",
            blog="https://www.arloor.com",
            html_url="https://github.com/arloor",
            followers=150,
            public_repos=len(repos),
        ),
        repos=repos,
    )
    target = ROOT / "examples" / "arloor" / ".showcase" / "snapshot.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dumps(snapshot), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "repos"))
