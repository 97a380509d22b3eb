"""How the passage finder tells a passage about a concept from a line that only names it.

Rules read off real study notes:
- A section headed by the course's routine (과제, 피어세션, 회고, 참고자료, 목차, Q&A ...) records what was
  done or asked, not what a concept is: whatever it names is a mention (`is_routine`, `is_question`).
- A weak name (a common word such as "Convolution") names a concept only when it is the whole heading,
  give or take numbering, a parenthesis and a particle (`names_whole`).
- A list item that opens with a year (`- 2013 - DQN`) is an entry of a history of the field: whatever it and
  the points under it name is a mention (`is_timeline_entry`).
- A list item that opens with a name only to set something against it (`- RNN과 달리 ...`,
  `- RNN보다 빠르다`) is about something else (`is_contrast`); so is a heading that names what its section's
  topic is compared with (`LSTM과의 차이점` under GRU), or its tool or setting (`CNN Visualization`:
  `about_something_else`).
- A passage must say something: lines of code (fenced, or Python left bare where a note lost its fences),
  figures, links and diary lines ("CNN에 대해 학습했다") alone are not a passage (`says_something`).
- A note's title is about one concept when, its names taken away, only words like 정리, 리뷰, [논문 리뷰]
  are left (`title_is_about`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_LEAD = r"^[\s\W\d_]*?(?:\d+\s*[.)]\s*|[IVX]+\.\s*)?(?:\[[^\]]*\]\s*)?"
_ROUTINE = re.compile(
    _LEAD
    + r"(?:기본|심화|필수|선택|주간|오늘의?|학습|이번\s*주)?\s*(?:과제|피어\s*세션|회고|참고|레퍼런스|references?\b|목차|"
    r"to\s*-?\s*do|할\s*일|회의|느낀\s*점|소감|후기|공지|q\s*&\s*a|qna\b|질문|faq\b|오피스\s*아워|멘토링|"
    r"일정|학습\s*계획|마스터\s*클래스|데일리\s*스크럼|daily\s*scrum|table\s+of\s+contents|contents\b|"
    r"(?:기본|심화|필수|선택)\s*문제|학습\s*목표|선수\s*지식|learning\s+objectives?|"
    r"관련\s*(?:콘텐츠|컨텐츠|글|포스트|문서|링크)|related\s+(?:posts?|contents?|articles?))",
    re.I,
)
# Wherever they stand in a heading ("스페셜 피어세션", "🚩개인 회고", "level2 피어세션").
_ROUTINE_ANYWHERE = re.compile(
    r"피어\s*세션|회고|회의록|오피스\s*아워|타운\s*홀\s*미팅|두런두런|과제\s*(?:수행|풀이|리뷰)|"
    r"다음\s*(?:섹션|장|챕터|강의|시간|글|포스트)\s*(?:미리\s*보기|예고|안내)",  # `다음 섹션 미리보기`: what the next lesson holds
    re.I,
)
_TIMELINE = re.compile(
    r"^\s*(?:\*\*|__)?[\[(]?(?:19|20)\d{2}(?:년|s)?[\])]?(?:\*\*|__)?\s*(?:[-–—:~|]|->|→|=>)\s*\S"
)
_QUESTION = re.compile(r"^\s*(?:\*\*)?(?:Q\s*\d*\s*[.:)]|A\s*\d*\s*[.:)]|질문\s*\d*\s*[.:)]|답변\s*[.:)])", re.I)
_WHOLE_BEFORE = re.compile(r"^[\s\W\d_]*?(?:\d+\s*[.)]\s*|[IVX]+\.\s*)?$")
_WHOLE_AFTER = re.compile(
    r"^\s*(?:\([^)]*\))?\s*(?:은|는|이|가|란|이란|의|에\s*대해|에\s*대하여|layers?|연산|층)?\s*[:?!.]?\s*$",
    re.I,
)
_CONTRAST = re.compile(
    r"^\s*(?:(?:과|와|이랑|랑)\s*(?:달리|다르게|비교|대비|달라)|보다|대신|에\s*비해|에\s*비하여|없이|대비|"
    r"와는|과는|\s*vs\.?\s|\s*대\s)",
    re.I,
)
# `LSTM과의 차이점`, `RNN과 비교`: the name is what the enclosing section's topic is set against; `단순
# Fine-tuning이 아니다`, `RNN이 아닌`: what it is not
_COMPARED = re.compile(
    r"^\s*(?:(?:과|와)(?:의)?\s*(?:차이|비교|다른\s*점)|(?:에\s*)?대비|에\s*비해|에\s*비하여|(?:이|가)?\s*아(?:니다|닌|님|니라))"
)
_VERBAL = re.compile(r"^(?:된|되는|되어|돼|되면|하는|한|해서|하여|할|하면|하고|시킨|시켜|시키는)(?![가-힣])")
# `토큰화가 되어있는 상태에서`: a Korean verbal noun, its subject particle, then 되다: the state of having been done
_VERBAL_NOUN = re.compile(r"^(?:이|가)\s?(?:된|되는|되어|돼|되면|되었|됐)")
_OPENS_TOPIC = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?"
    r"(?:(?:알고리즘|방법|방법론|기법|모델|함수|연산|구조|층|레이어|layers?|loss|로스|손실|models?|networks?|네트워크)\s*)?"
    r"(?:\([^)]*\)\s*)?"
    r"(?:$|[:：=→–]|\s-\s|\s*(?:&|및|,|/)|(?:과|와)(?=\s)"
    r"|(?:은|는|이|가|란|이란|을|를|에\s*대(?:해|한))(?![가-힣])|\s*(?:활용|사용|적용|도입|추가|이용)(?![가-힣]))",
    re.I,
)
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_ITEM_MARK = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s")
_MARKER = re.compile(r"^(?:\s*(?:>|[-*+]|\d+[.)]))+\s*")
_IMAGE = re.compile(
    r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|<figure\b.*?</figure>|<span\b[^>]*kb-missing-image.*?</span>", re.I
)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|<https?://[^>]+>|https?://\S+")
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_DIARY = re.compile(  # a line that ends saying what the author did today
    r"(?:(?:학습|공부|복습|수강|정리|시청|실습)\s*(?:했|하였)(?:다|음|습니다)|(?:학습|공부|복습|수강|정리|실습)\s*(?:함|완료|예정)"
    r"|배웠(?:다|음)|들었(?:다|음)|봤(?:다|음)|(?:studied|learned|reviewed)\b.*)\s*[.!~]*\s*$",
    re.I,
)
_POINTER = re.compile(r"참고|참조|링크|포스트|포스팅|게시글|이전\s*글|다음\s*글|보기|자세한|→|see\b", re.I)
# `... 부분은 [여기](...)를 참고하면 된다`, `... 설명은 [여기](...)에서 진행하도록 하겠다`: a link that says only where,
# in a line that sends the reader there
_DEICTIC_LINK = re.compile(r"\[\s*(?:여기|이곳|이\s*글|이\s*포스트|링크|here|this)\s*\]\(", re.I)
_SENDS_THERE = re.compile(r"참고|참조|설명은|설명할|다룬다|다룰|다루겠|진행하도록|확인", re.I)
_SHORT_POINTER = 50  # characters but spaces and links: a pointer line is about one short sentence
_POINTER_TAIL = 15  # characters but spaces after the link: a particle and the verb that sends the reader there
_SENTENCE_END = re.compile(r"[.!?。](?:\s+|\*+\s*)\S")
_BARE_ITEM = 20  # characters: a list of items this short and of three words at most says nothing
_ELSEWHERE = re.compile(
    r"^\s*(?:library|libraries|라이브러리|visuali[sz]ation|시각화|competitions?|대회|overview|실습|구현|"
    r"code|코드|tutorial|튜토리얼|tools?|환경|설치|api|baseline|베이스라인)(?![A-Za-z가-힣])",
    re.I,
)
# A paper's title naming the concept as its means: `Deep Neural Networks for YouTube Recommendations` is about a
# recommender, its network the tool (a paper about the concept itself is its alias: `Deep Residual Learning for
# Image Recognition`). Two title-case words or more after `for`, to the heading's end: not `CNN for NLP`, nor
# `Weight Initialization for Deep Networks`.
_FOR_TITLE = re.compile(
    # not neural networks at large (`Weight Initialization for Deep Networks`, a lecture's title): no task of its own
    r"^\s+for\s+(?!(?:Deep\s+)?(?:Neural\s+)?Net(?:work)?s?\s*$|Deep\s+Learning\s*$)[A-Z][\w\-]*(?:\s+(?:[A-Z0-9][\w\-]*|a|an|and|at|by|from|in|of|on|the|to|via|with))*"
    r"\s+[A-Z0-9][\w\-]*\s*$"
)
# `- 참고사이트` over its links, a colon or not: the references' label
_REFERENCES_LABEL = re.compile(
    r"^(?:참고\s*(?:사이트|자료|문헌|링크|글)?|references?|reference\s+sites?|출처|레퍼런스)\s*[:：]?\s*$", re.I
)
_MIN_SAID = 2  # characters of prose that make a passage say something
# What a stub of a note holds in place of content (a 기술사 wiki's pages made ahead from a template):
# kramdown attribute lines (`{: .fs-8 }`) and the badge line they style (`2.1 모델 구조` over
# `{: .label .label-purple }`), a to-do list (`- [ ] 개념 이해`), a note to self where content is to come
# (`*(이미지 내용 추출 후 작성)*`, `[사진 첨부]`) and a line of keywords in backticks.
_ATTRIBUTES = re.compile(r"\s*(?:>\s*)*\{:[^}]*\}\s*")
_BADGE = re.compile(r"\s*(?:>\s*)*\{:[^}]*\.label\b[^}]*\}\s*")
_TASK = re.compile(r"^\s*(?:>\s*)*[-*+]\s+\[[ xX]\]\s")
_TO_COME = re.compile(
    r"[*_]*[\[(]\s*[^\[\]()]{0,30}(?:첨부|작성|추가\s*예정|추후|TODO|TBD)[^\[\]()]{0,20}[\])][*_]*\s*", re.I
)
_KEYWORDS = re.compile(r"(?:`[^`]+`[\s,·]*)+")
# A paper summary's line announcing what its section explains, with nothing after it (`이 장에서는 어떻게 학습을
# 시켰는지 설명해준다.` closing a note): the section is yet to be written
_ANNOUNCED = re.compile(
    r"^이\s*(?:장|절|섹션|챕터|단락|부분|글)에서(?:는)?\s.{0,60}(?:설명|소개|정리|다룬|다룹|알아본|알아봅)\S*\s*[.!]?$"
)
# A paper's particulars listed over its review (ViT's `* **저자**: Alexey Dosovitskiy, ...`, `* **학회**: ICLR
# 2021`, `- Published: 2018`): bibliography, not what the paper does
_PARTICULARS = re.compile(
    r"^\s*(?:>\s*)*[-*+]\s+(?:\*\*|__)?(?:제목|저자|소속|학회|게재|발표|출판|연도|년도|링크|출처|논문\s*링크|코드|"
    r"title|authors?|affiliations?|venue|conference|journal|year|published|links?|paper|code|arxiv)"
    r"(?:\*\*|__)?\s*[:：]",
    re.I,
)
# A line of Python outside a fence (a note whose fences were lost on its way: `python` on a line, then the
# code as text): the language's name alone, an import, a definition or a loop's head; or an assignment or a
# call that names something as code does (`np.sum`, `d_loss`, `self.mask`), not a formula written out
_CODE_STATEMENT = re.compile(
    r"^(?:python3?|py|bash|sh|shell"
    r"|import [\w.]+(?: as \w+)?(?:, ?[\w.]+(?: as \w+)?)*|from [\w.]+ import [\w., *]+"
    r"|(?:def|class) \w+(?:\(.*\))?:.*|for [\w, ()]+ in .+:|(?:while|if|elif) .*[=<>()!].*:|else:)$"
)
_CODE_ASSIGNMENT = re.compile(r"^[A-Za-z_][\w.]*(?:\[[^\]]*\])?(?:, ?[A-Za-z_][\w.]*)* ?[-+*/]?= ?[^=]")
# Code of a JVM or JavaScript notebook left bare (a Spark note's `val evaluator = new
# BinaryClassificationEvaluator()`, `  .setMetricName("areaUnderROC")`), and a call with keyword arguments
# (`BinaryClassificationEvaluator(metricName="areaUnderROC")`)
_CODE_DECLARATION = re.compile(r"^(?:val|var|let|const|lazy val)\s+\w+(?:\s*:\s*[\w\[\]]+)?\s*=\s*\S")
_CODE_PRINT = re.compile(r"^(?:println|print|console\.log)\(.*\)\s*;?$")
_CODE_CHAIN = re.compile(r"^\.[A-Za-z_]\w*\(.*\)[;)]*$")
_CODE_KEYWORDS = re.compile(r"^[\w.= ]*\b[A-Za-z_]\w*\([^()]*\b[A-Za-z_]\w*\s*=\s*[^=\s][^()]*\)\s*$")
_CODE_CALL = re.compile(r"^(?:print|[A-Za-z_]\w*(?:\.\w+)+|\w*_\w*)\(.*\)$")
_CODE_NAME = re.compile(r"[A-Za-z]\w*(?:\.[A-Za-z_]\w*|_\w+)|=\s*(?:None|True|False|-?[\d.]+)\s*$")
_CODE_COMMENT = re.compile(r"\s+#.*$")
_CODE_FIRSTS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.")  # most lines open in Korean

_TITLE_WORDS = re.compile(
    r"\[[^\]]*\]|\([^)]*\)|[^\w가-힣]|\b(?:paper|review|summary|notes?|study|with|in|and|of|the|a|an|for|"
    r"pytorch|tensorflow|keras|implementation|part|introduction|basics?)\b|"
    r"정리|리뷰|논문|요약|공부|개념|이해|이란|란|알아보기|알아보자|구현|설명|기초|입문|총정리|노트|에\s*대해|"
    r"에\s*대하여|대해|대하여|살펴보기|파헤치기|코드|실습|강의|핵심|원리|구조|모델|기법|방법|편|하기|\d+",
    re.I,
)


def is_routine(title: str) -> bool:
    """A heading of the course's routine: assignments, peer sessions, retrospectives, references, Q&A."""
    return bool(_ROUTINE.match(title) or _ROUTINE_ANYWHERE.search(title))


