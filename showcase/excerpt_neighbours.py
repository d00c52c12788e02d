"""Whether a paragraph gives way to one beside it: a slogan to the paragraph that says the same at
length or names the project, context to "This project …" or the project by name, a pitch or the
author's story to the paragraph that says what the project is. `excerpt._pick` asks these of each
paragraph it would choose; `judged_text` is the words it judges."""

from __future__ import annotations

import re
from collections.abc import Callable

from showcase import excerpt_headings as headings
from showcase import excerpt_rules as rules
from showcase.excerpt_names import asks_what_it_is, names, opens_with_name, opens_with_title_words
from showcase.excerpt_never import COPYRIGHT_LINE, never_the_description
from showcase.excerpt_openings import without_opening
from showcase.excerpt_prose import is_prose
from showcase.excerpt_self import NAME_IS_A, PURPOSE, SELF, TAGLINE, THIS_IS, speaks_of_itself
from showcase.excerpt_slogans import clipped_phrases, is_kind_phrase, names_its_kind
from showcase.excerpt_title import tagline
from showcase.readme_blocks import Candidate


def judged_text(candidate: Candidate) -> str:
    """A candidate's words as `excerpt._pick` judges them: tidied, without a greeting, a label or a
    question it answers before them, and without a line of copyright ("__lobo__: _Logo Bolo_" over
    "(c) Ben Kurtovic, 2011" is the name, then whose it is)."""
    # A paragraph that opens with its copyright is a legal block, judged whole.
    first, *rest = candidate.text.split("\n")
    text = "\n".join(
        [first, *(line for line in rest if not (COPYRIGHT_LINE.match(line) or _LABELLED_ADDRESS.match(line)))]
    )
    return without_opening(_answer(rules.tidy(text)))


# "얼굴인식 원 소스 코드 주소 URL : https://github.com/EnEhJ/EnEh", "Demo: https://…" on a line of its
# own under the words: where something lives, labelled, not more of the sentence above it.
_LABELLED_ADDRESS = re.compile(r"^[^:：\n]{1,60}[:：]\s*<?(https?://|www\.)\S+\s*$", re.IGNORECASE)


def no_name(title: str) -> bool:
    """No title, or a section's words where the title would be ("Overview", "About", "## Development"
    after the paragraphs of a README that has none): the words that name the project are not known
    ("What is Argo Workflows?", "What's Paperclip?" name it)."""
    words = len(title.split())
    return (
        not title
        or (words <= 2 and headings.is_about(title) and not asks_what_it_is(title))
        or (words <= 3 and bool(headings.SECTION_NOISE.match(title)))
    )


def named_below(cleaned: str, candidate: Candidate, following: list[Candidate], title: str) -> str:
    """ "> Turn unlimited demand into controlled execution." then "WorkloadFunnel is a durable
    workload admission and execution system …": a short line that neither names the project nor
    opens as a kind of thing is a slogan over the paragraph that names it and says what it is."""
    # "A captive princess. A dusty library of forbidden magic. An oblivious wizard captor. Revenge.":
    # fragments that open as kinds of things are a teaser, not a tagline.
    teaser = clipped_phrases(cleaned, 6) and candidate.emphasis_share > 0.9
    says_itself = (TAGLINE.match(cleaned) and not teaser) or NAME_IS_A.match(cleaned) or SELF.match(cleaned)
    after = _next_in_part(candidate, following)
    short = len(cleaned.split()) <= _SLOGAN_WORDS or clipped_phrases(cleaned) or teaser
    if not short or says_itself or names(cleaned, title) or after is None:
        return ""
    detail = rules.tidy(after.text)
    return detail if opens_with_name(detail, title) else ""


def _next_in_part(candidate: Candidate, following: list[Candidate]) -> Candidate | None:
    """The paragraph straight after `candidate`, when it is one of the same stretch of text: under
    no heading of its own, and neither a heading nor a notice itself."""
    after = following[0] if following else None
    if after is None or after.heading or after.notice or after.headings_before != candidate.headings_before:
        return None
    return after


_SLOGAN_WORDS = 8


