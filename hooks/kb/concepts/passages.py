"""Which parts of a note are about which concept: passages, and the concepts only mentioned.

A block of the note's outline (see `outline.py`) is about a concept when
- a heading, a lone label line or a bold list item names it anywhere in its text;
- a plain list item opens with its name (`- LSTM은 ...`, `- RNN의 문제를 ... LSTM 등장`: the most specific
  concept named in that first line wins when it is a kind of the opening one). An item with nothing
  under it must define the name (`- GRU: ...`, `- NADE는 ...`); `- Dropout 사용` is a mention.
Of several concepts named, the most specific wins (a passage on "LSTM in RNN" is LSTM's); two unrelated
ones share it. A passage keeps its nested points and math verbatim. A nested block about another
concept is taken out and replaced by a pointer line to that concept's page, unless it is a part of
this concept (ELBO stays inside VAE). A heading with nothing under it is a mention, not a passage; so is
one over code, figures, links or diary lines only, and whatever sits under the course's routine headings
(과제, 피어세션, Q&A: `judging.py` has the rules). A note wholly about one concept (its title names it and
nothing else, or most of its top sections do) gives that concept every section no other concept claims,
generic ones included ("Abstract", "3. 핵심 아이디어"). A heading that names nothing as written but is one
typo from a name ("Atention") is read as that name, and the note is told (`NoteConcepts.typos`).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, partial
from itertools import accumulate, pairwise

from hooks.kb.concepts.acronyms import redefined_acronyms
from hooks.kb.concepts.aliases import AliasMatcher
from hooks.kb.concepts.definitions import ConceptRegistry
from hooks.kb.concepts.glosses import glossed_names
from hooks.kb.concepts.judging import (
    about_something_else,
    aside_topic,
    contrast_opening,
    headline_concept,
    is_appendix,
    is_badge,
    is_condition,
    is_contents,
    is_contrast,
    is_possessor,
    is_question,
    is_results,
    is_routine,
    is_timeline_entry,
    is_verbal,
    lecture_code_apart,
    means_in_brackets,
    names_whole,
    opens_topic,
    says_something,
    set_against,
    title_is_about,
    without_spans,
)
from hooks.kb.concepts.lead import lead_end, lead_markdown
from hooks.kb.concepts.outline import _SETEXT, Block, Outline, outline, plain_text, without_embeds
from hooks.kb.concepts.quoting import render_passage, short, trail, whole_body
from hooks.kb.posts.code import blank_code

_DEFINES = re.compile(r"^(?:\s*(?:[:：=→–]|-(?!>))|\s?(?:은|는|이|가|란|이란|이라는)(?=[\s,.]))\s*(.*)$", re.S)
_PARENTHETICAL = re.compile(r"^\s*\([^)]*\)")
_TRAILING_PARENTHETICAL = re.compile(r"\s*\([^)]*\)\s*$")
_SPACE = re.compile(r"\s")
_LATIN = re.compile(r"[A-Za-z]{5}")
_LATIN_WORD = re.compile(r"^[A-Z][A-Za-z0-9\-]*(?:\s+[A-Za-z0-9\-]+)*$")  # `DCN`, `ERM`, `Cascade RCNN`
_ASIDE = re.compile(r"\([^)]*\)")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_NOT_PUNCTUATION = re.compile(r"[^\s,.;:·&/()\-]")
_BOLD_LEAD = re.compile(r"^(\*\*|__)(.+?)\1\s*(?:\([^)]*\))?\s*[:：]\s*\S")  # `**IoU**(...) : 교집합 / 합집합`
_BOLD_LINE = re.compile(r"^(\*\*|__)(.+?)\1\s*:?\s*$")
# An address: its words are a site's path, not the note's (`.../pca-k-means/`, `taewan.kim/post/cnn/`)
_ADDRESS = re.compile(r"""https?://[^\s)<>\]"']+|(?<=\]\()[^)\s]+""")
# A missing figure's placeholder that names its file (`이미지 없음: googlenet.png`): a path, not what the note says
_FILE_PLACEHOLDER = re.compile(r'<span class="kb-missing-image"[^<>]*>[^<]*\.[A-Za-z0-9]{2,5}</span>')
_MIN_DEFINITION = 8  # characters after the name that make a one-line item a passage, not a mention
# A setting's value after the mark, not a definition: a number, as it is or with its particle (`0.5로 설정`)
# A point that ends giving a reason (`... 제한하기 때문임.`): in a note about another concept, why the point it is
# nested under holds
_REASON = re.compile(r"때문(?:이다|임|입니다|이에요|이야)?[.!。…\s]*$")
_SETTING_VALUE = re.compile(r"^[-+]?\d[\d.,]*(?:e[-+]?\d+)?\s*(?:%|로|으로|(?![\w가-힣]))", re.I)


@dataclass(frozen=True)
class Passage:
    concept: str
    line: int  # 1-based line in the note body
    anchor: str | None  # the note section to link to
    trail: tuple[str, ...]  # titles of the enclosing sections, then the passage's own
    # What `markdown` is made from: a concept page quotes only its newest notes in full, so most passages
    # are never shown and their Markdown is made only when asked for.
    _source: Callable[[], str] = field(repr=False, compare=False, hash=False)
    item: bool = False  # a list item's passage: its quote opens with the item's text, the trail's last title


    @cached_property
    def markdown(self) -> str:
        """Dedented; inner headings as bold lines; other concepts' blocks as `concept:<id>` links."""
        return self._source()


