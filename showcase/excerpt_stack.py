"""The stack a project is made of, said instead of what it is: "The website is built using HTML, CSS
…", "This project uses React and Redux.", "Backend Laravel 8 + PHP 7.4 …", "При разработке использовался
…". `excerpt_never` asks `STACK` and `ROLES_STACK`.
"""

from __future__ import annotations

import re

# "The website is built using HTML, CSS, JavaScript and …": the stack it is made of, not what it is.
_NAME = r"(?:[A-Z0-9][\w.+#-]*|[\w-]+\.[\w.]+)"
STACK = re.compile(
    r"^(the|this) (website|site|app|application|project|page) (is|was) (built|made|developed|written) (using|with)\b"
    # "This project uses Typescript and p5.js.", "Projektet använder sig av …": names of its stack, no more.
    rf"|^(this |the |este |el |o )?(project|proyecto|projeto|projektet|app) (uses|utiliza|usa|använder( sig av)?)"
    rf" {_NAME}((,| and| och| y| e| &) {_NAME}){{0,5}}([.!](\s|$)|$)"
    # "Nasz projekt wykorzystuje Laravel jako backend i React jako frontend.", "Our project uses Laravel as
    # the backend …": the parts of the stack and their places, in five languages.
    r"|^(our|this|the|nasz|ten|nuestro|este|el|nosso|o|unser|das|notre|ce|le) (project|app|application|system|website"
    r"|projekt|proyecto|projeto|projet|aplicación|aplicativo|aplikacja) (uses|utilizes|wykorzystuje|używa|utiliza|usa"
    r"|nutzt|verwendet|utilise)\b[^.!?]{1,60}?\b(as|jako|como|als|comme) (the |el |o |der |le )?(back-?end|front-?end)\b"
    # "The project is built on Laravel.", "Este projeto foi desenvolvido com React.", "本项目主要基于 Nuxt.js
    # 搭建。", "このプロジェクトは Next.js で構築されています。": what it was built with, and no more.
    r"|^(the|this) (website|site|app|application|project|page) (is|was) (built|made|developed|written) (on|in) [^.!?]{1,40}[.!]?$"
    r"|^(este|esse|o|el) (projeto|proyecto|site|sitio|app|aplicativo|aplicación) (foi|fue|é|es|está) (desenvolvido"
    r"|desarrollado|feito|hecho|construído|construido|criado|creado) (com|con|usando|utilizando|em|en) "
    # Version numbers ("Spring Boot 3.1.0") are no sentence's end; a purpose ("para …", "que …") makes a
    # description of it.
    r"(?:(?!\b(para|que|objetivo|intuito|finalidad|finalidade)\b)(?:[^.!?]|(?<=\d)\.(?=\d))){1,80}[.!]?$"
    r"|^(ce|le) (projet|site|application) (est|a été) (développé|réalisé|construit|créé|fait)e? (avec|en|sous) [^.!?]{1,40}[.!]?$"
    r"|^(dieses|das) (projekt|app|programm) (wurde|ist) mit [^.!?]{1,40} (entwickelt|erstellt|gebaut|umgesetzt)( worden)?[.!]?$"
    r"|^(本|该|該|这个|這個)?(项目|項目|专案|專案|系统|系統|工程)?(主要)?(基于|基於|使用|采用|採用)[^、，,。的]{1,40}"
    r"(搭建|开发|開發|构建|構建|实现|實現|编写|編寫)(而成)?(的(项目|項目|工程|应用|應用|程序|示例))?[。.!！]?$"
    r"|^(この|本)?(プロジェクト|アプリ|リポジトリ)は[^、。]{1,40}(で|を使って|を用いて)(構築|開発|作成|実装)"
    r"(されています|しました|されました|しています)[。.!！]?$"
    # "We use NGXS as the state manager.", "Ми використовуємо в якості менеджера стану NGXS.", "我们使用 NGXS
    # 作为状态管理器。": a part of the stack and its role, in any language.
    r"|^(we use|usamos|utilizamos|nous utilisons|wir (verwenden|nutzen|benutzen)|usiamo|utilizziamo|we gebruiken"
    r"|мы используем|ми використовуємо|używamy|kami menggunakan)\b[^.!?]{0,60}\b(as|como|comme|als|come|в качестве"
    r"|в якості|як|jako|sebagai)\b|^我们(使用|用)[^，。,]{1,30}作为"
    # "Docker se utiliza para ejecutar el backend …", "El frontend se ejecuta con Node.js.": what runs a part.
    rf"|^{_NAME} (se utiliza|se usa|is used|é usado|é utilizado|est utilisé|wird verwendet) (para|to|for|pour|um) (ejecutar"
    r"|correr|levantar|executar|rodar|run|running|build|building|deploy|deploying|lancer|exécuter)\b"
    r"|^(the|el|o|le|das) (front-?end|back-?end|api|server|servidor|client|cliente) (se ejecuta|runs|roda|é executado"
    r"|s'exécute|läuft) (con|with|on|em|com|avec|mit|en) [^.!?]{1,30}[.!]?$"
    # "Проект написан по методологии Feature sliced design", "The project follows the
    # MVVM architecture.": the method it was built by.
    r"|^((the|this) )?(project|app|application|code|проект|приложение|код|projeto|proyecto|projet)\s(is written|follows|uses|"
    r"написан|построен|следует|segue|sigue|suit)\b[^.!?]{0,40}\b(methodology|architecture|pattern|principles|методологи\w*"
    r"|архитектур\w*|паттерн\w*|принцип\w*|arquitetura|arquitectura|metodologia|metodología)\b"
    # "При разработке использовался Сервис-Репозиторный подход.", "Для организации frontend использовались
    # Laravel-компоненты.", "Разработка велась … помощью laravel/sail": what was used to build it.
    r"|^[^.!?]{0,40}(использовал(ся|ась|ось|ись)|применял(ся|ась|ось|ись)|велась \u0441 помощью)\b"
    r"|^(during development|for the (front-?end|back-?end)|development was done)\b[^.!?]{0,60}\b(was|were) (used|done)\b",
    re.IGNORECASE,
)


# "Backend Laravel 8 + PHP 7.4 + PostgreSQL 12.7 Frontend React + Vite": each part and what it is made
# of, names and versions joined by pluses, and nothing of what the project is.
_ROLE = r"(?i:back-?end|front-?end|database|banco de dados|base de datos|server|servidor|client|cliente|mobile|api)"
_PART = rf"{_NAME}( \d[\w.]*)?"
ROLES_STACK = re.compile(rf"^(?=.*[+,/&])({_ROLE}\s*[:：—–-]?\s+{_PART}(\s*[+,/&]\s*{_PART})*\s*)+$")
