"""One README shape written many ways: a line over a description, context before the project, the
same notice, label, step or greeting in the languages READMEs are written in, each run before any
rule was written for it (a "probe") and kept here as a table of cases.

`tests/test_excerpt.py` holds the rest of the extractor's tests, most from a README met in the corpus.
"""

from __future__ import annotations

import pytest

from showcase.excerpt import extract

# The description the lines tried in other languages are set above.
_STOCK_APP = "Uma aplicação para controle de estoque."


def _over_the_stock_app(line: str) -> str:
    """The excerpt of a README whose first paragraph is `line` and whose second is `_STOCK_APP`."""
    return extract(f"# app\n\n{line}\n\n{_STOCK_APP}\n")


@pytest.mark.parametrize(
    "label",
    [
        "Curso: Análise e Desenvolvimento de Sistemas",
        "Integrantes: João, Maria e Pedro",
        "Студент: Иван Петров, группа ИВТ-21",
    ],
)
def test_a_course_or_team_label_over_coursework_is_never_the_description(label):
    assert _over_the_stock_app(label) == _STOCK_APP


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        (
            "यह एक वेब एप्लिकेशन है जो खर्चों को ट्रैक करता है। इसे React से बनाया गया है।",
            "यह एक वेब एप्लिकेशन है जो खर्चों को ट्रैक करता है।",
        ),
        ("খরচ ট্র্যাক করার জন্য একটি ওয়েব অ্যাপ। এটি React দিয়ে তৈরি।", "খরচ ট্র্যাক করার জন্য একটি ওয়েব অ্যাপ।"),
        ("اخراجات کو ٹریک کرنے کے لیے ایک ویب ایپ۔ React سے بنائی گئی۔", "اخراجات کو ٹریک کرنے کے لیے ایک ویب ایپ۔"),
        (
            "تطبيق ويب لتتبع النفقات الشخصية. تم بناؤه باستخدام React. يدعم عدة لغات.",
            "تطبيق ويب لتتبع النفقات الشخصية.",
        ),
        ("אפליקציית ווב למעקב אחר הוצאות. נבנתה עם React.", "אפליקציית ווב למעקב אחר הוצאות."),
        (
            "ვებ აპლიკაცია ხარჯების თვალყურის დევნებისთვის. შექმნილია React-ით.",
            "ვებ აპლიკაცია ხარჯების თვალყურის დევნებისთვის.",
        ),
        ("Վեբ հավելված ծախսերը հետևելու համար։ Կառուցված է React-ով։", "Վեբ հավելված ծախսերը հետևելու համար։"),
        ("ወጪዎችን ለመከታተል የድር መተግበሪያ። በReact የተሰራ።", "ወጪዎችን ለመከታተል የድር መተግበሪያ።"),
        ("ကုန်ကျစရိတ်များကို ခြေရာခံရန် ဝဘ်အက်ပ်။ React ဖြင့် တည်ဆောက်ထားသည်။", "ကုန်ကျစရိတ်များကို ခြေရာခံရန် ဝဘ်အက်ပ်။"),
        # A zero-width non-joiner is part of the Persian word, and a joiner part of the emoji.
        ("یک برنامه وب برای پیگیری هزینه\u200cها. با React ساخته شده است.", "یک برنامه وب برای پیگیری هزینه\u200cها."),
        ("A web app for 👩\u200d💻 developers. Built with React.", "A web app for 👩\u200d💻 developers."),
    ],
)
def test_the_excerpt_is_one_sentence_in_scripts_without_capitals_and_with_full_stops_of_their_own(paragraph, sentence):
    assert extract(f"# app\n\n{paragraph}\n") == sentence


@pytest.mark.parametrize(
    "welcome",
    ["Bienvenue sur Estoque !", "Bem-vindo ao Estoque!", "Добро пожаловать в Estoque!", "Selamat datang di Estoque!"],
)
def test_a_welcome_in_other_languages_is_a_greeting(welcome):
    assert extract(f"# Estoque\n\n{welcome}\n\n{_STOCK_APP}\n") == _STOCK_APP
    assert extract(f"# Estoque\n\n{welcome} {_STOCK_APP}\n") == _STOCK_APP


@pytest.mark.parametrize(
    ("hello", "sentence"),
    [
        # Lovage35/python (part 704): hello, then what the files are.
        ("Привіт! ", "Тут я залишив файли для перевірки лабораторних."),
        ("Привет! ", "Это мой проект для учёбы."),
        ("Hola! ", "Este es un bot de Discord."),
        ("Salut ! ", "Ceci est mon site."),
        ("Hallo! ", "Das ist ein Bot für Discord."),
        ("大家好！", "这是一个记账软件。"),
        ("안녕하세요! ", "이 저장소는 가계부 앱입니다."),
    ],
)
def test_hello_in_other_languages_is_a_greeting(hello: str, sentence: str) -> None:
    assert extract(f"# app\n\n{hello}{sentence}\n") == sentence


@pytest.mark.parametrize(
    "aside",
    [
        "Nota: o projeto usa Java 17.",
        "Hinweis: Das Projekt benötigt Java 17.",
        "Remarque : le projet nécessite Java 17.",
        "Примечание: проект требует Java 17.",
        "참고: 이 프로젝트는 Java 17이 필요합니다.",
        "O projeto ainda está em desenvolvimento.",
        "Проект ещё в разработке.",
        "项目仍在开发中。",
        "Proyek ini masih dalam pengembangan.",
        "Projeto desenvolvido por João Silva.",
        "Проект разработан Иваном Петровым.",
        "Project developed by John Smith.",
    ],
)
def test_a_note_a_stage_or_a_byline_in_other_languages_gives_way_to_the_description(aside):
    assert _over_the_stock_app(aside) == _STOCK_APP


@pytest.mark.parametrize(
    "aside",
    [
        "Veja a documentação em https://docs.example.com.",
        "Lihat dokumentasi di https://docs.example.com.",
        "Este README explica como rodar o projeto.",
        "Dieses README beschreibt die Installation.",
        "Этот README описывает установку.",
        "本文档介绍如何运行项目。",
        "Feito com ❤️ por João",
        "Hecho con ❤️ por Juan",
        "¡Dale una ⭐ si te gustó!",
        "Если понравилось, поставьте ⭐",
        "気に入ったら⭐をお願いします",
    ],
)
def test_pointers_readme_talk_credits_and_star_requests_in_other_languages_give_way(aside):
    assert _over_the_stock_app(aside) == _STOCK_APP


@pytest.mark.parametrize(
    ("setup", "question", "description"),
    [
        ("Instalación", "¿Qué es Estoque?", "Una aplicación para gestionar el inventario."),
        ("Instalação", "O que é o Estoque?", "Uma aplicação para controle de estoque."),
        ("Installation", "Was ist Estoque?", "Eine Anwendung zur Lagerverwaltung."),
        ("Установка", "Что такое Estoque?", "Приложение для учёта склада."),
        ("インストール", "Estoque とは？", "在庫を管理するアプリです。"),
        ("설치", "Estoque란?", "재고를 관리하는 앱입니다."),
        ("Instalacja", "Czym jest Estoque?", "Aplikacja do zarządzania magazynem."),
    ],
)
def test_what_is_it_asked_in_other_languages_is_answered_by_the_description(setup, question, description):
    readme = f"# Estoque\n\n## {setup}\n\n`npm install`\n\n## {question}\n\n{description}\n"
    assert extract(readme) == description


@pytest.mark.parametrize(
    ("pitch", "answer"),
    [
        (
            "Você já perdeu suas chaves?",
            "KeyFinder é um pequeno aplicativo que ajuda você a encontrá-las com etiquetas Bluetooth.",
        ),
        (
            "¿Cansado de perder tus llaves?",
            "KeyFinder es una pequeña aplicación que te ayuda a encontrarlas con etiquetas Bluetooth.",
        ),
        (
            "Schon wieder die Schlüssel verloren?",
            "KeyFinder ist eine kleine App, die dir hilft, sie mit Bluetooth-Tags zu finden.",
        ),
        (
            "Устали терять ключи?",
            "KeyFinder — это небольшое приложение, которое помогает найти их с помощью Bluetooth-меток.",
        ),
        ("总是找不到钥匙？", "KeyFinder 是一个通过蓝牙标签帮你找到钥匙的小应用。"),
        ("鍵をよくなくしますか？", "KeyFinder は Bluetooth タグで鍵を見つける小さなアプリです。"),
    ],
)
def test_a_question_put_to_the_reader_in_other_languages_gives_way_to_its_answer(pitch, answer):
    assert extract(f"# KeyFinder\n\n{pitch} {answer}\n") == answer


@pytest.mark.parametrize(
    "disclaimer",
    [
        "Este projeto não é afiliado à Nintendo.",
        "Ce projet n'est pas affilié à Nintendo.",
        "Dieses Projekt steht in keiner Verbindung zu Nintendo.",
        "Этот проект не связан с Nintendo.",
        "本项目与任天堂无关。",
    ],
)
def test_what_the_project_is_not_in_other_languages_gives_way(disclaimer):
    assert _over_the_stock_app(disclaimer) == _STOCK_APP


