"""scikit-learn reference for the classifier benchmark (src/bench/classify-bench.ts).

Reads a JSON file {"x": [[...]], "y": [...], "fold": [...]} and cross-validates scikit-learn's
equivalents of our models on exactly those folds. Prints JSON {model: {"accuracy": [per fold], "mean": m}}.
With "fidelity_depth": d in the spec, also "tree_fidelity": the training accuracy of a depth-d tree.
Scaled models use the same population z-score (StandardScaler) that our models apply inside.
"""
import json
import sys
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.neural_network import MLPClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC
from sklearn.tree import DecisionTreeClassifier

warnings.simplefilter("ignore", ConvergenceWarning)


def models():
    return {
        "tree": DecisionTreeClassifier(random_state=0),
        "svm": make_pipeline(StandardScaler(), LinearSVC(random_state=0, max_iter=1000)),
        "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
        "mlp": make_pipeline(StandardScaler(), MLPClassifier(random_state=0)),
    }


def main(path):
    with open(path) as handle:
        spec = json.load(handle)
    x = np.asarray(spec["x"], dtype=float)
    y = np.asarray(spec["y"], dtype=int)
    fold = np.asarray(spec["fold"], dtype=int)
    out = {}
    for name, model in models().items():
        scores = []
        for f in range(fold.max() + 1):
            train, test = fold != f, fold == f
            model.fit(x[train], y[train])
            scores.append(float((model.predict(x[test]) == y[test]).mean()))
        out[name] = {"accuracy": scores, "mean": float(np.mean(scores))}
    if "fidelity_depth" in spec:
        tree = DecisionTreeClassifier(max_depth=spec["fidelity_depth"], random_state=0).fit(x, y)
        out["tree_fidelity"] = float(tree.score(x, y))
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
