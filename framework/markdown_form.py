"""A leadership framework written as Markdown: the form an HR consultant types from the
organisation's own document, hands out, and the app reads (``read_markdown``) and writes
(``to_markdown``). The README's *Writing a framework* gives a complete example.

    ---
    organisation: Eksempel Kommune
    name: Ledelsesgrundlag
    language: da
    criteria: [Succeskriterier]
    ---
    Optional introduction paragraphs.

    ## First theme's name {#id colour=#1f8a70}
    Optional paragraphs and points under the name.
    ### Any heading, kept as written
    - a point
    ### Succeskriterier
    - a success criterion {#stable-id}

``##`` starts a theme (1 to 8); ``###`` a section of it, shown as written; the sections whose
heading is listed in ``criteria`` (or marked ``{criteria}``) hold the success criteria. ``#``
headings marked ``{introduction}``, ``{usage}``, ``{contexts}``, ``{foundations}`` or
``{review}`` hold the framework's own parts. A line ``en: …`` right after a heading, paragraph or
point gives it in another language of ``languages``. Ids are made from the text unless given as
``{#id}``; keep them once reflections use them, so that a revised file keeps its tags.

Every problem is reported with its line number, all at once (:class:`FrameworkProblems`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .loader import FrameworkError
from .model import (
    NO_TEXT,
    Foundation,
    Framework,
    Headings,
    LocalText,
    Prompt,
    Section,
    Statement,
    Theme,
    UsageContext,
)

MAX_THEMES = 8
DEFAULT_CRITERIA = ("Succeskriterier", "Success criteria")
# Colours for themes that name none, in order: distinct, and readable under white text.
PALETTE = ("#1f8a70", "#2f6db5", "#b5532f", "#7a4fa3", "#a3831f", "#2f8fa3", "#a33f6b", "#5b6b2f")
PARTS = ("introduction", "usage", "contexts", "foundations", "review")
FRONT_KEYS = (
    "id",
    "organisation",
    "name",
    "language",
    "languages",
    "date",
    "signature",
    "vision",
    "criteria",
    "replaces",
)
_HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*$")
_POINT = re.compile(r"^\s*[-*+]\s+(.*?)\s*$")
_ATTRIBUTES = re.compile(r"\s*\{([^{}]*)\}\s*$")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_BOLD_LABEL = re.compile(r"^\*\*(.+?)\*\*\s*[:–-]?\s*(.*)$")


# What each problem says, in English; the app says them in the leader's language (the core's
# catalogue, framework.problem.<key>, with the same placeholders).
MESSAGES = {
    "not_unicode": "the text is not UTF-8: save the file as UTF-8 (in Word: Save as, Plain text, UTF-8)",
    "empty": "the file is empty",
    "no_front_matter": "the file must begin with front matter: a line '---', 'organisation: …', 'name: …', '---'",
    "front_not_closed": "the front matter that begins here has no closing line '---'",
    "not_key_value": "expected 'key: value' in the front matter, found '{found}'",
    "unknown_key": "unknown key '{key}' (known: {known})",
    "key_twice": "'{key}' is given twice (first on line {first})",
    "missing_key": "the front matter has no '{key}'",
    "bad_language": "'{code}' is not a language code such as da or en",
    "orphan_translation": "'{code}:' gives a translation, but there is nothing before it to translate",
    "second_translation": "a second '{code}' translation of the line {line}",
    "bad_attribute": "'{item}' in {{…}} is not understood (use #id, colour=#rrggbb or a mark such as criteria)",
    "unknown_part": "a '#' heading marks one of the framework's own parts: add {parts} (themes begin with '##')",
    "second_part": "a second {part} part",
    "theme_without_name": "a theme without a name: write it after '##'",
    "bad_colour": "'{colour}' is not a colour of the form #rrggbb",
    "section_outside_theme": "a '###' section belongs to a theme: begin the theme with '##' above it",
    "section_without_heading": "a section without a heading: write it after '###'",
    "empty_point": "an empty point: write its text after '-', or remove the line",
    "bad_point_attribute": "'{item}' in {{…}} is not understood here (a point takes {{#id}})",
    "points_before_theme": "points before the first theme belong to no theme: begin it with '##'",
    "no_theme": "the framework has no theme: each begins with a line '## Its name'",
    "too_many_themes": "{count} themes: a framework has at most {most}",
    "same_theme_name": "two themes named '{name}' (the first on line {first})",
    "criteria_not_points": "the section '{heading}' holds success criteria: write each as a point ('- …')",
    "criteria_heading_unused": "no theme has a section headed '{heading}', named in 'criteria'",
    "bad_date": "'{date}' is not a date (YYYY-MM-DD)",
    "bad_id": "id '{id}' may only use a-z, 0-9, '.', '_' and '-'",
    "id_twice": "the id '{id}' is used twice (first on line {first})",
}


@dataclass(frozen=True)
class Problem:
    """One problem: its line (1 and up), what kind (a key of MESSAGES) and the values its words name."""

    line: int
    key: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, line: int, what: str, /, **values: object) -> Problem:
        return cls(line, what, tuple((name, str(value)) for name, value in values.items()))

    def says(self, translate: Callable[[str, dict[str, str]], str] | None = None) -> str:
        """Its words: in English, or as ``translate(key, values)`` gives them."""
        values = dict(self.values)
        return translate(self.key, values) if translate else MESSAGES[self.key].format(**values)


class FrameworkProblems(FrameworkError):
    """Every problem found in a framework file, each with its line number."""

    def __init__(self, file: str, found: list[Problem]):
        self.found = sorted(found, key=lambda p: p.line)
        super().__init__(file, f"line {self.found[0].line}", self.found[0].says())

    @property
    def problems(self) -> list[tuple[int, str]]:
        """(line, what is wrong in English) for each problem, in the order of the lines."""
        return [(p.line, p.says()) for p in self.found]

    def lines(self, translate: Callable[[str, dict[str, str]], str] | None = None) -> list[str]:
        """``file:line: problem`` for each, in English or as ``translate`` says them."""
        return [f"{self.file}:{p.line}: {p.says(translate)}" for p in self.found]

    def __str__(self) -> str:
        return "\n".join(self.lines())


# -- reading ------------------------------------------------------------------------------------


@dataclass
class _Text:
    """A text being read and its translations, with the line it starts on."""

    line: int
    values: dict[str, str]

    def local(self) -> LocalText:
        return LocalText(tuple((lang, text) for lang, text in self.values.items() if text))


@dataclass
class _Point:
    text: _Text
    id: str | None


@dataclass
class _Section:
    line: int
    heading: _Text | None
    marks: set[str]
    explicit_id: str | None = None
    paragraphs: list[_Text] = field(default_factory=list)
    points: list[_Point] = field(default_factory=list)


@dataclass
class _Theme:
    line: int
    name: _Text
    id: str | None
    colour: str | None
    sections: list[_Section] = field(default_factory=list)


@dataclass
class _Part:
    line: int
    kind: str
    heading: _Text
    paragraphs: list[_Text] = field(default_factory=list)
    points: list[_Point] = field(default_factory=list)


def read_markdown(raw: bytes | str, name: str = "<framework>") -> Framework:
    """The framework written in ``raw``; raises FrameworkProblems naming every problem."""
    return _MarkdownReader(name).read(raw)


def looks_like_markdown(raw: bytes) -> bool:
    """Whether a framework file is in this form rather than JSON (the bundled one's)."""
    return not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


class _MarkdownReader:
    def __init__(self, name: str):
        self.name = name
        self.problems: list[Problem] = []
        self.front: dict[str, str] = {}
        self.main = "da"
        self.languages: tuple[str, ...] = ("da",)
        self.front_lines: dict[str, int] = {}
        self.intro_heading: _Text | None = None

    def problem(self, line: int, what: str, /, **values: object) -> None:
        self.problems.append(Problem.of(line, what, **values))

    def read(self, raw: bytes | str) -> Framework:
        text = self._decode(raw)
        lines = text.splitlines()
        body_start = self._front_matter(lines)
        intro, themes, parts = self._body(lines, body_start)
        framework = self._build(intro, themes, parts)
        if self.problems:
            raise FrameworkProblems(self.name, self.problems)
        assert framework is not None
        return framework

    def _decode(self, raw: bytes | str) -> str:
        if isinstance(raw, str):
            return raw
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise FrameworkProblems(
                self.name,
                [Problem.of(line, "not_unicode")],
            ) from error

    # -- front matter -------------------------------------------------------------------------

    def _front_matter(self, lines: list[str]) -> int:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            self.problem(1, "empty")
            return len(lines)
        if lines[first].strip() != "---":
            self.problem(first + 1, "no_front_matter")
            return first
        end = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "---"), None)
        if end is None:
            self.problem(first + 1, "front_not_closed")
            return len(lines)
        seen: dict[str, int] = {}
        for number in range(first + 1, end):
            line = lines[number]
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            key, colon, value = line.partition(":")
            key = key.strip()
            if not colon:
                self.problem(number + 1, "not_key_value", found=line.strip())
                continue
            base = key.split(".", 1)[0]
            if base not in FRONT_KEYS:
                self.problem(number + 1, "unknown_key", key=key, known=", ".join(FRONT_KEYS))
                continue
            if key in seen:
                self.problem(number + 1, "key_twice", key=key, first=seen[key])
            seen[key] = number + 1
            self.front[key] = _unquote(value.strip())
            self.front_lines[key] = number + 1
        for required in ("organisation", "name"):
            if not self.front.get(required):
                self.problem(first + 1, "missing_key", key=required)
        self.main = self.front.get("language", "da") or "da"
        listed = _list(self.front["languages"]) if "languages" in self.front else [self.main]
        if self.main not in listed:
            listed.insert(0, self.main)
        for code in listed:
            if not re.fullmatch(r"[a-z]{2,3}", code):
                self.problem(self._front_line("languages"), "bad_language", code=code)
        self.languages = tuple(dict.fromkeys(listed))
        return end + 1

    def _front_line(self, key: str) -> int:
        return self.front_lines.get(key, 1)

    def _front_text(self, key: str) -> LocalText:
        values = {self.main: self.front.get(key, "")}
        for lang in self.languages:
            if f"{key}.{lang}" in self.front:
                values[lang] = self.front[f"{key}.{lang}"]
        return _Text(0, values).local() if values.get(self.main) else NO_TEXT

    # -- body ---------------------------------------------------------------------------------

    def _body(self, lines: list[str], start: int) -> tuple[list[_Text], list[_Theme], list[_Part]]:
        intro: list[_Text] = []
        themes: list[_Theme] = []
        parts: list[_Part] = []
        target: _Section | _Part | None = None  # where paragraphs and points go
        intro_target = _Part(0, "introduction", _Text(0, {}))  # before any heading
        target = intro_target
        last: _Text | None = None  # what a translation line belongs to
        paragraph: _Text | None = None
        translation = (
            re.compile(
                r"^\s*(" + "|".join(re.escape(code) for code in self.languages if code != self.main) + r"):\s+(.*?)\s*$"
            )
            if len(self.languages) > 1
            else None
        )

        for index in range(start, len(lines)):
            number, line = index + 1, lines[index]
            if translation and (found := translation.match(line)):
                if last is None:
                    self.problem(number, "orphan_translation", code=found.group(1))
                elif found.group(1) in last.values:
                    self.problem(number, "second_translation", code=found.group(1), line=last.line)
                else:
                    last.values[found.group(1)] = found.group(2)
                paragraph = None
                continue
            if not line.strip():
                paragraph = None
                continue
            heading = _HEADING.match(line)
            if heading:
                paragraph = None
                level, text = len(heading.group(1)), heading.group(2)
                text, attributes = _split_attributes(text)
                marks, explicit_id, colour, bad = _parse_attributes(attributes)
                for item in bad:
                    self.problem(number, "bad_attribute", item=item)
                if level == 1:
                    kind = next((m for m in marks if m in PARTS), None)
                    if kind is None:
                        self.problem(number, "unknown_part", parts="{" + ", ".join(PARTS) + "}")
                        kind = "unknown"
                    elif any(p.kind == kind for p in parts) or (kind == "introduction" and intro_target.heading.values):
                        self.problem(number, "second_part", part="{" + kind + "}")
                    part = _Part(number, kind, _Text(number, {self.main: text}))
                    if kind == "introduction":
                        intro_target.heading = part.heading
                        intro_target.line = number
                        target = intro_target
                    else:
                        parts.append(part)
                        target = part
                    last = part.heading
                elif level == 2:
                    if not text:
                        self.problem(number, "theme_without_name")
                    if colour is not None and not _COLOUR.match(colour):
                        self.problem(number, "bad_colour", colour=colour)
                        colour = None
                    theme = _Theme(number, _Text(number, {self.main: text}), explicit_id, colour)
                    theme.sections.append(_Section(number, None, set()))
                    themes.append(theme)
                    target = theme.sections[0]
                    last = theme.name
                else:
                    if not themes or not isinstance(target, _Section):
                        self.problem(number, "section_outside_theme")
                        target = _Section(number, None, set())  # read on, to find the other problems
                    else:
                        themes[-1].sections.append(
                            _Section(number, _Text(number, {self.main: text}), marks, explicit_id)
                        )
                        target = themes[-1].sections[-1]
                    if not text:
                        self.problem(number, "section_without_heading")
                    last = target.heading
                continue
            point = _POINT.match(line)
            if point:
                paragraph = None
                text, attributes = _split_attributes(point.group(1))
                if not text:
                    self.problem(number, "empty_point")
                _, explicit_id, _, bad = _parse_attributes(attributes)
                for item in bad:
                    self.problem(number, "bad_point_attribute", item=item)
                item = _Point(_Text(number, {self.main: text}), explicit_id)
                target.points.append(item)
                last = item.text
                continue
            if paragraph is not None and last is paragraph:  # a paragraph's next line
                paragraph.values[self.main] += " " + line.strip()
                continue
            paragraph = _Text(number, {self.main: line.strip()})
            target.paragraphs.append(paragraph)
            last = paragraph
        intro = intro_target.paragraphs
        if intro_target.points:
            self.problem(intro_target.points[0].text.line, "points_before_theme")
        self.intro_heading = intro_target.heading
        return intro, themes, parts

    # -- the framework ------------------------------------------------------------------------

    def _build(self, intro: list[_Text], themes: list[_Theme], parts: list[_Part]) -> Framework | None:
        ids = _Ids(self)
        if not themes:
            self.problem(1, "no_theme")
        if len(themes) > MAX_THEMES:
            self.problem(themes[MAX_THEMES].line, "too_many_themes", count=len(themes), most=MAX_THEMES)
        names: dict[str, int] = {}
        for theme in themes:
            key = theme.name.values.get(self.main, "").casefold()
            if key and key in names:
                self.problem(theme.line, "same_theme_name", name=theme.name.values[self.main], first=names[key])
            names.setdefault(key, theme.line)
        criteria_headings = (
            [h.strip() for h in _list(self.front["criteria"])] if "criteria" in self.front else list(DEFAULT_CRITERIA)
        )
        used_headings: set[str] = set()

        built: list[Theme] = []
        for number, theme in enumerate(themes):
            theme_id = ids.take(
                theme.id, _slug(theme.name.values.get(self.main, "")) or f"theme-{number + 1}", theme.line
            )
            sections: list[Section] = []
            prompts: list[Prompt] = []
            for section in theme.sections:
                heading = section.heading.values.get(self.main, "") if section.heading else ""
                is_criteria = "criteria" in section.marks or any(_same(heading, h) for h in criteria_headings)
                if is_criteria:
                    used_headings.update(h for h in criteria_headings if _same(heading, h))
                if "prompts" in section.marks:
                    for point in section.points:
                        prompts.append(
                            Prompt(
                                ids.take(
                                    point.id, f"{theme_id}.{_slug(point.text.values[self.main])}", point.text.line
                                ),
                                theme_id,
                                point.text.local(),
                            )
                        )
                    continue
                if section.heading is None and not (section.paragraphs or section.points):
                    continue
                points = tuple(
                    Statement(
                        ids.take(p.id, f"{theme_id}.{_slug(p.text.values[self.main])}", p.text.line), p.text.local()
                    )
                    for p in section.points
                )
                if is_criteria and section.paragraphs and not points:
                    self.problem(section.line, "criteria_not_points", heading=heading)
                sections.append(
                    Section(
                        section.heading.local() if section.heading else NO_TEXT,
                        tuple(p.local() for p in section.paragraphs),
                        points,
                        criteria=is_criteria,
                    )
                )
            colour = theme.colour or PALETTE[number % len(PALETTE)]
            built.append(Theme(theme_id, theme.name.local(), colour.lower(), tuple(sections), tuple(prompts)))
        if "criteria" in self.front:
            for heading in criteria_headings:
                if heading not in used_headings:
                    self.problem(self._front_line("criteria"), "criteria_heading_unused", heading=heading)

        by_kind = {part.kind: part for part in parts}
        contexts: list[UsageContext] = []
        if "contexts" in by_kind:
            for point in by_kind["contexts"].points:
                label, text = _label_and_text(point.text.values)
                contexts.append(
                    UsageContext(
                        ids.take(point.id, _slug(label[self.main]), point.text.line), _local(label), _local(text)
                    )
                )
        foundations = (
            [
                Foundation(ids.take(p.id, _slug(p.text.values[self.main]), p.text.line), p.text.local())
                for p in by_kind["foundations"].points
            ]
            if "foundations" in by_kind
            else []
        )
        review = (
            [
                Prompt(ids.take(p.id, f"review.{_slug(p.text.values[self.main])}", p.text.line), None, p.text.local())
                for p in by_kind["review"].points
            ]
            if "review" in by_kind
            else []
        )
        usage = by_kind.get("usage")
        day = None
        if self.front.get("date"):
            try:
                day = date.fromisoformat(self.front["date"])
            except ValueError:
                self.problem(self._front_line("date"), "bad_date", date=self.front["date"])
        given_id = self.front.get("id")
        if given_id and not _ID.match(given_id):
            self.problem(self._front_line("id"), "bad_id", id=given_id)
        replaces = self.front.get("replaces") or None
        if self.problems:
            return None

        def heading(kind: str) -> LocalText:
            part = self.intro_heading if kind == "introduction" else by_kind[kind].heading if kind in by_kind else None
            return part.local() if part is not None and part.values else NO_TEXT

        name = self._front_text("name")
        organisation = self._front_text("organisation")
        framework_id = given_id or _slug(f"{organisation.get(self.main)} {name.get(self.main)}") + (
            f"-{day.year}" if day else ""
        )
        return Framework(
            id=framework_id,
            languages=self.languages,
            name=name,
            organisation=organisation,
            date=day,
            signature=self._front_text("signature"),
            vision=self._front_text("vision"),
            headings=Headings(
                introduction=heading("introduction"),
                usage=heading("usage"),
                usage_contexts=heading("contexts"),
                foundations=heading("foundations"),
            ),
            introduction=tuple(p.local() for p in intro),
            themes=tuple(built),
            usage_audience=LocalText(
                tuple(
                    (lang, " ".join(p.values.get(lang, "") for p in usage.paragraphs).strip())
                    for lang in self.languages
                    if any(p.values.get(lang) for p in usage.paragraphs)
                )
            )
            if usage and usage.paragraphs
            else NO_TEXT,
            usage_contexts=tuple(contexts),
            foundations=tuple(foundations),
            review_prompts=tuple(review),
            replaces=replaces,
        )


