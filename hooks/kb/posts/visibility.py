"""Posts their author kept private on the blog: not published here either, as a draft is not.

Tools that keep a blog's posts as Markdown write down whether the blog showed each one:

- Obsidian's Tistory plugin: `tistoryVisibility:` is Tistory's Open API `visibility`, "0" private (비공개),
  "1" protected (보호, shown only with its password), "3" published (공개); Tistory's editor writes the
  same states as 0, 15 and 20, which tools using it copy.
- A Velog backup made with the author's token (Velog's GraphQL `Post.is_private`): `is_private: true`.
- A Tistory backup converted to Markdown (Tistory's XML backup `<visibility>`): `visibility: private` or
  `protected` (`public` and `syndicated` were shown).

Such a post is read as `published: false` is: no page, links to it are their text (`unpublished.py`), and
a warning names the file and why. Changing the value to the public one ("3", `false`, `public`) publishes it.
"""

from __future__ import annotations

from dataclasses import dataclass

# key -> {value as written, lower-cased: what the blog made of the post}; other values are public
_PRIVATE_VALUES = {
    "tistoryVisibility": {"0": "private", "1": "protected", "15": "protected", "private": "private", "protected": "protected"},
    "visibility": {"private": "private", "protected": "protected", "비공개": "private", "보호": "protected"},
}
_PRIVATE_FLAGS = ("is_private", "isPrivate")  # Velog's `Post.is_private`, as backup tools spell it
# the value that makes each key's post public, for the warning's advice
PUBLIC_VALUE = {
    "tistoryVisibility": '"3"', "visibility": "public", "is_private": "false", "isPrivate": "false",
    "public": "true",  # a Logseq page's `public:: false` (logseq.py)
}
VISIBILITY_KEYS = frozenset((*_PRIVATE_VALUES, *_PRIVATE_FLAGS))
_KEPT = "not published, as a draft"


@dataclass(frozen=True)
class KeptPrivate:
    key: str  # the front-matter key that says so
    value: str  # as written
    state: str  # "private" or "protected"


def kept_private(raw: dict) -> KeptPrivate | None:
    """What the front-matter `raw` says when its post was private or protected on its blog, else None."""
    for key, states in _PRIVATE_VALUES.items():
        value = raw.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            state = states.get(str(value).strip().lower())
            if state:
                return KeptPrivate(key, str(value).strip(), state)
    for key in _PRIVATE_FLAGS:
        value = raw.get(key)
        if value is True or (isinstance(value, str) and value.strip().lower() == "true"):
            return KeptPrivate(key, "true", "private")
    return None


def private_problem_text(found: KeptPrivate) -> tuple[str, str]:
    """The warning's (what, done) for a post kept private."""
    what = f"the post is {found.state} on its blog ({found.key}: {found.value})"
    done = f"{_KEPT}; set {found.key}: {PUBLIC_VALUE[found.key]} to publish it"
    return what, done


def tells_private(problem) -> bool:
    """Whether a problem is the warning that its post was kept private (`private_problem_text`): the one problem
    of a draft the build log still shows, where any problem keyed by such a key (`public: true`, unused) had been."""
    return problem.key in PUBLIC_VALUE and problem.done.startswith(_KEPT)