@dataclass(frozen=True)
class Misspelling:
    line: int  # 1-based line in the note body
    written: str
    meant: str  # the concept's name it is one typo from
    concept: str


@dataclass(frozen=True)
class NoteConcepts:
    passages: tuple[Passage, ...]
    mentions: frozenset[str]  # concepts the note names without a passage on them
    typos: tuple[Misspelling, ...] = ()
    claimed: frozenset[int] = frozenset()  # outline blocks inside some passage
    # acronyms the note spells out as something else (`redefined_acronyms`): its own words, which its page
    # links to no concept either
    own_acronyms: frozenset[str] = frozenset()


class PassageFinder:
    def __init__(
        self,
        registry: ConceptRegistry,
        slugify: Callable[[str, str], str],
        matcher: AliasMatcher | None = None,  # the registry's, if made already
    ):
        self.registry = registry
        self.matcher = matcher if matcher is not None else AliasMatcher(registry)
        self.slugify = slugify

    def is_label(self, text: str) -> bool:
        """A lone line that is nothing but a concept's name (`Variation Autoencoder`, `GAN`, `**R-CNN**`)."""
        text = text.strip()
        if text[:2] in ("**", "__") and (bold := _BOLD_LINE.match(text) or _BOLD_LEAD.match(text)):
            text = bold.group(2)
        name = _TRAILING_PARENTHETICAL.sub("", text.strip().rstrip(":?").strip())
        found = self.matcher.opening(name) if len(name) <= 60 else None
        return found is not None and found.end == len(name)

    def outline(self, body: str) -> Outline:
        return outline(body, self.slugify, self.is_label)

    def block_concepts(
        self,
        shape: Outline,
        block: Block,
        names: list[tuple[str, int, int]] | None = None,
        own: frozenset[str] = frozenset(),
    ) -> tuple[str, ...]:
        """The concepts a block is about. `names`: the matcher's spans in its title, when known; `own`: the
        concepts the note's title (or first heading) names, its own subject."""
        title = lecture_code_apart(block.title)
        if is_badge(shape.lines[block.start + 1 : block.start + 2]):
            return ()  # `7. 신경망 알고리즘` over `{: .label .label-green }`: the page's category badge
        if names is None:
            names = self.matcher.spans(title, weak=True)
        if block.kind == "label" and (lead := _BOLD_LEAD.match(block.head)):
            # `**Early Stopping** : Generalization performance가 나빠지기 전에`: the bold names the topic, what
            # follows defines it in other words
            bold = len(plain_text(lead.group(2)))
            names = [n for n in names if n[2] <= bold]
        item = block.kind == "item" and not block.bold
        names = [
            n
            for n in names
            if self._names_here(title, n, item)
            and not about_something_else(title[n[2] :])
            and not _base_of_another(title, n, names)
            and (
                item
                or not (set_against(title[: n[1]]) or means_in_brackets(title, n[1]) or _aside_in_brackets(title, n, names))
                or self._body_defines(shape, block, n[0])
            )
        ]
        in_title = tuple(dict.fromkeys(concept for concept, _, _ in names))
        if not item:
            named = in_title
        else:
            opening = names[0] if names and names[0][1] == 0 else None  # a name the title opens with
            if opening is None or (block.leaf and not self._defines(title[opening[2] :], opening[0])):
                return ()
            if block.leaf and self._under_another_topic(shape, block):
                return ()  # "- DCN\n  - CNN은 geometric transform에 한계": a point about DCN
            if block.leaf and self._traits_of_another(shape, block, opening[0]):
                return ()  # "정규화의 효과에는 다음과 같은 것들이 있다." over "- Regularization이 ...": normalization's effects
            if block.leaf and own and opening[0] not in own and _under_item(shape, block) and _REASON.search(title):
                # "  - logistic regression은 sigmoid로 (0~1)로 제한하기 때문임" in a YOLO note: why the point above,
                # on the note's own model, holds
                return ()
            rest = title[opening[2] :]
            if is_contrast(rest) or is_verbal(rest, title[: opening[2]]) or is_possessor(rest):
                return ()  # "- RNN과 달리 ...", "- 토큰화된 단어마다", "- CNN이 가지는 ...": about something else
            if block.leaf and is_condition(rest) and any(c != opening[0] for c, _, _ in names[1:]):
                return ()  # "- 과적합이 발생하기 전까지는 dropout 사용을 안한다": about dropout, overfitting its condition
            if block.leaf and self._foil(shape, block, opening[0], own):
                return ()  # "- CNN은 ...를 강제한다" then "- 반면, ViT는 ...": what ViT is set against
            if _names_a_group(title, names):
                return ()  # "- CNN, LSTM등은 SL의 대표적인 예시이다": about what they have in common
            broader = opening[0]
            asides = [m.span() for m in _ASIDE.finditer(title)]  # "(Random Forest)": an example, not the topic
            narrower = [
                c
                for c, start, _ in names
                if broader in self.registry.broader(c) and not any(a <= start < b for a, b in asides)
            ]
            rest = title[opening[2] :]
            if not narrower and not block.leaf and not opens_topic(rest) and not self._only_names(rest):
                return ()  # "- 선형회귀의 경우 수렴이 보장되나 ...": about something else; not "- GPT Generative
                # Pre-trained Transformer" over its points, the name and its full form
            named = [broader, *narrower]
        if not named:
            return ()
        if any(self.registry.get(c).exclude_if for c in named):
            text = _section_text(shape, block)
            named = [c for c in named if not self.registry.get(c).excludes(text)]
        if not item and len(named) > 1 and _only_joined_names(title, names):
            return tuple(named)  # `Adam & AdamW`: both, though one is a kind of the other
        return self.registry.most_specific(named)

    def _defines(self, rest: str, concept: str) -> bool:
        """`_defines`, and what follows the mark is more than a setting's value: a number (`- dropout = 0.5로
        설정했다`) or only other names (`- loss function: binary cross entropy`, `- optimizer: Adam`), a line of
        a model's configuration, which names its parts without saying what they are; nor does it come back to
        the name it defines (`- IoU(Predicted Box, GT): 예측된 박스와 정답 박스의 IoU`, a formula's term)."""
        definition = _definition(rest)
        if definition is None or _SETTING_VALUE.match(definition) or self._only_names(definition):
            return False
        last = self.matcher.spans(definition)[-1:]
        return not (last and last[0][0] == concept and not definition[last[0][2] :].strip(" .。)"))

    def _body_defines(self, shape: Outline, block: Block, concept: str) -> bool:
        """The section's text opens defining `concept` (`## Dropout over Batch Normalization` over `Batch
        Normalization은 ... 기법이다`): the name the heading sets against its topic, or gives in brackets, is what
        the section explains."""
        for line in shape.lines[block.start + 1 : block.end]:
            text = plain_text(_LIST_MARK.sub("", line.strip(), count=1)).strip()
            if not text:
                continue
            found = self.matcher.opening(text)
            return found is not None and found.concept == concept and self._defines(text[found.end :], concept)
        return False

    def _under_another_topic(self, shape: Outline, block: Block) -> bool:
        """The item sits in a list under an item that is the label of a topic no concept names (`- DCN
        (Deformable Convolutional Networks)`, `- ERM`): what it says serves that topic."""
        if block.parent is None:
            return False
        parent = shape.blocks[block.parent]
        if parent.kind != "item" or parent.leaf:
            return False
        label = _TRAILING_PARENTHETICAL.sub("", parent.title).strip(" :")
        words = label.split()
        return (
            0 < len(words) <= 3
            and bool(_LATIN_WORD.match(label))
            and not self.matcher.spans(label, weak=True)  # the label itself: `DCN (Deformable Convolutional ...)`
            and not self.matcher.typo(label)
        )

    def _traits_of_another(self, shape: Outline, block: Block, concept: str) -> bool:
        """The item is a point of a list that the line above it announces as something's traits (`정규화의 효과에는
        다음과 같은 것들이 있다.`, `장점은 다음과 같다`) and that something is not the item's concept: the point is
        one of its effects, though it opens with another name."""
        intro = _line_over_list(shape, block)
        found = _TRAITS_INTRO.search(intro) if intro else None
        if found is None:
            return False
        return concept not in self.matcher.concepts_in(intro[: found.start()])

    def _foil(self, shape: Outline, block: Block, concept: str, own: frozenset[str]) -> bool:
        """The next point of the list opens setting the note's own subject against this one (`- CNN은 inductive
        bias를 강제한다` then `- 반면, ViT는 ...` in a ViT review): this point says what it is compared with. Two
        other concepts set against each other (`## 모델 비교`) are both explained."""
        line = block.end
        while line < len(shape.lines) and not shape.lines[line].strip():
            line += 1
        if line >= len(shape.lines):
            return False
        text = shape.lines[line]
        marker = _LIST_MARK.match(text)
        if marker is None or len(text) - len(text.lstrip()) != block.indent:
            return False
        after = text[marker.end() :]
        at = contrast_opening(after)
        if at is None:
            return False
        other = self.matcher.opening(plain_text(after[at:]))
        return other is not None and other.concept != concept and other.concept in own

    def _names_here(self, title: str, name: tuple[str, int, int], item: bool) -> bool:
        """A weak name counts only as the whole title, or opening an item that defines it. A name written as
        a tag (`## 태그: #CNN #RNN`, a line of Obsidian tags read as a heading) names no topic."""
        _, start, end = name
        if start and title[start - 1] == "#":
            return False
        if not self.matcher.is_weak(title[start:end]):
            return True
        return names_whole(title, start, end) or (item and start == 0 and _defines(title[end:]))

    def analyse(self, body: str, title: str = "", every_display_numbered: bool = False) -> tuple[Outline, NoteConcepts]:
        """The note's outline and what `find` makes of it; `every_display_numbered`: the note's blog numbered
        every display formula (`blog_config`), and its passages number them so too."""
        body = without_embeds(body)
        finder = self
        whole = f"{title}\n{body}"
        if redefined := redefined_acronyms(whole, self.matcher):
            finder = copy.copy(self)  # `Approximate Nearest Neighbor (ANN)`: this note's ANN is no neural network
            finder.matcher = self.matcher.without(redefined)
        if glossed := glossed_names(whole, finder.matcher):
            finder = copy.copy(finder)  # `정규화(Regularization)`: this note's 정규화 is regularization
            finder.matcher = finder.matcher.with_names(glossed)
        shape = finder.outline(body)
        found = finder._find(body, shape, title, every_display_numbered)
        return shape, (dataclasses.replace(found, own_acronyms=redefined) if redefined else found)

    def find(self, body: str, title: str = "") -> NoteConcepts:
        """The passages and mentions of `body`; `title` the note's title, which may say the whole note is
        about one concept."""
        return self.analyse(body, title)[1]

    def _find(self, body: str, shape: Outline, title: str, every_display_numbered: bool = False) -> NoteConcepts:
        """`find` on a body whose embedded notes are blanked already, `shape` its outline."""
        # Most blocks name no concept in their title: one scan over all titles finds those that do, and
        # only they are looked at closely.
        named = self._names_by_block(shape)
        typos = self._typos(shape, named)
        own = self._own_subject(shape, title)
        routine = _routine_blocks(shape, named, own)
        concepts = [
            self.block_concepts(shape, b, named[i], own) if i in named and i not in routine else ()
            for i, b in enumerate(shape.blocks)
        ]
        subject = self.subject(title, shape, concepts, routine)
        elsewhere = self._about_homonyms(shape, named, concepts)
        children = _children(shape)
        overviews = _overviews(shape, named, concepts, children)
        if subject and _explains(shape, concepts, subject):
            _give_unclaimed_sections(shape, concepts, subject, routine | elsewhere, overviews)
            overviews = _overviews(shape, named, concepts, children)
        inline: dict[str, set[int]] = {}
        passages = []
        for index, block in enumerate(shape.blocks):
            for concept in concepts[index]:
                if index in inline.get(concept, ()) or (index, concept) in overviews:
                    continue
                kept, pointers = self._split(index, concept, concepts, children, elsewhere)
                if not self._has_substance(shape, index, concept, kept, pointers, concepts, routine):
                    continue
                inline.setdefault(concept, set()).update(kept)
                source = partial(
                    render_passage, shape, index, kept, pointers, concepts, self.registry, every_display_numbered
                )
                passages.append(
                    Passage(concept, block.start + 1, block.anchor, trail(shape, index), source, block.kind == "item")
                )
        if subject and not any(p.concept == subject for p in passages):
            passages += self._subject_section(shape, concepts, subject, children, routine, every_display_numbered)
        first_heading = min((b.start for b in shape.blocks if b.kind == "heading"), default=None)
        if subject and first_heading is not None:
            names_it = lambda text: subject in self.matcher.concepts_in(text)  # noqa: E731
            # the subject's points in the lead (`- FCN은 픽셀 단위의 예측을 수행 함` among the lead's points on FCN)
            # are lines of the lead, which is quoted whole in their place
            in_lead = [p for p in passages if p.line - 1 < first_heading]
            points = in_lead if all(p.concept == subject and p.item for p in in_lead) else []
            quoted = {p.line - 1 for p in passages if p not in points}
            listed = frozenset(n for i in routine for n in range(shape.blocks[i].start, shape.blocks[i].end))
            if end := lead_end(shape, quoted, names_it, listed):
                passages = [p for p in passages if p not in points]
                source = partial(lead_markdown, shape, end, every_display_numbered)
                passages.insert(0, Passage(subject, 1, None, (short(title),), source))
        if subject and not passages and first_heading is None and says_something(shape.lines):
            # a note without headings, all of it about its title's concept
            passages.append(Passage(subject, 1, None, (short(title),), partial(whole_body, body, shape.lines, every_display_numbered)))
        cited = {p.concept for p in passages}
        claimed = frozenset(i for kept in inline.values() for i in kept)
        return NoteConcepts(tuple(passages), frozenset(self._mentions(shape, body)) - cited, typos, claimed)

    def _own_subject(self, shape: Outline, title: str) -> frozenset[str]:
        """The concepts the note's title names, or else its first heading: what the note itself is about."""
        if named := self.matcher.concepts_in(title):
            return frozenset(named)
        first = next((b for b in shape.blocks if b.kind == "heading"), None)
        return frozenset(self.matcher.concepts_in(first.title)) if first else frozenset()

    def _subject_section(
        self, shape: Outline, concepts, subject: str, children, routine: set[int], every_display_numbered: bool
    ) -> list[Passage]:
        """The note's section on its subject, whole, when the note has no passage on its subject otherwise: its
        heading says nothing of its own and what it says is under subsections headed for other concepts
        (`## Batch Normalization` over `#### Stochastic Gradient Descent`, which goes on to define batch
        normalization). Those stay their concepts' passages too."""
        for index, block in enumerate(shape.blocks):
            if block.kind != "heading" or subject not in concepts[index] or index in routine:
                continue
            kept = {index, *_descendants(children, index)}
            hidden = {line for i in kept if i in routine for line in range(shape.blocks[i].start, shape.blocks[i].end)}
            hidden.update(shape.blocks[i].start for i in kept if shape.blocks[i].kind == "heading")  # titles: its outline
            if not says_something(shape.lines[i] for i in range(block.start + 1, block.end) if i not in hidden):
                continue
            source = partial(render_passage, shape, index, kept, [], concepts, self.registry, every_display_numbered)
            return [Passage(subject, block.start + 1, block.anchor, trail(shape, index), source)]
        return []

    def subject(self, title: str, shape: Outline, concepts, routine: set[int]) -> str | None:
        """The one concept the whole note is about: its title names it and nothing else, or most of its top
        sections (at least two, more than half) are about it."""
        names = [n for n in self.matcher.spans(title, weak=True) if self._names_here(title, n, False)]
        if not names:
            names = [(t.concept, t.start, t.end) for t in self.matcher.typo(title)]
        ids = self.registry.most_specific(c for c, _, _ in names)
        if len(ids) == 1 and title_is_about(title, [(s, e) for _, s, e in names]):
            return ids[0]
        if headline := headline_concept(title, names):
            return headline
        headings = [i for i, b in enumerate(shape.blocks) if b.kind == "heading" and i not in routine]
        if not headings:
            return None
        top = min(shape.blocks[i].level for i in headings)
        tops = [i for i in headings if shape.blocks[i].level == top]
        counts: dict[str, int] = {}
        for i in tops:
            for concept in concepts[i]:
                counts[concept] = counts.get(concept, 0) + 1
        best = max(counts, key=counts.get, default=None)
        return best if best and counts[best] >= 2 and counts[best] * 2 > len(tops) else None

    def _typos(self, shape: Outline, named: dict) -> tuple[Misspelling, ...]:
        """Headings, labels, bold items and items opening with a name written with one typo: read so."""
        found = []
        for index, block in enumerate(shape.blocks):
            if index in named or not _LATIN.search(block.title):
                continue
            plain_item = block.kind == "item" and not block.bold
            typos = [
                t
                for t in self.matcher.typo(block.title)
                if (not self.matcher.is_weak(t.meant) or names_whole(block.title, t.start, t.end))
                and (not plain_item or t.start == 0)  # an item is about what it opens with
            ]
            if typos:
                named[index] = [(t.concept, t.start, t.end) for t in typos]
                found += [Misspelling(block.start + 1, t.written, t.meant, t.concept) for t in typos]
        return tuple(found)

    def _names_by_block(self, shape: Outline) -> dict[int, list[tuple[str, int, int]]]:
        """The names in each block's title that holds one, as (concept, start, end) in the title. `\0`
        joins the titles: no name can run over it, and it is not a letter, so a name at either side of it
        is still whole, and is found as in the title alone."""
        if not shape.blocks:
            return {}
        titles = [lecture_code_apart(b.title) for b in shape.blocks]  # `C2W1L06_Dropout ...`: a title, no identifier
        starts = list(accumulate((len(t) + 1 for t in titles), initial=0))
        by_block: dict[int, list[tuple[str, int, int]]] = {}
        for concept, start, end in self.matcher.spans("\0".join(titles), weak=True):
            index = bisect_right(starts, start) - 1
            by_block.setdefault(index, []).append((concept, start - starts[index], end - starts[index]))
        return by_block

    def _split(self, root: int, concept: str, concepts, children, elsewhere: set[int]) -> tuple[set[int], list[int]]:
        """The blocks under `root` that stay in its passage for `concept`, and those replaced by pointers (a
        block about a homonym, in `elsewhere`, by nothing: it has no page to point to)."""
        kept, pointers, todo = {root}, [], list(children[root])
        while todo:
            child = todo.pop()
            if child not in elsewhere and self._stays(concept, concepts[child]):
                kept.add(child)
                todo.extend(children[child])
            else:
                pointers.append(child)
        return kept, sorted(pointers)

    def _about_homonyms(self, shape: Outline, named: dict, concepts) -> set[int]:
        """Blocks whose title names a concept that their section says is a homonym (`### Sequential Model`
        over Keras' 함수형 API): about something no page is about, so no part of a passage on another. Not a
        list item: one of a model's parts (`1. **Embedding**: 유저와 아이템을 벡터로`) is a line of its passage."""
        elsewhere = set()
        for index, names in named.items():
            if concepts[index] or shape.blocks[index].kind == "item":
                continue
            homonyms = [h for h in map(self.registry.get, dict.fromkeys(c for c, _, _ in names)) if h.exclude_if]
            if homonyms:
                text = _section_text(shape, shape.blocks[index])  # once for all its names
                if any(h.excludes(text) for h in homonyms):
                    elsewhere.add(index)
        return elsewhere

    def _stays(self, concept: str, child_concepts: tuple[str, ...]) -> bool:
        return (
            not child_concepts
            or concept in child_concepts
            or any(concept in self.registry.wholes(c) for c in child_concepts)
        )

    def _has_substance(
        self, shape: Outline, root: int, concept: str, kept, pointers, concepts, routine: set[int] | frozenset[int] = frozenset()
    ) -> bool:
        block = shape.blocks[root]
        if block.kind == "item" and not block.bold and block.leaf:
            return True  # a one-line item only got here by defining the name
        if block.kind == "label" and _BOLD_LEAD.match(shape.lines[block.start].strip()):
            return True  # `**IoU**(...) : 교집합 / 합집합`: the definition is on the label's line
        if any(
            concept in self.registry.broader(c) and says_something(_own_lines(shape, p))
            for p in pointers
            for c in concepts[p]
        ) and concept in self.matcher.concepts_in(block.title):
            return True  # a grouping heading: "Generative Models" over autoregressive models, VAE, GAN; not a
            # section a note gives its subject (`더 깊이 알아보기` over `Dropout의 탄생`), which names it not
        # what its pointers and its course-routine sections (`## 참고자료` under a stub) say is not its own
        hidden = {
            line
            for p in (*pointers, *(i for i in kept if i in routine and i != root))
            for line in range(shape.blocks[p].start, shape.blocks[p].end)
        }
        # its own text runs to its first subsection: the points listed before it are its text
        # (`## Attention - 개념` over `- 인간의 시각적 집중 ...` and `### 가중치와 어텐션의 차이`)
        inner = [shape.blocks[i].start for i in (*kept, *pointers) if i != root and shape.blocks[i].kind == "heading"]
        own_end = min(inner, default=block.end)
        sections = [i for i in kept if shape.blocks[i].parent == root and shape.blocks[i].kind == "heading"]
        if (
            block.kind == "heading"
            and sections
            and all(concept in concepts[i] for i in sections)
            and not says_something(shape.lines[i] for i in range(block.start + 1, own_end) if i not in hidden)
        ):
            return False  # "# 과적합 · Dropout" over "## 1) 과적합": the subsection is the passage
        # the titles of its subsections are its outline, not what it says (`### 1️⃣ 넘파이로 (수동 미분)` over code)
        titles = {shape.blocks[i].start for i in kept if i != root and shape.blocks[i].kind == "heading"}
        lines = [
            shape.lines[i]
            for i in range(block.start + 1, block.end)
            if i not in hidden and i not in titles and not _SETEXT.match(shape.lines[i])
        ]
        return says_something(lines) and not all(self._only_names(line) for line in lines)

    def _only_names(self, line: str) -> bool:
        """A line of nothing but concept names (`- Early stopping`, `* Label smoothing, Dropout`): a list
        of topics, which says nothing about them."""
        text = _LIST_MARK.sub("", line).strip()
        if not text:
            return True
        if _NOT_PUNCTUATION.match(text) and self.matcher.opening(text) is None:
            return False  # most lines: they open with a word that is no name
        spans = [(start, end) for _, start, end in self.matcher.spans(text, weak=True)]
        return not _NOT_PUNCTUATION.search(without_spans(text, spans))

    def _mentions(self, shape: Outline, body: str) -> set[str]:
        """The concepts the note's prose names: not in code (`batch_size=32` is an argument, not the topic),
        as its page links none there, nor in an address or a file name."""
        body = blank_code(body)  # same length: positions stay
        if "kb-missing-image" in body:
            body = _FILE_PLACEHOLDER.sub(lambda m: " " * len(m.group(0)), body)
        if "://" in body or "](" in body:
            body = _ADDRESS.sub(lambda m: " " * len(m.group(0)), body)  # same length: positions stay
        named = self.matcher.concepts_in(body)
        homonyms = [c for c in named if self.registry.get(c).exclude_if]
        found = {c for c in named if c not in homonyms}
        matches = None
        for concept_id in homonyms:  # only these need to know where each name is
            concept = self.registry.get(concept_id)
            excluded = _excluded_lines(shape, concept)
            if not excluded:  # no section of the note is about the homonym: every name counts
                found.add(concept_id)
                continue
            matches = self.matcher.spans(body) if matches is None else matches
            line_starts = _line_starts(shape)
            if any(
                bisect_right(line_starts, start) - 1 not in excluded
                for concept, start, _ in matches
                if concept == concept_id
            ):
                found.add(concept_id)
        return found


