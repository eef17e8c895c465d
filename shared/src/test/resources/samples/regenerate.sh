#!/usr/bin/env bash
# Regenerates the real tool output used by the shared module's tests. Run from anywhere:
#   bash shared/src/test/resources/samples/regenerate.sh
# Needs: the repository's Maven wrapper (offline works once dependencies are cached), npm, GNU ls, gzip, git.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../../../../.." && pwd)"
work="$(mktemp -d /tmp/cfa-samples.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# mvn without -B: Maven's own ANSI colours (forced, since stdout is a file here).
cp -r "$repo/docs/examples/projects/maven-compilation" "$work/app"
(cd "$work/app" && "$repo/mvnw" -o -ntp -Dstyle.color=always compile > "$here/maven-color.log" 2>&1) || true
gzip -9 -n -c "$here/maven-color.log" > "$here/maven-color.log.gz"

# npm's coloured error for a missing script.
cp -r "$here/projects/npm-missing-script" "$work/npm"
(cd "$work/npm" && npm run build --color=always > "$here/npm-color.log" 2>&1) || true

# ls colours: a directory, an executable, a symbolic link and an OSC-free listing.
mkdir -p "$work/ls/dir" && touch "$work/ls/plain.txt" && printf '#!/bin/sh\n' > "$work/ls/run.sh"
chmod +x "$work/ls/run.sh" && ln -s plain.txt "$work/ls/link.txt"
(cd "$work/ls" && ls --color=always -1 > "$here/ls-color.log")

# ls --hyperlink: OSC 8 hyperlinks around each name.
(cd "$work/ls" && ls --color=always --hyperlink=always -1 > "$here/ls-hyperlink.log")

# git's coloured diff.
(cd "$work" && git init -q g && cd g && printf 'a\nb\n' > f.txt && git add f.txt \
  && git -c user.name=ci -c user.email=ci@example.org commit -q -m one && printf 'a\nc\n' > f.txt \
  && git -c color.ui=always diff > "$here/git-diff-color.log")

# A script that colours with tput, as many CI scripts do: sgr0 on xterm is ESC ( B ESC [ m.
TERM=xterm bash -c 'echo "$(tput setaf 1)$(tput bold)FAILED$(tput sgr0): 2 checks"' > "$here/tput-color.log"

# Progress bars rewritten with bare CRs.
bash "$here/progress.sh" > "$here/progress-cr.log"