@pytest.mark.parametrize(
    "sentence",
    [
        "Ein Werkzeug für z.B. Bilder und Videos, das Dateien nach Datum sortiert.",
        "Uma ferramenta para, p.ex. Imagens e vídeos, organizar arquivos por data.",
        "Una herramienta para, p. ej. Imágenes y videos, ordenar archivos por fecha.",
        "Un outil pour, p. ex. Images et vidéos, trier les fichiers par date.",
    ],
)
def test_abbreviations_of_other_languages_end_no_sentence(sentence):
    assert extract(f"# app\n\n{sentence} Second sentence here.\n") == sentence


@pytest.mark.parametrize(
    ("label", "description"),
    [
        ("Opis:", "Aplikacja do zarządzania magazynem."),
        ("Deskripsi:", "Aplikasi untuk mengelola stok."),
        ("Mô tả:", "Ứng dụng quản lý kho hàng."),
        ("Sobre:", "Uma aplicação para controle de estoque."),
        ("Objetivo:", "Criar uma aplicação para controle de estoque."),
        ("Descrizione:", "Un'applicazione per il magazzino."),
    ],
)
def test_a_description_label_in_more_languages_is_not_quoted(label, description):
    assert extract(f"# app\n\n{label} {description}\n") == description


@pytest.mark.parametrize(
    "readme",
    [
        # Louis3797's awesome-readme-template, scottydocs' README-template, jehna's readme-best-practices.
        '<div align="center">\n  <h1>Awesome Readme Template</h1>\n  <p>\n    An awesome README template for your '
        "projects!\n  </p>\n</div>\n",
        "# Project Name\n\nProject Name is a `<utility/tool/feature>` that allows `<insert_target_audience>` to do "
        "`<action/task_it_does>`.\n\nAdditional line of information text about what the project does.\n",
        "# Project name\n> Additional information or tagline\n\nA brief description of your project, what it is used "
        "for and how does life get awesome when using it.\n\n## Installing / Getting started\n\nA quick introduction "
        "of the minimal setup you need to get a hello world up & running.\n",
    ],
)
def test_more_readme_templates_blanks_are_never_the_description(readme):
    assert extract(readme) == ""


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Sistema de Gestão Escolar", "Um sistema para gerenciar alunos e turmas."),
        ("Sistema de Gestión de Inventario", "Una aplicación para gestionar el inventario."),
        ("Gestion des Stocks", "Une application pour gérer le stock."),
        ("Verwaltung der Mitglieder", "Eine Web-App zur Verwaltung von Vereinsmitgliedern."),
    ],
)
def test_a_first_line_title_in_other_languages_is_not_part_of_the_description(title, description):
    assert extract(f"{title}\n{description}\n") == description


@pytest.mark.parametrize(
    "step",
    [
        "Clone o repositório e instale as dependências.",
        "Clona el repositorio e instala las dependencias.",
        "Clonez le dépôt et installez les dépendances.",
        "Klone das Repository und installiere die Abhängigkeiten.",
        "Клонируйте репозиторий и установите зависимости.",
        "克隆仓库并安装依赖。",
        "リポジトリをクローンして依存関係をインストールします。",
        "저장소를 클론하고 의존성을 설치하세요.",
        "Sklonuj repozytorium i zainstaluj zależności.",
    ],
)
def test_cloning_the_repository_in_other_languages_is_a_step(step):
    assert _over_the_stock_app(step) == _STOCK_APP


@pytest.mark.parametrize(
    "step",
    [
        "Abre http://localhost:3000 en el navegador.",
        "Acesse http://localhost:3000 para ver o projeto.",
        "Ouvrez http://localhost:3000 dans le navigateur.",
        "Não se esqueça de rodar as migrations.",
        "N'oubliez pas de lancer les migrations.",
        "Vergiss nicht, die Migrationen auszuführen.",
        "Не забудьте запустить миграции.",
    ],
)
def test_a_local_address_or_a_reminder_in_other_languages_is_a_step(step):
    assert _over_the_stock_app(step) == _STOCK_APP


@pytest.mark.parametrize(
    "stack",
    [
        "Desenvolvido com React e Node.",
        "Desarrollado con React y Node.",
        "Entwickelt mit React und Node.",
        "使用 React 和 Node 开发。",
        "React と Node で開発しました。",
        "React와 Node로 개발했습니다.",
    ],
)
def test_what_it_was_built_with_in_other_languages_gives_way(stack):
    assert _over_the_stock_app(stack) == _STOCK_APP


@pytest.mark.parametrize(
    "description",
    [
        "使用 React 开发的库存管理系统，支持多仓库。",
        "React로 만든 재고 관리 웹 서비스입니다.",
        "在庫を管理するためのWebアプリで、React と Node で開発しました。",
    ],
)
def test_a_description_that_names_its_stack_on_the_way_still_counts(description):
    assert extract(f"# app\n\n{description}\n") == description


@pytest.mark.parametrize(
    "licence",
    [
        "本项目基于 MIT 协议开源。",
        "このプロジェクトは MIT ライセンスです。",
        "이 프로젝트는 MIT 라이선스를 따릅니다.",
        "Questo progetto è rilasciato sotto licenza MIT.",
        "Projekt jest dostępny na licencji MIT.",
    ],
)
def test_a_licence_line_in_more_languages_gives_way(licence):
    assert _over_the_stock_app(licence) == _STOCK_APP


# Context, then the project saying what it is: "Small shops … on paper. / This project is a web app …",
# in eighteen languages ("This is a …" where the language has a word for it that opens nothing else).
_CONTEXT_THEN_ITSELF = [
    (
        "en",
        "Small shops often keep their accounts on paper, and mistakes are common.",
        "This project is a web app that keeps the till of small shops.",
    ),
    (
        "en",
        "Small shops often keep their accounts on paper, and mistakes are common.",
        "This is a web app that keeps the till of small shops.",
    ),
    (
        "es",
        "Las tiendas pequeñas suelen llevar sus cuentas en papel, y los errores son comunes.",
        "Este proyecto es una aplicación web que lleva la caja de tiendas pequeñas.",
    ),
    (
        "es",
        "Las tiendas pequeñas suelen llevar sus cuentas en papel, y los errores son comunes.",
        "Esta es una aplicación web que lleva la caja de tiendas pequeñas.",
    ),
    (
        "pt",
        "As lojas pequenas costumam manter as contas em papel, e os erros são comuns.",
        "Este projeto é uma aplicação web que controla o caixa de lojas pequenas.",
    ),
    (
        "pt",
        "As lojas pequenas costumam manter as contas em papel, e os erros são comuns.",
        "Esta é uma aplicação web que controla o caixa de lojas pequenas.",
    ),
    (
        "fr",
        "Les petits commerces tiennent souvent leurs comptes sur papier, et les erreurs sont fréquentes.",
        "Ce projet est une application web qui tient la caisse des petits commerces.",
    ),
    (
        "fr",
        "Les petits commerces tiennent souvent leurs comptes sur papier, et les erreurs sont fréquentes.",
        "C'est une application web qui tient la caisse des petits commerces.",
    ),
    (
        "de",
        "Kleine Läden führen ihre Konten oft auf Papier, und Fehler sind häufig.",
        "Dieses Projekt ist eine Web-App, die die Kasse kleiner Läden führt.",
    ),
    (
        "de",
        "Kleine Läden führen ihre Konten oft auf Papier, und Fehler sind häufig.",
        "Das ist eine Web-App, die die Kasse kleiner Läden führt.",
    ),
    (
        "it",
        "I piccoli negozi tengono spesso i conti su carta, e gli errori sono frequenti.",
        "Questo progetto è un'applicazione web che gestisce la cassa dei piccoli negozi.",
    ),
    (
        "it",
        "I piccoli negozi tengono spesso i conti su carta, e gli errori sono frequenti.",
        "Questa è un'applicazione web che gestisce la cassa dei piccoli negozi.",
    ),
    (
        "nl",
        "Kleine winkels houden hun boekhouding vaak op papier bij, en fouten komen vaak voor.",
        "Dit project is een webapp die de kassa van kleine winkels bijhoudt.",
    ),
    (
        "nl",
        "Kleine winkels houden hun boekhouding vaak op papier bij, en fouten komen vaak voor.",
        "Dit is een webapp die de kassa van kleine winkels bijhoudt.",
    ),
    (
        "ru",
        "Небольшие магазины часто ведут учёт на бумаге, и ошибки случаются часто.",
        "Этот проект — веб-приложение для ведения кассы небольших магазинов.",
    ),
    (
        "uk",
        "Невеликі магазини часто ведуть облік на папері, і помилки трапляються часто.",
        "Цей проєкт — вебзастосунок для ведення каси невеликих магазинів.",
    ),
    (
        "pl",
        "Małe sklepy często prowadzą rachunki na papierze, a błędy są częste.",
        "Ten projekt to aplikacja webowa do prowadzenia kasy małych sklepów.",
    ),
    (
        "tr",
        "Küçük dükkanlar hesaplarını genellikle kâğıt üzerinde tutar ve hatalar yaygındır.",
        "Bu proje, küçük dükkanların kasasını tutan bir web uygulamasıdır.",
    ),
    (
        "id",
        "Toko kecil sering mencatat keuangan di kertas, dan kesalahan sering terjadi.",
        "Proyek ini adalah aplikasi web untuk mencatat kas toko kecil.",
    ),
    (
        "id",
        "Toko kecil sering mencatat keuangan di kertas, dan kesalahan sering terjadi.",
        "Ini adalah aplikasi web untuk mencatat kas toko kecil.",
    ),
    (
        "vi",
        "Các cửa hàng nhỏ thường ghi sổ sách trên giấy, và sai sót rất phổ biến.",
        "Dự án này là một ứng dụng web để quản lý quỹ của cửa hàng nhỏ.",
    ),
    (
        "vi",
        "Các cửa hàng nhỏ thường ghi sổ sách trên giấy, và sai sót rất phổ biến.",
        "Đây là một ứng dụng web để quản lý quỹ của cửa hàng nhỏ.",
    ),
    ("zh", "小商店通常在纸上记账，错误很常见。", "本项目是一个用于管理小商店收银的网页应用。"),
    ("zh", "小商店通常在纸上记账，错误很常见。", "这是一个用于管理小商店收银的网页应用。"),
    (
        "ja",
        "小さな店はよく紙で帳簿をつけていて、ミスがよく起こります。",
        "このプロジェクトは小さな店のレジを管理するウェブアプリです。",
    ),
    (
        "ja",
        "小さな店はよく紙で帳簿をつけていて、ミスがよく起こります。",
        "これは小さな店のレジを管理するウェブアプリです。",
    ),
    (
        "ko",
        "작은 가게들은 종종 종이에 장부를 기록하고, 실수가 자주 발생합니다.",
        "이 프로젝트는 작은 가게의 계산대를 관리하는 웹 앱입니다.",
    ),
    (
        "ko",
        "작은 가게들은 종종 종이에 장부를 기록하고, 실수가 자주 발생합니다.",
        "이것은 작은 가게의 계산대를 관리하는 웹 앱입니다.",
    ),
    (
        "sv",
        "Små butiker för ofta sina räkenskaper på papper, och fel är vanliga.",
        "Det här projektet är en webbapp som sköter kassan i små butiker.",
    ),
    (
        "sv",
        "Små butiker för ofta sina räkenskaper på papper, och fel är vanliga.",
        "Det här är en webbapp som sköter kassan i små butiker.",
    ),
    (
        "cs",
        "Malé obchody často vedou účetnictví na papíře a chyby jsou časté.",
        "Tento projekt je webová aplikace pro vedení pokladny malých obchodů.",
    ),
    (
        "cs",
        "Malé obchody často vedou účetnictví na papíře a chyby jsou časté.",
        "Toto je webová aplikace pro vedení pokladny malých obchodů.",
    ),
]