# `참고 : 교사 강요(teacher forcing)`: a side note on what follows the colon, no references
_ASIDE_HEADING = re.compile(_LEAD + r"참고\s*[:：]\s*(?=\S)")


def aside_topic(title: str) -> int | None:
    """Where the topic of a side note's heading starts (`참고 : 교사 강요(teacher forcing)`: the words after the
    colon), if `title` is one: a note set aside on that topic, not the section's references."""
    found = _ASIDE_HEADING.match(title)
    return found.end() if found else None


# deeplearning.ai's lecture ids (`C2W1L06_Dropout Regularization`: course 2, week 1, lecture 6) glued to the
# lecture's title by `_`
_LECTURE_CODE = re.compile(r"^([\W_]*?[A-Z]\d{1,3}(?:[A-Z]\d{1,3}){1,3})_(?=[A-Za-z가-힣])")


def lecture_code_apart(title: str) -> str:
    """`title` with a lecture id glued to its words by `_` (`C2W1L06_Dropout Regularization`) set apart by a
    space, as long as before: the words after it are a title, no identifier (`warmup_steps`)."""
    found = _LECTURE_CODE.match(title)
    return f"{found.group(1)} {title[found.end():]}" if found else title


_CONTENTS = re.compile(_LEAD + r"(?:목차|차례|table\s*of\s*contents|contents)\s*$", re.I)