_GROUP_JOIN = re.compile(r"\s*(?:,|/|·|및|와|과|and)\s*", re.I)
_GROUP_END = re.compile(r"\s*등(?:의|은|이|을|과|에서|처럼)?(?![가-힣])")


_HEADING_JOIN = re.compile(r"\s*(?:,|/|·|&|및|와|과|and|\+)\s*", re.I)
_WORD = re.compile(r"[A-Za-z가-힣]")


_BASED = re.compile(r"\s*(?:-\s*based|\s+based|기반)(?:의|으로|한)?\s", re.I)


def _base_of_another(title: str, name: tuple[str, int, int], names: list[tuple[str, int, int]]) -> bool:
    """The name is what another concept named after it is based on (`신경망 기반 단어 임베딩`, `CNN-based object
    detection`): the heading is about that one. `Autoencoder 기반 방법`, a method of no concept's, is on its base."""
    based = _BASED.match(title, name[2])
    return based is not None and any(start >= based.end() for _, start, _ in names)


def _only_joined_names(title: str, names: list[tuple[str, int, int]]) -> bool:
    """The heading is names joined and nothing else (`Adam & AdamW`, `RNN과 LSTM`, numbering aside): it heads
    each of them, not only the most specific one a heading about both would be."""
    if len(names) < 2 or _WORD.search(title[: names[0][1]]) or _WORD.search(title[names[-1][2] :]):
        return False
    return all(_HEADING_JOIN.fullmatch(title[a[2] : b[1]]) for a, b in pairwise(names))


