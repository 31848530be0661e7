"""Per-article extraction rules: one article in, rows out (clean, segment, language, actors, dates, figures, quotes).

Nothing here reads files, knows about partitions or engines, or imports from the build, analysis or notebook
layers; word lists come from `data/` through `helpers.lexicon`.
"""