_APPENDIX = re.compile(_LEAD + r"(?:추가\s*(?:조사|자료|공부|내용)|부록|번외|여담|appendix\b|더\s*알아볼\s*것)", re.I)


# A paper review's experiments (`4. 실험 결과 및 성능`, `Experiments`, `Results`, `벤치마크`): the models named there are
# what the paper's method was measured on (`- **BERT-large**: 학습 속도 15% 향상`), not what the section explains.
# The whole heading is one (`결과적으로 CNN은`, `실험 노트: LSTM 구현` are not); not `성능 평가` or `Evaluation`,
# which in a course note explain the metrics.
_RESULT_WORDS = r"실험|결과|성능\s*비교|벤치\s*마크|experiments?|experimental\s+results?|results?|benchmarks?"
_RESULTS = re.compile(
    _LEAD
    + r"(?:주요\s*)?"
    + rf"(?:{_RESULT_WORDS})"
    + r"(?:\s*(?:및|과|와|&|and|,)?\s*(?:"
    + _RESULT_WORDS
    + r"|성능|분석|비교|평가|analysis|discussion|comparisons?))*[\s\W_]*$",
    re.I,
)


def is_results(title: str) -> bool:
    """A heading over a paper's experiments and their results, and nothing else."""
    return bool(_RESULTS.match(title))


