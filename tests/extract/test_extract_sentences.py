"""Sentence splitting: offsets, abbreviations, line breaks."""

from __future__ import annotations

from dossier.extract.sentences import split_sentences


def test_offsets_point_at_each_sentence() -> None:
    text = "Zentavo said so. The FDA agreed!  Then it was done?\nA heading\nLast one."
    sents = split_sentences(text)
    assert [s.text for s in sents] == [
        "Zentavo said so.",
        "The FDA agreed!",
        "Then it was done?",
        "A heading",
        "Last one.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sents)


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = (
        "Zentavo Co., Ltd. and Dr. Lee met the U.S. Food and Drug Administration on Feb. 3, 2024."
    )
    assert len(split_sentences(text)) == 1


def test_line_breaks_end_sentences_and_number_lines() -> None:
    sents = split_sentences("Title without stop\n\nBody starts here. Second.")
    assert [s.line for s in sents] == [0, 2, 2]