class _Ids:
    """Ids as given ({#id}) or made from the text, each used once."""

    def __init__(self, reader: _MarkdownReader):
        self.reader = reader
        self.seen: dict[str, int] = {}

    def take(self, given: str | None, made: str, line: int) -> str:
        if given is not None:
            if not _ID.match(given):
                self.reader.problem(line, "bad_id", id=given)
            elif given in self.seen:
                self.reader.problem(line, "id_twice", id=given, first=self.seen[given])
            self.seen.setdefault(given, line)
            return given
        candidate, number = made or "x", 2
        while candidate in self.seen:
            candidate, number = f"{made}-{number}", number + 1
        self.seen[candidate] = line
        return candidate


def _split_attributes(text: str) -> tuple[str, str]:
    found = _ATTRIBUTES.search(text)
    if not found:
        return text.strip(), ""
    return text[: found.start()].strip(), found.group(1)


def _parse_attributes(attributes: str) -> tuple[set[str], str | None, str | None, list[str]]:
    marks: set[str] = set()
    ident = colour = None
    bad: list[str] = []
    for item in attributes.split():
        if item.startswith("#"):
            ident = item[1:]
        elif item.startswith(("colour=", "color=")):
            colour = item.split("=", 1)[1]
        elif item.startswith("."):
            marks.add(item[1:])
        elif re.fullmatch(r"[a-z]+", item):
            marks.add(item)
        else:
            bad.append(item)
    return marks, ident, colour, bad