def is_appendix(title: str) -> bool:
    """A heading that goes past the note's topic (`추가 조사`, `부록`, `번외`, `Appendix`): a note about one
    concept gives it no section so headed that names nothing (ADAM's note, its `추가 조사` surveying the
    other optimizers)."""
    return bool(_APPENDIX.match(title))


def is_contents(title: str) -> bool:
    """A table of contents' heading (`목차`, `Contents`): routine for its own list, not for the sections that a
    note sets a level under it."""
    return bool(_CONTENTS.match(title))


def is_timeline_entry(title: str) -> bool:
    """A list item that opens with a year and a separator (`- 2013 - DQN`, `- 2019: GPT-3`, `**2015** -
    ResNet`): an entry of a history of the field (boostcamp's "Historical Review"), naming each milestone
    in a line or two. What it and the points under it name is mentioned, not explained. Not `2012년
    AlexNet 등장 이후 ...`, a sentence that starts with a year."""
    return bool(_TIMELINE.match(title))


def is_question(title: str) -> bool:
    """A `Q.` / `A.` line of a question-and-answer list."""
    return bool(_QUESTION.match(title))


def names_whole(title: str, start: int, end: int) -> bool:
    """The name at title[start:end] is all the title says (`3. Convolution`, `Detection (탐지)`)."""
    return bool(_WHOLE_BEFORE.match(title[:start]) and _WHOLE_AFTER.match(title[end:]))


