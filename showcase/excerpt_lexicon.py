"""Words READMEs are written with, in the languages they are written in, kept once for every rule
that needs them: a welcome, "what is X?", the tools a reader types.

Each name is a regular-expression alternation with no capturing group and no anchor, so a rule
wraps it in what it needs (`rf"^({lexicon.WELCOME_TO})\\b"`) and adding a language here teaches
every rule that reads the word.
"""

from __future__ import annotations

# "Welcome to X": the welcome with the preposition each language puts after it.
WELCOME_TO = (
    r"welcome to|bienvenue (?:à|sur|dans)|bienvenid[oa]s? a|bem-vind[oa]s? (?:a|ao|à)"
    r"|willkommen (?:bei|in|auf|zu|im)|benvenut[oi] (?:a|in|su)|welkom (?:bij|in|op)|välkommen till"
    r"|добро пожаловать|ласкаво просимо|witaj(?:cie)? w|selamat datang|chào mừng"
)
# "Welcome!", "¡Bienvenidos!", "Boas-vindas": the welcome alone.
WELCOME = (
    r"welcome|bienvenue|bienvenid[oa]s?|willkommen|benvenut[oi]|boas[- ]vindas|bem-vind[oa]s?|welkom|välkommen"
    r"|добро пожаловать|ласкаво просимо|witaj(?:cie)?|selamat datang|chào mừng"
)
# "欢迎光临！", "ようこそ", "환영합니다": welcomes in Chinese, Japanese and Korean, where no space follows.
WELCOME_CJK = r"欢迎|歡迎|ようこそ|환영"

# "What is FreeHealth EHR?", "¿Qué es X?", "Was ist X?", "Что такое X?": "what is" before the name…
WHAT_IS = (
    r"what is|what['’]s|what are|qu[ée] es|o que (?:é|são)|qu['’]est-ce que?|was ist|что такое|(?:che )?cos['’]è"
    r"|czym jest|co to jest"
)
# …and in Chinese, Japanese and Korean after it ("X とは？", "X란?", "X 是什么？") or before it unspaced
# ("什么是 X？").
WHAT_IS_AFTER = r"とは|란|이란|是什么|是什麼"
WHAT_IS_BEFORE_CJK = r"什么是|什麼是"

# The tools a reader types a command to ("npm install", "docker compose up", "./gradlew build"),
# longest spelling first so "docker compose" is not read as "docker".
COMMAND_TOOLS = (
    r"npm|yarn|pnpm|npx|bunx?|cargo|docker[- ]compose|docker|dotnet|mvn|\./gradlew|gradle|php artisan|flutter"
    r"|go|deno|uv|poetry"
)

# "Kassa is …", "Kassa es …", "Kassa ist …": the verb a name is followed by to say what it is.
IS = r"is|are|es|é|est|ist|è|är|er|jest|adalah|merupakan|là"
# "Kassa is a …", "Kassa es una …", "Kassa ist ein …", "Kassa — это …": what follows a name to say
# what kind of thing it is, in the languages with an article and a few without.
IS_A = (
    r"(?:is|are) (?:a|an|the)|es (?:un|una|el|la)|é (?:um|uma|o|a)|est (?:un|une|le|la)"
    r"|ist (?:ein|eine|der|die|das)|è (?:un|una|uno|il|la|lo)|is een|är (?:en|ett)|er (?:en|et)"
    r"|[—–-] это|adalah|merupakan|là (?:một|công cụ|thư viện|ứng dụng)"
)