def _after_the_context(itself: str, lang: str = "en") -> str:
    """The excerpt of a README whose first paragraph is context ("Small shops often keep their accounts
    on paper …", in `lang`) and whose second is `itself`."""
    context = next(row[1] for row in _CONTEXT_THEN_ITSELF if row[0] == lang)
    return extract(f"# Kassa\n\n{context}\n\n{itself}\n\n## Install\n\nnpm i\n")


@pytest.mark.parametrize(("lang", "context", "itself"), _CONTEXT_THEN_ITSELF)
def test_the_paragraph_saying_what_the_project_is_beats_the_context_before_it_in_any_language(
    lang: str, context: str, itself: str
) -> None:
    assert extract(f"# Kassa\n\n{context}\n\n{itself}\n\n## Install\n\nnpm i\n") == itself, lang


# The same context, then the project's goal ("The goal of this project is to …") in eighteen languages.
_CONTEXT_THEN_GOAL = [
    ("en", "The goal of this project is to keep the till of small shops without paper."),
    ("es", "El objetivo de este proyecto es llevar la caja de tiendas pequeñas sin papel."),
    ("pt", "O objetivo deste projeto é controlar o caixa de lojas pequenas sem papel."),
    ("fr", "Le but de ce projet est de tenir la caisse des petits commerces sans papier."),
    ("de", "Das Ziel dieses Projekts ist es, die Kasse kleiner Läden ohne Papier zu führen."),
    ("it", "Lo scopo di questo progetto è gestire la cassa dei piccoli negozi senza carta."),
    ("nl", "Het doel van dit project is de kassa van kleine winkels zonder papier bij te houden."),
    ("ru", "Цель этого проекта — вести кассу небольших магазинов без бумаги."),
    ("uk", "Мета цього проєкту — вести касу невеликих магазинів без паперу."),
    ("pl", "Celem tego projektu jest prowadzenie kasy małych sklepów bez papieru."),
    ("tr", "Bu projenin amacı küçük dükkanların kasasını kâğıtsız tutmaktır."),
    ("id", "Tujuan proyek ini adalah mencatat kas toko kecil tanpa kertas."),
    ("vi", "Mục tiêu của dự án này là quản lý quỹ của cửa hàng nhỏ mà không cần giấy."),
    ("zh", "本项目的目标是让小商店无需纸张即可管理收银。"),
    ("ja", "このプロジェクトの目的は、小さな店のレジを紙なしで管理することです。"),
    ("ko", "이 프로젝트의 목표는 작은 가게의 계산대를 종이 없이 관리하는 것입니다."),
    ("sv", "Målet med det här projektet är att sköta kassan i små butiker utan papper."),
    ("cs", "Cílem tohoto projektu je vést pokladnu malých obchodů bez papíru."),
]


@pytest.mark.parametrize(("lang", "goal"), _CONTEXT_THEN_GOAL)
def test_the_projects_goal_beats_the_context_before_it_in_any_language(lang: str, goal: str) -> None:
    assert _after_the_context(goal, lang) == goal, lang


@pytest.mark.parametrize(
    "line",
    [
        "The documentation is in the docs folder.",
        "La documentación está en la carpeta docs.",
        "A documentação está na pasta docs.",
        "La documentation se trouve dans le dossier docs.",
        "Die Dokumentation befindet sich im Ordner docs.",
        "La documentazione si trova nella cartella docs.",
        "De documentatie staat in het mapje docs.",
        "Документация находится в папке docs.",
        "Документація знаходиться в теці docs.",
        "Dokumentacja znajduje się w folderze docs.",
        "Dokümantasyon docs klasöründedir.",
        "Dokumentasi ada di folder docs.",
        "Tài liệu nằm trong thư mục docs.",
        "文档位于 docs 目录中。",
        "ドキュメントは docs フォルダにあります。",
        "문서는 docs 폴더에 있습니다.",
        "The versioning cycle follows the convention below.",
        "El ciclo de versiones sigue la convención de abajo.",
        "O ciclo de versionamento da aplicação segue a convenção abaixo.",
        "Le cycle de versions suit la convention ci-dessous.",
        "Der Versionszyklus folgt der Konvention unten.",
        "Il ciclo di versioni segue la convenzione qui sotto.",
        "Цикл версий следует соглашению ниже.",
        "Cykl wersji jest zgodny z poniższą konwencją.",
        "版本周期遵循以下约定。",
        "バージョンのサイクルは以下の規約に従います。",
        "We use NGXS as the state manager.",
        "Usamos NGXS como gestor de estado.",
        "Usamos o NGXS como gerenciador de estado.",
        "Nous utilisons NGXS comme gestionnaire d'état.",
        "Wir verwenden NGXS als State-Manager.",
        "Usiamo NGXS come gestore dello stato.",
        "Мы используем NGXS в качестве менеджера состояния.",
        "Ми використовуємо в якості менеджера стану NGXS.",
        "Używamy NGXS jako menedżera stanu.",
        "我们使用 NGXS 作为状态管理器。",
    ],
)
def test_where_the_docs_are_a_lead_in_below_or_a_part_of_the_stack_is_never_the_description(line: str) -> None:
    # mve/huisnieuws-numbat: "De documentatie staat in het mapje /docs."; carlosanders/teste-frontend-
    # super-br: "O ciclo de versionamento da aplicação segue a convenção abaixo."; beeoclock/client-
    # panel-app: "Ми використовуємо в якості менеджера стану NGXS." Each in many languages.
    assert _over_the_stock_app(line) == _STOCK_APP