def opens_topic(rest: str) -> bool:
    """What follows the name an item opens with makes the item about it: nothing more (`- LSTM`), a
    parenthesis, a definition mark (`:`, `=`, `→`) or a subject/topic/object particle (`은`, `이`, `를`). Not
    `- 선형회귀의 경우 ...`, `- Batch Size 줄이기 ...`, `- GoogleNet -> Darknet-19`: about something else."""
    return bool(_OPENS_TOPIC.match(rest))


def is_contrast(rest: str) -> bool:
    """What follows a name at the start of an item sets something against it (`과 달리`, `보다`)."""
    return bool(_CONTRAST.match(rest))


# `CNN이 가지는 지역성과 같은 inductive bias가 없음`: the name owns what the item is about; but what it owns may be
# its own traits (`Transformer가 가진 가장 큰 특징은 ...`, `RNN이 가지는 한계는`): then the item is about it
_POSSESSOR = re.compile(
    r"^\s?(?:이|가)\s+(?:가지는|가진|갖는|가지던|지닌|지니는|갖고\s*있는|가지고\s*있는)\s+"
    r"(?!(?:(?:가장|제일|몇\s*가지|여러|주요|큰|중요한|핵심적인|대표적인)\s*)*"
    r"(?:특징|특성|성질|장점|단점|장단점|강점|약점|이점|한계|문제|차이|구조|원리|목적|역할|의미))"
)
# `- 반면, ViT는 ...` under `- CNN은 ...`: the next point opens setting another topic against this one's
_CONTRAST_OPENING = re.compile(
    r"^(?:\*\*|__)?(?:반면(?:에)?|반대로|이에\s*반해|그에\s*반해|whereas|in\s+contrast|on\s+the\s+other\s+hand)[,\s]+",
    re.I,
)


