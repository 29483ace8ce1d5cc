#!/usr/bin/env python3
"""Reference k-means for the segmentation benchmark (scikit-learn, never a runtime dependency).

usage: sklearn_kmeans.py FILE K [--standardize] [--labels] [--seed N]
Reads the CSV with pandas, clusters every numeric column except "id" with
KMeans(n_clusters=K, n_init=10), prints one JSON line: inertia, iterations, (labels).
"""
import json
import sys

import pandas as pd
from sklearn.cluster import KMeans
from sklearn.preprocessing import StandardScaler


def main(argv):
    path, k = argv[1], int(argv[2])
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 0
    frame = pd.read_csv(path)
    numeric = frame.select_dtypes("number").drop(columns=["id"], errors="ignore")
    values = numeric.to_numpy(dtype="float64")
    if "--standardize" in argv:
        values = StandardScaler().fit_transform(values)
    model = KMeans(n_clusters=k, n_init=10, random_state=seed).fit(values)
    out = {"inertia": float(model.inertia_), "iterations": int(model.n_iter_), "rows": len(values)}
    if "--labels" in argv:
        out["labels"] = model.labels_.tolist()
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv)
