"""A front-matter key read as one of the note's fields is told in Korean with particles that fit any key: the key
and the field are English words whose last sound the site cannot know (`excerpt`은, `updated`를 were wrong)."""

from hooks.kb.pages.messages import korean
from hooks.kb.posts.ingest import read_note


def test_an_aliased_key_is_told_with_both_particles():
    _, problems = read_note("notes/a.md", "---\ntitle: t\nexcerpt: 요약\nlast_modified_at: 2021-08-10\n---\n본문\n".encode())
    told = {p.what: " ".join(korean(p)) for p in problems if "means" in p.what}
    assert "'excerpt'은(는) 여기서 'description'을(를) 뜻합니다" in told["'excerpt' means 'description' here"]
    assert "'last_modified_at'은(는) 여기서 'updated'을(를) 뜻합니다" in told["'last_modified_at' means 'updated' here"]