def _aside_in_brackets(title: str, name: tuple[str, int, int], names: list[tuple[str, int, int]]) -> bool:
    """The name is in brackets right after another name, among words of their own (`AdamW (Weight Decay 분리)`):
    what the bracket says of the name before it, not the heading's topic. A bracket with only a name in it
    (`경사 하강법 (SGD)`) glosses it."""
    _, start, _ = name
    for bracket in _ASIDE.finditer(title):
        if not bracket.start() < start < bracket.end():
            continue
        before = [n for n in names if n[2] <= bracket.start() and not title[n[2] : bracket.start()].strip()]
        inside = [n for n in names if bracket.start() < n[1] and n[2] < bracket.end()]
        rest = title[bracket.start() + 1 : bracket.end() - 1]
        for _, a, b in sorted(inside, key=lambda n: n[1], reverse=True):
            rest = rest[: a - bracket.start() - 1] + rest[b - bracket.start() - 1 :]
        return bool(before) and before[-1][0] != name[0] and bool(_WORD.search(rest))
    return False


def _names_a_group(title: str, names: list[tuple[str, int, int]]) -> bool:
    """The title opens with two names or more and `등` (`CNN, LSTM등은 ...`, `SVM, 결정 트리 등의 모델`): it
    says what they share, not what the first one is."""
    end, count = 0, 0
    for _, start, stop in names:
        if start != end and not (count and _GROUP_JOIN.fullmatch(title[end:start])):
            break
        end, count = stop, count + 1
    return count >= 2 and bool(_GROUP_END.match(title[end:]))


