"""Note bodies in the shapes of real study notes that the concept stage once read wrong (written for the
project, none copied): shared by the unit tests of each rule and the build that shows its page."""

# Obsidian: a note, and one that embeds it on a line of its own
GRU_NOTE = "## GRU\n\nGRU는 reset gate와 update gate 두 개만 두어 LSTM보다 가볍게 만든 RNN이다.\n"
EMBEDDING_NOTE = "## 모음\n\n![[GRU 정리]]\n\n## LSTM\n\nLSTM은 셀 상태를 따라 정보를 멀리 보내 긴 의존성을 다룬다.\n"

# each topic a bold label with its points, then its figure; the first label defines its topic on its line
FIGURED = (
    "### Regularization\n\n"
    "**Early Stopping** : Generalization performance가 나빠지기 전에 멈추자\n\n"
    "![image](early.png)\n\n"
    "**parameter Norm Penalty**\n\n"
    "- 부드러운 함수일수록 일반화가 잘 된다는 가정에서 weight를 함께 줄여 나간다\n\n"
    "![image](norm.png)\n\n"
    "**Label Smoothing**\n\n"
    "- 정답 레이블을 0과 1이 아닌 부드러운 값으로 바꿔 결정 경계를 완만하게 만든다\n\n"
    "![image](smooth.png)\n"
)
DROP_OUT = "\n**Drop Out**\n\n- 몇몇 뉴런의 값을 0으로 바꿔 특정 뉴런에 기대지 않게 한다\n"

# a note still being written: its last heading, on its subject, has nothing under it yet
UNFINISHED = (
    "## Introduction\n\nTransformer를 구현하다가 Beam Search를 제대로 이해하지 못한 것 같아 정리해 보려 한다.\n\n"
    "## Background and Notation\n\n- 디코더는 매 시점 상위 K개의 후보 문장만 남기며 다음 단어를 고른다\n\n"
    "## Beam Search Optimization (BSO)\n\n"
)

# Keras' Sequential model under the heading of the RNN it builds: a homonym of the sequence models
KERAS = (
    "## RNN\n\n### Sequential Model\n\n"
    "- Sequential Model은 레이어를 선형적으로 쌓는 구조라 다중 입력 모델을 만들기 어렵다\n"
    "- 다중 입력이나 다중 출력이 필요하면 함수형 API를 쓴다\n\n"
)
