#!/usr/bin/env bash
# Commit and push showcase's outputs only when their bytes changed: no empty commits,
# no force-push, no amend. Used by action.yml; tests run this same script.
#   SHOWCASE_CONFIG  config path (its folder is the default output root)
#   SHOWCASE_OUT     output root, if given
#   COMMIT_MESSAGE   the commit message
set -euo pipefail

target="${SHOWCASE_OUT:-}"
if [ -z "$target" ]; then
  target="$(dirname -- "${SHOWCASE_CONFIG:-showcase.yaml}")"
fi

# Temp files of an interrupted run (*.showcase-tmp) are never published.
git add --all -- "$target" ":(exclude,glob)**/*.showcase-tmp"
if git diff --cached --quiet; then
  echo "showcase: nothing changed; no commit"
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "changed=false" >> "$GITHUB_OUTPUT"
  exit 0
fi

git -c user.name="github-actions[bot]" \
    -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
    commit --quiet --message "${COMMIT_MESSAGE:-chore: refresh profile (showcase)}"
git push --quiet origin HEAD
echo "showcase: committed and pushed $(git rev-parse --short HEAD)"
[ -n "${GITHUB_OUTPUT:-}" ] && echo "changed=true" >> "$GITHUB_OUTPUT"
exit 0
