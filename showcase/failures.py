"""An HTTP failure of GitHub's API in one line and a hint that fits it, for REST and GraphQL alike."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

from showcase.errors import FetchError


def http_failure(
    status: int,
    headers: Mapping[str, Any] | None,
    message: str,
    *,
    has_token: bool,
    rate_limited: bool = False,
    known_reset: int | None = None,
) -> FetchError:
    """401 → the token; Retry-After → until when; an exhausted limit → when it resets; else the status."""
    if status == 401:
        return FetchError("GitHub rejected the token (401 Bad credentials)", hint="check GH_TOKEN / GITHUB_TOKEN")
    lowered = {str(k).lower(): str(v) for k, v in (headers or {}).items()}
    retry_after = lowered.get("retry-after", "")
    if status in (403, 429) and retry_after.isdigit() and len(retry_after) < 10:
        moment = datetime.now(timezone.utc) + timedelta(seconds=int(retry_after))
        return FetchError(
            f"GitHub asked to wait {int(retry_after):,} s before retrying (until {moment:%H:%M} UTC); longer than showcase waits",
            hint=f"run again after {moment:%H:%M} UTC; a scheduled run will simply try again next time",
        )
    if rate_limited or lowered.get("x-ratelimit-remaining") == "0":
        reset = lowered.get("x-ratelimit-reset") or str(known_reset or "")
        when = ""
        if reset.isdigit() and 0 < int(reset) < 10**11:
            moment = datetime.fromtimestamp(int(reset), timezone.utc)
            minutes = max(0, round((moment - datetime.now(timezone.utc)).total_seconds() / 60))
            when = f"; it resets at {moment:%H:%M} UTC (in {minutes} min)"
        hint = (
            "the token's hourly requests are spent (other tools using it count too); a warm cache makes a refresh nearly free"
            if has_token
            else "set GH_TOKEN for 5,000 requests/hour; a warm cache makes a refresh nearly free"
        )
        return FetchError(f"GitHub API rate limit exhausted{when}", hint=hint)
    return FetchError(f"GitHub API error {status}: {message}".rstrip(": "))


def short(exc: BaseException) -> str:
    """An exception's first line, at most 200 characters."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
