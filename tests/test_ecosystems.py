"""The ecosystem rule files (labelers/ecosystems/*.yaml) on genuine tool output.

Every fixture (tests/fixtures/ecosystems/<ecosystem>/<case>.txt) is what a real tool printed in a Debian
bookworm container (no network; local servers where a case needs one). Each names the signature that must
decide it; a few are judged as whole steps, where the exit code and the program matter (exit 0 behind an
error, an HTTP error page from `curl -s` against the same page shown by `cat`).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from labelers.advice import fill
from labelers.outcomes import _judge
from labelers.signatures import decisive, ecosystem_rules, scan

FIXTURES = Path(__file__).parent / "fixtures" / "ecosystems"

DECISIVE = {  # case: (signature id, category) of the decisive line, or None where no line is an error
    "build/cargo-build-ok": None,
    "build/cargo-no-bin-target": ("cargo-no-target", "not_found"),
    "build/cargo-no-manifest": ("cargo-no-manifest", "not_found"),
    "build/cmake-minimum-version": ("cmake-minimum-required", "version_mismatch"),
    "build/cmake-no-cmakelists": ("cmake-no-cmakelists", "not_found"),
    "build/cmake-no-compiler": ("cmake-no-compiler", "dependency_resolution"),
    "build/cmake-parse-error": ("cmake-parse-error", "config_syntax"),
    "build/ctest-tests-failed": ("ctest-test-failed", "test_failure"),
    "build/cmake-unknown-command": ("cmake-unknown-command", "config_syntax"),
    "build/eslint-errors": ("eslint-problems", "lint_error"),
    "build/eslint-warnings-only": None,
    "build/gcc-missing-source": ("no-such-path", "not_found"),
    "build/gcc-no-input": ("gcc-no-input-files", "not_found"),
    "build/gcc-undeclared": ("file-line-error", "compile_error"),
    "build/gradle-build-ok": None,
    "build/gradle-compile-error": ("file-line-error", "compile_error"),
    "build/gradle-dependency-offline": ("dns-failure", "network_unreachable"),
    "build/gradle-script-error": ("gradle-method-not-found", "config_syntax"),
    "build/gradle-task-not-found": ("gradle-task-not-found", "not_found"),
    "build/go-no-go-files": ("go-no-go-files", "not_found"),
    "build/go-no-gomod": ("go-no-go-mod", "not_found"),
    "build/go-no-main-module": ("go-no-go-mod", "not_found"),
    "build/go-not-in-std": ("go-not-in-goroot", "dependency_resolution"),
    "build/go-run-no-main": ("go-not-main-package", "not_found"),
    "build/go-unused-import": ("go-compile-error", "compile_error"),
    "build/go-vet-printf": ("go-vet-printf", "lint_error"),
    "build/javac-cannot-find-symbol": ("file-line-error", "compile_error"),
    "build/ld-multiple-definition": ("ld-multiple-definition", "link_error"),
    "build/ld-no-main": ("ld-undefined-main", "link_error"),
    "build/make-command-not-found": ("make-recipe-tool-missing", "not_found"),
    "build/make-recipe-before-target": ("make-recipe-before-target", "config_syntax"),
    "build/make-recipe-error": None,
    "build/make-recursive-variable": ("make-recursive-variable", "config_syntax"),
    "build/mypy-errors-counted": ("mypy-error", "lint_error"),
    "build/mypy-summary-tail": ("checker-problem-count", "lint_error"),  # `mypy calc.py | tail -1`
    "build/make-target-pattern": ("make-file-fatal", "config_syntax"),
    "build/make-unterminated-call": ("make-unterminated-call", "config_syntax"),
    "build/maven-no-pom": ("maven-no-pom", "not_found"),
    "build/npm-no-package-json": ("npm-no-package-json", "not_found"),
    "build/npm-script-not-found-bin": ("command-not-found", "not_found"),
    "build/rustc-borrow": ("rust-error", "compile_error"),
    "build/rustc-syntax": ("rustc-syntax-error", "compile_error"),
    "build/tsc-file-not-found": ("tsc-file-not-found", "not_found"),
    "build/tsc-type-error": ("typescript-error", "compile_error"),
    "build/tsc-unknown-option": ("tsc-unknown-option", "config_syntax"),
    "build/webpack-bad-config": ("webpack-config-unknown-property", "config_syntax"),
    "build/webpack-parse-failed": ("webpack-module-parse-failed", "compile_error"),
    "build/yarn-bad-package-json": ("json-parse-error", "config_syntax"),
    "build/yarn-no-command": ("yarn-command-not-found", "not_found"),
    "build/yarn-run-ok": None,

    "containers/docker-build-no-daemon": ("docker-daemon-down", "connection_refused"),
    "containers/docker-compose-missing": ("docker-not-a-command", "not_found"),
    "containers/docker-no-daemon": ("docker-daemon-down", "connection_refused"),
    "containers/docker-pull-no-daemon": ("docker-daemon-down", "connection_refused"),
    "containers/docker-run-no-daemon": ("docker-daemon-down", "connection_refused"),
    "containers/docker-socket-permission": ("docker-socket-permission", "permission_denied"),
    "containers/kubectl-apply-no-cluster": ("kubectl-server-refused", "connection_refused"),
    "containers/kubectl-bad-yaml": ("kubectl-manifest-yaml", "config_syntax"),
    "containers/kubectl-dns-cluster": ("unreachable", "network_unreachable"),
    "containers/kubectl-no-cluster": ("kubectl-server-refused", "connection_refused"),
    "containers/kubectl-path-missing": ("kubectl-path-missing", "not_found"),
    "containers/kubectl-prompts-username": ("kubectl-prompts-username", "auth_or_credentials"),
    "containers/kubectl-refused-kubeconfig": ("kubectl-server-refused", "connection_refused"),
    "containers/kubectl-unknown-context": ("kubectl-context-not-found", "not_found"),
    "containers/kubectl-use-context-missing": ("kubectl-context-not-found", "not_found"),

    "databases/alembic-unknown-revision": ("alembic-error", "command_failed"),
    "databases/alembic-not-up-to-date": ("alembic-not-up-to-date", "version_mismatch"),
    "databases/pg-restore-text-dump": ("pg-restore-text-dump", "command_failed"),
    "databases/sqlite-table-exists": ("sqlite-object-exists", "command_failed"),
    "databases/sqlite-import-extra-columns": ("sqlite-import-column-count", "data_corruption"),
    "databases/psql-cancel-user-request": ("pg-cancelled-by-user", "timeout"),
    "databases/mariadb-unknown-collation": ("mysql-unknown-collation", "version_mismatch"),
    "databases/mariadb-duplicate-key-name": ("mysql-error", "command_failed"),
    "databases/mariadb-fk-child-row": ("mysql-fk-child-row", "data_corruption"),
    "databases/mysql-access-denied": ("auth-required", "auth_or_credentials"),
    "databases/mysql-command-denied": ("mysql-command-denied", "auth_or_credentials"),
    "databases/mysql-no-server": ("mysql-socket-down", "connection_refused"),
    "databases/mysql-syntax": ("mysql-syntax-error", "compile_error"),
    "databases/mysql-table-missing": ("mysql-table-missing", "not_found"),
    "databases/mysql-tcp-refused": ("mysql-tcp-down", "connection_refused"),
    "databases/mysql-unknown-column": ("mysql-unknown-column", "not_found"),
    "databases/mysql-unknown-db": ("mysql-db-access-denied", "auth_or_credentials"),
    "databases/mysql-unknown-host": ("mysql-unknown-host", "network_unreachable"),
    "databases/pg-column-missing": ("pg-column-missing", "not_found"),
    "databases/pg-createdb-exists": ("pg-database-exists", "command_failed"),
    "databases/pg-db-missing": ("pg-database-missing", "not_found"),
    "databases/pg-duplicate-key": ("pg-unique-violation", "data_corruption"),
    "databases/pg-foreign-key": ("pg-foreign-key-violation", "runtime_error"),
    "databases/redis-oom": ("redis-oom", "resource_exhausted"),
    "databases/sqlite-runtime-error": ("sqlite-script-error", "runtime_error"),
    "databases/sqlite-parse-error": ("sqlite-syntax-error", "compile_error"),
    "databases/pg-column-exists": ("pg-already-exists", "runtime_error"),
    "databases/pg-file-errors-exit0": ("pg-syntax-error", "compile_error"),
    "databases/pg-no-socket": ("refused-postgres", "connection_refused"),
    "databases/pg-ctlcluster-not-owner": ("pg-cluster-not-owner", "permission_denied"),
    "runtimes/matplotlib-agg-show": ("matplotlib-cannot-show", "runtime_error"),
    "runtimes/pandas-setting-with-copy": ("pandas-setting-with-copy", "runtime_error"),
    "databases/pg-password-failed": ("auth-required", "auth_or_credentials"),
    "databases/pg-permission-table": ("db-privilege", "auth_or_credentials"),
    "databases/pg-refused-tcp": ("refused-postgres", "connection_refused"),
    "databases/pg-relation-missing": ("pg-relation-missing", "not_found"),
    "databases/pg-role-missing": ("pg-role-missing", "auth_or_credentials"),
    "databases/pg-select-ok": None,
    "databases/pg-syntax": ("pg-syntax-error", "compile_error"),
    "databases/redis-noauth": ("auth-required", "auth_or_credentials"),
    "databases/redis-refused": ("refused-named-service", "connection_refused"),
    "databases/redis-unknown-command": ("redis-unknown-command", "not_found"),
    "databases/redis-unknown-host": ("redis-unknown-host", "network_unreachable"),
    "databases/redis-wrongpass": ("redis-auth-failed", "auth_or_credentials"),
    "databases/redis-wrongtype": ("redis-wrongtype", "runtime_error"),
    "databases/sqlite-cannot-open": ("sqlite-cannot-open", "not_found"),
    "databases/sqlite-locked": ("sqlite-database-locked", "timeout"),
    "databases/sqlite-malformed": ("sqlite-malformed", "data_corruption"),
    "databases/sqlite-no-such-column": ("sqlite-no-such-column", "not_found"),
    "databases/sqlite-no-such-table": ("sqlite-no-such-table", "not_found"),
    "databases/sqlite-syntax": ("sqlite-syntax-error", "compile_error"),
    "databases/sqlite-unique": ("sqlite-unique-failed", "data_corruption"),

    "git/add-pathspec": ("git-add-pathspec", "not_found"),
    "git/apply-failed": ("git-patch-failed", "merge_conflict"),
    "git/branch-exists": ("git-branch-exists", "command_failed"),
    "git/checkout-pathspec": ("git-checkout-unknown-ref", "not_found"),
    "git/clone-dest-exists": ("git-clone-destination-exists", "command_failed"),
    "git/commit-ok": None,
    "git/commit-unmerged": ("git-unmerged-files", "merge_conflict"),
    "git/dubious-ownership": ("git-dubious-ownership", "permission_denied"),
    "git/http-auth-failed": ("git-http-auth-failed", "auth_or_credentials"),
    "git/http-auth-no-prompt": ("git-http-no-credentials", "auth_or_credentials"),
    "git/http-repo-not-found": ("git-http-repository-not-found", "not_found"),
    "git/merge-conflict": ("merge-conflict", "merge_conflict"),
    "git/merge-ok": None,
    "git/not-a-repository": ("git-not-a-repository", "not_found"),
    "git/pull-divergent": ("git-divergent-branches", "merge_conflict"),
    "git/pull-fast-forward-ok": None,
    "git/pull-local-changes-overwritten": ("git-local-changes-overwritten", "merge_conflict"),
    "git/push-checked-out-branch": ("git-push-checked-out-branch", "command_failed"),
    "git/push-detached-head": ("git-push-detached-head", "command_failed"),
    "git/push-rejected-fetch-first": ("git-push-fetch-first", "merge_conflict"),
    "git/rebase-conflict": ("git-could-not-apply", "merge_conflict"),
    "git/cherry-pick-empty": ("git-cherry-pick-empty", "command_failed"),
    "git/remote-not-a-repo": ("git-remote-not-a-repository", "not_found"),
    "git/submodule-file-transport": ("git-transport-not-allowed", "permission_denied"),
    "git/stash-needed-rebase": ("git-unstaged-changes", "merge_conflict"),
    "git/switch-new-branch-ok": None,
    "git/unrelated-histories": ("git-unrelated-histories", "merge_conflict"),
    "git/untracked-overwritten": ("git-untracked-overwritten", "merge_conflict"),
    "git/push-src-refspec": ("git-src-refspec", "not_found"),
    "git/gpg-sign-failed": ("git-gpg-sign-failed", "auth_or_credentials"),
    "git/not-a-git-command": ("git-not-a-command", "not_found"),
    "git/push-no-destination": ("git-no-push-destination", "not_found"),
    "git/who-are-you": ("git-identity-unknown", "auth_or_credentials"),

    "network/python-connect-no-address": ("connect-no-address", "connection_refused"),
    "network/ssh-add-no-agent": ("ssh-agent-missing", "connection_refused"),
    "network/ssh-config-bad-option": ("ssh-config-bad-option", "config_syntax"),
    "network/cat-saved-404-page": ("http-not-found", "not_found"),  # the body rule is curl's, not cat's
    "network/curl-f-401": ("curl-fail-unauthorized", "auth_or_credentials"),
    "network/curl-f-404": ("curl-fail-not-found", "not_found"),
    "network/curl-f-500": ("curl-fail-server-error", "runtime_error"),
    "network/curl-f-502": ("curl-fail-bad-gateway", "connection_refused"),
    "network/curl-http-code-401": ("http-status-code-denied", "auth_or_credentials"),
    "network/curl-http-code-500": ("http-status-code-server-error", "runtime_error"),
    "network/curl-http-code-502": ("http-status-code-bad-gateway", "connection_refused"),
    "network/curl-http-code": ("http-status-code-not-found", "not_found"),
    "network/curl-ok": None,
    "network/curl-resolve": ("dns-failure", "network_unreachable"),
    "network/curl-s-403-page": ("http-body-denied", "auth_or_credentials"),
    "network/apache-syntax-ok-fqdn": None,
    "network/curl-http-code-refused": ("http-status-code-none", "connection_refused"),
    "network/curl-s-404-page": ("http-body-not-found", "not_found"),
    "network/curl-s-python-404-page": ("http-body-error-code-not-found", "not_found"),
    "network/curl-s-python-501-page": ("http-body-error-code-server", "runtime_error"),
    "network/curl-s-500-page": ("http-body-server-error", "runtime_error"),
    "network/curl-s-502-page": ("http-body-bad-gateway", "connection_refused"),
    "network/curl-s-json-error-object": ("http-json-error", "runtime_error"),
    "network/curl-s-json-error": ("http-json-auth-error", "auth_or_credentials"),
    "network/curl-self-signed": ("certificate-untrusted", "certificate_error"),
    "network/curl-timeout": ("curl-timeout-no-bytes", "timeout"),
    "network/curl-tls-wrong-port": ("curl-tls-to-plain-port", "certificate_error"),
    "network/dns-curl-nxdomain": ("dns-failure", "network_unreachable"),
    "network/dns-dig-nxdomain": ("dns-dig-nxdomain", "not_found"),
    "network/dns-host-nxdomain": ("dns-host-nxdomain", "not_found"),
    "network/dns-host-offline": ("dns-no-servers", "network_unreachable"),
    "network/dns-host-ok": None,
    "network/dns-nslookup-nxdomain": ("dns-nslookup-nxdomain", "not_found"),
    "network/dns-nslookup-offline": ("dns-no-servers", "network_unreachable"),
    "network/openssl-key-mismatch": ("openssl-key-mismatch", "certificate_error"),
    "network/openssl-verify-ok": None,
    "network/openssl-verify-untrusted": ("certificate-untrusted", "certificate_error"),
    "network/openssl-x509-missing": ("openssl-cannot-load-file", "not_found"),
    "network/scp-windows-path": ("scp-windows-drive-as-host", "not_found"),
    "network/ssh-host-key-changed": ("ssh-host-key-changed", "certificate_error"),
    "network/ssh-host-key-unknown": ("ssh-host-key-unknown", "certificate_error"),
    "network/ssh-publickey-denied": ("ssh-publickey", "auth_or_credentials"),
    "network/ssh-refused": ("ssh-connect-refused", "connection_refused"),
    "network/ssh-resolve-hostname": ("ssh-resolve-hostname", "network_unreachable"),
    "network/ssh-unprotected-key": ("key-mode-too-open", "permission_denied"),
    "network/wget-404": ("wget-http-not-found", "not_found"),
    "network/wget-file-not-found": ("wget-http-not-found", "not_found"),
    "network/wget-403": ("wget-http-denied", "auth_or_credentials"),
    "network/wget-500": ("wget-http-server-error", "runtime_error"),
    "network/wget-refused": ("refused-host-port", "connection_refused"),
    "network/wget-resolve": ("dns-failure", "network_unreachable"),

    "packages/apt-fetch-offline": ("apt-temporary-failure-resolving", "network_unreachable"),
    "packages/apt-install-local-deb": None,
    "packages/apt-install-nonroot": ("apt-lock-not-root", "permission_denied"),
    "packages/apt-no-candidate": ("apt-no-installation-candidate", "dependency_resolution"),
    "packages/apt-nonroot-update": ("apt-lock-not-root", "permission_denied"),
    "packages/apt-get-update-nonroot": ("apt-lists-not-root", "permission_denied"),
    "packages/apt-unable-to-locate": ("apt-no-package", "dependency_resolution"),
    "packages/apt-update-offline": ("apt-temporary-failure-resolving", "network_unreachable"),
    "packages/apt-version-not-found": ("apt-version-not-found", "dependency_resolution"),
    "packages/cargo-offline-flag": ("cargo-no-matching-package", "dependency_resolution"),
    "packages/cargo-registry-offline": ("cargo-registry-unreachable", "network_unreachable"),
    "packages/dpkg-nonroot": ("dpkg-needs-superuser", "permission_denied"),
    "packages/gem-offline": ("dns-failure", "network_unreachable"),
    "packages/go-get-offline": ("go-module-fetch-unreachable", "network_unreachable"),
    "packages/go-missing-gosum": ("go-missing-package", "dependency_resolution"),
    "packages/go-mod-download-offline": ("go-module-fetch-unreachable", "network_unreachable"),
    "packages/go-mod-tidy-offline": ("go-module-fetch-unreachable", "network_unreachable"),
    "packages/go-no-required-module": ("go-no-module-provides", "dependency_resolution"),
    "packages/maven-offline-plugin": ("maven-artifact-unreachable", "network_unreachable"),
    "packages/maven-offline-missing": ("maven-offline-missing", "dependency_resolution"),
    "packages/npm-e404": ("npm-not-in-registry", "dependency_resolution"),
    "packages/npm-eacces-global": ("npm-eacces-path", "permission_denied"),
    "packages/npm-eresolve": ("npm-peer-conflict", "dependency_resolution"),
    "packages/npm-ls-unmet-head": ("npm-unmet-dependency", "dependency_resolution"),  # `npm ls 2>/dev/null | head -2`
    "packages/npm-etarget": ("npm-no-matching-version", "dependency_resolution"),
    "packages/npm-offline-enotfound": ("npm-registry-unreachable", "network_unreachable"),
    "packages/yarn-offline-not-cached": ("yarn-offline-not-cached", "dependency_resolution"),
    "packages/pnpm-no-script": ("pnpm-error", "command_failed"),
    "packages/pnpm-offline-meta": ("pnpm-no-offline-meta", "dependency_resolution"),
    "packages/bundler-gem-not-found": ("bundler-gem-not-found", "dependency_resolution"),
    "packages/bundler-no-network": ("bundler-no-network", "network_unreachable"),
    "packages/pip-externally-managed": ("pip-externally-managed", "dependency_resolution"),
    "packages/pip-hash-mismatch": ("pip-hash-mismatch", "data_corruption"),
    "packages/pip-invalid-bdist-wheel": ("pip-no-bdist-wheel", "dependency_resolution"),
    "packages/pip-installed-ok": None,
    "packages/pip-invalid-requirement": ("pip-invalid-requirement", "config_syntax"),
    "packages/pip-no-requirements-file": ("pip-requirements-file-missing", "not_found"),
    "packages/pip-oserror-permission": ("write-denied-in-folder", "permission_denied"),
    "packages/pip-oserror-system": ("pip-oserror-permission", "permission_denied"),
    "packages/pip-resolution-conflict": ("pip-conflict-cause", "dependency_resolution"),
    "packages/pip-venv-offline": ("pip-index-unreachable", "network_unreachable"),

    "runtimes/python-argparse-invalid-choice": ("python-argparse-error", "command_failed"),
    "runtimes/python-m-package-no-main": ("python-m-package-no-main", "not_found"),
    "runtimes/python-m-no-module": ("python-m-no-module", "dependency_resolution"),
    "runtimes/junit4-failure": ("junit4-failure", "test_failure"),
    "runtimes/minitest-failure": ("minitest-failure", "test_failure"),
    "runtimes/minitest-summary-tail": ("minitest-summary-failed", "test_failure"),  # `rake test | tail -6`
    "runtimes/csvkit-not-utf8": ("csvkit-not-encoded", "data_corruption"),
    "runtimes/validator-invalid-line": ("validator-invalid", "data_corruption"),
    "runtimes/validator-error-line": ("validator-invalid", "data_corruption"),
    "runtimes/mlr-header-data-mismatch": ("mlr-csv-length-mismatch", "data_corruption"),
    "runtimes/c-segfault": ("shell-segfault", "crash"),
    "runtimes/jq-index-array": ("jq-filter-error", "runtime_error"),
    "runtimes/java-jar-no-manifest": ("java-jar-no-manifest", "not_found"),
    "build/shellcheck-findings": ("shellcheck-finding", "lint_error"),
    "system/init-script-start-failed": ("init-script-start-failed", "command_failed"),
    "system/cron-pidfile-denied": ("cannot-create-denied", "permission_denied"),
    "system/script-not-executable": ("exec-denied", "permission_denied"),
    "system/cat-denied": ("read-denied", "permission_denied"),
    "system/ulimit-cannot-raise": ("ulimit-cannot-raise", "permission_denied"),
    "databases/redis-wrongtype-in-script": ("redis-wrongtype", "runtime_error"),
    "databases/redis-misconf": ("redis-misconf", "resource_exhausted"),
    "databases/redis-config-protected": ("redis-config-protected", "permission_denied"),
    "runtimes/perl-cant-call-method": ("perl-cant-call", "runtime_error"),
    "runtimes/python-json-tool-invalid": ("python-json-tool-invalid", "config_syntax"),
    "network/scp-no-sftp-subsystem": ("scp-no-sftp-subsystem", "command_failed"),
    "network/openssl-checkend-expires": ("openssl-checkend-expires", "certificate_error"),
    "network/sshd-relative-path": ("sshd-needs-absolute-path", "command_failed"),
    "network/ssh-first-connect": None,
    "build/prettier-check-style": ("prettier-style-issues", "lint_error"),
    "system/service-init-failed": ("init-script-failed", "command_failed"),
    "system/service-must-be-root": ("init-script-needs-root", "permission_denied"),
    "system/service-docker-must-be-root": ("init-script-needs-root", "permission_denied"),
    "system/tar-cannot-stat": ("tar-cannot-stat", "not_found"),
    "runtimes/go-concurrent-map": ("go-concurrent-map", "crash"),
    "runtimes/go-deadlock": ("go-deadlock", "crash"),
    "runtimes/go-index-panic": ("go-panic", "crash"),
    "runtimes/go-test-panic": ("go-test-panic", "test_failure"),
    "runtimes/go-panic-nil-map": ("go-panic", "crash"),
    "runtimes/java-jarfile-missing": ("java-jarfile-missing", "not_found"),
    "runtimes/java-main-class-missing": ("java-main-class-missing", "not_found"),
    "runtimes/java-npe": ("java-exception", "runtime_error"),
    "runtimes/node-eaddrinuse": ("address-in-use", "address_in_use"),
    "runtimes/node-main-missing": ("node-entry-script-missing", "not_found"),
    "runtimes/node-package-missing": ("node-cannot-find-module", "dependency_resolution"),
    "runtimes/node-syntax": ("python-syntax-error", "compile_error"),
    "runtimes/node-typeerror": ("exception-line", "runtime_error"),
    "runtimes/node-repl-uncaught": ("node-repl-uncaught", "runtime_error"),
    "runtimes/node-unhandled-rejection": ("node-uncaught-at", "runtime_error"),
    "runtimes/perl-cant-locate": ("perl-cant-locate-module", "dependency_resolution"),
    "runtimes/perl-die-message": ("perl-die", "runtime_error"),
    "runtimes/perl-warning": None,
    "runtimes/perl-die": ("perl-die-no-such-file", "not_found"),
    "runtimes/php-autoload-missing": ("php-autoload-missing", "dependency_resolution"),
    "runtimes/php-include-missing": ("php-include-missing", "not_found"),
    "runtimes/php-undefined-function": ("php-uncaught", "runtime_error"),
    "runtimes/python-address-in-use": ("address-in-use", "address_in_use"),
    "runtimes/python-attributeerror": ("python-none-attribute", "runtime_error"),
    "runtimes/python-http-server-in-use": ("address-in-use", "address_in_use"),
    "runtimes/python-keyerror": ("python-key-error", "runtime_error"),
    "runtimes/python-yaml-parse": ("python-yaml-parse", "config_syntax"),
    "runtimes/python-module-missing": ("python-no-module", "dependency_resolution"),
    "runtimes/python-recursion": ("python-recursion", "crash"),
    "runtimes/python-script-missing": ("python-script-missing", "not_found"),
    "runtimes/ruby-load-error": ("ruby-load-error", "dependency_resolution"),
    "runtimes/ruby-nomethod": ("ruby-exception", "runtime_error"),
    "runtimes/php-class-not-found": ("php-class-not-found", "not_found"),
    "runtimes/c-asan-leak": ("asan-leak", "runtime_error"),
    "runtimes/c-valgrind-leak": ("valgrind-lost", "runtime_error"),
    "runtimes/c-ubsan-overflow": ("ubsan-runtime-error", "runtime_error"),
    "runtimes/ruby-date-error": ("ruby-exception", "runtime_error"),
    "runtimes/ruby-irb-exception": ("ruby-irb-exception", "runtime_error"),
    "runtimes/rust-panic": ("rust-panic", "crash"),

    "system/chown-not-permitted": ("chown-not-permitted", "permission_denied"),
    "system/command-not-found-installable": ("command-not-found-suggestion", "not_found"),
    "system/command-not-found-plain": ("command-not-found", "not_found"),
    "system/command-not-found-suggest": ("command-not-found-suggestion", "not_found"),
    "system/crontab-bad-minute": ("crontab-bad-field", "config_syntax"),
    "system/crontab-none": ("crontab-none", "not_found"),
    "system/file-size-limit": ("file-size-limit", "resource_exhausted"),
    "system/command-not-found-viewer": ("command-not-found", "not_found"),
    "system/journalctl-no-journal": None,
    "system/mkdir-denied": ("coreutils-permission-denied", "permission_denied"),
    "system/no-space-cp": ("no-space-writing", "resource_exhausted"),
    "system/no-space-dd": ("no-space-writing", "resource_exhausted"),
    "system/oom-killed": ("killed", "resource_exhausted"),
    "system/read-only-fs": ("read-only-filesystem", "permission_denied"),
    "system/strace-enoent": ("strace-enoent", "not_found"),
    "system/sudo-password-required": ("sudo-password-required", "auth_or_credentials"),
    "system/systemctl-no-systemd": ("systemd-not-booted", "command_failed"),
    "system/mawk-incomplete": ("awk-syntax", "compile_error"),
    "system/gawk-incomplete": ("awk-syntax", "compile_error"),
    "system/gawk-cmdline": ("awk-syntax", "compile_error"),
    "system/sed-unknown-option": ("sed-s-delimiter", "command_failed"),
    "system/gpg-no-tty": ("gpg-no-tty", "auth_or_credentials"),
    "system/killall-no-process": ("killall-no-process", "not_found"),
    "system/export-not-a-valid-identifier": ("shell-not-a-valid-identifier", "config_syntax"),
    "system/bash-variable-not-set": ("shell-variable-not-set", "runtime_error"),
    "system/zsh-no-matches": ("zsh-no-matches", "command_failed"),
    "system/kill-no-such-job": ("kill-no-such-job", "not_found"),
    "system/kill-no-such-process": ("kill-no-such-job", "not_found"),
    "system/locale-cannot-set": None,
    "system/sudo-not-in-sudoers": ("sudo-not-in-sudoers", "permission_denied"),
    "system/rm-arg-list-too-long": ("argument-list-too-long", "resource_exhausted"),
    "system/bash-crlf-interpreter": ("interpreter-not-found", "not_found"),
    "system/sed-unterminated": ("sed-expression", "command_failed"),
    "system/bash-unary-operator": ("shell-test-operand", "runtime_error"),
    "system/text-file-busy": ("text-file-busy", "command_failed"),
    "system/too-many-open-files": ("too-many-files", "resource_exhausted"),
    "system/touch-denied": ("coreutils-permission-denied", "permission_denied"),
}


def output(case: str) -> list[str]:
    return (FIXTURES / f"{case}.txt").read_text(encoding="utf-8").splitlines()


def lines(case: str) -> list[str]:
    return [line.strip() for line in output(case) if line.strip()]


def hits(case: str) -> list:
    """The signature hits of a case's lines, for the program its name begins with (`network/curl-s-404-page`)."""
    return scan(lines(case), case.split("/")[1].split("-")[0])


