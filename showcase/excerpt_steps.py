"""Steps told to the reader, never a project's description: a lead-in to code, what the reader
needs first, a step of a checklist or a set-up, the other way to do a step, a command after a shell
prompt, a path through an app's menus, a task's brief, an obligation ("you will need to run …").
`excerpt_never.never_the_description` asks `is_a_step`; commands and lead-ins to code are read in
`excerpt_commands`.
"""

from __future__ import annotations

import re

from showcase.excerpt_commands import CODE_LEAD_IN, COMMAND_AT_WORK, commands_to_type
from showcase.excerpt_rules import OBLIGATION


def is_a_step(text: str, opening: str) -> bool:
    """Whether a paragraph (`opening` its first sentence) tells the reader what to do. "1- Baixar as
    dependências do folder frontend": a step keeps its number, in whatever form it is written."""
    if _STEP_WORD.match(text):
        return True
    numbered = _STEP_NUMBER.match(text)
    if numbered:
        step = text[numbered.end() :]
        # "3- Serve the front-end locally": a few words after a number and a space are a step's name
        # ("3-in-a-row game for the terminal" counts something).
        short = numbered.group()[-1:].isspace() and len(step.split()) <= _STEP_NAME_WORDS
        if short or _INFINITIVE.match(step) or _is_unnumbered_step(step, opening[numbered.end() :]):
            return True
    return _is_unnumbered_step(text, opening)


# "Step 1. Add the JitPack repository …", "Paso 2: …", "Schritt 3 …", "第一步，…", "步骤 1": a step by name.
_STEP_WORD = re.compile(
    r"^\W*(step|paso|passo|étape|etape|schritt|krok|шаг|ad\u0131m|langkah|bước)\s*\d{1,2}\b"
    r"|^\W*(第[一二三四五六七八九十\d]{1,2}步|步骤\s?\d|ステップ\s?\d|단계\s?\d)",
    re.IGNORECASE,
)
# "1- ", "2) ", "3. ", "(4) ", "5 - ": a step's number, before the step.
_STEP_NUMBER = re.compile(r"^\(?\d{1,2}\s*[-.)]\s*(?=\S)")
_STEP_NAME_WORDS = 6
# "4-Inicializar o frontend", "5- Rodar o servidor node", "2. Lancer le serveur": a numbered step
# told as an infinitive, as Portuguese, Spanish and French write steps.
_INFINITIVE = re.compile(r"[^\W\d_]{2,}(ar|er|ir)\s+(o|a|os|as|el|la|los|las|le|les|un|une|um|uma)\b", re.IGNORECASE)


def _is_unnumbered_step(text: str, opening: str) -> bool:
    return bool(
        CODE_LEAD_IN.search(text)
        or PREREQUISITE.match(text)
        or REQUIREMENT.match(opening)
        or CHECKLIST_STEP.match(text)
        or MENU_PATH.match(text)
        or ANOTHER_WAY.match(text)
        or TASK_BRIEF.search(opening)
        or COMMAND_AT_WORK.match(opening)
        or commands_to_type(opening)
        or (bool(_LOCAL_ADDRESS.search(opening)) and len(opening.split()) <= _LOCAL_ADDRESS_WORDS)
        or bool(_LISTENS_ON_A_PORT.search(opening))
        or tells_the_reader_what_to_do(opening)
        or SETTING_UP.match(opening)
        or CREDENTIALS.match(opening)
        or WHERE_PARTS_LIVE.match(opening)
    )


