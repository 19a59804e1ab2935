"""Every attempt a user makes, kept durably, and what it says about their progress.

The store (`interview.history.store.HistoryStore`) writes an answer before anything can go
wrong with it: the typed text or the recording is committed first, the analysis is added
afterwards, and an attempt whose analysis never arrived stays visible as "not analysed" so
it can be re-analysed. `progress` turns the stored scores into trends and weak areas with
pandas, `export` moves attempts in and out as JSON or CSV.

This package imports nothing heavy itself: import the module you need (SQLAlchemy and
pandas load with `store` and `progress`), so `interview --help` stays fast.
"""