@pytest.mark.parametrize(
    "line",
    [
        "Made by Ana Souza.",
        "Hecho por Ana Souza.",
        "Feito por Ana Souza.",
        "Fait par Ana Souza.",
        "Gemacht von Ana Souza.",
        "Fatto da Ana Souza.",
        "Сделано Анной Соуза.",
        "Zrobione przez Anę Souzę.",
        "由 Ana Souza 制作。",
        "Ana Souza が作りました。",
        "Here are some screenshots of the app.",
        "Aquí hay algunas capturas de pantalla de la aplicación.",
        "Aqui estão algumas capturas de tela do aplicativo.",
        "Voici quelques captures d'écran de l'application.",
        "Hier sind einige Screenshots der App.",
        "Ecco alcuni screenshot dell'app.",
        "Вот несколько скриншотов приложения.",
        "Oto kilka zrzutów ekranu aplikacji.",
        "以下是应用的一些截图。",
        "アプリのスクリーンショットです。",
        "A live demo is available online.",
        "Hay una demo en vivo disponible.",
        "Uma demonstração está disponível online.",
        "Une démo est disponible en ligne.",
        "Eine Live-Demo ist online verfügbar.",
        "Una demo è disponibile online.",
        "Демо доступно онлайн.",
        "Demo jest dostępne online.",
        "在线演示已上线。",
        "デモはオンラインで公開しています。",
        "Work in progress.",
        "Trabajo en progreso.",
        "Trabalho em andamento.",
        "Travail en cours.",
        "In Arbeit.",
        "Lavori in corso.",
        "В разработке.",
        "Prace w toku.",
        "开发中。",
        "開発中です。",
        "Last updated: March 2024.",
        "Última actualización: marzo de 2024.",
        "Última atualização: março de 2024.",
        "Dernière mise à jour : mars 2024.",
        "Zuletzt aktualisiert: März 2024.",
        "Ultimo aggiornamento: marzo 2024.",
        "Последнее обновление: март 2024.",
        "Ostatnia aktualizacja: marzec 2024.",
        "最后更新：2024年3月。",
        "最終更新：2024年3月。",
    ],
)
def test_a_byline_screenshots_a_demo_online_its_stage_or_its_date_is_never_the_description(line: str) -> None:
    # English had each of these; the other languages fell through to the line itself.
    assert _over_the_stock_app(line) == _STOCK_APP


@pytest.mark.parametrize(
    "step",
    [
        "Open the project in Godot 4.4 and run the project.",
        "Abra o projeto no Android Studio e execute o app.",
        "Abre el proyecto en Unity y pulsa Play.",
        "Ouvrez le projet dans Visual Studio et lancez-le.",
        "Öffne das Projekt in IntelliJ und starte es.",
        "Откройте проект в Android Studio и запустите.",
        "用 Unity 打开项目并运行。",
    ],
)
def test_opening_the_project_in_an_editor_is_a_step(step: str) -> None:
    # Bl4ckh34d/ASCIIWorldGen: "TL;DR: Open the project in Godot 4.4 and run the project."
    assert _over_the_stock_app(step) == _STOCK_APP


@pytest.mark.parametrize(
    "note",
    [
        "EchoZero is now trimmed to the EZ2 app lane in this branch.",
        "There is a branch in the repository devA1 where the code for development lives.",
        "The master branch holds the stable version for production.",
        "Existe una rama en el repositorio devA1 donde se encuentra el código en desarrollo.",
        "Cette branche contient la version stable.",
        "In diesem Branch liegt die stabile Version.",
        "В этой ветке находится стабильная версия.",
        "该发布分支只保留运行所需文件。",
    ],
)
def test_what_a_branch_holds_is_never_the_description(note: str) -> None:
    # gdennen0/EchoZero, atijaguar/A1BACKEND, happytraveller-alone/Argus: the repository's upkeep.
    assert _over_the_stock_app(note) == _STOCK_APP


@pytest.mark.parametrize(
    "requirement",
    [
        "Kassa requires Python 3.11 or newer.",
        "Kassa requiere Node 18 o superior.",
        "Kassa benötigt mindestens Java 17.",
        "Kassa nécessite PHP 8.1.",
    ],
)
def test_what_it_needs_to_run_is_never_the_description(requirement: str) -> None:
    assert _over_the_stock_app(requirement) == _STOCK_APP


@pytest.mark.parametrize(
    "moved",
    [
        "This repository moved to Ramaze/ramaze.",
        "This project has moved to https://codeberg.org/ana/stock.",
        "My personal projects have moved HERE.",
        "Development has moved to GitLab.",
        "This repo has been migrated to stockapp/stock.",
        "Moved to stockapp/stock.",
        "Este repositorio se ha movido a stockapp/stock.",
        "Este repositório foi movido para stockapp/stock.",
        "Ce dépôt a été déplacé vers stockapp/stock.",
        "Dieses Repository ist umgezogen nach stockapp/stock.",
        "Questo repository è stato spostato su stockapp/stock.",
        "Репозиторий переехал в stockapp/stock.",
        "Repozytorium zostało przeniesione do stockapp/stock.",
        "本仓库已迁移至 stockapp/stock。",
        "このリポジトリは stockapp/stock に移動しました。",
        "이 저장소는 stockapp/stock 으로 이전되었습니다.",
    ],
)
def test_a_repository_that_moved_is_a_notice_before_the_description(moved: str) -> None:
    # manveru/ramaze: "This repository moved to Ramaze/ramaze."; the same news, in nine languages.
    assert _over_the_stock_app(moved) == _STOCK_APP


@pytest.mark.parametrize(
    "news",
    [
        "On 28 December 2017, WeChat released version 6.6.1 with mini games.",
        "In 2017, WeChat released mini games.",
        "El 28 de diciembre de 2017, WeChat lanzó la versión 6.6.1.",
        "2017 年 12 月 28 日下午，微信发布了 6.6.1 版本，加入了「小游戏」功能。",
    ],
)
def test_news_told_from_its_date_is_an_aside_before_the_description(news: str) -> None:
    # wangshub/wechat_jump_game opens with the day WeChat released the game the script plays.
    readme = f"# jump\n\n{news}\n\nA script that plays the WeChat jump game for you.\n"
    assert extract(readme) == "A script that plays the WeChat jump game for you."


@pytest.mark.parametrize(
    "itself",
    [
        "Kassa helps small shops keep their till without paper.",
        "Kassa lets small shops keep their till without paper.",
        "Kassa keeps the till of small shops without paper.",
        "Kassa turns any phone into a till for small shops.",
        "Kassa provides a till for small shops.",
        "Kassa was built to keep the till of small shops.",
        "Kassa (kassa.example) is a till for small shops.",
        "Meet Kassa, a till for small shops.",
        "Introducing Kassa: a till for small shops.",
        "That's why we built Kassa, a till for small shops.",
    ],
)
def test_the_project_by_name_doing_what_it_does_beats_the_context_before_it(itself: str) -> None:
    # Only "Kassa is …" was the project speaking after a paragraph of context; what it does by name,
    # and the project brought in by name ("Meet Kassa, a …"), are too.
    assert _after_the_context(itself) == itself


@pytest.mark.parametrize("title", ["[Kassa](https://kassa.example)", "Kassa ![badge](https://x.example/b.svg)"])
def test_a_title_is_read_as_github_shows_it(title: str) -> None:
    # A linked title or one with a badge named the project only by its Markdown, so "Kassa is …"
    # after a paragraph of context did not open with its name.
    context = "Small shops often keep their accounts on paper, and mistakes are common."
    itself = "Kassa is a till for small shops that runs in the browser."
    assert extract(f"# {title}\n\n{context}\n\n{itself}\n\n## Install\n\nnpm i\n") == itself


@pytest.mark.parametrize(
    "handed_over",
    [
        "In short, Kassa is a till for small shops that runs in the browser.",
        "Simply put, Kassa is a till for small shops that runs in the browser.",
        "In a nutshell, Kassa is a till for small shops that runs in the browser.",
        "This is where Kassa comes in. Kassa is a till for small shops that runs in the browser.",
    ],
)
def test_words_handing_over_to_the_project_go_before_what_it_is(handed_over: str) -> None:
    assert _after_the_context(handed_over) == "Kassa is a till for small shops that runs in the browser."


@pytest.mark.parametrize(
    "context",
    [
        "Every shop needs a till, but most tills cost a fortune.",
        "A few years ago, small shops around me still used paper.",
        "Most point-of-sale software is built for chains.",
    ],
)
def test_a_claim_about_the_world_or_a_time_in_a_story_is_no_tagline(context: str) -> None:
    # With no "is" in it, "Every shop needs a till, but …" read as a noun phrase naming a kind of
    # thing, and "A few years ago, …" as opening with an article.
    description = "Kassa is a till for small shops that runs in the browser."
    assert extract(f"# Kassa\n\n{context}\n\n{description}\n\n## Install\n\nnpm i\n") == description


@pytest.mark.parametrize(
    "history",
    [
        "Work on this started in 2021 as a side project.",
        "This project began as a hackathon entry.",
        "Development started back in 2019.",
    ],
)
def test_how_the_work_began_is_an_aside(history: str) -> None:
    description = "Kassa is a till for small shops that runs in the browser."
    assert extract(f"# Kassa\n\n{history}\n\n{description}\n") == description