# "Install dependencies with pip …", "Set the DATABASE_URL environment variable before running.", "Use
# Node 18 or later.", "It's recommended to use a virtual environment.", "It is HIGHLY recommended to
# install …", "You will then want to install the latest version of Docker …", "You'll need an API key
# from OpenWeather.", "You can change the port in .env.", "Download datasets from BaiduYun-link",
# "Running the project for the first time.": setting it up, never what it is. (An imperative
# tagline, "Run Kubernetes anywhere.", names nothing set up.)
SETTING_UP = re.compile(
    r"^((first|then|next|now|finally),? )?(install|set|use|run|create|add|configure|copy|export|update|enable"
    r"|define|provide|replace|put|paste)\b[^.!?]{0,60}"
    r"\b(dependencies|requirements|environment variables?|env vars?|api keys?|in (the|your) environment|virtual ?env(ironment)?|\.env\b"
    r"|(node|python|java|jdk|php|ruby|go) \d|(?-i:[A-Z][A-Z0-9]*_[A-Z0-9_]+\b))"
    r"|^(it'?s|it is) ((highly|strongly) )?(recommended|advised|best|advisable|a good idea) (to|that you)\b"
    r"|^you('ll| will)? (then |also |first )?(want|need|have) to (install|download|set up|configure|use|run|create"
    r"|enable|update|clone|build)\b"
    r"|^you('ll| will)? (also )?need (an? |the |your )?(api key|token|account|key|credentials|access)\b"
    r"|^you can (change|set|configure|edit|adjust|override) (the |your )?[\w -]{1,30} in\b"
    # "Ejecutar con python main.py", "Primero, instala Node.js.", "Baixe o dataset do Kaggle.", "Es
    # recomendable usar un entorno virtual.", "Necesitas una clave de API …": setting it up, abroad.
    r"|^((primero|primeiro|luego|depois|después|d'abord),? )?(instala|instale|instalar|ejecuta|ejecute|ejecutar"
    r"|executar|rode|rodar|descarga|descargue|descargar|baixe|baixar|clona|clonar|installez|lancez"
    r"|téléchargez)\b[^.!?]{0,40}\b(dependencias|dependências|dépendances|requisitos|node(\.js)?|python|npm|pip|docker"
    r"|(el|o|le|este|esse) (repositorio|repositório|dépôt)|dataset|kaggle|entorno virtual|ambiente virtual|main\.py"
    r"|app\.py)\b"
    r"|^(es recomendable|se recomienda|é recomendado|recomenda-se|il est recommandé de) (usar|utilizar|instalar"
    r"|utiliser|installer)\b"
    r"|^(necesitas|necesitarás|vas a necesitar|você (vai )?precisa(r)?|precisas|vous aurez besoin d['’]) "
    r"(una |uma |un |une )?(clave|chave|cuenta|conta|token|clé|compte)\b"
    # "環境構築は yarn で行う。", "セットアップには Docker を使います。": setting it up, in Japanese.
    r"|^(環境構築|開発環境の構築|セットアップ|インストール)(は|には|の手順)"
    # "Для запуска нужен Python 3.10.": what it needs to run, in Russian.
    r"|^для (запуска|работы|сборки|установки)\b[^.!?]{0,40}\b(нужен|нужна|нужно|нужны|требуется|необходим[аоы]?)\b"
    # "First, install the nightly build of rustc.": a step of a sequence, whatever it installs.
    r"|^(first|then|next|now|finally),? (install|download|clone|run|set up|build|compile)\b"
    # "Step by step", over the commands: a label for the steps that follow; "Getting started with MAUI
    # essentials" over the guides' addresses, the same.
    r"|^step[- ]by[- ]step\W*$|^getting started( (with|on|in)\b|\W*$)"
    # "Download datasets from BaiduYun-link, password: mguf": fetching what it needs.
    r"|^download\b[^.!?]{0,60}\b(from|via|and (put|place|unzip|extract))\b"
    # "Executando o projeto pela primeira vez.": a set-up section's heading, set as a line of text.
    r"|^(running|installing|building|setting up|configuring|deploying|executando|ejecutando|instalando|configurando"
    r"|compilando) (the |o |el |a |la )?(project|app|application|server|development environment|environment|projeto"
    r"|proyecto|aplicação|aplicación|ambiente|entorno)( for the first time| pela primeira vez| por primera vez| locally"
    r"| localmente| with docker| com docker| con docker)?\W*$",
    re.IGNORECASE,
)

