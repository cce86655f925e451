"""xlcheck: find the facts that drifted between translations of one text.

>>> from xlcheck import check, document_from_text
>>> report = check([document_from_text("GPUs H100 e H200.", "pt"), document_from_text("H100-GPUs.", "de")])
>>> [(f.rule, f.value) for f in report.findings]
[('XL301', 'H200')]
"""

__version__ = "0.1.0"

from xlcheck.api import check  # noqa: E402
from xlcheck.config import Config  # noqa: E402
from xlcheck.io import document_from_text, read_document  # noqa: E402

__all__ = ["__version__", "check", "Config", "document_from_text", "read_document"]
