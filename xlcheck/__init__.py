"""xlcheck: find the facts that drifted between translations of one text.

>>> from xlcheck import check, document_from_text
>>> report = check([document_from_text("GPUs H100 e H200.", "pt"), document_from_text("H100-GPUs.", "de")])
>>> [(f.rule, f.value) for f in report.findings]
[('XL301', 'H200')]
"""

__version__ = "0.1.0"

__all__ = ["__version__", "check", "Config", "document_from_text", "read_document"]

# Imported on first use, so that `xlcheck --version` loads no locale data and no pattern.
_LAZY = {"check": "xlcheck.api", "Config": "xlcheck.config", "document_from_text": "xlcheck.io",
         "read_document": "xlcheck.io"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'xlcheck' has no attribute {name!r}")
