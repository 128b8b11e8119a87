"""The one renderer of check explanations, in English and Chinese, from the facts of each check.

A check (:class:`dangjian.engine.results.Check`) carries no prose: it names
its kind, the *variant* of the kind's explanation that applies, and the facts
behind its verdict.  The sentences are data, kept in :mod:`dangjian.engine.wording`
(:data:`TEMPLATES`, keyed by ``(kind, variant)``), as ftfy keeps its
explanations as data that can be replayed: a reader who changes a template
changes every explanation of that kind at once, in ``checks.csv``,
``report.html``, notebook 09 and the curated audit alike.  The curated audit
of the bundled report registers its own templates in the same table
(:func:`register`, from :mod:`dangjian.compendium.explanations`).

A template is a :meth:`str.format` string over the facts, with a few format
specifications of its own:

``{x:join}``, ``{x:join=、}``
    a list joined with " + " (or the separator given);
``{x:plural}``
    "s" when ``x`` is not 1, in English; nothing in Chinese;
``{x:word=VOCABULARY}``
    the phrase of :data:`WORDS` ``[VOCABULARY][x]`` in the language;
``{x:phrase}``, ``{x:phrases}``, ``{x:phrases=, }``
    a fact that is itself a phrase, ``{"key": ..., **fields}``, rendered with
    :data:`PHRASES` (a list of them joined with "; ", or the separator given);
``{x:hints}``, ``{x:spaced_hints}``
    the phrases of what would explain a misfit, joined, capitalised and ended
    with a full stop (empty when there are none; after a space, for the second);
``{x:range}``
    a pair of p-values ``[low, high]`` as ``0.0353–0.0361`` (one value if both
    print alike).

Any other specification is Python's own (``{total:g}``, ``{exact:.4f}``).

Examples
--------
>>> from dangjian.engine.results import Check
>>> check = Check("percent_range", "over", ("E001",), "inconsistent", "a share of respondents", "<= 100%", "104%",
...               {"reported": "104%"})
>>> render(check, "en")
'104% is more than 100%, which no share of respondents can be.'
>>> render(check, "zh")
'104% 超过了 100%,任何受访者比例都不可能如此。'
"""

from __future__ import annotations

import functools
import string
from collections.abc import Mapping

from .wording import LANGUAGES, PHRASES, REASONS, TEMPLATES, WORDS, Template

__all__ = ["Template", "TEMPLATES", "ENGINE_TEMPLATE_KEYS", "PHRASES", "WORDS", "REASONS", "LANGUAGES", "register", "render", "render_phrase", "reason",
           "required_facts", "validate", "template_of"]


def reason(check, language: str = "en") -> str:
    """Why ``check`` (a ``not_checkable`` :class:`~dangjian.engine.results.Check`) could not decide, in a few words.

    Examples
    --------
    >>> from dangjian.engine.results import Check
    >>> reason(Check("no_base", "none_before", ("E001",), "not_checkable", "", "", "", {"reported": "9%", "why": {"key": "why_lone_share"},
    ...                                                                                  "hints": []}))
    'no base printed for a lone share'
    >>> reason(Check("test_p", "no_p", ("E001",), "not_checkable", "", "", "", {"test": "F=4.50"}), "zh")
    '检验未给出 p 值'
    """
    why = check.facts.get("why") if check.kind == "no_base" else None
    key = ("no_base", why["key"]) if isinstance(why, Mapping) and ("no_base", why.get("key")) in REASONS else (check.kind, check.variant)
    template = REASONS.get(key) or REASONS.get(("*", check.variant))
    if template is None:
        return f"{check.kind} ({check.variant.replace('_', ' ')})"
    return template.text(language)


#: The keys of the engine's own templates (other layers add theirs with :func:`register`).


#: The engine's own templates (the curated audit registers more in the same table).
ENGINE_TEMPLATE_KEYS = frozenset(TEMPLATES)


def register(templates: Mapping[tuple[str, str], Template], *, phrases: Mapping[str, Template] | None = None,
             words: Mapping[str, Mapping[object, Template]] | None = None) -> None:
    """Add templates (and phrases, vocabularies) of another layer; a key that exists already must not change."""
    for table, new in ((TEMPLATES, templates), (PHRASES, phrases or {}), (WORDS, words or {})):
        for key, value in new.items():
            if key in table and table[key] != value:
                raise ValueError(f"template {key!r} is registered already, with other words")
            table[key] = value
    required_facts.cache_clear()
    _parsed.cache_clear()


@functools.cache
def required_facts(kind: str, variant: str) -> frozenset[str]:
    """The facts the ``(kind, variant)`` template names (the fields of its sentences); a ``KeyError`` if there is none."""
    return frozenset(name for name, _ in _parsed(kind, variant))


def template_of(kind: str, variant: str) -> Template:
    """The template of ``(kind, variant)``, or of ``("*", variant)`` for a variant that any kind of check can take
    (a number whose reading is uncertain); a ``KeyError`` if there is none."""
    found = TEMPLATES.get((kind, variant)) or TEMPLATES.get(("*", variant))
    if found is None:
        raise KeyError((kind, variant))
    return found


