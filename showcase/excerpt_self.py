"""The openings that say what a project is in so many words: "This project provides …", "This is
the SDK for …", "Kiln is a build cache …", "A tool for …". A paragraph that opens so is a
description in itself, not context before one; `excerpt`, its neighbours and the readers ask.
"""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon

# A paragraph that says what the project is in so many words: "This project provides …".
SELF = re.compile(
    r"^(this|the|our) (project|repo|repository|library|lib|tool|utility|app|application|package|module|plugin|"
    r"extension|site|website|script|program|bot|crate|gem|framework|service|game|software|implementation) "
    # "This library is used by numerous projects like …" says who uses it, not what it is.
    r"(is(?! (now |widely |also )?(used|trusted|loved|relied|deployed|adopted|maintained|sponsored|funded)\b)"
    rf"|{lexicon.DOES_EN}|"
    # "This package bridges the two: it registers an `unleash` Pennant driver …": what it does.
    r"bridges|connects|integrates|wraps|exposes|extends|adds|"
    # "This project shows how AWS CDK, AWS SAM and AWS Chalice can be used together …": a demo, said.
    r"shows|demonstrates|showcases|illustrates|"
    # "This repository contains an experimental ASP.NET based application …": what it holds is what
    # it is when it is one thing ("contains the code for …" says where the code is, not what it is).
    r"(contains|holds|houses|hosts) an? |"
    # "This repository holds Kassa, a till for small shops.": the one thing it holds, named.
    r"(contains|holds|houses|hosts) [\w.-]+( [\w.-]+)?, (a|an|the) |"
    # "This repository contains the MPLAB® Harmony 3 Smart Energy package, …": the one thing it holds.
    r"(contains|holds|houses|hosts) the [^.,;:]{0,60}\b(package|library|framework|sdk|plugin|extension|application)\b|"
    # "This repository contains machine learning algorithms implemented from scratch …": works of a kind.
    r"(contains|holds) ([\w-]+ ){1,3}(algorithms|implementations|examples|exercises|solutions|experiments|notebooks)\b|"
    r"was (built|made|created|written|developed) (to|for|as))\b"
    # "Este proyecto es una aplicación …", "Dieses Projekt bietet …", "本项目是 …": the same, abroad.
    # Not "Il progetto è stato realizzato al termine del corso …": how it came to be, like "was made".
    rf"|^({lexicon.THIS_PROJECT}),?\s+(({lexicon.IS})\b(?!\s(stat[oaie]|sido|été|gewesen)\b)|({lexicon.DOES})\b|[—–-]\s|to\s)"
    rf"|^({lexicon.THIS_PROJECT_CJK})\s*({lexicon.THIS_PROJECT_CJK_SAYS})"
    r"|^bu (proje|depo|uygulama|kütüphane|bot),\s",  # "Bu proje, …": Turkish puts its verb, a suffix, last
    re.IGNORECASE,
)
# "Ruler solves this by …", "This work solves that, …": the work answering the trouble told before it.
SOLVES_IT = r"(solves|addresses|fixes|tackles|remedies) (this|these|that|those|it|them|the problem)\b"
# "The purpose of this project is to allow any player to …", "The aim of the SLING project is to
# learn to read …": what the project is for, said of it by name or as "this".
PURPOSE = re.compile(
    r"^(the|our|my) (\w+ )?(purpose|goal|aim|objective|intent|mission) of (this|the|our|my) [^.!?]{1,40}? (is|was) to\b"
    rf"|^({lexicon.GOAL_OF_IT})(\b|\s)|^({lexicon.GOAL_OF_IT_CJK})",
    re.IGNORECASE,
)
# "This is the Python SDK for Oracle Cloud Infrastructure.": the project saying what it is, whatever
# noun it uses for itself, not context before a paragraph that does.
THIS_IS = re.compile(
    rf"^(this is (a|an|the)|{lexicon.THIS_IS_A})(\s|(?<=['’]))|^({lexicon.THIS_IS_A_CJK})", re.IGNORECASE
)


def speaks_of_itself(text: str) -> bool:
    """ "This project provides …", "This is a …", "Este proyecto es …", "本项目是 …": the project saying
    what it is as itself, not by name."""
    return bool(SELF.match(text) or THIS_IS.match(text))


# "WagtailOS is a simple operating system …", "Sponge is an inference server.": a name of up to four
# words, then what it is.
NAME = r"^[\w.+-]+(?: [\w.+-]+){0,3} "
_NAME_IS = NAME + r"(?:is|are) "
NAME_IS_A = re.compile(NAME + rf"(?:{lexicon.IS_A})\b")
# "Ottoman is intended to be an easy to use open source library …": the name, then what it is.
SAYS_WHAT_IT_IS = re.compile(_NAME_IS + r"(?:(?:intended|meant|designed) to be )?(?:a|an|the)\b")
# "A Nix-flake-powered workstation setup …": a paragraph that opens as a noun phrase is a tagline,
# a description in itself, not context before one.
TAGLINE = re.compile(
    # Not "A few years ago, …", "A couple of weeks back …": a time in a story, not a kind of thing.
    rf"^({lexicon.A_KIND})\s(?!(few|couple|long time|while|year|month|week|day|decade)\b)|^({lexicon.A_KIND_CJK})",
    re.IGNORECASE,
)