def _overviews(shape: Outline, named: dict, concepts: list, children: list[list[int]]) -> set[tuple[int, str]]:
    """(heading, concept) where a heading is about several concepts, or lists three or more (`# [Object
    detector] R-CNN/Fast R-CNN/Faster R-CNN/SSD`, of which Faster R-CNN is the most specific), and a section
    under it is on each concept it is about (`## Faster R-CNN`): the heading is the
    overview of the sections, each of which is the passage on its concept; what the heading itself says
    before them (why the author wrote the post) is about none of them alone."""
    found = set()
    for index, names in named.items():
        block = shape.blocks[index]
        if block.kind != "heading" or not concepts[index]:
            continue
        if len(concepts[index]) < 2 and len({c for c, _, _ in names}) < 3:
            continue  # one topic (`Perceptron and Neural Networks`: the perceptron, of neural networks)
        below = {c for child in _descendants(children, index) if shape.blocks[child].kind == "heading" for c in concepts[child]}
        if set(concepts[index]) <= below:  # a section on each: not "Seq2Seq and Attention" over "Attention"
            found.update((index, c) for c in concepts[index])
    return found


def _descendants(children: list[list[int]], index: int) -> set[int]:
    """Every block under block `index`, at any depth."""
    found, todo = set(), list(children[index])
    while todo:
        child = todo.pop()
        found.add(child)
        todo.extend(children[child])
    return found