# "Default login: admin / admin", "The default username is admin …", "Usuário: admin / Senha: admin",
# "Логин: admin, пароль: admin", "Для входа есть две учётные записи.": how to log in to a running copy.
CREDENTIALS = re.compile(
    r"^(the )?(default )?(login|username|user name|password|credentials)( is| are)?\s*[:：]?\s*(admin|root|user|test|demo)\b"
    r"|^the default (username|user name|login|password) is\b"
    r"|^(login|usuário|usuario|user|utilisateur|benutzer|логин|пользователь)\s*[:：]\s*\S+[\s,/]+(senha|password|contraseña"
    r"|mot de passe|passwort|пароль)\s*[:：]|^для входа\b",
    re.IGNORECASE,
)

# "The app runs on port 3000 by default.", "The database schema is in db/schema.sql.", "All
# configuration lives in config.yaml.", "Migrations are run with npm run migrate.": where its parts
# live and how they are reached.
WHERE_PARTS_LIVE = re.compile(
    r"^(the )?[\w-]+( [\w-]+)? (runs|listens|is served|is running|starts) on port \d{2,5}\b"
    r"|^(the )?[\w -]{1,30} (is|are|lives?|sits?) in (the )?[\w.-]*/[\w./-]*\W*$"
    r"|^(the )?[\w -]{1,30} (is|are|lives?) in (the )?[\w-]+\.(sql|ya?ml|json|toml|ini|env|cfg|conf|py|js|ts)\W*$"
    r"|^(the )?(all )?(configuration|config|settings|tests|migrations|seeds?|schema|sources?)\b[^.!?]{0,30}"
    r"\b(live|lives|are|is|run|runs) (in|with)\b"
    # "The code is included in the discO folder.": which folder holds it.
    r"|^(the )?(source )?(code|notebooks?|scripts?|data|sources?) (is|are) (included|found|located|kept|stored) in "
    r"(the )?[\w./-]+ (folder|directory)\W*$",
    re.IGNORECASE,
)


# "To work with Prebid Mobile, you will need access to a Prebid Server.": what the reader needs
# first, not what the project is.
PREREQUISITE = re.compile(
    r"^(to|in order to) \w[^,.;:]{0,80}, (you|users)( will|'ll)? (need|have to|must|should|require)\b"
    # "Before start the project, ensure run the below command …": what to do first, then the step.
    r"|^before (you )?(start|starting|run|running|use|using|install|installing|build|building|launch|launching"
    r"|deploy|deploying|begin|beginning)\b[^.!?]{0,60}\b(run|install|ensure|make sure|you (need|must|should|have)"
    r"|please|create|configure|download|be aware)\b"
    # "Antes de começar esteja ciente que …", "Antes de empezar, asegúrate de …": the same, abroad.
    r"|^antes de (come[çc]ar|iniciar|rodar|executar|usar|instalar|empezar|comenzar|ejecutar)\b[^.!?]{0,60}\b(esteja"
    r" ciente|certifique-se|verifique|instale|execute|rode|asegúrate|asegurate|instala|ejecuta|voc[êe] (precisa|deve)"
    r"|necesitas|debes)\b"
    # "The first thing you need to do is to setup logger.": the first step, said as one.
    r"|^the (first|next) (thing|step) (you|we) (need|have|must|should|'ll need)( to do)? is\b",
    re.I,
)


# "EchoZero requires Python 3.11 or newer.", "Kassa requiere Node 18 o superior.": what it needs to run,
# said in an opening sentence of its own.
REQUIREMENT = re.compile(
    r"^[\w.-]+( [\w.-]+){0,3} (requires|needs|requiere|requer|nécessite|benötigt|erfordert|richiede|требует|wymaga"
    r"|membutuhkan|vereist|kräver)( at least| au moins| mindestens| al menos| pelo menos)? (python|node|node\.js|java|jdk|php"
    r"|ruby|go|golang|rust|\.net|dotnet|docker|npm|yarn|cmake|gcc|clang|android|ios|macos|windows|linux|unity|godot)\b"
    r"([^.!?]|\.(?=\d)){0,40}[.!]?$"  # "3.11" is a version, not a full stop
    # "需要 Node.js 20 以上。", "Python 3.10 以上が必要です。": the same in Chinese and Japanese.
    r"|^(需要|要求|依赖|依賴)\s?(python|node|node\.js|java|jdk|php|go|rust|\.net|docker)\b[^。！]{0,20}[。！]?$"
    r"|^(python|node|node\.js|java|jdk|php|go|rust|docker)\s?[\d.]*\s?(以上|或更高版本)?(が|を)?必要",
    re.I,
)


