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


# First host labels that name a sign-in, sign-up, invitation or mobile site, not the homepage:
# accounts.binance.com, auth.bitbay.net, m.mexc.com, u.bit-z.com.
_NOT_HOMEPAGE_LABELS = frozenset(
    {"accounts", "account", "auth", "login", "signin", "signup", "register", "reg", "passport",
     "sso", "m", "mobile", "u", "invite", "join", "promo", "ref", "referral", "partner"}
)  # fmt: skip


def homepage_of(url: str) -> str:
    """The cleaned link (:func:`clean_url`) on the exchange's main host: a sign-in, invitation
    or mobile host label is dropped, and with it the path that belonged to that site."""
    cleaned = clean_url(url)
    parts = urlsplit(cleaned)
    labels = (parts.hostname or "").split(".")
    if len(labels) > 2 and labels[0] in _NOT_HOMEPAGE_LABELS:
        netloc = ".".join(labels[1:]) + (f":{parts.port}" if parts.port else "")
        return urlunsplit((parts.scheme, netloc, "/", "", ""))
    return cleaned


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
