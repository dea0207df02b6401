#!/usr/bin/env bash
# The installed layout works: `cmake --install` into a throw-away prefix puts the executables, the desktop entry,
# AppStream metadata, icons, man pages, shell completion and licence where a Debian desktop looks for them; the
# desktop entry and metadata pass their validators; every executable answers --version from there; the bash
# completion completes; and the CLI's whole flow runs against the installed systemuser-sandbox.
#
# Usage: install-test.sh BUILD_DIR SOURCE_DIR VERSION
# Needs what scripts/install-deps installs (desktop-file-utils, appstream) and, for the CLI flow, a Secret
# Service keyring (scripts/run-tests provides a throw-away one).
set -euo pipefail

build_dir="$(cd "${1:?usage: install-test.sh BUILD_DIR SOURCE_DIR}" && pwd)"
source_dir="$(cd "${2:?usage: install-test.sh BUILD_DIR SOURCE_DIR}" && pwd)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
app_id=no.systemuserwizard.SystemUserWizard

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

cmake --install "$build_dir" --prefix "$prefix" >/dev/null

for file in bin/systemuser-wizard bin/systemuser-cli bin/systemuser-sandbox \
    "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
    share/icons/hicolor/scalable/apps/systemuser-wizard.svg share/icons/hicolor/48x48/apps/systemuser-wizard.png \
    share/icons/hicolor/256x256/apps/systemuser-wizard.png \
    share/man/man1/systemuser-wizard.1.gz share/man/man1/systemuser-cli.1.gz share/man/man1/systemuser-sandbox.1.gz \
    share/bash-completion/completions/systemuser-cli share/zsh/vendor-completions/_systemuser-cli \
    share/doc/systemuser-wizard/copyright; do
    [[ -s "$prefix/$file" ]] || fail "not installed: $file"
done
echo "installed layout: ok"

desktop-file-validate "$prefix/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "appstreamcli validate"
grep -q "^Icon=systemuser-wizard$" "$prefix/share/applications/$app_id.desktop" || fail "desktop entry icon"
grep -q "^Name\[nb\]=" "$prefix/share/applications/$app_id.desktop" || fail "desktop entry has no Bokmål name"
echo "desktop entry and metadata: valid"

version="${3:?usage: install-test.sh BUILD_DIR SOURCE_DIR VERSION}"
for program in systemuser-wizard systemuser-cli systemuser-sandbox; do
    out="$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$program" --version)" || fail "$program --version"
    [[ "$out" == *"$version"* ]] || fail "$program --version said '$out', expected $version"
    grep -q '^\.SH DESCRIPTION\|^\.SH "DESCRIPTION"\|^\.SH SYNOPSIS' <(zcat "$prefix/share/man/man1/$program.1.gz") ||
        fail "$program.1 has no sections"
done
# grep without -q in pipelines: -q stops reading at the first match, and under pipefail the writer's SIGPIPE would
# fail the check when it writes after that (it did, as "completion of --lang", with three tests at a time).
"$prefix/bin/systemuser-cli" --help | grep "completion" >/dev/null || fail "systemuser-cli --help"
echo "--version, --help and man pages: ok"

# complete WORDS… — what bash completion offers for the last word of "systemuser-cli WORDS…".
complete_line() {
    bash -c 'source "$1"; shift; COMP_WORDS=(systemuser-cli "$@"); COMP_CWORD=$#; _systemuser_cli;
             printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix/share/bash-completion/completions/systemuser-cli" "$@"
}
complete_line pro | grep -x profile >/dev/null || fail "completion of 'pro'"
complete_line sandbox catalogue "" | grep -x import >/dev/null || fail "completion of 'sandbox catalogue '"
complete_line --lang "" | grep -x nn >/dev/null || fail "completion of --lang"
complete_line customers import --en | grep -x -- --env >/dev/null || fail "completion of a global option"
if command -v zsh >/dev/null; then
    zsh -n "$prefix/share/zsh/vendor-completions/_systemuser-cli" || fail "zsh completion syntax"
fi
echo "shell completion: ok"

bash "$source_dir/tests/cli/cli-end-to-end.sh" "$prefix/bin" >/dev/null 2>"$prefix/cli.err" || {
    tail -40 "$prefix/cli.err" >&2
    fail "the CLI flow against the installed sandbox"
}
echo "the CLI flow against the installed sandbox: ok"