def past_the_spelled_out_name(cleaned: str, candidate: Candidate, following: list[Candidate], title: str) -> str:
    """ "**Professional Financial Management Tool - Enhanced Edition …**" under "# PFMT Enhanced
    Application", then "A comprehensive project management application with …": the title's
    initialism spelled out is the name; the paragraph after it that opens as a kind of thing says
    what the project is."""
    after = _next_in_part(candidate, following)
    if after is None or not _spells_out_an_initialism(cleaned, title):
        return ""
    detail = judged_text(after)
    # "CALIPER is a reproducible research artifact …" under "Comparative Analysis of LLM …": the
    # name the initials stand for, then what it is, by that name.
    said = TAGLINE.match(detail) or (NAME_IS_A.match(detail) and opens_with_name(detail, title))
    return detail if said and is_prose(detail) else ""


def _spells_out_an_initialism(text: str, title: str) -> bool:
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w'-]*", text)[:12] if word[0].isupper())
    return any(initials.upper().startswith(initialism) for initialism in re.findall(r"\b[A-Z]{3,8}\b", title)[:4])


def kind_before_detail(cleaned: str, following: list[Candidate], title: str) -> bool:
    """ "**An autonomous white-hat security auditor.**" then "Security automation for target prep,
    audit, …": a bold phrase (not a notice: `excerpt._pick` asks) saying what kind of thing the
    project is, before detail that does not name it, is the description. Before "Simple History is
    a WordPress audit log plugin …" it is a slogan, and the sentence naming the project says more."""
    if not following:
        return False
    detail = judged_text(following[0])
    if _on_what_it_serves(cleaned, detail):
        return is_prose(detail)
    if not is_kind_phrase(cleaned):
        return False
    if following[0].notice or rules.is_notice(detail):
        return True  # "**Install:** `pip install …`": a notice below says nothing more of what it is
    # Any longer word of the title: "Tackle is the runtime layer …" names "Laravel Tackle". A name
    # is a few words; a heading of thousands would make this a search for each.
    named = any(names(detail, word) for word in re.findall(r"\w{4,}", title)[:8])
    # "_A watered idea blooms_" over "A mobile application for branching, …": detail that opens as
    # a kind of thing too says it at length, and the phrase above it is a slogan.
    # "*A clean cut in surgical planning*" over "This application is made to complement …": detail
    # that says what the project is in its own words makes the phrase above it a slogan.
    itself = bool(TAGLINE.match(detail)) or speaks_of_itself(detail)
    return is_prose(detail) and not following[0].heading and not named and not itself


def _on_what_it_serves(phrase: str, detail: str) -> bool:
    """ "**The [A2UI](…) renderer for Svelte 5.**" over "A2UI is the agent-to-UI protocol …": the
    detail says what the thing the phrase names is, not what the project is."""
    subject = _SUBJECT_IS.match(detail)
    if not (subject and _THE_KIND.match(phrase)) or phrase.lower().startswith(subject[1].lower()):
        return False
    return subject[1].lower() in _WORD_OF_A_NAME.findall(phrase.lower())


_SUBJECT_IS = re.compile(r"^([\w.+-]{2,40}) (?:is|are) ")
_WORD_OF_A_NAME = re.compile(r"[\w+-]+(?:\.[\w+-]+)*")  # "A2UI", "Node.js"; not a sentence's stop
_THE_KIND = re.compile(r"^(the|a|an)\s+[\w-]+(\s+[\w.-]+){0,7}\.?$", re.IGNORECASE)


# "Revolutionize your workflow with the ultimate LoRA companion for ComfyUI!": a pitch to the reader,
# exclaimed. Said calmly ("Here you will find …", "Your journeys, … remembered.") it may be the line.
_TO_THE_READER = re.compile(r"\byour?\b", re.IGNORECASE)


def said_at_length(phrase: str, following: list[Candidate]) -> str:
    """ "### An Arsenal for Digital Sovereignty" then "> A suite of purpose-built userscripts designed
    to …": a short kind-of-thing phrase straight over a longer paragraph that opens as a kind of
    thing too is a slogan; the paragraph says what the project is. So is a pitch exclaimed to the
    reader over such a paragraph."""
    pitch = phrase.rstrip().endswith("!") and _TO_THE_READER.search(phrase) is not None
    if not (pitch or (is_kind_phrase(phrase) and not names_its_kind(phrase))) or not following:
        return ""
    after = following[0]
    detail = judged_text(after)
    fits = not (after.heading or after.notice) and is_prose(detail) and bool(TAGLINE.match(detail))
    return detail if fits and len(detail.split()) > len(phrase.split()) else ""