def is_possessor(rest: str) -> bool:
    """What follows a name an item opens with makes it the owner in a relative clause (`CNN이 가지는 지역성과 같은
    inductive bias가 없음`, what another model lacks): the item is about what it has, unless that is the name's own
    traits (`Transformer가 가진 가장 큰 특징은 ...`, `RNN이 가지는 한계는`), which the item tells of it."""
    return bool(_POSSESSOR.match(rest))


# `과적합이 발생하기 전까지는 dropout 사용을 안한다`: the name is what happens, the clause when the rest of the point holds
_CONDITION = re.compile(
    r"^\s?(?:이|가)\s+(?:발생(?:하기\s*전|하면|할\s*때|하는\s*경우|한\s*경우)|생기(?:기\s*전|면)|생길\s*때|"
    r"일어나(?:기\s*전|면)|일어날\s*때|나타나(?:기\s*전|면)|나타날\s*때)"
)


def is_condition(rest: str) -> bool:
    """What follows a name an item opens with makes it what happens in a clause of time or condition
    (`과적합이 발생하기 전까지는 ...`, `기울기 소실이 생기면 ...`): the point says what holds then."""
    return bool(_CONDITION.match(rest))


def contrast_opening(text: str) -> int | None:
    """Where the words after a contrasting opening (`반면, ViT는 ...`, `In contrast, ...`) start, if `text` has one."""
    found = _CONTRAST_OPENING.match(text)
    return found.end() if found else None


def is_verbal(rest: str, name: str = "") -> bool:
    """What follows a Korean name makes a verb or adjective of it (`토큰화된 단어`, `정규화하는`, and after its
    particle, `토큰화가 되어있는 상태에서`: what is done, not what it is): no topic."""
    return bool(_VERBAL.match(rest) or (name[-1:] >= "가" and name[-1:] <= "힣" and _VERBAL_NOUN.match(rest)))


def about_something_else(rest: str) -> bool:
    """What follows a concept's name in a heading makes it the topic's tool or setting, not the topic
    (`Object Detection Library`, `CNN Visualization`, `Semantic segmentation 대회에서 ...`), sets the
    section's topic against it (`LSTM과의 차이점` under GRU, `RNN과 비교` under the Transformer) or says the
    topic is not it (`지속학습은 단순 Fine-tuning이 아니다`), or ends a paper's title that applies it to
    something else (`Deep Neural Networks for YouTube Recommendations`)."""
    return bool(_ELSEWHERE.match(rest) or _COMPARED.match(rest) or _FOR_TITLE.match(rest))


# `Benefits over traditional method of object detection`: what follows `over`, `than`, `compared to` in a heading
# is what its topic is set against (the YOLO paper's advantages over the detectors before it), after some word
# that the topic is (`Benefits`); not `vs`, which sets two topics side by side
_SET_AGAINST = re.compile(
    r"[A-Za-z가-힣]\S*\s+(?:over|than|compared\s+(?:to|with)|unlike|relative\s+to|against)\s", re.I
)


def set_against(before: str) -> bool:
    """The words before a name in a heading end in a comparison that the name completes (`Benefits over
    traditional method of object detection`): the name is what the topic is compared with, not the topic."""
    return bool(_SET_AGAINST.search(before))


# `Bounding Box의 예측 방식 변경.(Logistic Regression)`, `클래스 예측 방식의 변경 (Softmax → Sigmoid)`: a heading that
# names a step of its topic (a change, an addition, a use: an action noun closing its words), the brackets after
# it the means the step takes
_STEP_THEN_BRACKETS = re.compile(
    r"(?:변경|변화|도입|개선|추가|적용|사용|설계|교체|제거|대체)[.。]?\**\s*\(([^()]*)\)[\s*_.:]*$"
)


