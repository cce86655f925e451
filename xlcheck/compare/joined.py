"""Names a version writes joined to the word or figure after them.

A type's name may open with a product's name (``JindoFSRuntime`` holds ``JindoFS``), and a
numbered thing may be written with its number apart in one version and glued in another
(``GPU 1`` / ``GPU1``): the name is there, in a token of its own.
"""

from __future__ import annotations

import regex


def typed_inside(value: str, text: str) -> bool:
    """Whether a text writes a name glued before a capitalised word, the first part of a
    run-together type's name ("JindoFSRuntime" holds the name "JindoFS").

    >>> typed_inside("GooseFS", "腾讯云GooseFSRuntime支持COS"), typed_inside("Goose", "GooseFSRuntime")
    (True, False)
    """
    return regex.search(rf"(?<![\p{{Latin}}0-9]){regex.escape(value)}(?=\p{{Lu}}\p{{Ll}})", text) is not None


def numbered_apart(value: str, source: str, text: str) -> bool:
    """Whether an acronym the source writes with a number apart after it ("GPU 1") is
    written by the text with the same number glued to it ("GPU1"): one numbered thing,
    written two ways.

    >>> numbered_apart("GPU", "scoring information for GPU 1", "GPU1 的评分信息")
    True
    >>> numbered_apart("GPU", "scoring information for GPU 1", "GPU2 的评分信息")
    False
    """
    if not (len(value) >= 2 and value.isascii() and value.isupper() and value.isalpha()):
        return False
    numbers = regex.findall(rf"(?<![\p{{Latin}}0-9]){regex.escape(value)} (\d+)(?![\d.,]\d|\p{{Latin}})", source)
    return any(regex.search(rf"(?<![\p{{Latin}}0-9]){regex.escape(value)}{n}(?![\d.,]\d|\p{{Latin}})", text)
               for n in set(numbers))
