"""Terms of use and what a project is for ("For study only", "仅供学习使用", "Do not use without
permission.", "Just for fun.", "A toy project."): why or how it may be used, never what it is.
`excerpt_never` asks these.
"""

from __future__ import annotations

import re

# "For study only", "仅供学习使用", "NO COMMERCIAL USAGE", "Do not use without permission.": terms of
# use, never what a project is.
TERMS_OF_USE = re.compile(
    r"^\W*(please )?do not (use|copy|reuse|redistribute|distribute)\b[^.!?]{0,30}\bwithout (my |our |prior |written )?permission\b|"
    r"^\W*(por favor,? )?(no|não) (usar|utilizar|copiar|use|utilize)\b[^.!?]{0,30}\b(sin|sem) (mi |meu |nuestro |nosso )?(permiso|permissão|autorización|autorização)\b|"
    # "This is for personal use only.": the same, said of it.
    r"^\W*((this is |it is |intended )*(only )?for (my )?(study|learning|education(al)?|research|personal|private|internal)"
    r"( use| purposes?)?( only)?\W*$"
    r"|only for (study|learning|education(al)?|research)\b|no commercial (use|usage)\b|not for commercial (use|usage)\b"
    # "Research and simulation only — This project is for research …": the same label, set first.
    r"|(research|simulation|education(al)?|study|learning|testing)( and (research|simulation|education(al)?|testing))?"
    r" (use |purposes )?only\b)"
    r"|^\W*(仅供|僅供|只供)(学习|學習|参考|參考|研究|交流|个人|個人)|^\W*(学習|研究|教育)(目的|用)のみ"
    # "Source Code for reference only", "This code is for reference only.", as "仅供参考" says.
    r"|^\W*((the |this )?(source )?(code|project|repo|repository)( is| was)? (provided |published |shared )?)?for reference"
    r"( purposes)? only\W*$"
    # "微信小程序源码", "项目源代码": the source of a kind of thing, and nothing of what it does.
    r"|^\W*(微信)?(小程序|项目|項目|网站|網站|系统|系統|程序|程式|工程)(的)?(源码|源代码|源碼|源代碼|代码|代碼)\W*$"
    # "勉強用です。", "공부용입니다.": for study, in Japanese and Korean.
    r"|^\W*(勉強|学習|練習)用(です)?\W*$|^\W*(공부|학습|연습|강의|실험)용(도)?(입니다)?([.。!]?\s*$|[.。!]\s)"
    # "Para uso pessoal.", "Solo para uso personal.", "Nur für den privaten Gebrauch.", "Только для личного …".
    r"|^\W*(apenas |só |solo |sólo |uniquement |nur )?(para|pour|per|für) (o |el |le |den )?(uso|usage|gebrauch)"
    r" (pessoal|personal|personnel|privado|privé|personale|privaten)\b|^\W*(nur )?für den (privaten|persönlichen) gebrauch\b"
    r"|^\W*только для (личного|персонального) использования\b"
    # "Ao iniciar este projeto, você concorda com as diretrizes …", "By using this, you agree to …".
    r"|\b(you agree to|você concorda|voce concorda|usted acepta|aceptas las)\b"
    # "Download and compilation of the software do not give the right to use the W3C logo …": what it grants.
    r"|\b(do|does) not (give|grant) (you )?(the |any )?right to\b"
    # "… any russian company, organization, or citizen, who do nothing about it, is prohibited from using
    # this package.": who may not use it.
    r"|\b(is|are) (prohibited|forbidden|not allowed|not permitted) (from using|to use) (this|the) (package|library|software|code|project)\b",
    re.IGNORECASE,
)


# "本项目仅供学习交流使用，请勿用于商业用途。", "This project is for educational purposes only.": a
# disclaimer of what it may be used for, never what it is.
FOR_STUDY_ONLY = re.compile(
    r"^\W*((本|该|此|這個|这个)(项目|項目|仓库|倉庫|代码|代碼|程序|程式|工具))?\W*(仅|僅|只)(供|用于|用於)(个人|個人)?(学习|學習|研究|参考|參考)"
    r"|请勿用于(商业|商用|非法)|請勿用於(商業|商用|非法)|禁止用于商业"
    r"|^\W*(this|the) (project|repo|repository|code|app|application|software|tool)( is| was)? ([a-z]+ )?"
    r"for (educational|learning|study|research|demonstration) purposes only\b"
    # "Just for fun.": why it was made, and nothing of what.
    r"|^\W*(just |made |built |done )?(for fun|for the fun of it|for kicks)\W*$"
    # "A toy project.", "Just a side project.", "My pet project": what kind of effort, nothing of what.
    r"|^\W*(just |only )?(a|an|my|our) (little |small )?(toy|hobby|pet|side|weekend|personal|practice|learning)"
    r" (project|repo|repository)\W*$"
    # "Pet project Klinika": the same with no article, and the name after it.
    r"|^\W*(toy|hobby|pet|side|weekend|practice|learning) (project|repo|repository)( [\w-]+)?\W*$"
    # "仅供娱乐。", "Solo por diversión.", "Nur zum Spaß.", "Проект для себя.", "个人练手项目。",
    # "このリポジトリは個人的な練習用です。", "这是我的第一个项目。": the same, and practice, abroad.
    r"|^\W*(仅供|僅供|只是)(娱乐|娛樂)|^\W*(solo|sólo|só|apenas|juste|nur|просто) (por|pour|zum|для) (diversión|diversão"
    r"|le fun|le plaisir|spaß|spass|развлечения|себя)\W*$|^\W*проект для себя\W*$"
    r"|^\W*(个人|個人)?(练手|練手|练习|練習)(项目|項目|用)\W*$|^\W*(この)?(リポジトリ|プロジェクト)は個人的な(練習|勉強|学習)用"
    r"|^\W*(这是|這是)我的第一个(项目|項目|仓库|倉庫)\W*$"
    # "Учебный проект. 4 спринт Yandex Практикума.", "Projeto de estudo.": a study project, and
    # nothing of what; "Учебный проект на курсе …" goes on to the course, and is read.
    r"|^\W*(учебный|тренировочный|пет-?|pet-?) ?проект\W*$|^\W*(projeto|proyecto) de (estudo|estudio|prática|práctica)\W*$"
    r"|^\W*projet d['’](étude|entraînement)\W*$|^\W*(lernprojekt|übungsprojekt)\W*$"
    # "Este projeto foi feito com o intuito de me divertir, queria saber se …", "This project was made
    # just for fun, I wanted to see if …": made for fun, then why, and still nothing of what.
    r"|^\W*(this|este|esse|el|o) (project|projeto|proyecto|app|repo) (was|foi|fue) (just |only |apenas |solo )?"
    r"(made|built|created|done|feito|criado|desenvolvido|hecho|creado|desarrollado) (just |only |apenas |solo )?"
    r"(for fun|to have fun|por diversão|por diversión|para (me )?divertir(me)?|com o (intuito|objetivo) de (me )?divertir"
    r"|con (el fin|la intención) de divertirme)\b(\W*$|[,;.!]? (i|eu|yo|and i|e eu|y yo|queria|quería|wanted)\b)",
    re.IGNORECASE,
)