def means_in_brackets(title: str, start: int) -> bool:
    """The name at `start` is in the brackets closing a heading that names a step of its topic (`Bounding Box의
    예측 방식 변경.(Logistic Regression)`): the means of that step, not the heading's topic."""
    step = _STEP_THEN_BRACKETS.search(title)
    return step is not None and step.start(1) <= start < step.end(1)


_MARKS_ONLY = frozenset("-=*_|:# ")  # a line of rules, table pipes or heading marks and nothing else

def says_something(lines: Iterable[str]) -> bool:
    """The lines hold prose, a formula or a table beyond code, figures, links and diary or pointer lines;
    not only a flat list of a few words each (`- RandomCrop 추가`, `- Focal, F1, LADE`: an experiment log)."""
    said: list[str] = []
    items = 0  # lines of `said` that are list items
    chars = 0  # of `said`, spaces left out
    indents: set[int] = set()
    fence = None
    lines = list(lines)
    for index, line in enumerate(lines):
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence:
                fence = None
            continue
        if opened:
            fence = opened.group(1)[0]
            continue
        text = _MARKER.sub("", line.strip())
        if not text or set(text) <= _MARKS_ONLY or _stub_line(line, text, lines[index + 1 : index + 2]):
            continue
        if len(text) <= 20 and (
            (text.rstrip(" :：") != text and is_routine(text.rstrip(" :：")))
            or _REFERENCES_LABEL.match(text)
            or is_contents(text.strip("*_ :："))
        ):
            continue  # `Reference :`, `- 참고사이트` over the links it labels, `**목차**` over the note's sections
        if text[0] in _CODE_FIRSTS and _is_bare_code(line):
            continue  # `loss = 0.5 * np.sum((a2 - y) ** 2)`: code, whatever became of its fence
        bare = _SPACE.sub("", _TAG.sub("", _LINK.sub("", _IMAGE.sub("", text))))
        if not bare:
            continue  # a figure or a link and nothing else
        if _LINK.search(text) and len(bare) < 15 and _POINTER.search(text):
            continue  # "자세한 내용은 [이전 글](...) 참고"
        if len(bare) < _SHORT_POINTER and (deictic := _DEICTIC_LINK.search(text)) and _sends_there(text, deictic):
            continue  # "나머지 부분은 [여기](...)를 참고하면 된다": where to read, not what
        said.append(text)
        item = _ITEM_MARK.match(line)
        if item:
            items += 1
            indents.add(len(line) - len(line.lstrip()))
        chars += len(_SPACE.sub("", text))
        if (
            chars >= _MIN_SAID
            and (not item or len(text) > _BARE_ITEM or len(text.split()) > 3)
            and not (len(text) < 60 and _DIARY.search(text))
        ):
            return True  # a line no bare list or diary has: whatever follows, the lines say something
    if sum(len(_SPACE.sub("", s)) for s in said) < _MIN_SAID:
        return False
    flat = items == len(said) and len(indents) == 1  # one level of list items, nothing under them
    if len(said) > 1 and flat and all(len(s) <= _BARE_ITEM and len(s.split()) <= 3 for s in said):
        return False  # a bare list
    return not all(_DIARY.search(s) and len(s) < 60 for s in said)


def _sends_there(text: str, link: re.Match) -> bool:
    """One short sentence (a line of several says something besides) whose words after the link only send the
    reader there (`를 참고하면 된다`, `에서 진행하도록 하겠다`; not `에서 확인할 수 있듯이 query와 key의 ...`)."""
    after = _LINK.sub("", text[link.start() :])
    return (
        bool(_SENDS_THERE.search(after))
        and len(_SPACE.sub("", after)) < _POINTER_TAIL
        and not _SENTENCE_END.search(_LINK.sub("", text))
    )