def _label_and_text(values: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    labels, texts = {}, {}
    for lang, value in values.items():
        found = _BOLD_LABEL.match(value)
        labels[lang], texts[lang] = (
            (found.group(1).strip(), found.group(2).strip() or found.group(1).strip()) if found else (value, value)
        )
    return labels, texts


def _local(values: dict[str, str]) -> LocalText:
    return LocalText(tuple((lang, text) for lang, text in values.items() if text))


def _same(heading: str, wanted: str) -> bool:
    def norm(text: str) -> str:
        return text.strip().rstrip(":?.").casefold()

    return bool(heading) and norm(heading) == norm(wanted)


def _slug(text: str) -> str:
    """An id made from a text: 'Borgere og samfund' -> 'borgere-og-samfund' (Danish letters
    spelt out, at most 40 characters, cut at a word)."""
    text = text.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[a-z0-9]+", text)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > 40 and slug:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _list(value: str) -> list[str]:
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1]
    return [_unquote(item.strip()) for item in value.split(",") if item.strip()]


# -- writing ------------------------------------------------------------------------------------


def to_markdown(framework: Framework) -> str:
    """``framework`` in this form, every id and colour given, so that reading it gives the same
    framework back."""
    main, others = framework.languages[0], framework.languages[1:]
    out: list[str] = ["---"]

    def front(key: str, text: LocalText) -> None:
        if text:
            out.append(f"{key}: {_front_value(text.get(main))}")
            for lang in others:
                if dict(text.values).get(lang):
                    out.append(f"{key}.{lang}: {_front_value(dict(text.values)[lang])}")

    out.append(f"id: {framework.id}")
    front("organisation", framework.organisation)
    front("name", framework.name)
    out.append(f"language: {main}")
    if others:
        out.append(f"languages: [{', '.join(framework.languages)}]")
    if framework.date:
        out.append(f"date: {framework.date.isoformat()}")
    front("signature", framework.signature)
    front("vision", framework.vision)
    criteria = sorted({s.heading.get(main) for t in framework.themes for s in t.sections if s.criteria and s.heading})
    if criteria:
        out.append(f"criteria: [{', '.join(criteria)}]")
    if framework.replaces:
        out.append(f"replaces: {framework.replaces}")
    out.append("---")

    def translations(text: LocalText, indent: str = "") -> None:
        values = dict(text.values)
        for lang in others:
            if values.get(lang):
                out.append(f"{indent}{lang}: {_one_line(values[lang])}")

    def heading(level: str, text: LocalText, attributes: str = "") -> None:
        out.extend(["", f"{level} {_one_line(text.get(main))}{attributes}"])
        translations(text)

    def paragraphs(items: tuple[LocalText, ...]) -> None:
        for paragraph in items:
            out.extend(["", _one_line(paragraph.get(main))])
            translations(paragraph)

    def points(items, text=lambda item: item.text) -> None:
        out.append("")
        for item in items:
            out.append(f"- {_one_line(text(item).get(main))} {{#{item.id}}}")
            translations(text(item), "  ")

    if framework.headings.introduction:
        heading("#", framework.headings.introduction, " {introduction}")
    paragraphs(framework.introduction)
    for theme in framework.themes:
        heading("##", theme.name, f" {{#{theme.id} colour={theme.colour}}}")
        for section in theme.sections:
            if section.heading:
                mark = " {criteria}" if section.criteria and section.heading.get(main) not in criteria else ""
                heading("###", section.heading, mark)
            elif section.criteria:
                heading("###", LocalText(((main, DEFAULT_CRITERIA[0]),)), " {criteria}")
            paragraphs(section.paragraphs)
            if section.points:
                points(section.points)
        if theme.prompts:
            heading("###", LocalText(((main, "Spørgsmål" if main == "da" else "Prompts"),)), " {prompts}")
            points(theme.prompts)
    if framework.usage_audience or framework.headings.usage:
        heading("#", framework.headings.usage or LocalText(((main, "Brug"),)), " {usage}")
        paragraphs((framework.usage_audience,) if framework.usage_audience else ())
    if framework.usage_contexts:
        heading("#", framework.headings.usage_contexts or LocalText(((main, "Sammenhænge"),)), " {contexts}")
        out.append("")
        for context in framework.usage_contexts:
            labels, texts = dict(context.label.values), dict(context.text.values)
            out.append(f"- **{_one_line(labels.get(main, ''))}**: {_one_line(texts.get(main, ''))} {{#{context.id}}}")
            for lang in others:
                if labels.get(lang) or texts.get(lang):
                    out.append(f"  {lang}: **{_one_line(labels.get(lang, ''))}**: {_one_line(texts.get(lang, ''))}")
    if framework.foundations:
        heading("#", framework.headings.foundations or LocalText(((main, "Grundlag"),)), " {foundations}")
        points(framework.foundations)
    if framework.review_prompts:
        heading(
            "#",
            LocalText(((main, "Spørgsmål til perioden" if main == "da" else "Questions for the period"),)),
            " {review}",
        )
        points(framework.review_prompts)
    return "\n".join(out) + "\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _front_value(text: str) -> str:
    text = _one_line(text)
    return f'"{text}"' if text[:1] in "[\"'" or text != text.strip() else text


