MK_LINT ?= npx --no-install eslint
lint:
	@$(MK_LINT) . --cache --cache-location $(HOME)/.cache/mk-lint/

format:
	@npx --no-install prettier --write .
