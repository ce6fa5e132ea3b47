# syntax=docker/dockerfile:1
# wirewatch worker image: a builder stage makes a venv with the runtime dependencies only,
# the runtime stage copies just that venv onto a clean slim base and runs as a non-root user.

ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

FROM ${PYTHON_IMAGE} AS builder
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PATH=/opt/venv/bin:${PATH}
WORKDIR /src
# A C compiler for the mypyc-compiled extractor (WIREWATCH_COMPILE=1 below); it stays in this stage.
# hadolint ignore=DL3008
RUN apt-get update \
 && apt-get install -y --no-install-recommends gcc libc6-dev \
 && rm -rf /var/lib/apt/lists/*
RUN python -m venv /opt/venv
# Dependencies first (from pyproject.toml, pinned there): this layer is reused while only the code changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb'))['project']; print('\n'.join(p['dependencies'] + p['optional-dependencies']['rocksdb']))" > /tmp/requirements.txt \
 && pip install --no-cache-dir -r /tmp/requirements.txt
COPY README.md setup.py ./
COPY worker ./worker
# The project itself, without re-resolving: its dependencies are already in the venv. The wheel's extractor is
# compiled with mypyc (setup.py), in a throwaway build venv: mypy never enters the runtime venv.
# hadolint ignore=DL3013
RUN python -m venv /tmp/build \
 && /tmp/build/bin/pip install --no-cache-dir "mypy>=1.10" "setuptools>=69" wheel \
 && WIREWATCH_COMPILE=1 /tmp/build/bin/pip wheel --no-cache-dir --no-deps --no-build-isolation -w /tmp/wheels . \
 && pip install --no-cache-dir --no-deps /tmp/wheels/wirewatch-*.whl \
 && rm -rf /tmp/build /tmp/wheels \
 && python -c "import worker.extract as x; assert x.compiled(), 'extractor not compiled'" \
 && pip check \
 && python -m compileall -q /opt/venv

FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="wirewatch" \
      org.opencontainers.image.description="News wire articles to conflict events, incidents, tallies and alerts (faust worker)" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 wirewatch \
 && useradd --system --uid 10001 --gid wirewatch --home-dir /var/lib/wirewatch --no-create-home \
            --shell /usr/sbin/nologin wirewatch \
 && mkdir -p /var/lib/wirewatch \
 && chown wirewatch:wirewatch /var/lib/wirewatch
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:${PATH} \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    WIREWATCH_STORE=rocksdb:// \
    WIREWATCH_DATA_DIR=/var/lib/wirewatch \
    WIREWATCH_WEB_HOST=0.0.0.0 \
    WIREWATCH_WEB_PORT=6066 \
    WIREWATCH_LOG_FORMAT=json
USER 10001:10001
WORKDIR /var/lib/wirewatch
# Table state (RocksDB). Disposable - it is rebuilt from the changelog topics - but keeping it makes restarts fast.
VOLUME ["/var/lib/wirewatch"]
EXPOSE 6066
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('WIREWATCH_WEB_PORT', '6066'), timeout=4)"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["wirewatch"]
CMD ["worker"]
