"""Plain text made safe to put into a Markdown file, for every Markdown writer of the exports.

A name, a unit, a title, a tag, a success criterion or the organisation's words are text, not
Markdown: rendered, the .md must show them as typed, and ``<script>``, ``<img onerror=…>``,
``[link](javascript:…)``, a leading ``#``, ``-``, ``>`` or ``1.`` must not become HTML, a link,
a heading, a list or a quote. The leader's own Markdown (a part, her words under a theme, a
reflection's text) is Markdown by intent and does not come here.

What is escaped, and how, is chosen so that both Python-Markdown (which this app renders with)
and CommonMark readers (GitHub, editors) show the same text, and so that the file stays easy to
read as it is: a backslash before the characters both read as an escape, and a character
reference where they differ (Python-Markdown knows no ``\\<``, ``\\|`` or ``\\~``). Other
characters are left alone; ``(LUS)``, ``Anne-Marie`` and ``kl. 14.30`` come out as written.
"""

from __future__ import annotations

import re

# Markup anywhere in a line: emphasis, code, links and images, headings' closing hashes.
_ALWAYS = re.compile(r"([\\`*_\[\]#])")
# Markup only at the start of a line (the text may be put at one): a list, a quote, a setext underline.
_AT_START = re.compile(r"^(\d+)([.)])|^([-+>])")
_REFERENCES = {
    "<": "&lt;",  # raw HTML and <autolinks>
    "|": "&#124;",  # a table's columns
    "~": "&#126;",  # strikethrough, ~~~ code fences
}
# A "&" that would be read as a character reference (&lt; &amp; &#65; &#x41;) is written as "&amp;".
_REFERENCE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Line breaks and other white space that would end the line or indent it: one space instead.
_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1f\x85\u2028\u2029]+")
# Control characters are not visible text, and Python-Markdown uses \x02 and \x03 itself.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def plain(text: str) -> str:
    """``text`` as Markdown that shows exactly it, on one line, and nothing more."""
    text = _BREAKS.sub(" ", _CONTROL.sub("", text)).strip()
    text = _REFERENCE.sub("&amp;", text)
    text = _ALWAYS.sub(r"\\\1", text)
    text = "".join(_REFERENCES.get(char, char) for char in text)
    if text[:1] == "=":  # a setext underline; Python-Markdown has no \=
        return "&#61;" + text[1:]
    return _AT_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}" if m.group(1) else f"\\{m.group(3)}", text)
