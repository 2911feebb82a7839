"""The named numeric features of one article, and a scikit-learn transformer over them.

``article_features`` is called by the pipeline for every article; ``FEATURES`` documents every
name (the README table); ``ArticleFeatures`` turns analysis records into a feature matrix for
scikit-learn (Pipeline, clone, pickle, ``get_feature_names_out``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._article import CUE_CATEGORIES, FEATURE_NAMES, FEATURES, SOURCE_TYPES, article_features

if TYPE_CHECKING:
    from ._transform import ArticleFeatures

__all__ = [
    "CUE_CATEGORIES",
    "FEATURES",
    "FEATURE_NAMES",
    "SOURCE_TYPES",
    "ArticleFeatures",
    "article_features",
]


def __getattr__(name: str) -> Any:
    # scikit-learn takes about a second to import; the analysis of an article never needs it,
    # so the transformer is imported on first use
    if name == "ArticleFeatures":
        from ._transform import ArticleFeatures

        return ArticleFeatures
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
