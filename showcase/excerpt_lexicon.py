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
    r"|czym jest|co to jest|wat is|vad är|hva er"
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
IS = r"is|are|es|é|est|ist|è|är|er|je|jest|adalah|merupakan|là"
# "Las tiendas suelen …, y los errores son comunes.": the verbs "to be", "to have" and "can" in
# their common forms abroad, by which a sentence of context is told from a noun phrase ("Herramienta
# para …"). Forms that are also English words ("war", "hat", "var", "ada", "ma") are left out.
AUXILIARY = (
    r"son|está|están|fue|puede|pueden|tiene|tienen|hay|suelen|são|estão|foi|era|pode|podem|tem|têm|há|costumam"
    r"|sont|était|sera|peut|peuvent|ont|sind|waren|wird|werden|haben|kann|können|sono|sarà|hanno|può|possono"
    r"|zijn|wordt|worden|heeft|hebben|kunnen|har|jest|są|był|była|może|mogą|mają|является|являются|был|была"
    r"|было|были|может|могут|есть|був|була|може|можуть|bisa|dapat|được|không|jsou|sú|může|este|sunt"
)
# ", y los errores son comunes", ", et les erreurs …", ", и ошибки …": a comma, then "and" or "but"
# abroad, where lists take no comma before their last item, so a second clause follows.
AND_THEN = r"y|e|et|und|en|och|og|ed|и|\u0456|a|dan|và|pero|mais|aber|ma|mas|maar|men|ale|но|але|tapi|nhưng"
# "-dir" and its kin: Turkish says "is" with a suffix on the sentence's last word.
IS_SUFFIX_TR = r"d[\u0131iu\u00fc]r|t[\u0131iu\u00fc]r"
# "Kassa is a …", "Kassa es una …", "Kassa ist ein …", "Kassa — это …": what follows a name to say
# what kind of thing it is, in the languages with an article and a few without.
IS_A = (
    r"(?:is|are) (?:a|an|the)|es (?:un|una|el|la)|é (?:um|uma|o|a)|est (?:un|une|le|la)"
    r"|ist (?:ein|eine|der|die|das)|è (?:un|una|uno|il|la|lo)|is een|är (?:en|ett)|er (?:en|et)"
    r"|este (?:un|o)|[—–-] это|adalah|merupakan|là (?:một|công cụ|thư viện|ứng dụng)"
)