def _own_lines(shape: Outline, index: int) -> list[str]:
    """A block's lines without its heading line (an item's first line is its text)."""
    block = shape.blocks[index]
    first = block.start if block.kind == "item" and not block.bold else block.start + 1
    return list(shape.lines[first : block.end])


def _routine_blocks(shape: Outline, named: dict[int, list[tuple[str, int, int]]], own: frozenset[str]) -> set[int]:
    """Blocks under the course's routine headings (과제, 피어세션, Q&A ...), in a `Q.`/`A.` list or a timeline
    entry (`- 2013 - DQN`), and the points and labels under a paper's experiments (`## 4. 실험 결과`, `#
    Experiments`): what they name is mentioned, never explained. Under experiments, a point on the note's own
    model (`own`, what its title or first heading names) still explains it, and a subsection naming another concept (`### LSTM
    vs GRU` under `## 결과 분석`) has its own topic."""
    routine: set[int] = set()
    results: set[int] = set()  # headings over experiments' results, and what is under them
    for index, block in enumerate(shape.blocks):
        title = block.title
        parent = block.parent
        if (block.kind == "heading" and is_results(title)) or (
            parent is not None
            and parent in results
            and (block.kind != "heading" or {concept for concept, _, _ in named.get(index, ())} <= own)
        ):
            results.add(index)
            if block.kind != "heading":
                first = min(named.get(index, ()), key=lambda n: n[1], default=None)
                if first is None or first[0] not in own:
                    routine.add(index)  # `- **BERT-large**: 학습 속도 15% 향상`: a model the method was measured on
                continue
        if (
            # a table of contents lists the sections; a heading under it (`## Contents`, then `### 3.1.2 ...`,
            # one level down) is one of them, not part of the list
            (
                parent is not None
                and parent in routine
                and not (block.kind == "heading" and is_contents(shape.blocks[parent].title))
            )
            or is_question(title)
            or ((block.kind != "item" or block.bold) and is_routine(title) and not _aside_on_a_concept(title, named.get(index, ())))
            or (block.kind == "item" and is_timeline_entry(title))
            or (block.kind == "item" and _under_routine_label(shape, block))
        ):
            routine.add(index)
    return routine