# -- editing the text ---------------------------------------------------------------------------
#
# The app's framework editor edits this text; these make its structural edits (order, colours, a
# new theme) on the text itself, so that what the consultant typed around them stays as typed.

NEW_FRAMEWORK = """\
---
organisation: {organisation}
name: Ledelsesgrundlag
language: da
criteria: [Succeskriterier]
---
En kort indledning til ledelsesgrundlaget.

## Første tema
Hvad temaet handler om.
### Hvorfor?
Hvorfor temaet er vigtigt.
### Succeskriterier
- Et succeskriterium
"""


def theme_blocks(text: str) -> list[tuple[int, int, str]]:
    """Each theme's lines in ``text``: (first line, line after its last, its name), in order. A
    theme runs from its ``##`` heading to the next ``#`` or ``##`` heading or the end."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if re.match(r"^##\s", line)]
    blocks = []
    for start in starts:
        end = next((i for i in range(start + 1, len(lines)) if re.match(r"^#{1,2}\s", lines[i])), len(lines))
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1  # the blank lines after a theme stay where they are
        name, _ = _split_attributes(lines[start][2:].strip())
        blocks.append((start, end, name))
    return blocks


def move_theme(text: str, index: int, step: int) -> str:
    """``text`` with theme ``index`` moved ``step`` places (-1 up, 1 down) among the themes."""
    blocks = theme_blocks(text)
    other = index + step
    if not (0 <= index < len(blocks) and 0 <= other < len(blocks)):
        return text
    lines = text.split("\n")
    first, second = sorted((index, other))
    (a_start, a_end, _), (b_start, b_end, _) = blocks[first], blocks[second]
    moved = lines[b_start:b_end] + lines[a_end:b_start] + lines[a_start:a_end]
    return "\n".join(lines[:a_start] + moved + lines[b_end:])


def set_theme_colour(text: str, index: int, colour: str) -> str:
    """``text`` with theme ``index``'s heading given ``colour`` (#rrggbb), its id kept."""
    blocks = theme_blocks(text)
    if not 0 <= index < len(blocks) or not _COLOUR.match(colour):
        return text
    lines = text.split("\n")
    start = blocks[index][0]
    name, attributes = _split_attributes(lines[start][2:].strip())
    kept = [item for item in attributes.split() if not item.startswith(("colour=", "color="))]
    lines[start] = f"## {name} {{{' '.join([*kept, f'colour={colour.lower()}'])}}}"
    return "\n".join(lines)


def add_theme(text: str, name: str, criteria_heading: str, criterion: str) -> str:
    """``text`` with a new theme at the end of the themes, with a criteria section (headed as the
    framework's others are) holding one criterion to rewrite."""
    blocks = theme_blocks(text)
    lines = text.rstrip("\n").split("\n")
    new = ["", f"## {name}", f"### {criteria_heading}", f"- {criterion}"]
    at = blocks[-1][1] if blocks else len(lines)
    return "\n".join(lines[:at] + new + lines[at:]) + "\n"
