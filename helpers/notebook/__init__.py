"""What only notebooks and reports need: parameters and loading, display formatting, charts, report running.

In a notebook: `from helpers import notebook as nb` (display and parameter helpers) and
`from helpers.notebook import charts`.
"""

from .display import (
    findings,
    fmt_date,
    fmt_num,
    md_escape,
    message,
    plural,
    q,
    setup,
    short_ids,
    show_md,
    show_table,
)
from .params import corpus_line, corpus_path, load, rel, write_summary

__all__ = ["corpus_line", "corpus_path", "findings", "fmt_date", "fmt_num", "load", "md_escape", "message", "plural",
           "q", "rel", "setup", "short_ids", "show_md", "show_table",
           "write_summary"]