@pytest.mark.parametrize(
    "itself",
    [
        "Here's Kassa: a till for small shops that runs in the browser.",
        "This project, Kassa, is a till for small shops.",
        "The app lets shop owners keep their till in the browser.",
        "Our solution is a till for small shops that runs in the browser.",
        "The goal is simple: a till for small shops that runs in the browser.",
        "It's a till for small shops that runs in the browser.",
        "The result is Kassa, a till for small shops that runs in the browser.",
        "The answer is Kassa, a till for small shops.",
        "This tool keeps the till of small shops in the browser.",
        "This repository holds Kassa, a till for small shops.",
        "With this project, shop owners keep their till in the browser.",
        "Using Kassa, shop owners keep their till in the browser.",
        "Kassa aims to replace the paper notebook with a browser till.",
        "The idea behind Kassa is a till that runs in any browser.",
        "We built a till for small shops that runs in the browser.",
        "This repository contains the source code for Kassa, a till for small shops.",
        "Here you will find Kassa, a till for small shops.",
        "In this repository you'll find Kassa, a till for small shops.",
        "This repository hosts the Kassa till for small shops.",
        "The code in this repository implements a till for small shops.",
        "I made a till for small shops that runs in the browser.",
    ],
)
def test_after_context_the_project_said_in_other_words_is_its_description(itself: str) -> None:
    assert _after_the_context(itself) == itself


@pytest.mark.parametrize(
    "line",
    [
        "This is a test.",
        "Use at your own risk.",
        "The code is messy, sorry.",
        "Will add more later.",
        "Feel free to use it.",
        "All credit goes to the original author.",
        "Nothing to see here.",
        "More info soon.",
        "Readme coming soon.",
        "Do not use in production.",
        "Ignore this repo.",
        "Generated by cookiecutter.",
        "managed by [chezmoi](https://github.com/twpayne/chezmoi).",  # topazape/dotfiles (part 688)
        "Check the releases page.",
        "Download the latest release.",
    ],
)
def test_a_line_that_says_nothing_of_the_project_is_never_its_description(line: str) -> None:
    # Each, alone under the title, was the excerpt; none says what the project is.
    assert extract(f"# kassa\n\n{line}\n") == ""


@pytest.mark.parametrize(
    "itself",
    [
        "The Kassa app is a till for small shops that runs in the browser.",
        "Kassa's goal is to keep the till of small shops in the browser.",
        "Kassa: a till for small shops that runs in the browser.",
        "Kassa — a till for small shops that runs in the browser.",
        "Kassa (from the German word for till) is a till for small shops.",
        "Kassa, a till for small shops, runs in the browser.",
        "Kassa v2 is a till for small shops that runs in the browser.",
        "KASSA is a till for small shops that runs in the browser.",
        "Kassa is an open-source, browser-based till for small shops.",
        "Kassa is designed as a till for small shops.",
        "Kassa is meant to be a till for small shops.",
        "Kassa will be a till for small shops.",
        "Kassa was a till for small shops.",
        "Kassa can be used as a till for small shops.",
        "Kassa acts as a till for small shops.",
        "Kassa serves as a till for small shops.",
        "Kassa works as a till for small shops.",
        "Kassa is basically a till for small shops.",
        "Kassa is essentially a till for small shops.",
        "Kassa is the till for small shops that runs in the browser.",
    ],
)
def test_after_context_the_name_in_any_of_its_turns_of_phrase_opens_the_description(itself: str) -> None:
    assert _after_the_context(itself).startswith(itself[:20])


@pytest.mark.parametrize(
    "before",
    [
        "Note: beta software. ",
        "Status: alpha. ",
        "UPDATE 2024: moved to Codeberg. ",
        "[Deprecated] ",
        "(Unofficial) ",
        "Beta: ",
        "New! ",
        "v2.0 — ",
        "Hi there 👋 ",
        "Greetings! ",
        "(Note! If using spyder run it in the ipython console.) ",  # GeoStoner/Final-Project-Magnetite-Diffusion
        "(PS: the demo is down for now) ",
    ],
)
def test_a_label_note_or_greeting_before_the_description_in_its_paragraph_goes(before: str) -> None:
    description = "Kassa is a till for small shops that runs in the browser."
    assert extract(f"# Kassa\n\n{before}{description}\n") == description


@pytest.mark.parametrize(
    ("readme", "description"),
    [
        ("# Kassa\n\n**Kassa** — Kassa is a till for small shops.\n", "Kassa is a till for small shops."),
        ("# Kassa\n\nKassa. Kassa is a till for small shops.\n", "Kassa is a till for small shops."),
        ("# Kassa\n\n* **What:** a till for small shops\n* **Why:** paper is slow\n", "a till for small shops"),
    ],
)
def test_the_name_or_what_set_as_a_label_before_the_description_goes(readme: str, description: str) -> None:
    assert extract(readme) == description


@pytest.mark.parametrize(
    ("lang", "itself"),
    [
        ("es", "Kassa permite llevar la caja de tiendas pequeñas sin papel."),
        ("pt", "Kassa ajuda lojas pequenas a controlar o caixa sem papel."),
        ("fr", "Kassa aide les petits commerces à tenir leur caisse sans papier."),
        ("de", "Kassa hilft kleinen Läden, ihre Kasse ohne Papier zu führen."),
        ("ru", "Kassa помогает небольшим магазинам вести кассу без бумаги."),
        ("id", "Kassa membantu toko kecil mencatat kas tanpa kertas."),
    ],
)
def test_after_context_the_project_by_name_doing_what_it_does_in_other_languages(lang: str, itself: str) -> None:
    assert _after_the_context(itself, lang) == itself, lang


@pytest.mark.parametrize(
    ("lang", "itself"),
    [
        ("ja", "Kassa は小さな店のレジを管理するウェブアプリです。"),
        ("ko", "Kassa는 작은 가게의 계산대를 관리하는 웹 앱입니다."),
        ("tr", "Kassa, küçük dükkanların kasasını tutan bir web uygulamasıdır."),
        ("uk", "Kassa — це вебзастосунок для ведення каси невеликих магазинів."),
        ("ru", "Kassa — веб-приложение для ведения кассы небольших магазинов."),
        ("pl", "Kassa to aplikacja webowa do prowadzenia kasy małych sklepów."),
    ],
)
def test_after_context_the_name_with_its_particle_dash_or_suffix_says_what_it_is(lang: str, itself: str) -> None:
    assert _after_the_context(itself, lang) == itself, lang


@pytest.mark.parametrize(
    "step",
    [
        "This will create dist folder in root of this project, which is ready to publish.",
        "If ipetoipe generates errors about ods-colors.sty, then try this.",
        "If needed, first specialize the HDL sources for a particular target.",
        "To add a domain as reseller: sudo nano /etc/nginx/sites-available/shop",
        "In the Open issues, please put your name at the end of the task that you are interested in.",
        "If you are interested in developing plug-ins for Kassa, read on.",
        "This is obviously where the client side code is.",
    ],
)
def test_a_step_a_fix_a_request_to_contributors_or_a_code_tour_is_never_the_description(step: str) -> None:
    # warlockxins/groundhog-basement, patmorin/ods, ShepardSiegel/ocpi, GauravSolanki123456789/KCJewellers,
    # Cockatoo-AI-Org/Cockatoo.AI, mmax/quince, MidgetJake/OneNightWerewolvesOnline.
    assert _over_the_stock_app(step) == _STOCK_APP


@pytest.mark.parametrize(
    "advice",
    [
        "If you just want to try Kassa, you may want to download the latest binary release.",
        "If you want to develop your own plug-ins for Kassa, please read the chapter on plug-ins.",
        "You'll want to set KASSA_HOME before the first run.",
    ],
)
def test_advice_to_the_reader_is_a_step(advice: str) -> None:
    # mmax/quince opens with three of these, one after another.
    assert _over_the_stock_app(advice) == _STOCK_APP


@pytest.mark.parametrize(
    "line",
    [
        "即将推出。",
        "近日公開予定。",
        "곧 공개됩니다.",
        "Descrição em breve.",
        "README em construção.",
        "Documentação em breve.",
        "Use por sua conta e risco.",
        "Úsalo bajo tu propio riesgo.",
        "Sinta-se à vontade para usar.",
        "Siéntete libre de usarlo.",
        "Contribuições são bem-vindas.",
        "Las contribuciones son bienvenidas.",
        "Les contributions sont les bienvenues.",
        "Beiträge sind willkommen.",
        "Pull requests приветствуются.",
        "欢迎提交 PR。",
        "プルリクエスト歓迎です。",
        "기여는 언제나 환영합니다.",
        "Primeiro commit",
        "Repositorio de prueba",
        "Тестовый репозиторий",
        "测试仓库",
        "テスト用リポジトリ",
        "테스트 저장소",
        "Feito por João Silva",
        "Erstellt von Max Mustermann",
        "Déployé sur Vercel.",
        "Getestet unter Ubuntu 22.04.",
        "Протестировано на Ubuntu 22.04.",
        "在 Ubuntu 22.04 上测试通过。",
        "Solo para uso personal.",
        "Nur für den privaten Gebrauch.",
        "Только для личного использования.",
        "仅供个人使用。",
        "Os dados foram obtidos do Kaggle.",
        "Die Daten stammen von Kaggle.",
        "Данные взяты с Kaggle.",
        "数据来源于 Kaggle。",
        "持续更新中……",
        "有问题请提 issue。",
        "勉強用です。",
        "공부용입니다.",
        # stella6767/kotiln-blog-api (part 784): "for lectures. For trying things out."
        "강의용도. 이것저것 실험용도.",
        "作成中です。",
        "작업 중입니다.",
        "更新予定",
        "업데이트 예정",
        "이슈는 언제든 환영합니다.",
    ],
)
def test_a_line_that_says_nothing_of_the_project_abroad_is_never_its_description(line: str) -> None:
    assert extract(f"# kassa\n\n{line}\n") == ""


