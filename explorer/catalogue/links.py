"""Website links: the clean link shown to people, separated from referral and tracking parts."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|ref\w*|\w*invit\w*|\w*referr\w*|\w*affil\w*|\w*code|aff|aff_id|afid|"
    r"a|r|s|i|cn|pid|from|agent|partner|promo|channelid|flag)$",
    re.IGNORECASE,
)
# Path segments that exist only to credit a referrer: sign-up, invitation and referral pages.
_INVITE_SEGMENTS = frozenset(
    {
        "join",
        "register",
        "registration",
        "signup",
        "sign-up",
        "sign_up",
        "signpage",
        "reg",
        "invite",
        "invited",
        "invitevip",
        "invitationregister",
        "double-invite",
        "referral",
        "ref",
        "r",
        "i",
        "aff",
        "from",
        "exch",
        "task-landing",
        "expressly",
    }
)


def _is_invite_path(path: str) -> bool:
    segments = [segment.lower() for segment in path.split("/") if segment]
    return bool(_INVITE_SEGMENTS.intersection(segments)) or "/users/new" in path.lower()


def is_web_url(url: str) -> bool:
    """Only http(s) links with a host are ever shown or opened."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def clean_url(url: str) -> str:
    """The link without referral codes, invitation paths or tracking parameters."""
    parts = urlsplit(url.strip())
    if _is_invite_path(parts.path):
        return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING_PARAMS.match(k)
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))


def has_referral(url: str) -> bool:
    return clean_url(url) != url.strip()


def host(url: str | None) -> str:
    """Lower-case host without a leading ``www.``, for comparing links between documents."""
    if not url:
        return ""
    hostname = urlsplit(url.strip()).hostname or ""
    return hostname.removeprefix("www.")


def same_url_key(url: str | None) -> str:
    """A comparison key: host plus path, ignoring scheme, ``www.`` and a trailing slash."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    return host(url) + parts.path.rstrip("/") + (f"?{parts.query}" if parts.query else "")
