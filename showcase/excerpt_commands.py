"""Commands and the lines that lead into them, never a project's description: a lead-in to code
("… using the following snippet:"), a caption for a command, a command after a shell prompt, what a
command does ("`yarn dev` starts …"), a command to type named in a sentence. `excerpt_steps` asks
these; `excerpt` asks `SHELL_PROMPT` of the lines before they are joined.
"""

from __future__ import annotations

import re

from showcase import excerpt_lexicon as lexicon

# "A real simple program can be created using the following snippet:": a lead-in to code or steps,
# which says how to use the project, never what it is (a lead-in to what it offers still reads as one).
CODE_LEAD_IN = re.compile(
    r"\b(the following|below|this|these)\s+(\w+\s+)?(snippets?|code|examples?|commands?|steps|scripts?|lines?)\b[^.!?]*[:：]\s*$"
    # "这是我输出的关键代码片段：", "以下のコードを…：": the same in Chinese and Japanese.
    r"|(代码|代碼|コード|命令|コマンド)[^。！？]{0,12}[:：]\s*$"
    # "在main.js 中引入以下代码": "the following code" says what comes below, colon or not.
    r"|(以下|下面|如下)的?(代码|代碼|コード|命令|コマンド)"
    # "다음 명령을 통해 패키지를 설치할 수 있습니다.", "다음을 실행하신 후 …": the same in Korean.
    r"|^(다음|아래)(의)? ?(명령어?|코드|스크립트|커맨드)?(을|를)? ?(통해|실행|입력)"
    # "Use `flutter_gen` to generate assets and fonts:", "Run this to copy .env file:": a step told
    # in one sentence that leads into the command below it;
    # "To generate localization keys after adding new strings:" is a step's purpose, then the step.
    r"|^(use|run|execute|type|enter|call|invoke|to) [^.!?:：]{1,120}[:：]\s*$"
    # "If no dice try", "If that fails, run": a condition, then the verb whose object is the command
    # below.
    r"|^(if|when|otherwise|else)\b[^.!?:：]{0,60}\b(try|run|use|type|execute)\s*$"
    # "The following commands must be run in …", "Voor de onderstaande commands moeten …", "Die
    # folgenden Befehle …": the commands below, spoken of as a sentence's subject, colon or not.
    r"|^((for|voor|für|pour|para) )?(the|de|die|les|los|las|os|as)?\s?(following|onderstaande|volgende|folgenden"
    r"|nachfolgenden|suivantes|siguientes|seguintes)\s(\w+\s)?(commands?|commando'?s|befehle|commandes|comandos"
    r"|steps|stappen|schritte|étapes|pasos|passos|scripts?)\b"
    # "This command creates a new migration file", "Deze command voert de migraties uit": a caption for
    # the command beside it ("This command-line tool …" is a kind of tool).
    r"|^(this|these|that|deze|dit|dieser|diese|dieses|ce|cette|este|esta|esse|essa|questo|questa)\s"
    r"(command|commands|commando|befehl|commande|comando)\s(?!line\b)",
    re.IGNORECASE,
)


# "cd to project directory\n$ go install": a line that opens with a shell's prompt is a command typed
# in a terminal, so the paragraph holding it is a session of set-up steps. Lines, so read before
# `rules.tidy` joins them.
SHELL_PROMPT = re.compile(r"^\$ [a-z]", re.MULTILINE)


# "`yarn dev` starts the development server.", "npm run build builds the app for production.": what
# a command does, told to the one who types it.
COMMAND_AT_WORK = re.compile(
    rf"^\W*({lexicon.COMMAND_TOOLS}|make|python3?|pip|rails)( run)? [\w:./-]+\W* (starts|runs|builds|launches|serves|compiles|"
    r"installs|creates|generates|executes|deploys|bundles|lints|tests|opens|will (start|run|build|launch|serve|install))\b",
    re.IGNORECASE,
)


# "Jalankan npm install lalu npm start.", "Instale as dependências com npm install.", "先运行 npm install，
# 然后运行 npm start。": a command to type, named in the opening sentence, is a step in any language.
COMMAND_TO_TYPE = re.compile(
    rf"(?<![\w./-])({lexicon.COMMAND_TOOLS}|pip3?|composer|bundle|gem|brew|apt(-get)?|conda|python3? -m) "
    r"(install|i|add|run|start|dev|build|serve|up|test|exec|get|init|create|new|compile|watch|generate|update|upgrade"
    r"|publish|deploy|restore|clean|sync)(?![\w-])",
    re.IGNORECASE,
)


def commands_to_type(sentence: str) -> bool:
    """Whether a sentence names a command to type, not one the project is described by ("Go bindings
    for SQLite, usable with go get.", "A wrapper around docker compose up that …": after an English
    preposition, the command says what the project works with)."""
    return any(
        not (_WORKS_WITH.search(sentence, 0, match.start()) or _names_the_command(sentence, match))
        for match in COMMAND_TO_TYPE.finditer(sentence)
    )


def _names_the_command(sentence: str, match: re.Match[str]) -> bool:
    """ "npm run scripts made visible in a tree view for VS Code.": a command opening a longer
    sentence with plain words after it is its subject, not a command to type."""
    opens = not sentence[: match.start()].strip(" \"'`*_")
    return opens and len(sentence.split()) > _COMMAND_ALONE_WORDS and bool(_PLAIN_WORD.match(sentence, match.end()))


_COMMAND_ALONE_WORDS = 5
_PLAIN_WORD = re.compile(r" [a-z]{2,}\b(?![-./@:=])", re.IGNORECASE)
_WORKS_WITH = re.compile(
    r"\b(with|via|using|around|over|through|like|from|for|of|by|wraps?|wrapping)\s+(the\s+)?$", re.I
)
