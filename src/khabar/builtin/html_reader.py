"""The generic HTML reader: trafilatura's main-text extraction, for pages no source plugin knows.

It runs last (``trylast``) and needs the optional extra ``khabar[html]``.
"""

from __future__ import annotations

from khabar.errors import InputError, MissingExtraError
from khabar.plugins import hookimpl

__all__ = ["khabar_read_html"]


@hookimpl(trylast=True)
def khabar_read_html(html: str, url: str | None) -> str:
    """The page's title on the first line, then its main text, through trafilatura."""
    try:
        import trafilatura
    except ImportError as error:  # not installed, or installed without a dependency it needs
        raise MissingExtraError(
            f"reading a generic HTML page needs trafilatura ({error}): pip install 'khabar[html]'"
        ) from error
    body = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    if not body:
        raise InputError(f"no article text found in the HTML page {url or ''}".rstrip())
    metadata = trafilatura.extract_metadata(html, default_url=url)
    title = (metadata.title or "").strip() if metadata is not None else ""
    if title and not body.startswith(title):
        return f"{title}\n\n{body}"
    return str(body)