@pytest.mark.parametrize(
    "line",
    [
        "Initial commit",
        "First commit",
        "A description of this package.",  # swift package init (jacob-nutmeg/FlowKit, part 666)
        "Nothing here yet.",
        "test repo",
        # A probe of lines left where a description goes: GitHub's own words, a hello, a wish, a promise.
        "No description, website, or topics provided.",
        "No description.",
        "Add files via upload",
        "Hello world",
        "Just testing.",
        "My first repository",
        "Updated regularly.",
        "README to be written",
        "Description will be added soon.",
        "Buena suerte",
        "在开发中",
        # A probe of the same lines in Spanish, Portuguese, French and German.
        "Sin descripción.",
        "Sem descrição.",
        "Keine Beschreibung.",
        "Hola mundo",
        "Meu primeiro repositório",
        "Solo pruebas.",
        "Descripción pendiente.",
        "Próximamente más información.",
        "Em breve mais informações.",
        "Reporta los errores en GitHub.",
        "Contribuciones bienvenidas.",
        "Licencia MIT",
        "No usar sin permiso.",
        "Por favor, lea el archivo INSTALL.",
        "Ver la documentación en https://kassa.example.com",
        "Ejecutar con python main.py",
        "Primero, instala Node.js.",
        "Clonar el repositorio y ejecutar npm install.",
        "Es recomendable usar un entorno virtual.",
        "Necesitas una clave de API de OpenWeather.",
        "Baixe o dataset do Kaggle.",
        "I will add a description later.",
        "Description to be added.",
        "Still working on it",
        "Deployed on Vercel.",
        "Hosted on GitHub Pages.",
        "Open index.html in a browser.",
        "Double-click Kassa.sln to open it in Visual Studio.",
        "By Jane Doe and John Smith",
        "Par le groupe 1",
        "Jane Doe, John Smith, Ana Lima, Wei Chen",
        "React, React Router, Redux Toolkit, MapBox, Node, Express, Sequelize, MySQL",
        "sudo apt install nginx\nsudo systemctl reload nginx",
        "mkdir build && cd build\ncmake ..\nmake",
        "mkdir -p ~/texmf\nln -s $PWD/x.sty ~/texmf/",
        "chmod +x run.sh\n./run.sh",
        "Pull requests are welcome.",
        "Please report bugs at http://bugzilla.novell.com/",  # alanmcgovern/monsoon (part 715)
        "Bugs can be reported at https://bugs.example.org",
        "File issues on GitHub.",
        # A probe of one-line READMEs: a licence's name, terms of use, an invitation, where to play.
        "MIT License",
        "GPLv3",
        "Do not use without permission.",
        "Contributors welcome.",
        "Play it online at https://kassa.itch.io",
        # GalOrrery/discO (part 719): where its parts and docs are, and where to look.
        "Look in folder for paper",
        "The code is included in the discO folder.",
        "The documentation for discO is hosted on Read the docs.",
        "Issues and PRs welcome!",
        "Contributions are always welcome.",
        "Any feedback is appreciated.",
        "Found a bug? Open an issue.",
        "Please read CONTRIBUTING.md before opening a PR.",
        "Tested with Python 3.11 on macOS.",
        "Works with Python 3.8+.",
        "Compatible with Windows 10 and later.",
        "This assumes you have Python 3 installed.",
        "The dataset was downloaded from Kaggle.",
        "The data comes from the city's open data portal.",
        "UIUC (University of Illinois at Urbana-Champaign) tree data was taken from the Campus Tree Inventory.",
        "Submitted by Jane Doe (12345678)",
        "This is for personal use only.",
        "Please ignore this repository.",
        "Use it as you like.",
        "Not for production use.",
        "Core Contracts have been verified on https://neoxscan.ngd.network/",  # PeridotFinance/Peridot-Neo
        "The app is deployed at https://kassa.example.app",
        "Kassa is now available on https://kassa.example.app",
        "See the main repo for more informaton and background [here](https://github.com/k/kassa).",  # zearp/pumice-rosmic
        "Please refer to the upstream project.",
    ],
)
def test_a_commit_message_promise_byline_list_of_names_or_command_is_never_the_description(line: str) -> None:
    # Each was the excerpt under the title (patmorin/ods, GauravSolanki123456789/KCJewellers,
    # MarieClaireBalabanian/echo-react, liris-xr/PLUME-Recorder, peter0102/Abalone,
    # AlpriElse/uiuc-hammock-spots, probes); so were an invitation to contribute, what it works
    # with, where its data came from and terms of use.
    assert extract(f"# kassa\n\n{line}\n\n## Setup\n\nnpm i\n") == ""


@pytest.mark.parametrize(
    "line",
    [
        "Hello world app in Go that serves a page.",
        "Updated regularly with new recipes from my kitchen.",
        "My first repository of Python exercises for school.",
        "这是一个在开发中的记账软件。",
        "Report Bugs is a tool that files crash reports for you.",
        "MIT licensed till for small shops.",
        "Descarga música de YouTube en MP3 con un clic.",
        "Instala y gestiona extensiones de Chrome desde la terminal.",
        "Ver el tiempo de tu ciudad en la terminal.",
        "Hola Mundo en 50 lenguajes de programación.",
        "Mi primer repositorio de ejercicios de Python para la escuela.",
        "Execute python functions on a cluster, with a futures interface",
        "Apache Kafka client for Rust.",
        "Play Tetris online with friends in your browser.",
        "Use the app at https://kassa.example.com to track expenses and budgets for families.",
    ],
)
def test_a_line_that_goes_on_to_say_what_it_is_still_describes(line: str) -> None:
    assert extract(f"# kassa\n\n{line}\n") == line


@pytest.mark.parametrize(
    "tagline",
    [
        "Local-First AI-Assisted Manga, Manhwa, and Webtoon Typesetting & Translation Studio",
        "Fast, Private, Local-First Notes for Writers and Researchers",
        "Kassa is written by Jane Doe and John Smith.",
    ],
)
def test_a_title_case_tagline_or_a_sentence_with_names_is_not_a_list_of_names(tagline: str) -> None:
    assert extract(f"# kassa\n\n{tagline}\n") == tagline


@pytest.mark.parametrize(
    "line",
    [
        "Live: [kassa.app](https://kassa.app) · Docs: [docs](https://kassa.app/docs)",
        "Website: kassa.app | Discord: kassa.chat",
        "Kassa /ˈkasa/ (Swedish for till)",
        "Kassa /ˈkasa/",
    ],
)
def test_a_row_of_labelled_links_or_the_names_sound_gives_way_to_the_description(line: str) -> None:
    readme = f"# Kassa\n\n{line}\n\nKassa is a till for small shops that runs in the browser.\n"
    assert extract(readme) == "Kassa is a till for small shops that runs in the browser."


def test_a_sentence_after_the_names_sound_is_still_the_description() -> None:
    readme = "# Kassa\n\nKassa /ˈkasa/ is a till for small shops.\n"
    assert extract(readme) == "Kassa /ˈkasa/ is a till for small shops."


@pytest.mark.parametrize(
    "itself",
    [
        "Kassa is a till for small shops that runs in the browser.",
        "This project is a till for small shops that runs in the browser.",
        "So I built Kassa, a till for small shops that runs in the browser.",
        "Enter Kassa, a till for small shops that runs in the browser.",
        "Kassa aims to solve this with a till that runs in the browser.",
        "With Kassa, a shop's till runs in the browser.",
    ],
)
@pytest.mark.parametrize("label", ["The problem:", "Problem:", "Background:", "The challenge:", "Context:"])
def test_a_problem_labelled_as_such_is_context_before_the_description(label: str, itself: str) -> None:
    readme = f"# Kassa\n\n{label} small shops still count cash by hand.\n\n{itself}\n\n## Install\n\nnpm i\n"
    assert extract(readme) == itself


@pytest.mark.parametrize(
    "readme",
    [
        "# Kassa\n\nSmall shops still count cash by hand.\n\nThis project is a till for small shops.\n",
        "# Kassa\n\n## Why?\n\nSmall shops still count cash by hand.\n\nThis project is a till for small shops.\n",
        "# Kassa\n\n## Background\n\nShop owners often lose receipts.\n\nThis project is a till for small shops.\n",
    ],
)
def test_a_sentence_with_an_adverb_of_how_often_is_context_not_a_tagline(readme: str) -> None:
    assert extract(readme) == "This project is a till for small shops."