def self_description(context: Candidate, following: list[Candidate], title: str) -> str:
    """Context first, then "This project provides …" or the project by name ("Kubeflow pipelines
    are …"): the paragraph that says what the project is.
    Only in the same stretch of text: under a heading of its own ("## Goal") it is a section, and
    the paragraph before it, a tagline ("Local-first resume search engine for …")."""
    before = rules.tidy(context.text)
    for candidate in following:
        tidied = rules.tidy(candidate.text)
        answer = _answer(tidied)
        answered = answer != tidied  # it asked what the project is and answered
        cleaned = without_opening(answer)  # "In short, Kassa is …": what hands over to it goes
        same_part = candidate.headings_before == context.headings_before
        says_it = answered or _says_itself(cleaned, before, title)
        # "这是一个极简的 vue admin 管理后台。": a template's own line says what the template is.
        if same_part and not candidate.heading and not candidate.notice and says_it:
            return "" if never_the_description(cleaned) else cleaned
    return ""


# "Meet Kassa, a till for small shops.", "Introducing Kassa: a …", "That's why we built Kassa, a …": after
# context, the project brought in by name, then what it is.
_INTRODUCED = re.compile(
    r"^(meet|introducing|enter|presenting|say (hello|hi) to)\s+[^,:—–]{1,40}?\s*[,:—–]\s*(a|an|the)\s"
    r"|^((that['’]s|this is|which is) (why|how)|so|hence)\s+(i|we)\s+(built|made|created|wrote|started)\s+[^,]{1,40}?,\s*(a|an|the)\s"
    # "Here's Kassa: a till …", "The result is Kassa, a till …", "This project, Kassa, is a till …".
    r"|^here(['’]s| is) [^,:—–]{1,40}?\s*[,:—–]\s*(a|an|the)\s|^the (result|answer|outcome) is [^,]{1,40}?,\s*(a|an|the)\s"
    r"|^(this|the|our) (project|app|application|tool|library|repo|repository), [^,]{1,40}, (is|provides|lets|helps)\b"
    # "Our solution is a till …", "The goal is simple: a till …", "The idea behind Kassa is a till …".
    r"|^(our|my|the) (solution|answer|approach|idea)( behind [\w .-]{1,30})? is\b|^the (goal|aim|idea) is (simple|clear)?\s*[:,]"
    # "We built a till for small shops …", "With Kassa, shop owners …": what was made, what it lets one do.
    r"|^(we|i) (built|made|created|wrote|developed) (a|an)\s|^(with|using) (this (project|tool|app|library)|[\w.-]{3,30}), \w+"
    # "This repository contains the source code for Kassa, a till …", "Here you will find Kassa, a …", "The code
    # in this repository implements …": the repository, then the project it holds, named and said.
    r"|^this (repo|repository) (contains|holds|hosts) the (source )?code (for|of) [^,]{1,40}, (a|an|the)\s"
    r"|^(here|in this (repo|repository)),? you(['’]ll| will)? find [^,]{1,40}, (a|an|the)\s"
    r"|^this (repo|repository) hosts the [^.,]{1,60}\b(for|to)\b|^the code in this (repo|repository) implements\b",
    re.IGNORECASE,
)
_IT_IS_A = re.compile(r"^it(['’]s| is) (a|an)\s(?!(few|lot|bit|must|shame|pity|pain|problem|challenge)\b)", re.I)
# "This repository will focus on …", "We built …": context that already speaks of the project itself,
# after which "This is a …" is a second word about it, not the first.
_OF_ITSELF = re.compile(r"\W*(this|these|we|our|my)\b", re.IGNORECASE)  # not "I": Italian's article


def _says_itself(cleaned: str, before: str, title: str) -> bool:
    """Whether a paragraph after the context `before` is the project saying what it is: by name, as
    "this project", "this is a", its goal, or brought in ("Meet Kassa, a …")."""
    named = opens_with_name(cleaned, title) or (no_name(title) and bool(_ONE_NAME_SAYS.match(cleaned)))
    this_is = bool(THIS_IS.match(cleaned)) and not _OF_ITSELF.match(before)
    # "It's a till for small shops …" after context, not after "Nyma is a Zuma game clone …", whose
    # subject "it" goes on about.
    pronoun = bool(_IT_IS_A.match(cleaned)) and not NAME_IS_A.match(before)
    return named or this_is or pronoun or any(rule.match(cleaned) for rule in (SELF, _GOAL, PURPOSE, _INTRODUCED))


# "prefviz provides a solution for …" after a paragraph of background, under "# Overview": with no
# name in the title, one word then what it does is the project by its name.
_ONE_NAME_SAYS = re.compile(r"^[\w.-]{3,40} (provides|is an?|implements|offers|lets|allows|helps)\s")