def _contents_item(line: str, mark: re.Match) -> bool:
    """A list item that is only a table of contents' label (`* Contents`, `- 목차`): the list after it lists the
    note's sections."""
    return _contents_label(line[mark.end() :])


@lru_cache(maxsize=8192)
def _contents_label(text: str) -> bool:
    """`_contents_item`'s test, once for each text: every item of a long list walks up past the items above it."""
    return is_contents(plain_text(text))


# `정규화의 효과에는 다음과 같은 것들이 있다.`, `장점은 다음과 같다:`: a list of something's traits follows
_TRAITS_INTRO = re.compile(
    r"(?:효과|장점|단점|장단점|특징|이점|한계|문제점)(?:은|는|에는|으로는|로는)?\s*(?:다음과|아래와)\s*"
    r"같(?:다|습니다|음|은\s*(?:것|점)들?이\s*있(?:다|습니다|음))?\s*[.:：]?\s*$"
)


@lru_cache(maxsize=4)
def _list_runs(lines: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[bool, ...]]:
    """For each line, the first line of the run of list items it is in (itself when it is none), and whether an
    item of that run above it is a table of contents' label: one pass, where each item of a long list had walked
    up past every item above it, twice."""
    tops: list[int] = []
    contents: list[bool] = []
    for i, line in enumerate(lines):
        listed = i > 0 and _LIST_MARK.match(lines[i - 1]) is not None and _LIST_MARK.match(line) is not None
        tops.append(tops[-1] if listed else i)
        above = lines[i - 1] if listed else ""
        contents.append(listed and (contents[-1] or _contents_item(above, _LIST_MARK.match(above))))
    return tuple(tops), tuple(contents)