def test_an_adverb_of_how_often_late_in_a_tagline_leaves_it_a_tagline() -> None:
    # skolldev/outpost: "… - powered by the Sentry SDKs you already use."
    tagline = "Self-hosted error tracking and uptime monitoring - powered by the SDKs you already use."
    assert extract(f"# Outpost\n\n{tagline}\n") == tagline


@pytest.mark.parametrize(
    ("paragraph", "excerpt"),
    [
        (
            "Small shops still count cash by hand. Kassa is a till that runs in the browser.",
            "Kassa is a till that runs in the browser.",
        ),
        ("Git is hard to learn for designers. Gitty is a friendly GUI for it.", "Gitty is a friendly GUI for it."),
        # The first sentence already says what it is, or is about the work: it stays.
        ("Kassa keeps the till in the browser. Kassa is a PWA.", "Kassa keeps the till in the browser."),
        (
            "A till for small shops that runs in the browser. Kassa is a PWA.",
            "A till for small shops that runs in the browser.",
        ),
        (
            "Multi-tenant salon platform built as a monolith. Postgres is a store of record here.",
            "Multi-tenant salon platform built as a monolith.",
        ),
        ("This tool keeps the till of small shops. Kassa is a PWA.", "This tool keeps the till of small shops."),
    ],
)
def test_context_then_the_project_by_name_in_one_paragraph_gives_the_second_sentence(
    paragraph: str, excerpt: str
) -> None:
    assert extract(f"# Kassa\n\n{paragraph}\n") == excerpt


@pytest.mark.parametrize(
    "line",
    [
        "Install dependencies with `pip install -r requirements.txt`, then run `python app.py`.",
        "Set the DATABASE_URL environment variable before running.",
        "Use Node 18 or later.",
        "It's recommended to use a virtual environment.",
        "It is HIGHLY recommended to install the 10 October 2020 Update: https://support.microsoft.com/x",
        "It is recommended that you configure Docker to use up to 2 cores.",
        "You will then want to install the latest version of Docker on Windows: https://docs.docker.com/x",
        "You will need to use Docker to run the exercises on your own computer.",
        "Download datasets from BaiduYun-link, password: mguf",  # MedlarTea/CAE-VPR (part 710)
        "Download the pre-trained model and put all files in ./logs",
        "First, install the nightly build of rustc.",  # wickandbergamot/wickandbergamot (part 723)
        "Then run the migrations.",
        "Step by step",  # cmargulhano/jabuticaba-vue (part 725): a label over commands
        "API used - [API](https://github.com/x/api).",  # AlanZayon/interface-sistema-maranguape (part 730)
        "Technologies used: React, Node and MongoDB",
        "You'll need an API key from OpenWeather.",
        "You can change the port in `.env`.",
        "Default login: admin / admin",
        "The default username is admin and the password is 1234.",
        "The app runs on port 3000 by default.",
        "The database schema is in `db/schema.sql`.",
        "All configuration lives in `config.yaml`.",
        "Migrations are run with `npm run migrate`.",
        "Tests are in the `tests` folder and run with pytest.",
        "Running the project for the first time.",
        "Executando o projeto pela primeira vez.",  # Gesimieloliveira/EmissorCsharp2023
        "Usuário: admin / Senha: admin",
        "Логин: admin, пароль: admin",
        "Для входа есть две учётные записи.",  # andrewgrebennikov/cookbook
        "Inspired by http://www.theonion.com/content/news/activision",  # da-woods/sousaphone-hero
        "Notes by Amanpreet",  # AmanGharial/Throw-Away
        "Observações: muitos relatórios foram deletados.",  # Gesimieloliveira/EmissorCsharp2023
        "The line above is equivalent to an HTML heading.",  # AmanGharial/Throw-Away
        "Проект написан в соответствии с методологией Feature sliced design",  # andrewgrebennikov/cookbook
        "The project follows the MVVM architecture.",
        "Ссылка на документацию - feature sliced design",
        "Link to the docs: kassa.example/docs",
        # quartzite782789's coursework (part 680): credits for help, and that there was none.
        "ChatGPT, Copilot, and classmate assistance were used in the code generation and output interpretation.",
        "ChatGPT, Github Copilot, and classmate asisstance were utilized in the development of this code",
        "All code written by me.",
        "A thing that does something.",  # robertcoltheart/quartzite
        "Discuss with us on Discussions, or raise an issue.",
    ],
)
def test_setting_it_up_where_its_parts_live_and_how_to_log_in_are_never_the_description(line: str) -> None:
    # A probe of set-up-only READMEs: each line alone under the title was the excerpt.
    assert extract(f"# kassa\n\n{line}\n") == ""


@pytest.mark.parametrize(
    "tagline",
    [
        "Run Kubernetes anywhere.",
        "Create Metallurgy is a Create Mod Addon developped by Luc_Creeper74.",  # Lucreeper74/Create-Metallurgy
        "Use your C# types as the source of truth for TypeScript.",
        "Inspired by Trello, Kassa is a board for small shops.",
        "Running apps on Kubernetes made simple.",
        "Save web pages to .epub files.",
        "Turn your notes into a website.",
        "Add dark mode to any website.",
        "Put your dotfiles in a git repository.",
    ],
)
def test_an_imperative_tagline_naming_nothing_set_up_is_still_the_description(tagline: str) -> None:
    assert extract(f"# kassa\n\n{tagline}\n") == tagline


@pytest.mark.parametrize(
    "step",
    [
        "add a cookieSecret to that file ie:",  # ForrestLonganecker/HangTrainer (part 732)
        "Copy .env.example to .env and fill in the values.",
        "Put your token in config.json.",
        "Edit settings.py to point at your database.",
        "Fill in the values in .env.",
        "Rename config.sample.json to config.json.",
        "Set your OpenAI key in the environment.",
        "Paste your key into the .env file.",
        "Replace YOUR_API_KEY with your key.",
        "Crea un archivo .env en la raíz del proyecto.",
        "Crie um arquivo .env na raiz do projeto.",
        "Créez un fichier .env à la racine du projet.",
        "Erstelle eine .env-Datei im Projektverzeichnis.",
        "在项目根目录创建 .env 文件。",
    ],
)
def test_a_change_the_reader_makes_to_a_configuration_file_is_never_the_description(step: str) -> None:
    # A probe: each step, over a description, was taken as the description.
    assert _over_the_stock_app(step) == _STOCK_APP


@pytest.mark.parametrize(
    ("paragraph", "excerpt"),
    [
        # calamansi/scrollscreenshot (part 736): who made it, after a dash.
        (
            "Make Android screenshots of scrollable screen content - brought to you by [PGS Software SA](http://x.io)",
            "Make Android screenshots of scrollable screen content",
        ),
        ("A till for small shops, brought to you by Acme.", "A till for small shops."),
        ("A till for small shops. Brought to you by Acme.", "A till for small shops."),
        ("A till for small shops — made by Jane Doe and John Smith.", "A till for small shops."),
        # "made by" that is no byline stays.
        ("A tool made by developers for developers.", "A tool made by developers for developers."),
        ("A till, made by combining a scale and a printer.", "A till, made by combining a scale and a printer."),
    ],
)
def test_who_made_it_set_after_what_it_is_is_no_part_of_the_excerpt(paragraph: str, excerpt: str) -> None:
    assert extract(f"# kassa\n\n{paragraph}\n") == excerpt


@pytest.mark.parametrize(
    "line",
    [
        "本项目主要基于`Nuxt.js`搭建。",  # Loremmlel/yuzu-forum (part 738)
        "本项目基于 Vue3 开发。",
        "该项目采用 Spring Boot 构建。",
        "本專案使用 React 開發。",
        "The project is built on Laravel.",
        "Este projeto foi desenvolvido com React.",
        "Este proyecto fue desarrollado con Django.",
        "Ce projet est développé avec Vue.",
        "Dieses Projekt wurde mit Flutter entwickelt.",
        "このプロジェクトは Next.js で構築されています。",
    ],
)
def test_what_the_project_was_built_with_and_no_more_is_never_the_description(line: str) -> None:
    # A probe: each line, over a description, was taken as the description.
    assert _over_the_stock_app(line) == _STOCK_APP


@pytest.mark.parametrize(
    "sentence",
    [
        "本项目基于 Vue3 开发的后台管理系统。",
        "The project is built on the idea that shops need tills, and it is a till.",
    ],
)
def test_what_it_was_built_with_then_what_it_is_is_the_description(sentence: str) -> None:
    assert _over_the_stock_app(sentence) == sentence


@pytest.mark.parametrize(
    "line",
    [
        "For other platform can follow the link https://nodejs.org/en/download/",  # mahdiridho/armillary (part 739)
        "For Windows, see the wiki.",
        "For other platforms, please refer to the docs.",
        "For macOS and Linux follow these steps:",
    ],
)
def test_how_it_is_done_on_another_platform_sent_elsewhere_is_never_the_description(line: str) -> None:
    assert _over_the_stock_app(line) == _STOCK_APP


