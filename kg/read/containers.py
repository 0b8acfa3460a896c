"""A story split into several containers of one kind around ads ("body__container" twice on a Wired page):
trafilatura keeps the first container's paragraphs and drops the rest. Here the containers like the one that
holds the story's first paragraph are put together into one page, for trafilatura to read again."""
from __future__ import annotations

from lxml import html as lxml_html

CONTAINER_TAGS = frozenset({"div", "section"})
PROBE_WORDS = 8  # words of the story's first paragraph that find it in the page
MIN_CONTAINER_WORDS = 40  # a container of the story holds paragraphs; teasers and captions hold fewer words


def rejoined_page(page: str, text: str) -> str | None:
    """The page's head and every container of the story, in order, as one article; None where the story is
    in one container (or its first paragraph is not found)."""
    tree = lxml_html.fromstring(page)
    first = first_paragraph(tree, text)
    if first is None:
        return None
    for container in first.iterancestors():
        kind = container.get("class")
        if container.tag not in CONTAINER_TAGS or not kind:
            continue
        alike = [e for e in tree.iter(container.tag) if e.get("class") == kind]
        outer = [e for e in alike if not any(a in alike for a in e.iterancestors())]
        if len(outer) < 2:
            continue  # the innermost container that repeats decides, and no other
        story = [e for e in outer if paragraph_words(e) >= MIN_CONTAINER_WORDS]
        if len(story) < 2 or container not in story:
            return None
        head = tree.find("head")
        parts = [lxml_html.tostring(e, encoding="unicode") for e in ([head] if head is not None else [])]
        body = "".join(lxml_html.tostring(e, encoding="unicode") for e in story)
        return f"<html>{''.join(parts)}<body><article>{body}</article></body></html>"
    return None


def first_paragraph(tree, text: str):
    """The page's <p> holding the opening words of the story's first real paragraph."""
    opening = next((line.split() for line in text.splitlines() if len(line.split()) >= PROBE_WORDS), None)
    if opening is None:
        return None
    probe = " ".join(opening[:PROBE_WORDS])
    return next((p for p in tree.iter("p") if probe in " ".join(p.text_content().split())), None)


def paragraph_words(element) -> int:
    return sum(len(p.text_content().split()) for p in element.iter("p"))
