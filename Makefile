# The two commands a newcomer needs: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-suite test-display test-cage test-deploy test-install lint system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) main.py $(ARGS)

system-deps:
	bash .ci/system-deps.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .

test: test-suite test-display test-cage

test-suite: system-deps $(STAMP) lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not display and not install" $(PYTEST_ARGS)

# the real program on Xvfb with no window manager, driven by xdotool (about 3 minutes)
test-display: system-deps $(STAMP)
	$(PY) -m pytest -m "display and not cage" tests/display $(DISPLAY_PYTEST_ARGS)

# the kiosk service's command line under cage's headless mode, as an ordinary user (seconds)
test-cage: system-deps $(STAMP)
	$(PY) -m pytest -m cage tests/display $(DISPLAY_PYTEST_ARGS)

# the shop-PC installation files: units, udev rules, scripts, kiosk-session under cage (seconds;
# also part of test-suite)
test-deploy: system-deps $(STAMP)
	$(PY) -m pytest -m "deploy and not install" tests/deploy $(PYTEST_ARGS)

# ROOT ONLY, changes this machine: deploy/install.sh for real, then everything removed (a minute)
test-install: system-deps $(STAMP)
	$(PY) -m pytest -m install tests/deploy $(INSTALL_PYTEST_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis test-results
