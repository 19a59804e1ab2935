"""Local speech: decode answer recordings, transcribe them verbatim, record from the microphone.

Nothing here calls out of the machine. The engines import their libraries lazily, so
`import interview.speech` stays cheap; `engines.load_transcriber(settings)` is the one place
a model is loaded, and callers keep the object it returns.
"""
