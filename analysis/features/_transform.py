"""scikit-learn transformer: analysis records -> the named feature matrix."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ._article import FEATURE_NAMES

__all__ = ["ArticleFeatures"]


class ArticleFeatures(TransformerMixin, BaseEstimator):
    """Turn analysis records into the matrix of their named features.

    A record is an :class:`analysis.ArticleAnalysis`, a JSON record of ``sourcebias analyze``
    (a mapping with a ``features`` mapping), or a mapping of feature names to numbers (a row
    of the features table). The columns are ``features`` (default: every name of
    :data:`analysis.features.FEATURE_NAMES`, in that order).

    Parameters
    ----------
    features : sequence of str or None
        The features to output, in this order; None for all of them.
    missing : {"error", "zero"}
        What to do when a record lacks a feature: raise ValueError naming the record, or
        use 0.0.
    """

    def __init__(self, features: Sequence[str] | None = None, missing: str = "error") -> None:
        self.features = features
        self.missing = missing

    def fit(self, X: Iterable[Any], y: Any = None) -> ArticleFeatures:
        """Validate the parameters; the features of a record do not depend on the others."""
        if self.missing not in ("error", "zero"):
            raise ValueError(f"missing={self.missing!r}: use 'error' or 'zero'")
        names = FEATURE_NAMES if self.features is None else tuple(self.features)
        unknown = [n for n in names if n not in FEATURE_NAMES]
        if unknown:
            raise ValueError(f"unknown feature(s) {', '.join(map(repr, unknown))}; see "
                             "analysis.features.FEATURE_NAMES")
        if len(set(names)) != len(names):
            raise ValueError("a feature is listed twice in features")
        self.feature_names_out_ = np.asarray(names, dtype=object)
        self.n_features_out_ = len(names)
        return self

    def transform(self, X: Iterable[Any]) -> np.ndarray:
        """The feature matrix, one row per record, float64."""
        check_is_fitted(self, "feature_names_out_")
        names = list(self.feature_names_out_)
        rows = []
        for i, record in enumerate(_records(X)):
            feats = _features_of(record, i)
            row = []
            for name in names:
                value = feats.get(name)
                if value is None:
                    if self.missing == "error":
                        raise ValueError(f"record {i} has no feature {name!r}; analyse it "
                                         "again with this version, or use missing='zero'")
                    value = 0.0
                row.append(float(value))
            rows.append(row)
        return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(names))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()

    def __sklearn_tags__(self):  # records are not a 2-D array
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.dict = True
        return tags


def _records(X: Any) -> Iterable[Any]:
    if hasattr(X, "to_dict") and hasattr(X, "columns"):  # a pandas DataFrame of features
        return X.to_dict("records")
    if isinstance(X, (str, bytes, Mapping)):
        raise TypeError("ArticleFeatures takes a list of records, not a single record")
    return X


def _features_of(record: Any, i: int) -> Mapping[str, Any]:
    feats = getattr(record, "features", None)
    if feats is None and isinstance(record, Mapping):
        feats = record.get("features", record)
    if not isinstance(feats, Mapping):
        raise TypeError(f"record {i} is a {type(record).__name__}: expected an ArticleAnalysis, "
                        "an analysis JSON record or a mapping of features")
    return feats
