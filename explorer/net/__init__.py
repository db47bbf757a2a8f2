"""The one HTTP layer market data and logos share (plain Python, no Qt).

* :mod:`.client`: the client factory (TLS always verified, proxies from the environment) and
  :func:`~.client.open_response`, which follows redirects itself: never from https to http,
  never to anything but http(s), and never reading a redirect's body.
* :mod:`.body`: :func:`~.body.read_body`, the size cap counted on *decoded* bytes as decoding
  proceeds, one content-coding layer at most.
* :mod:`.failures`: every transport exception as a :class:`~.failures.Failure` in plain words.
* :mod:`.urls`: base-URL validation, credential redaction, per-host keys.
"""