# "Abre http://localhost:3000 en el navegador.", "Acesse http://localhost:3000 para ver o projeto.": where
# to look once it runs, in any language, said in a short sentence.
_LOCAL_ADDRESS = re.compile(r"\b(localhost|127\.0\.0\.1|0\.0\.0\.0):\d{2,5}\b")
_LOCAL_ADDRESS_WORDS = 12
# "The frontend, by default, will listen through the port `3000` to avoid conflicts …": where it
# listens once it runs, a detail of setting it up.
_LISTENS_ON_A_PORT = re.compile(r"\b(listen|listens|listening)\b[^.!?]{0,30}\bport\s*\W{0,2}\d{2,5}\b", re.IGNORECASE)


def tells_the_reader_what_to_do(sentence: str) -> bool:
    """ "To instantiate a new database you will need to run …", "Before you start … you must sign
    in", "Для подключения необходимо скопировать …": an instruction, never what the project is. A
    bare "you need" inside a sentence is a relative clause's ("Only the feeds you need."), not an
    obligation; opening one ("You need a Discord token to run this bot.") it is one."""
    match = OBLIGATION.search(sentence)
    bare = match is not None and match.group().lower().endswith("you need") and not _NEED_TO_RUN.match(sentence)
    if match is None or bare:
        return False
    # "Everything you need to build a Svelte library": what the reader needs, as a relative clause of
    # what the project gives, is no obligation; nor is a game's rule ("a times table quiz, in which
    # you have to get as many answers correct as you can", "a game where you must dodge asteroids").
    before = sentence[: match.start()]
    return not (_WHAT_IT_GIVES.search(before) or _GAME_RULE.search(before))


# "You need a Discord token to run this bot.": what the reader needs to run it, not a pitch's "You
# need a better way to …".
_NEED_TO_RUN = re.compile(
    r"^\W*you need [^.!?]{1,60}? to (run|use|build|start|install|compile|deploy|launch|play|test|develop)\b",
    re.IGNORECASE,
)
_GAME_RULE = re.compile(r"\b(in which|wherein|during which|where)\s+$", re.IGNORECASE)
# "… adding any native functionality you need to your app easy": "any" or "every" before the noun too.
_WHAT_IT_GIVES = re.compile(
    r"\b(everything|anything|all|whatever|the tools?|things?|(any|every|whatever)( [\w-]+){1,3})\s+$", re.IGNORECASE
)


# "Doing this task in typescript is preferred.", "Decide by yourself if you want to …", "Good luck and
# do not hesitate to ask …": a recruitment or course task's brief, said to the one who takes it.
TASK_BRIEF = re.compile(
    r"\b(this|the) (task|assignment|exercise)\b(?! (manager|list|runner|tracker|queue|scheduler|board|app)\b)"
    r"[^.!?]{0,60}\b(is|are) (preferred|required|optional|mandatory)\b"
    r"|^(decide|choose) (by|for) yourself\b|^optional\s*[:：]\s*(add|write|implement|create|use)\b"
    r"|^(good luck|buena suerte|bonne chance|boa sorte|viel glück|buona fortuna|удачи)\b"
    # "Please do not fork the repo, clone it and …": how to take the task, not what it is.
    r"|^(please )?(do not|don't) (fork|clone|copy) (the|this) (repo|repository|project)\b"
    # "Students will perform each of the requirements assigned to their respective Projects.": what
    # the students are to do, the course's brief.
    r"|^(the )?(students|participants|candidates) (will|must|should|shall|have to|are (required|expected) to)"
    r" (perform|complete|implement|build|develop|create|submit|do|write|follow|use)\b",
    re.IGNORECASE,
)


# "or run `python l10n.py …` to add strings …", "Alternatively, use the Docker image": the other way to
# do a step above it, an instruction that goes on from one.
ANOTHER_WAY = re.compile(
    r"^\W*(or|and|then|alternatively,?|otherwise,?)\s+(you can\s+)?(run|use|call|execute|type|install|open|launch|start|"
    r"add|set|edit|copy|download|build|invoke|pass)\b",
    re.IGNORECASE,
)