def solved_below(context: Candidate, following: list[Candidate]) -> str:
    """A problem set out ("O crescente volume de dados geoespaciais … representa um desafio …"), then
    straight after it "O projeto **SkyHawk** surge como uma solução para este problema, …": the
    paragraph that answers it with the project says what the project is, whatever shape the problem
    took (a sentence with no "is" can read as a tagline)."""
    return _next_in_stretch(context, following, lambda text: bool(_SOLVES.match(text)))


def overcome_below(context: Candidate, following: list[Candidate]) -> str:
    """ "SEM is a powerful tool … However, it has two fatal flaws.", then "To overcome both of these
    limitation, we develop visualization tools …": what the authors built against the flaws set out
    above says what the project is, when the paragraph above is about something else."""
    return _next_in_stretch(context, following, lambda text: bool(_OVERCOMES.match(text)))


def own_part(text: str, context: Candidate, following: list[Candidate]) -> str:
    """ "The Buildbarn project provides an implementation of …", then "This repository provides
    Buildbarn's storage daemon.": a paragraph on the whole, then one that says which part of it this
    repository is; that one says what the project is."""
    if not _THE_WHOLE.match(text):
        return ""
    return _next_in_stretch(context, following, lambda said: bool(_A_PART.search(rules.opening_sentence(said))))


def for_the_whole(text: str, context: Candidate, following: list[Candidate], title: str) -> str:
    """ "[Archer](…) is a fully on-chain order book exchange …" under "# Archer Market Maker", then
    "A simple market maker for the Archer Exchange.": a paragraph on what the title's first word
    names, then in the same stretch a phrase saying the project is for it; the phrase says what the
    project is."""
    subject = _SUBJECT_IS.match(text)
    if not subject:
        return ""  # most paragraphs: the title is not tidied for them
    title_words = rules.tidy(title).split()
    if len(title_words) < 2 or subject[1].lower() != title_words[0].lower():
        return ""
    return _next_in_stretch(
        context, following, lambda said: bool(TAGLINE.match(said)) and _on_what_it_serves(said, text)
    )


def a_client_of_it(text: str, context: Candidate, following: list[Candidate]) -> str:
    """ "HPE OneView makes it simple to deploy …", then "The HPE OneView Ruby SDK provides library to
    easily interact with HPE OneView …": a paragraph on a product, then in the same stretch one on
    an SDK, client or binding named after it; that one says what the project is."""
    return _next_in_stretch(context, following, lambda said: _wraps(said, text))


def _wraps(said: str, product_text: str) -> bool:
    client = _A_CLIENT.match(said)
    if not client:
        return False
    words = client["product"].split()
    # "HPE OneView" is the product when the paragraph before opens with it: "HPE", "HPE OneView",
    # or all of "HPE OneView Ruby"; a paragraph opening on the client itself is no product before it.
    prefixes = (" ".join(words[:count]) for count in range(len(words), 0, -1))
    opens_on = next((prefix for prefix in prefixes if product_text.startswith(prefix + " ")), "")
    # "Okapi is a library of …" then "The Okapi library is developed by …": the same thing twice.
    itself = _SUBJECT_IS.match(product_text) and client["kind"].lower() in product_text.lower()
    return (
        len(opens_on) >= 3
        and not itself
        and not product_text[len(opens_on) :].lstrip().lower().startswith(client["kind"].lower())
    )


# "The HPE OneView Ruby SDK provides …", "The Stripe Node library is …": a client named after the
# product it serves, saying what it does.
_A_CLIENT = re.compile(
    r"^(the |this )?(official )?(?!(the|this|that|our|my|its|their) )(?P<product>(?-i:[A-Z0-9])[\w.+-]*( [\w.+-]+){0,3}) "
    r"(?P<kind>sdk|library|client|bindings?|wrapper|driver|connector|adapter|plugin|provider|module|"
    r"package|gem|crate|cli|api client|integration|extension)s? "
    r"((provides|allows|lets|enables|offers|makes|helps|gives|wraps|implements|exposes|brings)|(is|are) (a|an|the))\b",
    re.IGNORECASE,
)


def _next_in_stretch(context: Candidate, following: list[Candidate], fits: Callable[[str], bool]) -> str:
    """The first of `following` in the same stretch of text as `context` (no heading between them),
    neither a heading nor a notice, whose tidied text `fits`; or ""."""
    for candidate in following:
        cleaned = rules.tidy(candidate.text)
        same_part = candidate.headings_before == context.headings_before
        if same_part and not candidate.heading and not candidate.notice and fits(cleaned):
            return cleaned
    return ""


