"""Tag pages: one page per tag whatever its spelling, a safe file name whatever its characters."""

from __future__ import annotations

from generator.render.context import tag_slug


def test_tags_that_differ_only_in_case_share_a_page():
    assert tag_slug("Taliban") == tag_slug("taliban") == "taliban"


def test_tags_without_letters_get_a_stable_distinct_slug():
    assert tag_slug("🔥") != tag_slug("💧")
    assert tag_slug("🔥") == tag_slug("🔥")
    assert tag_slug("🔥").startswith("tag-")


def test_right_to_left_tags_are_transliterated():
    assert tag_slug("افغانستان") == "fgnstn"


def test_slugs_never_leave_the_tags_folder():
    for tag in ("../../etc/passwd", "/abs", "a/b", "..", "\\\\server\\share"):
        slug = tag_slug(tag)
        assert "/" not in slug and "\\" not in slug and slug not in ("", ".", "..")