def is_badge(lines: Iterable[str]) -> bool:
    """A line styled as just-the-docs' label (`2.1 딥러닝` over `{: .label .label-blue }`): a category
    badge, no topic."""
    return any(_BADGE.fullmatch(line) for line in lines)


def _stub_line(line: str, text: str, after: list[str]) -> bool:
    """The line holds what a stub holds in place of content (`_TO_COME` and the patterns above it), or a
    paper's particulars (`* **저자**: ...`, `- Published: 2018`), which say where it is, not what."""
    if _ATTRIBUTES.fullmatch(line) or _TASK.match(line) or _TO_COME.fullmatch(text) or _KEYWORDS.fullmatch(text):
        return True
    if _PARTICULARS.match(line):
        return True
    if _ANNOUNCED.match(text) and not any(line.strip() for line in after):
        return True
    return bool(after and _BADGE.fullmatch(after[0]))


def _is_bare_code(line: str) -> bool:
    """A line of Python outside a fence (`import numpy as np`, `d_loss = a2 - y_true`, `loss.backward()`)."""
    code = _CODE_COMMENT.sub("", line.strip())
    if _CODE_PRINT.match(code):
        return True  # `println(s"AUC = $auc")`: its `$` is Scala's, not TeX
    if not code.isascii() or "\\" in code or "$" in code:
        return False  # Korean prose, TeX
    if _CODE_STATEMENT.match(code) or _CODE_CALL.match(code):
        return True
    if _CODE_DECLARATION.match(code) or _CODE_CHAIN.match(code) or _CODE_KEYWORDS.match(code):
        return True
    return bool(_CODE_ASSIGNMENT.match(code) and _CODE_NAME.search(code))


# Before a title's first name: marks, an emoji, numbering or a bracketed tag (`📘 `, `[논문 리뷰] `, `3. `)
_TITLE_OPENING = re.compile(r"^[\s\W\d_]*?(?:\[[^\]]*\]\s*)?[\s\W\d_]*$")
_HEADLINE_COLON = re.compile(r"^\s*(?:\([^)]*\)\s*)?[:：]\s*\S")
_CLOSING_PARENTHETICAL = re.compile(r"\(([^()]*)\)\s*$")


def headline_concept(title: str, spans: list[tuple[str, int, int]]) -> str | None:
    """The concept a title heads as its topic, whatever else it says: the name it opens with before a colon
    (`U-net: 바이오메디컬 이미지 세그멘테이션을 위한 ...`, `You Only Look Once: Unified, Real-Time Object
    Detection`), the subtitle saying what it is; or the name a paper's title closes with in brackets
    (`Improving Language Understanding by Generative Pre-Training (GPT-1)`), when the brackets hold nothing
    else."""
    if not spans:
        return None
    concept, start, end = spans[0]
    if _TITLE_OPENING.match(title[:start]) and _HEADLINE_COLON.match(title[end:]):
        return concept
    closing = _CLOSING_PARENTHETICAL.search(title)
    if closing:
        inside = [(c, s, e) for c, s, e in spans if s >= closing.start(1) and e <= closing.end(1)]
        if inside and len({c for c, _, _ in inside}) == 1:
            rest = without_spans(title, [(s, e) for _, s, e in inside], closing.start(1), closing.end(1))
            if not re.sub(r"[\W\d_]", "", rest):
                return inside[0][0]
    return None


def without_spans(text: str, spans: Iterable[tuple[int, int]], start: int = 0, end: int | None = None) -> str:
    """`text[start:end]` with these spans (its names) taken out, a space where each stood."""
    rest, last = [], start
    for s, e in sorted(spans):
        rest.append(text[last:s])
        last = max(last, e)
    rest.append(text[last:end])
    return " ".join(rest)


def title_is_about(title: str, spans: Iterable[tuple[int, int]]) -> bool:
    """Once its names are taken away, the title says nothing else (`[논문 리뷰] ResNet`, `LSTM 정리`)."""
    return len(_TITLE_WORDS.sub(" ", without_spans(title, spans)).split()) <= 2