def test_a_steps_purpose_then_its_command_on_the_next_line_is_never_the_description() -> None:
    # Skybluepanda/Iroduku (part 741): an indented command continues the paragraph in Markdown.
    steps = "to run the bot \n    node .\nto run the bot and make it restart each time you save\n    nodemon -e js"
    assert _over_the_stock_app(steps) == _STOCK_APP
    assert extract(f"# mmoidlebot\nMMO Idle Bot\n\ninstall packages\nnpm init\n\n{steps}\n") == ""


@pytest.mark.parametrize(
    "line",
    [
        "Click here to see the demo.",
        "Watch the video.",
        "Available on the App Store.",
        "Get it on Google Play.",
        "Currently maintained by @jane.",
        "Sponsored by Acme.",
        "Part of the #100DaysOfCode challenge.",
        "Built during a hackathon.",
        "Submitted to HackMIT 2024.",
        "The code is a mess, sorry.",
        "Don't judge my code.",
        "I'm still learning, so be kind.",
        "Just for fun.",
        "Following the tutorial at https://youtube.com/watch?v=abc",
        "Code along with the Udemy course.",
        "Still a lot to do.",
    ],
)
def test_a_call_to_look_a_sponsor_an_occasion_or_a_word_on_the_code_is_never_the_description(line: str) -> None:
    # A probe of sixty-seven one-line non-descriptions: each of these was taken over the description.
    assert _over_the_stock_app(line) == _STOCK_APP


@pytest.mark.parametrize(
    "tagline",
    [
        "Click-to-copy emoji picker for the terminal.",
        "Watch the stars from your terminal.",
        "Part of the Kassa suite of tools for shops.",
        "A till for shops, built during a hackathon.",
        "I'm learning Rust by building a till for small shops.",
        "Just for fun: a till that runs in your browser and prints receipts.",
        "Available on the App Store, Kassa is a till for small shops.",
    ],
)
def test_a_tagline_that_opens_like_a_call_or_an_occasion_is_still_the_description(tagline: str) -> None:
    assert extract(f"# kassa\n\n{tagline}\n") == tagline


@pytest.mark.parametrize(
    "line",
    [
        "点击这里查看演示。",
        "如有问题请提 issue。",
        "代码写得很乱，见谅。",
        "仅供娱乐。",
        "个人练手项目。",
        "这是我的第一个项目。",
        "更新日志见 CHANGELOG.md。",
        "参考了某某教程。",
        "跟着 B 站视频做的。",
        "使用方法见下文。",
        "デモはこちら。",
        "ライセンスは MIT です。",
        "このリポジトリは個人的な練習用です。",
        "데모는 여기에서 볼 수 있습니다.",
        "Проект для себя.",
        "Haz clic aquí para ver la demo.",
        "¡Dale una estrella si te gusta!",
        "Solo por diversión.",
        "Clique aqui para ver a demo.",
        "Só por diversão.",
        "Cliquez ici pour voir la démo.",
        "Juste pour le fun.",
        "Klicke hier für die Demo.",
        "Mit ❤️ gemacht in Berlin.",
        "Nur zum Spaß.",
    ],
)
def test_the_same_calls_asides_and_pointers_abroad_are_never_the_description(line: str) -> None:
    # The probe again, in Chinese, Japanese, Korean, Russian, Spanish, Portuguese, French and German.
    assert _over_the_stock_app(line) == _STOCK_APP


@pytest.mark.parametrize(
    "sentence",
    ["点击即可生成二维码的小工具。", "本项目参考了某教程，实现了一个记账应用。"],
)
def test_a_chinese_description_that_opens_like_a_pointer_is_still_the_description(sentence: str) -> None:
    assert extract(f"# kassa\n\n{sentence}\n") == sentence


@pytest.mark.parametrize(
    "heading",
    [
        "Использование",
        "Требования",
        "环境要求",
        "動作環境",
        "요구 사항",
        "Uso",
        "配置",
        "設定",
        "설정",
        "Cómo ejecutar",
        "Comment lancer",
        "Ausführen",
        "运行",
        "実行方法",
        "실행 방법",
        "Pré-requis",
        "Voraussetzungen",
        "Zależności",
    ],
)
def test_a_set_up_heading_in_other_languages_is_never_read_for_the_description(heading: str) -> None:
    # A probe of forty-five set-up headings over a paragraph about what the project runs on.
    readme = (
        f"# kassa\n\n## {heading}\n\nThe project runs on any machine with Docker installed and a printer attached.\n\n"
        "## About\n\nA till for small shops that runs in the browser.\n"
    )
    assert extract(readme) == "A till for small shops that runs in the browser."


def test_the_functional_requirements_of_a_korean_mission_are_its_description() -> None:
    # woowacourse/java-vendingmachine-precourse: "기능 요구사항" says what the mission builds.
    readme = "# 미션 - 자판기\n\n## 🚀 기능 요구사항\n\n반환되는 동전이 최소한이 되는 자판기를 구현한다.\n"
    assert extract(readme) == "반환되는 동전이 최소한이 되는 자판기를 구현한다."
    readme = "# kassa\n\n## Casos de uso\n\nUn sistema de caja para tiendas pequeñas que funciona en el navegador.\n"
    assert extract(readme) == "Un sistema de caja para tiendas pequeñas que funciona en el navegador."


@pytest.mark.parametrize("heading", ["Wat is Kassa?", "Vad är Kassa?", "Hva er Kassa?"])
def test_what_is_it_asked_in_dutch_swedish_and_norwegian_heads_the_description(heading: str) -> None:
    # A probe of forty-three about-headings after a list of features: these three were passed over.
    readme = (
        f"# kassa\n\n## Features\n\n- Fast checkout\n- Receipts\n\n## {heading}\n\n"
        "A till for small shops that runs in the browser.\n\n## Installation\n\nRun make.\n"
    )
    assert extract(readme) == "A till for small shops that runs in the browser."


@pytest.mark.parametrize(
    "blank",
    [
        "A short description about the project and/or client.",
        "Brief description of the project.",
        "Project description here.",
        "Short description of the project.",
        "Provide a short description explaining the what, why, and how of your project.",
        "Your project's description goes here.",
        "Insert description here.",
        "A little info about your project and/or overview that explains what the project is about.",
        "Descrição do projeto.",
        "Description du projet.",
        "项目描述",
    ],
)
def test_a_readme_templates_blank_for_the_description_is_never_one(blank: str) -> None:
    # A probe of thirty README-template blanks: these were taken over the description.
    assert _over_the_stock_app(blank) == _STOCK_APP


@pytest.mark.parametrize("label", ["Descripción del juego", "Description of the game", "Beschreibung des Spiels"])
def test_a_sections_name_typed_as_a_line_of_its_own_is_never_the_description(label: str) -> None:
    # ZacariasBongiovanni/Carambola2.0 (part 750): "Descripción del juego", then the description.
    assert _over_the_stock_app(label) == _STOCK_APP


@pytest.mark.parametrize(
    "line",
    ["技术栈：dumi2.x + lerna6.x + monorepo + ts + pnpm", "技術スタック：React + Go", "기술 스택: React, Spring"],
)
def test_a_stack_labelled_in_chinese_japanese_or_korean_is_never_the_description(line: str) -> None:
    # breadfruit/dumi_monorepo_pnpm_template (part 751): "技术栈：…" under "# 开始".
    assert _over_the_stock_app(line) == _STOCK_APP
    assert extract(f"# X\n\n{line}\n") == ""


@pytest.mark.parametrize(
    "line",
    [
        "使い方は Wiki を見てください。",
        "バグ報告は Issue へお願いします。",
        "Qiita に記事を書きました。",
        "Zenn の記事はこちら",
        "버그는 이슈로 알려주세요.",
    ],
)
def test_pointers_in_japanese_and_korean_are_never_the_description(line: str) -> None:
    # A probe of twenty pointers to articles, wikis and issue trackers: these five were taken.
    assert _over_the_stock_app(line) == _STOCK_APP


def test_a_tool_for_writing_qiita_articles_is_still_described() -> None:
    assert extract("# X\n\nQiita の記事を書くためのツールです。\n") == "Qiita の記事を書くためのツールです。"


@pytest.mark.parametrize(
    "line",
    [
        "Выполнил: Иванов И.И., группа ИВТ-21",
        "Проверил: Петров П.П.",
        "Виконав: студент групи КН-21 Іван Петренко",
        "Для запуска нужен Python 3.10.",
        "Подробности в вики.",
        "Вопросы и предложения пишите в issues.",
    ],
)
def test_who_did_and_marked_the_work_what_it_needs_and_where_to_ask_in_russian_are_never_the_description(
    line: str,
) -> None:
    # A probe of twenty-three coursework and set-up lines in Russian, Ukrainian and Polish.
    assert _over_the_stock_app(line) == _STOCK_APP