# "The Buildbarn project …", "The icritic application is …": the whole a repository is part of.
_THE_WHOLE = re.compile(r"^\W*the [\w.-]+ (project|application|app|platform|system|suite|ecosystem)\b", re.I)
# "… is a microservice from this application …", "This repository provides Buildbarn's storage daemon."
_A_PART = re.compile(
    r"\b(a|an|one) (\w+ ){0,2}(microservices?|components?|modules?|parts?|pieces?|services?|daemons?|"
    r"repositor(y|ies)|packages?|librar(y|ies)|plugins?) (of|from|in|for|within) (this|the|that) (\w+ )?"
    r"(application|app|project|system|platform|suite|ecosystem|monorepo)\b"
    r"|^this (repository|repo) (provides|contains|holds|is) \w+['’]s\b",
    re.IGNORECASE,
)


# "… surge como uma solução para este problema", "Ruler solves this by providing …": "this" is the
# problem the paragraph before set out.
_SOLVES = re.compile(
    r"^[^.!?]{0,80}?\b((solves|addresses|tackles|resolves) (all (of )?)?(this|these|that|those)\b"
    r"|(as|como|comme|come) (a|an|uma|um|una|une) (solution|solução|solución|soluzione)"
    r" (to|for|para|a|à|au|pour|per) (this|these|that|este|esta|esse|essa|estes|estas|ce|cette|ces|questo|questa)\b)",
    re.IGNORECASE,
)


# "To overcome both of these limitation, we develop …", "To address this, we propose …".
_OVERCOMES = re.compile(
    r"^(to|in order to) (overcome|address|solve|tackle|remedy|fix) [^.!?]{0,40}?\b(this|these|that|those|such|both)\b"
    r"[^.!?]{0,40}?, (we|i)( have)? (develop|developed|propose|present|introduce|built|build|created?|design|designed)\b",
    re.IGNORECASE,
)


# "Sometimes you're feeling feverish …", then "Our goal is to help connect our community …": after
# the scene it sets, the paragraph that states the project's aim.
_GOAL = re.compile(
    r"^(our|the|my) (main |primary )?(goal|aim|mission|purpose)"
    r"( of (this|the|our) (project|app|application|tool|library|repository|repo|software|system|site|website))? is to\b",
    re.I,
)


def after_the_story(text: str, following: list[Candidate], title: str) -> str:
    """ "Back to the time when I was preparing the final examinations …", a prologue in the first
    person, then under the next heading "Silver Brain is a Brain like software …": the author's
    story leads up to the project, which the paragraph naming it says what it is."""
    return naming_paragraph(following, lambda text: opens_with_name(text, title)) if _FIRST_PERSON.match(text) else ""


def past_the_pitch(found: str, candidates: list[Candidate], title: str) -> str:
    """ "Do you often type Markdown code manually …, and feel tired?", "Let's face it, life was so much
    simpler when we were kids.": a pitch to the reader opens the README; the paragraph, in any
    section, that opens with the project's name and "is" says what it is; else the title's words
    after the name ("MInference: Million-Tokens Prompt Inference for Long-context LLMs") do."""
    if not rules.PITCH.match(found):
        return ""
    return naming_paragraph(candidates, lambda text: opens_with_title_words(text, title)) or tagline(title)


def naming_paragraph(candidates: list[Candidate], names_it: Callable[[str], bool]) -> str:
    """The first paragraph (no heading, no notice) that opens by naming the project, tidied; or ""."""
    for candidate in candidates:
        cleaned = rules.tidy(candidate.text)
        if not candidate.heading and not candidate.notice and names_it(cleaned):
            return cleaned
    return ""


_FIRST_PERSON = re.compile(r"^\W*(back (in|to) the (day|days|time)\b|(i|my)\b)", re.IGNORECASE)


# "So what is JTAF? It's a framework, …": the question a paragraph asks about the project, and the
# answer it gives straight after.
_ANSWERED = re.compile(
    r"^(so,? )?what(?:'s|’s| is| are) [^?\n]{1,60}\?\s+(?=(it|they)(?:'s|’s|'re|’re| is| are)\s)", re.I
)


def _answer(text: str) -> str:
    """A paragraph without the question it opens with and answers straight after."""
    answered = _ANSWERED.match(text)
    return text[answered.end() :] if answered else text