@functools.cache
def _parsed(kind: str, variant: str) -> tuple[tuple[str, str], ...]:
    template = template_of(kind, variant)
    return tuple(dict.fromkeys(f for language in LANGUAGES for f in _fields(template.text(language))))


def _fields(text: str) -> list[tuple[str, str]]:
    """The ``(field, spec)`` pairs of a template's text."""
    return [(name, spec or "") for _, name, spec, _ in string.Formatter().parse(text) if name]


def validate(kind: str, variant: str, facts: Mapping) -> None:
    """Raise ``ValueError`` unless ``facts`` give every field the ``(kind, variant)`` template names,
    with the phrases and vocabulary words it uses (checked a level deep, as they are rendered)."""
    try:
        fields = _parsed(kind, variant)
    except KeyError:
        raise ValueError(f"no explanation is registered for the check {kind!r}, variant {variant!r}") from None
    for name, spec in fields:
        if name not in facts:
            raise ValueError(f"the check {kind!r} ({variant}) needs the fact {name!r}")
        value = facts[name]
        if spec.startswith("word="):
            words = WORDS[spec[5:]]
            if value not in words:
                raise ValueError(f"the check {kind!r} ({variant}): {name} = {value!r} is not one of {list(words)}")
            missing = {f for language in LANGUAGES for f, _ in _fields(words[value].text(language))} - set(facts)
            if missing:
                raise ValueError(f"the check {kind!r} ({variant}) needs the facts {sorted(missing)} for {name} = {value!r}")
        elif spec in ("phrase", "phrases", "hints", "spaced_hints") or spec.startswith("phrases="):
            for phrase in ([value] if spec == "phrase" else value):
                if not isinstance(phrase, Mapping) or phrase.get("key") not in PHRASES:
                    raise ValueError(f"the check {kind!r} ({variant}): {name} must be a phrase of PHRASES, not {phrase!r}")
                needed = {f for language in LANGUAGES for f, _ in _fields(PHRASES[phrase["key"]].text(language))}
                if needed - set(phrase):
                    raise ValueError(f"the phrase {phrase['key']!r} needs {sorted(needed - set(phrase))}")


class _Formatter(string.Formatter):
    """:meth:`str.format` with the specifications of the module's notes, in one language, over one set of facts."""

    def __init__(self, language: str, facts: Mapping) -> None:
        self.language, self.facts = language, facts

    def format_field(self, value, spec: str):
        lang = self.language
        if spec == "join" or spec.startswith("join="):
            return (spec[5:] if spec.startswith("join=") else " + ").join(map(str, value))
        if spec == "plural":
            return "" if lang == "zh" or value == 1 else "s"
        if spec == "singular_s":  # a verb after a list: "break" for several, "breaks" for one
            return "s" if lang == "en" and value == 1 else ""
        if spec.startswith("word="):  # a vocabulary's words may name other facts ({total}, {n} …)
            return self.vformat(WORDS[spec[5:]][value].text(lang), (), self.facts)
        if spec == "phrase":
            return render_phrase(value, lang)
        if spec == "phrases" or spec.startswith("phrases="):
            return (spec[8:] if spec.startswith("phrases=") else _SEPARATOR[lang]).join(render_phrase(p, lang) for p in value)
        if spec == "hints":
            return _hints(value, lang)
        if spec == "spaced_hints":  # a new sentence after the one before, when there are hints
            hints = _hints(value, lang)
            return (" " + hints) if hints and lang == "en" else hints
        if spec == "t_range":
            lo, hi = (f"{v:.2f}" for v in value)
            return lo if lo == hi else f"{lo}–{hi}"
        if spec == "range":
            lo, hi = (f"{v:.4g}" for v in value)
            return lo if lo == hi else f"{lo}–{hi}"
        return super().format_field(value, spec)


_SEPARATOR = {"en": "; ", "zh": "；"}


def render_phrase(phrase: Mapping, language: str = "en") -> str:
    """One phrase fact (``{"key": ..., **fields}``) in ``language``."""
    fields = {k: v for k, v in phrase.items() if k != "key"}
    return _Formatter(language, fields).vformat(PHRASES[phrase["key"]].text(language), (), fields)


def _hints(hints, language: str) -> str:
    """What would explain a misfit: the phrases joined, the first capitalised, a full stop at the end."""
    if not hints:
        return ""
    joined = _SEPARATOR[language].join(render_phrase(h, language) for h in hints)
    return joined[0].upper() + joined[1:] + ("。" if language == "zh" else ".")


def render(check, language: str = "en") -> str:
    """The explanation of ``check`` (a :class:`~dangjian.engine.results.Check`) in ``language`` (``"en"`` or ``"zh"``)."""
    return _Formatter(language, check.facts).vformat(template_of(check.kind, check.variant).text(language), (), check.facts)