def test_every_fixture_names_its_decisive_signature() -> None:
    found = {f"{path.parent.name}/{path.stem}" for path in FIXTURES.glob("*/*.txt")}
    assert found == set(DECISIVE)


@pytest.mark.parametrize("case", sorted(DECISIVE))
def test_the_decisive_line(case: str) -> None:
    hit = decisive(hits(case))
    found = (hit.signature.id, hit.signature.category.value) if hit else None
    assert found == DECISIVE[case], hit and hit.line


def test_every_ecosystem_signature_decides_a_fixture() -> None:
    decided = {expected[0] for expected in DECISIVE.values() if expected}
    ids = {signature.id for rules in ecosystem_rules() for signature in rules.signatures}
    assert ids <= decided, sorted(ids - decided)


def test_every_ecosystem_hint_can_be_filled_from_its_line() -> None:
    """The first hint that needs no `where` fills from the line's groups and the command alone."""
    by_id = {signature.id: signature for rules in ecosystem_rules() for signature in rules.signatures}
    for case, expected in DECISIVE.items():
        if expected and expected[0] in by_id:
            hit = decisive(hits(case))
            fields = {"command": "cmd", "program": "cmd", "line": hit.line, "target": "t", **hit.groups}
            assert fill(hit.signature.hints, fields), (case, hit.signature.hints)