def _line_over_list(shape: Outline, block: Block) -> str | None:
    """The paragraph line right above the list a top-level item is in (one blank line between them or none)."""
    if block.parent is not None and shape.blocks[block.parent].kind == "item":
        return None
    line = block.start - 1
    if line >= 0 and _LIST_MARK.match(shape.lines[line]):
        line = _list_runs(shape.lines)[0][line] - 1  # past the items above it in the same list
    if line > 0 and not shape.lines[line].strip():
        line -= 1
    if line < 0 or not shape.lines[line].strip() or _LIST_MARK.match(shape.lines[line]):
        return None
    return plain_text(shape.lines[line])


def _aside_on_a_concept(title: str, names: list[tuple[str, int, int]]) -> bool:
    """A side note's heading naming a concept after its colon (`참고 : 교사 강요(teacher forcing)`): a section on that
    concept, set aside from the note's line, not its references (`참고`, `참고 : 블로그 글`)."""
    topic = aside_topic(title)
    return topic is not None and any(start >= topic for _, start, _ in names)


def _under_routine_label(shape: Outline, block: Block) -> bool:
    """A list under a line that labels it as routine (`**학습 목표**:` over the lesson's goals, `참고:` over
    links): the points name what the lesson will teach, they do not teach it."""
    if block.parent is not None and shape.blocks[block.parent].kind == "item":
        return False  # a nested point: its list's first item decided
    line = block.start - 1
    if line >= 0 and (mark := _LIST_MARK.match(shape.lines[line])):
        tops, contents = _list_runs(shape.lines)
        if contents[line] or _contents_item(shape.lines[line], mark):
            return True  # `* Contents` then `1. Transformer`, `2. ...`: the note's table of contents
        line = tops[line] - 1  # past the items above it in the same list
    if line > 0 and not shape.lines[line].strip():
        line -= 1  # the blank line a list under a paragraph's line is given, as GitHub reads it
    if line < 0:
        return False
    if (mark := _LIST_MARK.match(shape.lines[line])) and _contents_item(shape.lines[line], mark):
        return True  # the same, a blank line between the two lists
    label = _BOLD_LINE.match(shape.lines[line].strip())
    return bool(label) and is_routine(label.group(2).strip(" :："))


def _explains(shape: Outline, concepts: list, subject: str) -> bool:
    """The note's own headings on its subject, if it has any, say something (not only code: "케라스로 RNN
    만들기" with a code block under "## RNN" is about the library, and so are its other sections). A heading
    with nothing under it yet (`## Beam Search Optimization (BSO)` closing a note "아직 작성 중") says nothing
    either way."""
    under = [
        shape.lines[b.start + 1 : b.end]
        for i, b in enumerate(shape.blocks)
        if b.kind == "heading" and subject in concepts[i]
    ]
    own = [lines for lines in under if any(line.strip() for line in lines)]
    return not own or any(says_something(lines) for lines in own)


def _give_unclaimed_sections(
    shape: Outline, concepts: list, subject: str, routine: set[int], overviews: set[tuple[int, str]] = frozenset()
) -> None:
    """In a note about `subject`, every heading no concept claims, and not inside a claimed one, is its. An
    overview (`# Adam & AdamW` over `## Adam 알고리즘` and `## AdamW`) claims nothing of what is under it."""
    inside = [False] * len(shape.blocks)  # under a claimed section, or under the note's appendix
    for index, block in enumerate(shape.blocks):
        parent = block.parent
        inside[index] = parent is not None and (
            any((parent, c) not in overviews for c in concepts[parent])
            or inside[parent]
            or is_appendix(shape.blocks[parent].title)
        )
        if (
            block.kind == "heading"
            and not concepts[index]
            and index not in routine
            and not inside[index]
            and not is_appendix(block.title)
        ):
            concepts[index] = (subject,)


def _line_starts(shape: Outline) -> list[int]:
    return list(accumulate((len(line) + 1 for line in shape.lines), initial=0))


def _defines(rest: str) -> bool:
    """After the name: a parenthetical, then ':' or a Korean topic/subject particle, then a definition."""
    return _definition(rest) is not None


def _definition(rest: str) -> str | None:
    """What defines the name `rest` follows (`_defines`), if anything does."""
    match = _DEFINES.match(_PARENTHETICAL.sub("", rest))
    return match.group(1) if match and len(_SPACE.sub("", match.group(1))) >= _MIN_DEFINITION else None


def _under_item(shape: Outline, block: Block) -> bool:
    """The block is a point nested in a list item."""
    return block.parent is not None and shape.blocks[block.parent].kind == "item"


def _children(shape: Outline) -> list[list[int]]:
    children: list[list[int]] = [[] for _ in shape.blocks]
    for index, block in enumerate(shape.blocks):
        if block.parent is not None:
            children[block.parent].append(index)
    return children


def _section_text(shape: Outline, block: Block) -> str:
    """The text of the heading section a block is in: a homonym is told apart by its context."""
    while block.kind == "item" and block.parent is not None:
        block = shape.blocks[block.parent]
    return "\n".join(shape.lines[block.start : block.end])


def _excluded_lines(shape: Outline, concept) -> set[int]:
    """The lines of every heading section that is about a homonym of the concept."""
    lines: set[int] = set()
    for block in shape.blocks:
        if block.kind != "item" and concept.excludes(_section_text(shape, block)):
            lines.update(range(block.start, block.end))
    return lines


