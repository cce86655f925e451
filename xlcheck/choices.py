"""Values the command line offers as choices, kept apart from the modules that use them
so that building the parser (for `xlcheck --version`, `--help`, `explain`) imports
nothing of the pipeline."""

# Lowest severity that fails a run, strictest first.
FAIL_ON = ("error", "warning", "info")
# What a document can be cut into for alignment.
UNITS = ("paragraph", "sentence", "line")