JUDGED = [  # case, command, exit code, outcome, category
    ("databases/pg-file-errors-exit0", "psql -h localhost -d shop -f schema.sql", 0, "fail", "compile_error"),
    ("databases/redis-noauth", "redis-cli ping", 0, "fail", "auth_or_credentials"),
    ("databases/redis-wrongtype", "redis-cli lpush user:1 x", 0, "fail", "runtime_error"),
    ("packages/apt-update-offline", "sudo apt-get update", 0, "fail", "network_unreachable"),
    ("network/dns-dig-nxdomain", "dig apii.internal", 0, "fail", "not_found"),
    ("network/curl-s-404-page", "curl -s http://127.0.0.1:8080/missing", 0, "fail", "not_found"),
    ("network/curl-s-python-404-page", "curl -s http://127.0.0.1:8000/users", 0, "fail", "not_found"),
    ("network/curl-s-json-error", "curl -s http://127.0.0.1:8081/api/items", 0, "fail", "auth_or_credentials"),
    ("network/curl-http-code", "curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8080/missing", 0, "fail",
     "not_found"),
    ("network/cat-saved-404-page", "cat page.html", 0, "ok", None),  # a saved page is content, not a failure
    ("network/ssh-first-connect", "ssh -p 10022 localhost uptime", None, "warn", None),  # a question answered, no error
    ("system/service-init-failed", "service cron status", None, "fail", "command_failed"),  # a paste: no exit code
    ("build/prettier-check-style", "prettier --check src/", None, "fail", "lint_error"),
    ("runtimes/python-json-tool-invalid", "python3 -m json.tool settings.json", 1, "fail", "config_syntax"),
    ("network/curl-s-404-page", "python3 render.py", 0, "ok", None),  # body signatures are curl's, wget's, http's
    ("system/sudo-password-required", "sudo -n systemctl restart nginx", 1, "fail", "auth_or_credentials"),
    ("system/journalctl-no-journal", "journalctl -u nginx --since today", 0, "ok", None),
    ("system/command-not-found-viewer", "journalctl -u payments-api -n 20", None, "fail", "not_found"),  # the shell's
    ("packages/pip-installed-ok", ".venv/bin/pip install --no-index --find-links wheels alpha", 0, "ok", None),
    ("git/merge-ok", "git pull --no-rebase", 0, "ok", None),
    ("runtimes/perl-warning", "perl greet.pl", 0, "ok", None),  # `warn`'s form, not `die`'s
    ("runtimes/perl-die-message", "perl export.pl", 255, "fail", "runtime_error"),
]


