"""brat: the .txt is the article text and every annotation's offsets slice it."""

from __future__ import annotations

from khabar import Span
from khabar_formats.brat import render_brat
from khabar_formats.sample import quoted_article, sample_article


def _annotations(ann: str) -> dict[str, list[str]]:
    """The ``.ann`` lines by id, each split at its tabs."""
    return {line.split("\t")[0]: line.split("\t") for line in ann.splitlines()}


def _slices(txt: str, fields: list[str]) -> tuple[str, str]:
    """A text-bound annotation's type, and its fragments of *txt* joined as brat joins them."""
    kind, offsets = fields[1].split(" ", 1)
    pieces = [txt[int(a) : int(b)] for a, b in (pair.split() for pair in offsets.split(";"))]
    return kind, " ".join(pieces)


def test_txt_is_the_text_and_offsets_slice_it() -> None:
    article = sample_article()
    files = render_brat([article])
    txt, ann = files[".txt"].decode("utf-8"), files[".ann"].decode("utf-8")
    assert txt == article.text
    annotations = _annotations(ann)
    textbound = {key: fields for key, fields in annotations.items() if key.startswith("T")}
    for fields in textbound.values():
        assert _slices(txt, fields)[1] == fields[2]
    kinds = [_slices(txt, fields)[0] for fields in textbound.values()]
    assert kinds.count("PER") == 3
    assert kinds.count("LOC") == 5
    assert kinds.count("ORG") == 1
    assert (kinds.count("Cue"), kinds.count("Content"), kinds.count("Speaker")) == (4, 4, 1)


def test_statements_link_content_to_cue_and_speaker_mention() -> None:
    files = render_brat([sample_article()])
    txt = files[".txt"].decode("utf-8")
    annotations = _annotations(files[".ann"].decode("utf-8"))

    def target(ident: str) -> tuple[str, str]:
        return _slices(txt, annotations[ident])

    links = []
    for key, fields in annotations.items():
        if key.startswith("R"):
            relation, arg1, arg2 = fields[1].split(" ")
            links.append(
                (relation, target(arg1.removeprefix("Arg1:")), target(arg2.removeprefix("Arg2:")))
            )
    said = ("Content", "المحادثات مع الأردن كانت إيجابية")
    assert ("Cue", said, ("Cue", "قال")) in links
    assert ("Speaker", said, ("PER", "فيصل المقداد")) in links
    anonymous = ("Content", "لقاءات ستعقد بعمان وبدمشق قريبا")
    assert ("Speaker", anonymous, ("Speaker", "مصادر")) in links
    attributes = [fields[1] for key, fields in annotations.items() if key.startswith("A")]
    assert attributes.count("Anonymous T16") == 1
    notes = [fields[2] for key, fields in annotations.items() if key.startswith("#")]
    assert "E1 فيصل المقداد" in notes


def test_span_across_a_line_break_becomes_fragments() -> None:
    text = "قال الوزير:\nالعمل مستمر\nوالنتائج جيدة"
    content = Span.of(text, text.index("العمل"), len(text))
    ann = render_brat([quoted_article(text, content)])[".ann"].decode("utf-8")
    first = ann.splitlines()[0].split("\t")
    assert (
        first[1] == f"Content {content.start} {content.start + 11};{content.start + 12} {len(text)}"
    )
    assert first[2] == "العمل مستمر والنتائج جيدة"
    assert _slices(text, first)[1] == first[2]


def test_several_articles_share_one_text_with_shifted_offsets() -> None:
    one, two = sample_article(), sample_article(article_id="two")
    files = render_brat([one, two])
    txt = files[".txt"].decode("utf-8")
    assert txt == one.text + "\n\n" + two.text
    annotations = _annotations(files[".ann"].decode("utf-8"))
    for key, fields in annotations.items():
        if key.startswith("T"):
            assert _slices(txt, fields)[1] == fields[2]
    assert len([key for key in annotations if key.startswith("T")]) == 36