# "Este proyecto …", "Ce projet …", "Dieses Projekt …", "Proyek ini …": "this project" (or its
# repository, app, library …) as the subject of a sentence, in the languages with spaces…
THIS_PROJECT = (
    r"este (?:proyecto|repositorio|programa|sistema|projeto|repositório|trabajo|trabalho)"
    r"|esta (?:aplicación|aplicação|herramienta|ferramenta|biblioteca|librería|api)"
    r"|ce (?:projet|dépôt|programme|logiciel|module)|cette (?:application|bibliothèque|librairie|api)"
    r"|dieses (?:projekt|repository|repo|programm|tool|paket|plugin)|diese (?:anwendung|bibliothek|app|erweiterung)"
    r"|questo (?:progetto|repository|programma)|questa (?:applicazione|libreria)"
    r"|dit (?:project|programma|pakket)|deze (?:applicatie|app|bibliotheek|repository|repo|tool)"
    r"|det här (?:projektet|repot)|detta (?:projekt|repo)|tento (?:projekt|repozitář)|tato (?:aplikace|knihovna)"
    r"|ten (?:projekt|program)|to repozytorium|ta (?:aplikacja|biblioteka)"
    r"|этот (?:проект|репозиторий|бот)|это приложение|эта (?:программа|библиотека)|данный проект"
    r"|цей (?:проєкт|проект|репозиторій)|ця (?:програма|бібліотека)"
    r"|(?:proyek|repositori|aplikasi|repo) ini|dự án này|ứng dụng này"
    # "Il progetto consiste nella …", "El proyecto es …": "the project", as English's SELF reads it.
    r"|(?:el|o|le|das|il|het) (?:proyecto|projeto|projet|projekt|progetto|project)"
    r"|(?:la|a) (?:aplicación|aplicação|application|applicazione)"
    # "Проект представляет собой …", "Projekt jest …": with no article, the bare noun is "the project".
    r"|проект|проєкт|projekt"
)
# …and what it does there: "permite", "bietet", "позволяет" (the verb "to be" is `IS`).
DOES = (
    r"permite|ofrece|proporciona|contiene|implementa|consiste|busca|pretende|tiene como objetivo"
    r"|oferece|fornece|contém|visa|tem como objetivo|permet|propose|offre|fournit|contient|implémente|vise"
    r"|ermöglicht|bietet|enthält|implementiert|permette|fornisce|biedt|bevat|erbjuder|innehåller"
    r"|umožňuje|obsahuje|pozwala|zawiera|umożliwia|позволяет|предоставляет|содержит|реализует|представляет собой"
    r"|дозволяє|містить|memungkinkan|menyediakan|berisi|bertujuan|cho phép|cung cấp|chứa"
    r"|ayuda|ajuda|aide|hilft|aiuta|helpt|hjälper|помогает|допомагає|pomaga|membantu|giúp"  # "helps"
)
# "This tool provides …", "Kassa helps small shops …": what a project does, in English, said of it by
# name or as "this project" (the other languages' are `DOES`).
DOES_EN = (
    r"provides|lets|allows|helps|enables|implements|offers|aims|gives|makes|turns|keeps|brings|tracks|manages"
    r"|automates|generates|converts|simplifies|streamlines"
)
# "本项目是 …", "このプロジェクトは …", "이 프로젝트는 …": the same subject and its verb or particle,
# in Chinese, Japanese and Korean.
THIS_PROJECT_CJK = (
    r"(?:本|该|該|此)(?:项目|項目|仓库|倉庫|程序|工具)|这个项目|這個項目"
    r"|(?:この|本)(?:プロジェクト|リポジトリ)|このツール|このアプリ|(?:이|본) (?:프로젝트|저장소|레포지토리)"
)
# Japanese and Korean mark the subject with a particle, then say anything: not what was done
# with it ("이 프로젝트는 … 해커톤에서 … 진행했습니다.", carried out at a hackathon), in the past tense.
THIS_PROJECT_CJK_SAYS = (
    r"是|旨在|提供|包含|实现|實現|用于|用於"
    r"|(?:は|는|은)(?![^。.!?]{0,120}(?:했습니다|었습니다|았습니다|ました|でした|했다|었다))"
)

# "Esta es una …", "C'est un …", "Das ist ein …", "Đây là …": "this is a", in the languages with an
# article (Russian's "Это …" opens as many sentences that say something else).
THIS_IS_A = (
    r"(?:esta|este|esto) es (?:un|una|el|la)|(?:esta|este|isto) é (?:um|uma|o|a)|c['’]est (?:un|une|le|la)"
    r"|ceci est (?:un|une)|(?:das|dies) ist (?:ein|eine|der|die|das)|(?:questo|questa) è (?:un['’]|una|uno|un|il|la|lo)"
    r"|dit is (?:een|de|het)|(?:det här|detta) är (?:en|ett)|(?:toto|tohle) je|ini adalah|đây là"
)
# "这是一个 …", "これは … です。", "이것은 … 입니다": the same in Chinese (with its measure word),
# Japanese and Korean, where it may end the sentence.
THIS_IS_A_CJK = r"(?:这|這)是一(?:个|個|款|套|份)|これは[^。！？]{2,80}(?:です|である)|이것은 [^.!?]{2,80}입니다"

# "A …", "Una herramienta …", "Ein Werkzeug …", "一个 …": a paragraph opening as a kind of thing, in
# the languages with an indefinite article ("en" and "um" open other things in Spanish and German).
A_KIND = r"an?|un|une|una|uno|uma|ein|eine|een|ett"
A_KIND_CJK = r"一(?:个|個|款|套|种|種)"

