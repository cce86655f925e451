"""Root conftest: keep `python -m xlcheck`'s entry module out of doctest collection."""

collect_ignore = ["xlcheck/__main__.py"]
