"""The writer's remarks on their own work, never what it is: a note on a detail ("Note that …"),
the code's state ("The code is a mess, sorry."), the writer still learning, what they left out
("Não usei tecnicas avançadas …"), advice to a beginner. `excerpt_never` asks `REMARK`.
"""

from __future__ import annotations

import re

# "Note that user and user2 represent the authorization levels …": a remark on a detail, never the
# description even when nothing else is ("NOTE: This code will be archived …" says what it is now).
REMARK = re.compile(
    r"^\W*(please )?note that\b"
    # "‡ Infrastructure packages. Not typically used directly.", "¹ Measured on an M1.": a footnote, which
    # explains a mark set elsewhere.
    r"|^\s*([†‡]+|[¹²³⁴⁵⁶⁷⁸⁹]+)\s*(?=\w)"
    # "Observações: muitos relatórios foram deletados …", "Примечание: …": a remark, labelled, abroad.
    r"|^\W*(observa[çc][õo]es|observaciones|remarques?|anmerkungen?|примечани[ея]|замечани[ея]|uwagi|catatan)\s*[:：]"
    # "The line above is equivalent to …": a word on the code beside it.
    r"|^\W*the (line|lines|code|snippet|command|commands|example) (above|below)\b"
    # "The code is a mess, sorry.", "Don't judge my code.": the writer on their own code.
    r"|^\W*(the |my |this )?code (is|was) (a (bit of a |total |complete )?mess|messy|ugly|bad|terrible|awful"
    r"|not (great|pretty|clean|the best))\b|^\W*(please )?don['’]?t judge\b"
    r"|^\W*(i['’]?m|i am) (still |just )?(learning|a beginner|new here)\s*[,.!]"
    # "代码写得很乱，见谅。": the same, in Chinese.
    r"|^\W*(代码|代碼)(写得|寫得)?(很|比较|比較|有点|有點|非常)?(乱|亂|烂|爛|丑|醜|差)"
    # "Não usei tecnicas avançadas de segurança aqui …", "I didn't use any framework.": what the writer
    # left out, said of the code, never what the project is.
    r"|^\W*(i (did not|didn['’]?t) use|(eu )?não usei|(eu )?nao usei|(yo )?no usé|je n['’]ai pas utilisé)\b"
    # "Se você estiver começando em java web nada melhor que olhar o backend deste projeto …": advice to
    # a beginner, who the code may help, not what it is.
    r"|^\W*(if you('re| are) (just )?(starting|beginning|new to|a beginner)|se voc[êe] (estiver|est[áa]) (come[çc]ando"
    r"|iniciando)|si (estás|estas|eres) (empezando|comenzando|nuevo en))\b"
    # "If you have attended any hackathons in the past, then you know how much time it takes …": an
    # experience the reader may share, put to them, before anything of what the project is.
    r"|^\W*if you('ve| have) (ever )?[^,.!?]{1,60}, (then )?you('ll| will)? (know|understand|remember)\b"
    # "Unfortunately we don't have much time for this exercise, …": a regret, never what it is.
    r"|^\W*(unfortunately|sadly|infelizmente|lamentablemente|desafortunadamente|malheureusement|leider|к сожалению)\b"
    # "this project is just something random i've been cooking up, no idea what it'll turn into.": a shrug.
    r"|^\W*(this|it)( project| repo)? is just something random\b|\bno idea what (it|this)(['’]ll| will) (turn into|become)\b",
    re.IGNORECASE,
)