@pytest.mark.parametrize(("case", "command", "exit_code", "outcome", "category"), JUDGED)
def test_a_step_is_judged(case: str, command: str, exit_code: int, outcome: str, category: str | None) -> None:
    verdict = _judge(command, exit_code, False, False, tuple(output(case)))
    assert verdict.outcome == outcome
    assert (verdict.category.value if verdict.category else None) == category
    assert verdict.hidden == (outcome == "fail" and exit_code in (0, None))  # no exit code: the output alone says


SUCCEEDED = {  # success id: (case, command)
    "cargo-finished": ("build/cargo-build-ok", "cargo build"),
    "yarn-done": ("build/yarn-run-ok", "yarnpkg run build"),
    "gradle-build-successful": ("build/gradle-build-ok", "gradle build"),
    "apt-package-set-up": ("packages/apt-install-local-deb", "sudo apt-get install -y ./hello-local_1.0_all.deb"),
    "git-committed": ("git/commit-ok", "git commit -am 'Bump app to v3'"),
    "git-switched-new-branch": ("git/switch-new-branch-ok", "git switch -c feature/login"),
    "git-merge-made": ("git/merge-ok", "git pull --no-rebase"),
    "git-fast-forward": ("git/pull-fast-forward-ok", "git pull"),
    "psql-rows": ("databases/pg-select-ok", "psql -h localhost -d shop -c 'SELECT count(*) FROM users'"),
}


def test_every_success_line_is_quoted_from_a_fixture() -> None:
    successes = {success.id: success for rules in ecosystem_rules() for success in rules.successes}
    assert set(successes) == set(SUCCEEDED)
    for name, (case, command) in SUCCEEDED.items():
        success = successes[name]
        assert success.command is None or re.search(success.command, command), name
        assert any(success.regex.search(line) for line in lines(case)), name
        assert _judge(command, 0, False, False, tuple(output(case))).outcome == "ok", name