# "El objetivo de este proyecto es …", "Das Ziel dieses Projekts ist …", "本项目的目标是 …": "the goal of
# this project is", abroad (English's own is `excerpt_self.PURPOSE`).
GOAL_OF_IT = (
    r"(?:el|mi|nuestro) (?:objetivo|propósito|fin) (?:principal )?(?:de|del) (?:este|esta|el|la) \w+ es"
    r"|la (?:finalidad|meta) (?:de|del) (?:este|esta|el|la) \w+ es"
    r"|(?:o|meu|nosso) (?:objetivo|propósito) (?:principal )?(?:deste|desta|do|da) \w+ (?:é|foi)"
    r"|a finalidade (?:deste|desta|do|da) \w+ é"
    r"|(?:le|mon|notre) (?:but|objectif) (?:principal )?(?:de ce|de cette|du|de la) \w+ est"
    r"|l['’]objectif (?:de ce|de cette|du|de la) \w+ est"
    r"|(?:das|mein|unser) ziel (?:dieses|des|dieser|der) \w+ ist|der zweck (?:dieses|des|dieser|der) \w+ ist"
    r"|(?:lo scopo|l['’]obiettivo|il fine) (?:di questo|di questa|del|della) \w+ è"
    r"|het doel van (?:dit|het|deze) \w+ is|(?:målet|syftet) med (?:det här|detta) \w+ är"
    r"|цель (?:этого |данного )?\w+ (?:[—–-]|является|заключается)|целью (?:этого |данного )?\w+ является"
    r"|мета (?:цього |даного )?\w+ (?:[—–-]|полягає)|celem (?:tego |niniejszego )?\w+ jest|cílem (?:tohoto )?\w+ je"
    r"|bu (?:projenin|uygulaman\u0131n) amac\u0131|tujuan (?:dari )?(?:proyek|aplikasi|repositori) ini"
    r"|mục (?:tiêu|đích) của (?:dự án|ứng dụng) này là"
)
GOAL_OF_IT_CJK = r"(?:本|该|該|这个|這個)(?:项目|項目)的(?:目标|目標|目的|宗旨)是|(?:この|本)プロジェクトの(?:目的|目標)は|이 프로젝트의 (?:목표|목적)[는은]"

# "documentation", "docs", "Dokumentation", "文档": the docs, by name.
DOCS = (
    r"documentation|docs|documentación|documentação|dokumentation|documentazione|documentatie|dokumentacja"
    r"|dokümantasyon|dokumentasi|документаци[яю]|документаці[яю]|tài liệu|文档|文檔|ドキュメント|문서"
)
# "folder", "carpeta", "Ordner", "目录": where files are kept.
FOLDER = (
    r"folder|directory|dir|carpeta|directorio|pasta|diretório|dossier|répertoire|ordner|verzeichnis|cartella"
    r"|mapje|map|mappen|папк[еаи]|теці|папці|folderze|katalogu|klasör\w*|thư mục|目录|目錄|文件夹|フォルダ|디렉토리|폴더"
)
# "below", "abaixo", "ci-dessous", "ниже", "以下": what follows, pointed at.
BELOW = (
    r"below|the following|as follows|abajo|a continuación|abaixo|a seguir|ci-dessous|suivantes?|unten|folgenden?"
    r"|nachfolgend\w*|qui sotto|di seguito|hieronder|nedan|ниже|нижче|poniż\w+|aşa\u011f\u0131da\w*|di bawah|dưới đây|sau đây"
)
BELOW_CJK = r"以下|下面|如下|下記|아래"

# "Here are …", "Aquí hay …", "Voici …", "Вот …", "以下是 …": pointing at what is shown next.
HERE_ARE = (
    r"here (?:are|is)|below (?:are|is)|aquí (?:hay|están|tienes|puedes ver)|aqui (?:estão|está|tem)|voici|voilà"
    r"|hier (?:sind|ist|seht ihr)|ecco|вот|ось|oto|berikut|以下是|下面是"
)
# "screenshots", "capturas de pantalla", "captures d'écran", "截图": pictures of the app.
SCREENSHOTS = (
    r"screenshots?|screen shots?|capturas? de (?:pantalla|tela)|captures? d['’]écran|bildschirmfotos?|schermate"
    r"|скриншот\w*|снимк\w* экрана|знімк\w* екрана|zrzut\w* ekranu|tangkapan layar|ảnh chụp màn hình"
    r"|截图|截圖|スクリーンショット|스크린샷"
)
# "demo", "démo", "демо", "演示": a running copy to try.
DEMO = r"demo|démo|démonstration|demostración|demonstração|демо|демонстраци\w+|演示|デモ|데모"
# "available", "disponible", "verfügbar", "доступно", "上线": to be had, online.
AVAILABLE = (
    r"available|online|disponible|disponível|verfügbar|disponibile|beschikbaar|tersedia|доступн\w*|dostępn\w*"
    r"|上线|在线|公開|オンライン|공개"
)
