"""What changed between two snapshots, in words a person reads in a job summary or a log.

"★ 1.2k → 1.3k on lumen-trace", "new release v3.2.0 of lumen-trace": the reasons behind the files a
refresh rewrote, so a scheduled commit explains itself.
"""

from __future__ import annotations

from collections.abc import Iterable

from showcase.format import compact
from showcase.snapshot import RepoData, Snapshot


def reasons(previous: Snapshot | None, current: Snapshot, shown: Iterable[str], significance: bool = True) -> list[str]:
    """Changes a reader of the profile would notice, for the repositories shown."""
    if previous is None:
        return ["first fetch"]
    found: list[str] = []
    for key in shown:
        before, after = previous.repo(key), current.repo(key)
        if after is None:
            if before is not None:
                found.append(f"{before.full_name} is no longer on GitHub")
            continue
        if before is None:
            found.append(f"{after.full_name} is new")
            continue
        found += _repo_changes(before, after, significance)
    new_posts = {p.url or p.title for p in current.posts} - {p.url or p.title for p in previous.posts}
    if new_posts:
        found.append(f"{len(new_posts)} new post(s)")
    if previous.user and current.user and previous.user.followers != current.user.followers:
        found.append(f"followers {previous.user.followers} → {current.user.followers}")
    return found


def _repo_changes(before: RepoData, after: RepoData, significance: bool) -> list[str]:
    found = []
    old_stars, new_stars = compact(before.stars, significance), compact(after.stars, significance)
    if old_stars != new_stars:
        found.append(f"★ {old_stars} → {new_stars} on {after.name}")
    old_tag = before.latest_release.tag if before.latest_release else None
    if after.latest_release and after.latest_release.tag != old_tag:
        found.append(f"new release {after.latest_release.tag} of {after.name}")
    if (before.description or "") != (after.description or ""):
        found.append(f"{after.name}: new description")
    if before.readme and after.readme and before.readme.excerpt != after.readme.excerpt:
        found.append(f"{after.name}: README changed")
    return found
