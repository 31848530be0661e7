# Two commands do everything from a fresh clone: `make report` and `make test` (each sets itself up).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export MPLBACKEND := agg
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: setup tables report test lint lab lock clean

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

tables: setup                         ## build the default corpus into build/tables
	$(BIN)/python -m helpers build

report: setup                         ## build, then run every notebook into reports/ (HTML + index.html)
	$(BIN)/python -m helpers build
	$(BIN)/python -m helpers report

lint: setup
	$(BIN)/ruff check .

test: setup lint                      ## every test, then the notebooks with strict nbval
	$(BIN)/python -m pytest tests
	$(BIN)/python -m pytest --nbval notebooks -p no:cacheprovider

lab: setup                            ## open the notebooks in JupyterLab with the project's environment
	$(BIN)/jupyter lab notebooks$(if $(filter 0,$(shell id -u)), --allow-root)

lock: setup                           ## re-pin requirements.txt from the current environment
	$(BIN)/python -m pip freeze --exclude-editable > requirements.txt
	printf '%s\n' '# this project itself, editable (so Binder, which installs only this file, can import helpers)' '-e .' >> requirements.txt

clean:
	rm -rf build reports .cache