# "Bluefruit Connect > LED Djembe > Connect > Controller > Control Pad": a path through an app's menus,
# where to tap, never what the project is.
_MENU = r"[^\s<>.!?]+( [^\s<>.!?]+){0,2}"  # a menu's name: three words at most
MENU_PATH = re.compile(rf"^\W*{_MENU}( > {_MENU}){{2,}}\W*$")


# A file the reader is told to make or change: a configuration file by its kind, or a dotfile.
_FILE_KINDS = r"cs|js|ts|py|json|ya?ml|xml|config|conf|cfg|env|php|java|rb|go|toml|ini|properties|local|example|sample"
_FILE = rf"([\w/-][\w/.-]*\.({_FILE_KINDS})|\.(env|npmrc|bashrc|zshrc|profile)|\.[\w-]+rc)\b"


# "Ensure Java 8 is installed and on your PATH.", "Make sure Docker runs": a step of a checklist;
# "Copy the .npmrc.example and rename it", "Create an .env file with …": a step done to a file.
CHECKLIST_STEP = re.compile(
    r"^(ensure|make sure|be sure) (that )?\S"
    r"|^(copy|create|rename|edit|open|duplicate|move|delete|add|replace|update|fill in) (the|a|an|your|this) "
    r"[`'\"]?(\.[\w-]+|[\w-]+\.[a-z]{2,10}\b|[\w.-]+/)"
    # "Clone/Download the repo", "Clone this repository": the first step of a set-up.
    r"|^(clone|download|fork)( ?/ ?(clone|download|fork))? (the|this) (repo|repository|project)\b"
    # The same, and installing the dependencies, in the other languages: "Clone o repositório …",
    # "Klone das Repository …", "Клонируйте репозиторий …", "克隆仓库并安装依赖。", "저장소를 클론하고 …".
    r"|^(clone (o |este )?(repositório|projeto)|clona (el |este |il )?(repositorio|proyecto|repository|progetto)"
    r"|clonez (le |ce )?(dépôt|projet|repo)|klone (das |dieses )?(repository|repo|projekt)"
    r"|(\u0441)?клонируйте (репозиторий|проект)|sklonuj (repozytorium|projekt)|(clone|kloning) (repositori|repo|proyek)"
    r"|(克隆|clone) ?(本|这个|此)?(仓库|项目|倉庫|項目)|リポジトリを(クローン|clone)|(저장소|레포지토리|레포)를 (클론|clone))"
    r"|^(instale|instala|installez|installiere|установите|zainstaluj|install) (as |las |les |die )?"
    r"(dependências|dependencias|dépendances|abhängigkeiten|зависимости|zależności|dependensi)\b"
    r"|^(安装|安裝)(依赖|依賴)|^依存関係をインストール|^의존성을 설치"
    # "Open the project in Godot 4.4 and run it.", "Abra o projeto no Android Studio.", "用 Unity 打开项目。":
    # the first step in an editor.
    r"|^(open|abra|abre|ouvrez|öffne|öffnen sie|apri|otwórz|откройте|открой|відкрийте|buka|mở) (the |this |o |el |le |das |il )?"
    r"(project|solution|folder|scene|workspace|projeto|proyecto|projet|projekt|progetto|проект|проєкт|proyek|dự án)"
    r" (in|with|using|no|na|em|en|con|dans|avec|mit|w|в|\u0443|di|bằng|trong)\b"
    r"|^(用|使用|在)\s?[^，。,]{1,30}?\s?(中)?打开(项目|工程|本项目)|でプロジェクトを開|에서 프로젝트를 열"
    # "Open index.html in a browser.", "Abra o arquivo Game.sln no Visual Studio.": a file to open, and where.
    r"|^(open|double[- ]click|abra|abre|ouvrez|öffne|apri) (the |o |el |le |die |il )?(file |arquivo |archivo |fichier |datei )?"
    r"[`'\"]?[\w./-]+\.(html?|sln|xcodeproj|xcworkspace|uproject|ipynb|pbix|xlsx?|unity|godot)\b"
    # "Entre no IntelliJ IDEA e clique em file->open …", "Go to Settings and click Save.": where to go, then a click.
    r"|^(entre|acesse|abra|v[áa]|go|open|enter|abre|entra|ve) (no|na|em|into|to|en|el|a)\b[^.!?]{1,40}\b(e|and|y) (clique"
    r"|click|haga clic|haz clic|pulsa|selecione|select|selecciona)\b"
    # "(5) Add the address of your iPhone to bd_addrs …", "2. Run the app": a numbered step.
    r"|^\(?\d{1,2}[.)]\s+(add|run|go|make|set|clone|customi[sz]e|tap|open|install|edit|copy|create|download|navigate"
    r"|start|type|enter|click|select|change|update|build|deploy|configure)\b"
    # "To make the books (…): mkdir …", "To build the library, use make.": what to type for a step.
    r"|^to (make|build|install|run|compile|generate|set up|deploy|test)\b([^.!?:：]|\.(?=\S)){0,100}([:：]|, (use|run|type|do|execute)\b)"
    # "To run the project locally, first copy `.env.example` to `.env`", "Para rodar o projeto, instale
    # as dependências", "Pour lancer le projet, installez …": a step's purpose, then the step.
    r"|^(to|in order to) (run|start|use|launch|try|develop|work on)\b[^.!?:：]{0,100}, (first |then |just |simply )?"
    r"(copy|clone|install|run|open|create|set|edit|download|execute|type|add|go|navigate|start|build|launch|cd|rename)\b"
    r"|^para (rodar|executar|iniciar|usar|utilizar|correr|ejecutar|levantar|instalar)\b[^.!?:：]{0,80}, (primeiro |primero |basta |s[óo]lo )?"
    r"(instale|instala|execute|ejecuta|rode|corra|clone|clona|copie|copia|abra|abre|crie|crea|baixe|descarga|digite|configure|configura)\b"
    r"|^pour (lancer|exécuter|utiliser|démarrer|installer)\b[^.!?:：]{0,80}, (il faut|installez|lancez|exécutez|clonez|copiez|ouvrez|créez|tapez)\b"
    # "Run `ng generate component component-name` to generate a new component.", "Run `ng serve` for a
    # dev server.": a command and what it is for.
    r"|^run [^.!?]{1,60}? (to|for) (a |an |the )?(dev|development|build|generate|execute|start|serve|test|run|install"
    r"|compile|create|deploy|lint|format|launch|see|view)\b"
    # "Once the server is running, open your browser and navigate to …": the next step, once one is done.
    r"|^(once|after|when) [^,.!?]{1,60}, (open|run|navigate|go|visit|type|start|use|click|enter|copy|install)\b"
    # "This will create dist folder in root of this project …": what a command just given does.
    r"|^this (will|should|would) (create|generate|build|install|start|run|open|download|compile|produce|output|launch"
    r"|deploy|copy|serve)\b"
    # "If ipetoipe generates errors about …, then try this.", "If needed, first specialize …": a fix or a
    # step under a condition.
    # Not "If you only need the parser, use the core crate.": which part to take says what there is.
    r"|^if ([^,.!?]|\.(?=\w)){1,80}, (then |first |just )?(try|run|check|make sure|install|delete|remove|restart|specialize"
    r"|set|edit|update|reinstall)\b|^if (needed|necessary|required)\b"
    # "If you want to develop your own plug-ins for quince, please read the chapter …": where to go for it.
    r"|^if you (just |only )?(want|wish|would like|plan|intend) to [^,]{1,80}, (please |then |you can |simply |just )?"
    r"(read|see|check|download|visit|look|refer|install|run|follow|head|go)\b"
    # "to run the bot node . to run the bot and make it restart … nodemon -e js": a step's purpose,
    # then the command, written on the next line and joined to it by Markdown.
    r"|^to (run|start|build|install|test|launch|compile|deploy|serve) [\w -]{0,60}?\s(npm|npx|node|nodemon|yarn|pnpm"
    r"|python3?|pip3?|cargo|make|docker|java|dotnet|mvn|gradle|php|ruby|bundle|rails|flask|uvicorn|deno|bun) "
    r"([-.\w/]+)(\s|$)"
    # "To add a domain as reseller: sudo nano /etc/nginx/…": a step's purpose, then the command itself.
    r"|^to \w+ [^.!?:：]{0,80}[:：]\s*(sudo|npm|yarn|pnpm|pip|git|cd|docker|make|python3?|node|cargo|go|\$)\s"
    # "In the Open issues, please put your name at the end of the task …": what contributors are asked.
    r"|^[^.!?]{0,40}\bplease (put|add|write|assign|comment|open|create|mention|tag|label)\b"
    # "Don't forget to run migrations before starting the server!": a reminder of a step.
    r"|^(don['’]t|do not|never) forget (to|that)\b|^remember to\b"
    r"|^(não se esqueça|nao se esqueca|no olvides|n['’]oubliez pas|vergiss nicht|vergessen sie nicht|не забудьте"
    r"|не забудь|non dimenticare|nie zapomnij|jangan lupa|đừng quên|unutmay\u0131n)\b"
    # "Open http://localhost:8080 in your browser after starting the server.": where to look once it runs.
    r"|^((then|now|finally),? )?(open|visit|go to|navigate to|browse to|point your browser (at|to)) (up )?"
    r"(https?://)?(localhost|127\.0\.0\.1|0\.0\.0\.0)\b"
    # "Create a virtualenv in python3", "open another terminal from the folder location".
    r"|^(create|activate|set up|make) (a|an|the|your) (python ?3? )?(virtualenv|virtual ?env(ironment)?|venv|conda env)"
    r"|^(install|open) (pip|(a|another|the|a new) (terminal|shell))\b"
    # "Please make your own branch of the main branch …": how to take part, a step of the workflow.
    r"|^(please )?(make|create|open|start) (your own|a new|a separate|a) (branch|fork)\b"
    # "Se rendre dans le dossier client", "Go to the backend folder", "Entrar na pasta do projeto",
    # "Перейти в папку …": moving into a folder, the first step of a set-up, in any language.
    r"|^(go|navigate|move|change directory) (in)?to (the |your )?[`'\"]?[\w./-]+[`'\"]? (folder|directory)\b"
    r"|^(se rendre|aller|naviguer|se placer) dans le (dossier|répertoire)\b"
    r"|^(ir|entrar|navegar|acceder) (a|al|en|para|na|no) (la |a |o )?(carpeta|directorio|pasta|diretório)\b"
    r"|^(перейти|зайти|войти) в (папку|каталог|директорию)"
    # "Set the environment variable OCPI_DIR to point to …": a variable the reader sets.
    r"|^(set|export|define) (the |an |your )?(environment|env) variables?\b"
    # "Change Authority in Startup.cs", "Put your token in config.json.", "Paste your key into the .env
    # file.", "add a cookieSecret to that file": a change the reader makes in a named file.
    rf"|^(change|edit|update|replace|modify|set|add|put|paste|fill in|place|insert|store|save|enter|copy|rename)"
    rf" [^.!?]{{0,50}}?\b(in|into|to|inside|with) (the |your |a |an |that |this )?[`'\"]?({_FILE}|(config(uration)? |settings |env )?file\b)"
    # "Edit settings.py to point at your database.", "Rename config.sample.json to config.json.".
    rf"|^(edit|rename|copy|modify|update|change) [`'\"]?[\w/.-]*\.({_FILE_KINDS})\b"
    # "Crea un archivo .env en la raíz del proyecto.", "Erstelle eine .env-Datei …", "在项目根目录创建 .env 文件。".
    rf"|^(crea|cree|crear|crie|criar|créez|créer|crée|erstelle|erstellen sie|создайте|создать|utwórz|buat) "
    rf"(un |una |um |uma |une |eine |ein |файл |plik |file )?(archivo |arquivo |ficheiro |fichier |datei )?[`'\"]?{_FILE}"
    rf"|^(在[^，。,]{{0,20}})?(创建|新建|建立|修改|编辑|複製|复制|建立)\s?[`'\"]?{_FILE}",
    re.I,
)
