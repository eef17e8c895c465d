#!/usr/bin/env bash
# Regenerates the tool-output samples by running each real tool on its tiny broken project.
# Each sample is the tool's combined stdout+stderr, as a CI log would hold it.
# Needs: JDK 17 + Maven (the repository's ./mvnw), gcc, cargo, go, node/npm, python3 with pytest, shellcheck,
# flake8, pylint, black, isort, mypy, ruby with rubocop, rspec, minitest and rake, php with phpunit and phpcs,
# elixir (mix), perl with prove and perlcritic, luacheck, yamllint, cppcheck, clang-format and clang-tidy (all Debian
# 12 packages); the ci group also cmake, libgtest-dev, erlang-common-test, bundler, composer, openssl, curl, git,
# apt-get and the docker client (with no daemon), runs as root, and reaches Maven Central and the npm registry; the go
# group also golang-github-stretchr-testify-dev (Debian 12), read in GOPATH mode; the jvm group needs only the JDK,
# ./mvnw and Maven Central (its plugins and compilers come from there).
# The deb group needs the Debian 12 packages pycodestyle, pydocstyle, pyflakes3, bandit, codespell, python3-coverage,
# python3-behave and python3-sphinx; deb2 needs ghc, hlint, ocaml-nox, gfortran, erlang (erlc), perl, lua5.1 (luac),
# mono-mcs, erlang-dialyzer, libxml2-utils (xmllint), bats, lua-busted, gcc (AddressSanitizer) and valgrind.
# The npm2 group needs only node/npm and the npm registry (it installs yarn, yarn berry and pnpm from there).
# The buildconf group needs autoconf, automake, pkg-config, make, cmake, meson, ninja-build, bash, dash, the JDK, git,
# pip, tox, docker-compose and ansible-core (Debian 12 packages) but not libtool, runs as root and reaches no network.
# The compile2 group needs the Debian 12 packages sassc, golang-go, gcc, clang, coffeescript (cake.coffeescript),
# rustc and cargo (run from /usr/bin), erlang-base, erlang-dev and rebar3, with node/npm and the npm registry.
# The quality group needs node/npm, the npm registry and pdflatex (Debian 12's texlive-latex-base).
# The cienv group needs bash, dash, python3 with pip, node/npm and the npm registry (gulp and grunt), the docker client
# (no daemon), openssl, curl, wget, cmake, g++ and libboost-dev (Boost's headers, without libboost-filesystem-dev or
# libboost-program-options-dev); its servers listen on 127.0.0.1 only.
# The testfw group needs r-base-core, r-cran-testthat and php8.2-dev (run-tests.php; Debian 12 packages), the JDK,
# ./mvnw and Maven Central (scala-maven-plugin, ScalaTest, scalatest-maven-plugin and sbt come from there).
# The testfw2 group needs the Debian 12 packages ghc, cabal-install, libghc-hspec-dev, libghc-tasty-hunit-dev, phpunit
# and lua-busted, with node/npm and the npm registry (ts-node, typescript, mocha), and for Vim's own test harness
# Debian's vim with the src/testdir folder of Vim's sources that VIM_TESTDIR names (without it, that sample is skipped).
# The native2 group needs the Debian 12 packages clang, libclang-rt-14-dev, gcc, ruby, ruby-rouge, ghc, cabal-install,
# haskell-stack and php-cli, and xcpretty's sources in the folder that XCPRETTY names (without it, its xcpretty samples are skipped).
# The env2 group needs the Debian 12 packages emacs-nox, openssl, curl, wget, r-base-core, chromium (no firefox),
# erlang-common-test and rebar3, python3, node/npm and the npm registry (Karma and its plugins); its servers listen on
# 127.0.0.1 only, and it runs as root (Chromium refuses to start as root without --no-sandbox).
# The ruby2 group needs the Debian 12 packages composer, ruby, ruby-minitest-reporters, ruby-test-unit, ruby-parallel,
# hugo, perl with libmojolicious-perl and python3, and awesome_bot's sources in the folder that AWESOME_BOT names
# (without it, its samples are skipped); it reaches no network (packagist.org is turned off, servers on 127.0.0.1).
# The passing group (output on which rules must not fire, listed in passing-samples.tsv) needs bash and shellcheck, the
# JDK, ./mvnw and Maven Central (maven-checkstyle-plugin, and Maven 3.8.8 itself), node/npm with the npm registry
# (tape), python3 with pytest, php8.2-dev (run-tests.php), autoconf and automake; the precision group needs git, clang,
# npm, the docker client (no daemon), node/npm with the npm registry (webpack), apt-get run as root and python3 (a
# server on 127.0.0.1; its other host, a .invalid one, does not resolve).
# Usage: shared/src/test/resources/tool-output/regenerate.sh [group ...]   (no argument: all groups)
# Groups: maven javac gcc cargo go python shellcheck node python-lint ruby php elixir perl lua yaml nodelint clint
# nodebuild nodetest ci deb deb2 npm2 jvm buildconf compile2 quality cienv testfw testfw2 native2 env2 ruby2 passing
# precision.
# Paths of scratch directories (/tmp/tmp.*), local ports and timings differ from run to run; tests must not depend on
# them.
# The committed samples were made with Maven 3.9.11 on JDK 17.0.15, gcc 12.2.0 and GNU ld 2.40, cargo/rustc 1.95.0,
# go 1.19.8, node 20.20.2 (typescript 5.9.3, eslint 9.39.1, jest 30.2.0, mocha 11.7.5), Python 3.11.7 (pytest 9.0.3),
# ShellCheck 0.9.0, maven-checkstyle-plugin 3.6.0 (Checkstyle 9.3), maven-pmd-plugin 3.26.0 (PMD 7.7.0) and
# spotbugs-maven-plugin 4.9.8.1; flake8 5.0.4, pylint 2.16.2, black 23.1.0, isort 5.6.4, mypy 1.0.1 (on Python 3.11.2),
# Ruby 3.1.2 (RuboCop 1.39.0, RSpec 3.12, minitest 5.17.0, rake 13.0.6), PHP 8.2.36 (PHPUnit 9.6.7,
# PHP_CodeSniffer 3.7.1), Elixir 1.14.0 on OTP 24, Perl 5.36.0 (prove of TAP::Harness 3.44, Perl::Critic 1.148),
# Luacheck 1.1.0 and yamllint 1.29.0; on node 20.20.2 also stylelint 16.26.1 (stylelint-config-standard 39.0.1),
# markdownlint-cli 0.45.0 (and 0.13.0), standard 17.1.2, prettier 3.10.1, markdown-link-check 3.15.0, sass 1.108.2, webpack 5.113.0
# (webpack-cli 6.0.1, babel-loader 10.1.1, @babel/core 7.29.13), tape 5.10.2, jasmine 7.0.0 and vitest 3.2.7;
# Cppcheck 2.10, clang-format and clang-tidy 14.0.6; the ci group with cmake 3.25.1, GoogleTest 1.12.1, Erlang/OTP 25
# (common_test), Bundler 2.3, Composer 2.5, GNU coreutils 9.1, curl 7.88.1, git 2.39.5, Docker CLI 28.2.2, pip 23.2.1
# and npm 11; the deb group with pycodestyle 2.10.0, pydocstyle 6.2.3, pyflakes 2.5.0, bandit 1.6.2, codespell 2.2.2,
# Coverage.py 6.5.0, behave 1.2.6 and Sphinx 5.3.0 on Python 3.11.2 (doctest on Python 3.11.7); deb2 with GHC 9.0.2,
# HLint 3.3.6, OCaml 4.13.1, GNU Fortran 12.2.0, erlc and Dialyzer 5.0.4 of Erlang/OTP 25, Perl 5.36.0, luac 5.1.5,
# Mono mcs 6.8.0.105, xmllint of libxml2 2.9.14, Bats 1.8.2, busted 2.1.1, gcc 12.2.0 (-fsanitize=address) and
# Valgrind 3.19.0. The npm2 group's samples were made on node 20.20.2 with npm 11.19.1, yarn 1.22.22 and 4.18.1,
# pnpm 10.34.9, tslint 6.1.3 (typescript 5.9.3), jshint 2.13.6, jscs 3.0.7, @coffeelint/cli 5.2.11, htmlhint 1.9.2,
# jsonlint 1.6.3, remark-cli 12.0.1 (remark-preset-lint-recommended 7.0.1), @commitlint/cli 20.4.4, ava 6.4.1,
# tap 21.8.0, @cucumber/cucumber 12.9.0, c8 12.0.0, nyc 18.0.0, coffeescript 2.7.1, less 4.9.1, flow-bin 0.336.0 and
# eslint 9.39.1 and 8.57.1.
# The jvm group with kotlin-maven-plugin 2.1.0 and 2.2.0, scala-maven-plugin 4.9.2 (Scala 2.13.15 and
# 3.3.4; with Scala 2 its first run also compiles zinc's compiler bridge, whose output the committed sample, made on a
# second run, does not hold), maven-javadoc-plugin 3.11.2, maven-enforcer-plugin 3.5.0, jacoco-maven-plugin 0.8.13,
# apache-rat-plugin 0.16.1, spotless-maven-plugin 2.44.5 (palantir-java-format), maven-dependency-plugin 3.8.1,
# license-maven-plugin 4.6 (com.mycila), forbiddenapis 3.8, ktlint-maven-plugin 3.2.0, Error Prone 2.36.0,
# japicmp-maven-plugin 0.23.1 and TestNG 7.10.2 under maven-surefire-plugin 3.5.3.
# The buildconf group with Autoconf 2.71 (autoreconf), Automake 1.16.5, pkgconf 1.8.1, GNU Make 4.3, cmake 3.25.1,
# Meson 1.0.1, bash 5.2.15, dash 0.5.12, JDK 17.0.15, git 2.39.5, pip 23.2.1 with setuptools 65.5.0 (Python 3.11.7),
# tox 3.28.0, docker-compose 1.29.2 and ansible-core 2.14.18.
# The compile2 group with sassc 3.6.1 (libsass 3.6.5), go 1.19.8 (cgo with gcc 12.2.0 and clang 14.0.6), gcc 12.2.0,
# clang 14.0.6, coffeescript 2.7.1 under mocha 11.7.5 and jest 30.2.0 on node 20.20.2, Debian's coffeescript 2.7.0
# (cake), Debian's cargo 1.65.0 with rustc 1.63.0, erlc of Erlang/OTP 25 and rebar3 3.19.0.
# The quality group on node 20.20.2 with eslint 9.39.1, eslint-plugin-prettier 5.5.7, prettier 3.10.1,
# eslint-formatter-unix and eslint-formatter-compact 9.0.1, size-limit 11.2.0 (@size-limit/file 11.2.0), tldr-lint
# 0.0.22, sass-lint 1.13.1, stylelint 16.26.1 (stylelint-config-standard-scss 16.0.0), and pdfTeX
# 3.141592653-2.6-1.40.24 of TeX Live 2022 (Debian 12's texlive-latex-base, LaTeX2e 2022-11-01).
# The cienv group with bash 5.2.15, dash 0.5.12, env and sha256sum of GNU coreutils 9.1, Python 3.11.7 with pip
# 23.2.1, gulp 5.0.1 (gulp-cli 3.1.0) and grunt 1.6.1 (grunt-cli 1.4.3) on node 20.20.2, Docker CLI 28.2.2, OpenSSL
# 3.0.19 (s_server), curl 7.88.1 (OpenSSL 3.0.19), GNU Wget 1.21.3 (GnuTLS 3.7.9), cmake 3.25.1 with g++ 12.2.0 and
# Boost 1.74.0's headers.
# The testfw group with R 4.2.2 (testthat 3.1.6), PHP 8.2.36 (its run-tests.php) and ScalaTest 3.2.19 under
# scalatest-maven-plugin 2.2.0 (scala-maven-plugin 4.9.2, Scala 2.13.15) and under sbt 1.10.7.
# The testfw2 group with GHC 9.0.2, hspec 2.8.5, tasty 1.4.2.3 with tasty-hunit 0.10.0.3 and cabal-install 3.4.1.0,
# ts-node 10.9.2 (typescript 5.9.3, @types/node 20.19.43, @types/mocha 10.0.10) and mocha 11.7.5 on node 20.20.2,
# PHPUnit 9.6.7 on PHP 8.2.36, busted 2.1.1 on Lua 5.2.4 and Vim 9.0.1378 (Debian's, with src/testdir at tag v9.0.1378).
# The native2 group with xcpretty 0.4.1 (commit 33d1f0a4adcbc37f4250917b3adff766c3d67b67) on Ruby 3.1.2 with Rouge
# 3.30.0, clang 14.0.6, GHC 9.0.2 with cabal-install 3.4.1.0 and Stack 2.7.5, PHP 8.2.36 and the sanitizers of
# gcc 12.2.0 and clang 14.0.6.
# The env2 group with GNU Emacs 28.2 (emacs-nox, package.el in batch mode), OpenSSL 3.0.19 (s_server), curl 7.88.1
# (OpenSSL 3.0.19), GNU Wget 1.21.3 (GnuTLS 3.7.9), R 4.2.2, Karma 6.4.4 (karma-jasmine 5.1.0, jasmine-core 5.13.0,
# karma-chrome-launcher 3.2.0, karma-firefox-launcher 2.1.3) on node 20.20.2 with Chromium 156.0.8078.108, and
# common_test 1.23.3 of Erlang/OTP 25 (ct_run, and rebar3 3.19.0's ct).
# The ruby2 group with Composer 2.5.5 on PHP 8.2.36, minitest 5.15.0 with minitest-reporters 1.0.19 and test-unit
# 3.5.7 on Ruby 3.1.2, awesome_bot 1.20.0 (commit 9cc99fd9004a8a948a453e755a92ed861db1fb68) with parallel 1.22.1 on Ruby 3.1.2,
# Hugo 0.111.3 (extended) and Mojolicious 9.31 under prove of TAP::Harness 3.44 on Perl 5.36.0.
# The passing group with ShellCheck 0.9.0 under bash 5.2.15, maven-checkstyle-plugin 3.6.0 (Checkstyle 9.3) under Maven
# 3.9.11 and 3.8.8 on JDK 17.0.15, node 20.20.2 (node --test), tape 5.10.2, GNU Make 4.3, pytest 9.0.3 on Python 3.11.7,
# PHP 8.2.36 (run-tests.php) and Automake 1.16.5; the precision group with git 2.39.5, clang 14.0.6, npm 11.19.1,
# Docker CLI 28.2.2, webpack 5.113.0 (webpack-cli 6.0.1) and apt 2.6.1.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
projects="$here/projects"
mvnw="$(cd "$here/../../../../.." && pwd)/mvnw"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Copies a project to a scratch directory so that builds leave nothing behind in the repository.
scratch() {
  rm -rf "${work:?}/$1"
  cp -r "$projects/$1" "$work/$1"
  cd "$work/$1" || exit 1
}

# Prints a free TCP port on 127.0.0.1.
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Checks the links of README.md against a local server that has guide.html but not install.html, so that one
# link is dead; nothing leaves the machine.
link_check() {
  local port server
  port="$(free_port)"
  sed -i "s/PORT/$port/g" README.md
  python3 -m http.server "$port" --bind 127.0.0.1 --directory site > /dev/null 2>&1 &
  server=$!
  sleep 1
  capture markdown-link-check npx markdown-link-check README.md
  kill "$server"
}

# Downloads from a local HTTPS server whose certificate is self-signed; nothing leaves the machine.
tls_check() {
  local port server
  port="$(free_port)"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 1 -subj /CN=localhost 2> /dev/null
  python3 serve.py "$port" > /dev/null 2>&1 &
  server=$!
  sleep 1
  capture tls-self-signed curl -sS -o /dev/null "https://127.0.0.1:$port/"
  kill "$server"
}

# TLS handshakes that fail against openssl s_server on 127.0.0.1; nothing leaves the machine. The certificates are
# for build.example.org: trusted (--cacert) they still do not match localhost (one names it in subjectAltName, the
# other only in its subject), untrusted they are self-signed; a server that speaks only TLS 1.2 with one cipher
# refuses clients that insist on TLS 1.3 or on other ciphers; a plain HTTP server does not speak TLS at all.
tls_failures() {
  local port server
  openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 1 -subj /CN=build.example.org \
    -addext subjectAltName=DNS:build.example.org 2> /dev/null
  port="$(free_port)"
  openssl s_server -accept "127.0.0.1:$port" -cert cert.pem -key key.pem -www -quiet > /dev/null 2>&1 &
  server=$!
  sleep 1
  capture curl-tls-hostname curl -sS -o /dev/null --cacert cert.pem "https://localhost:$port/"
  capture wget-tls-hostname wget -nv -O /dev/null --ca-certificate=cert.pem "https://localhost:$port/"
  capture wget-tls-untrusted wget -nv -O /dev/null "https://localhost:$port/"
  kill "$server"
  openssl req -x509 -newkey rsa:2048 -nodes -keyout cn-key.pem -out cn-cert.pem -days 1 -subj /CN=build.example.org \
    -addext basicConstraints=critical,CA:TRUE 2> /dev/null
  port="$(free_port)"
  openssl s_server -accept "127.0.0.1:$port" -cert cn-cert.pem -key cn-key.pem -www -quiet > /dev/null 2>&1 &
  server=$!
  sleep 1
  capture curl-tls-subject-name curl -sS -o /dev/null --cacert cn-cert.pem "https://localhost:$port/"
  kill "$server"
  port="$(free_port)"
  openssl s_server -accept "127.0.0.1:$port" -cert cert.pem -key key.pem -www -quiet -tls1_2 \
    -cipher ECDHE-RSA-AES256-GCM-SHA384 > /dev/null 2>&1 &
  server=$!
  sleep 1
  capture curl-tls-protocol curl -sS -o /dev/null --cacert cert.pem --tlsv1.3 "https://localhost:$port/"
  capture wget-tls-protocol wget -nv -O /dev/null --ca-certificate=cert.pem --secure-protocol=TLSv1_3 \
    "https://localhost:$port/"
  capture curl-tls-cipher curl -sS -o /dev/null --cacert cert.pem --tls-max 1.2 \
    --ciphers ECDHE-RSA-AES128-GCM-SHA256 "https://localhost:$port/"
  capture wget-tls-cipher wget -nv -O /dev/null --ca-certificate=cert.pem --ciphers=NORMAL:-AES-256-GCM \
    "https://localhost:$port/"
  kill "$server"
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory . > /dev/null 2>&1 &
  server=$!
  sleep 2
  capture curl-tls-plain-http curl -sS -o /dev/null "https://127.0.0.1:$port/"
  capture wget-tls-plain-http wget -nv -O /dev/null "https://127.0.0.1:$port/"
  kill "$server"
}

# pip asks a local index that lists no packages (a private index the package was never published to).
pip_empty_index() {
  local port server
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory . > /dev/null 2>&1 &
  server=$!
  sleep 2
  capture pip-no-matching-distribution pip3 download --isolated --no-cache-dir -d "$work/pip-empty" \
    --index-url "http://127.0.0.1:$port/simple/" acme-invoice==1.0
  kill "$server"
}

# Emacs's package.el in batch mode, and curl and wget, against package archives on 127.0.0.1; nothing leaves the
# machine. An archive on a port where nothing listens; an https archive whose certificate, issued by a local CA that
# the clients trust, names elpa.example.org rather than localhost (so that the host name is the only error); a
# working archive (python3's http.server) that lacks one of the packages asked for, and whose other package needs a
# newer version of a package than the archive has. Each Emacs run is shown as it
# is by default (package.el reports a failed download in one line and goes on) and with debug-on-error, as init
# files in CI often set it (the error that package.el would have swallowed stops Emacs with a backtrace).
emacs_archives() {
  local port server
  local debug=(--eval '(setq debug-on-error t)')
  capture emacs-archive-refused env LC_ALL=C.UTF-8 emacs --batch -l init-refused.el
  rm -rf elpa-installed
  capture emacs-archive-refused-debug env LC_ALL=C.UTF-8 emacs --batch "${debug[@]}" -l init-refused.el
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 1 -subj /CN=Acme-Test-CA \
    -addext basicConstraints=critical,CA:TRUE 2> /dev/null
  openssl req -newkey rsa:2048 -nodes -keyout key.pem -out cert.csr -subj /CN=elpa.example.org 2> /dev/null
  printf 'subjectAltName=DNS:elpa.example.org\n' > cert.ext
  openssl x509 -req -in cert.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -days 1 -extfile cert.ext \
    -out cert.pem 2> /dev/null
  port="$(free_port)"
  openssl s_server -accept "127.0.0.1:$port" -cert cert.pem -key key.pem -WWW -quiet > /dev/null 2>&1 &
  server=$!
  sleep 1
  rm -rf elpa-installed
  capture emacs-archive-tls env LC_ALL=C.UTF-8 ARCHIVE_PORT="$port" emacs --batch -l init-tls.el
  rm -rf elpa-installed
  capture emacs-archive-tls-debug env LC_ALL=C.UTF-8 ARCHIVE_PORT="$port" emacs --batch "${debug[@]}" -l init-tls.el
  capture curl-tls-hostname-ca curl -sS -o /dev/null --cacert ca.pem "https://localhost:$port/packages/archive-contents"
  capture wget-tls-hostname-ca wget -nv -O /dev/null --ca-certificate=ca.pem \
    "https://localhost:$port/packages/archive-contents"
  kill "$server"
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory elpa > /dev/null 2>&1 &
  server=$!
  sleep 2
  rm -rf elpa-installed
  capture emacs-package-unavailable env LC_ALL=C.UTF-8 ARCHIVE_PORT="$port" emacs --batch -l init-missing.el
  rm -rf elpa-installed
  capture emacs-package-version env LC_ALL=C.UTF-8 ARCHIVE_PORT="$port" emacs --batch -l init-version.el
  rm -rf elpa-installed
  capture emacs-package-emacs-version env LC_ALL=C.UTF-8 ARCHIVE_PORT="$port" emacs --batch -l init-emacs-version.el
  kill "$server"
}

# Karma on 127.0.0.1 with Chrome and Firefox launchers: no Firefox installed, Chrome unnamed (no CHROME_BIN), Chromium
# run as root without --no-sandbox, Chromium behind a proxy that is down (it never reaches Karma's page), a spec that
# blocks the page longer than socket.io's ping timeout (and, with NO_ACTIVITY_MS, longer than Karma's no-activity
# timeout), and `karma run` against a server that no browser has joined.
karma_browsers() {
  local port server
  port="$(free_port)"
  capture karma-chrome-no-binary env -u CHROME_BIN npx karma start karma.conf.js --port "$port" \
    --browsers ChromeHeadless
  capture karma-firefox-cannot-start env -u FIREFOX_BIN npx karma start karma.conf.js --port "$port" \
    --browsers FirefoxHeadless
  capture karma-chrome-root-sandbox env CHROME_BIN=/usr/bin/chromium npx karma start karma.conf.js --port "$port" \
    --browsers ChromeHeadless
  capture karma-chrome-not-captured env CHROME_BIN=/usr/bin/chromium npx karma start karma.conf.js --port "$port" \
    --browsers ChromeHeadlessBadProxy
  capture karma-ping-timeout env CHROME_BIN=/usr/bin/chromium npx karma start karma.hang.conf.js --port "$port" \
    --browsers ChromeHeadlessNoSandbox
  capture karma-no-activity env CHROME_BIN=/usr/bin/chromium NO_ACTIVITY_MS=10000 npx karma start karma.hang.conf.js \
    --port "$port" --browsers ChromeHeadlessNoSandbox
  timeout 60 npx karma start karma.conf.js --no-single-run --port "$port" > /dev/null 2>&1 &
  server=$!
  sleep 5
  capture karma-no-captured-browser npx karma run karma.conf.js --port "$port"
  kill "$server"
}

# apt with a throwaway sources.list, lists and cache (the system's are neither read nor changed): an update from a host
# that does not resolve (.invalid), then a download of a package that a repository on 127.0.0.1 lists but does not hold.
apt_fetch() {
  local port server opts
  mkdir -p lists/partial cache/archives/partial
  opts=(-o Dir::Etc::sourceparts=- -o Dir::State::Lists="$PWD/lists" -o Dir::Cache="$PWD/cache"
    -o APT::Sandbox::User=root)
  echo 'deb [trusted=yes] http://apt.acme.invalid/debian bookworm main' > unresolvable.list
  capture apt-fetch-unresolvable apt-get update -o Dir::Etc::sourcelist="$PWD/unresolvable.list" "${opts[@]}"
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory repo > /dev/null 2>&1 &
  server=$!
  sleep 1
  echo "deb [trusted=yes] http://127.0.0.1:$port/ ./" > local.list
  apt-get update -qq -o Dir::Etc::sourcelist="$PWD/local.list" "${opts[@]}" > /dev/null 2>&1
  capture apt-fetch-404 apt-get download -o Dir::Etc::sourcelist="$PWD/local.list" "${opts[@]}" acme-invoice-tools
  kill "$server"
}

# A clone whose submodule's repository has gone (moved away after the submodule was added); all local, no network.
git_submodule_missing() {
  local git=(git -c protocol.file.allow=always -c user.email=ci@example.com -c user.name=CI)
  rm -rf "$work/submodule" && mkdir "$work/submodule" && cd "$work/submodule" || return
  git init -q --bare lib.git && "${git[@]}" clone -q lib.git lib 2> /dev/null \
    && "${git[@]}" -C lib commit -q --allow-empty -m lib && git -C lib push -q origin HEAD:master \
    && git init -q app && "${git[@]}" -C app commit -q --allow-empty -m init \
    && "${git[@]}" -C app submodule add -q ../lib.git vendor/lib && "${git[@]}" -C app commit -q -m submodule \
    && mv lib.git lib-moved.git && capture git-submodule-missing "${git[@]}" clone --recurse-submodules app clone
}

# awesome_bot (a Ruby program run from the folder AWESOME_BOT names) checks a list whose links point at a server on
# 127.0.0.1 that answers 200, 301, 404 and 500, and at a port where nothing listens; then a list whose one link works;
# then the first list again with one broken link white-listed (it fails on the others), and with all of them
# white-listed (it passes, and still lists them, as [Lnn] lines).
awesome_bot_check() {
  local port closed server
  port="$(free_port)"
  closed="$(free_port)"
  sed -i "s/CLOSED/$closed/g; s/PORT/$port/g" README.md passing.md
  python3 serve.py "$port" > /dev/null 2>&1 &
  server=$!
  for _ in $(seq 20); do (: < "/dev/tcp/127.0.0.1/$port") 2> /dev/null && break; sleep 0.5; done
  capture awesome-bot env LC_ALL=C.UTF-8 ruby -I"$AWESOME_BOT/lib" "$AWESOME_BOT/bin/awesome_bot" README.md
  capture passing-awesome-bot env LC_ALL=C.UTF-8 ruby -I"$AWESOME_BOT/lib" "$AWESOME_BOT/bin/awesome_bot" passing.md
  capture awesome-bot-white-list env LC_ALL=C.UTF-8 ruby -I"$AWESOME_BOT/lib" "$AWESOME_BOT/bin/awesome_bot" \
    README.md --white-list status
  capture passing-awesome-bot-white-list env LC_ALL=C.UTF-8 ruby -I"$AWESOME_BOT/lib" "$AWESOME_BOT/bin/awesome_bot" \
    README.md --allow-dupe --allow-redirect --white-list "changelog,status,$closed"
  kill "$server"
}

# Perl tests (prove) whose Mojo::UserAgent and Test::Mojo ask a status service on 127.0.0.1: on a port where nothing
# listens, behind a backlog that is full (a connect timeout), that never answers and that hangs up at once; then one
# that answers (python3's http.server).
mojo_network() {
  local port server run
  capture mojo-connection-refused env STATUS_URL="http://127.0.0.1:$(free_port)" prove -l t
  for run in backlog:connect-timeout silent:inactivity-timeout close:premature-close; do
    port="$(free_port)"
    python3 server.py "${run%%:*}" "$port" > /dev/null 2>&1 &
    server=$!
    sleep 1
    capture "mojo-${run#*:}" env STATUS_URL="http://127.0.0.1:$port" prove -l t
    kill "$server"
  done
  port="$(free_port)"
  python3 -m http.server "$port" --bind 127.0.0.1 --directory site > /dev/null 2>&1 &
  server=$!
  sleep 1
  capture passing-mojo env STATUS_URL="http://127.0.0.1:$port" prove -l t
  kill "$server"
}

# Runs a command in the current directory, saving its combined output as the named sample. Tools are
# expected to fail here, so their exit status is not an error of this script.
capture() {
  local name="$1"
  shift
  "$@" > "$here/$name.txt" 2>&1
  echo "$name: exit $? -> $name.txt"
}

# With arguments, only the named groups run (maven javac gcc cargo go python shellcheck node python-lint ruby php
# elixir perl lua yaml nodelint clint nodebuild nodetest ci deb deb2 npm2 jvm buildconf compile2 quality cienv
# testfw testfw2 native2 env2 ruby2 passing precision).
selected=" $* "
w() { [ $# -eq 0 ] || [ "$selected" = "  " ] || [[ "$selected" == *" $1 "* ]]; }

if w maven; then
  scratch maven-compile && capture maven-compile "$mvnw" -B -ntp -f pom.xml compile
  scratch maven-junit4 && capture maven-junit4 "$mvnw" -B -ntp -f pom.xml test
  scratch maven-junit5 && capture maven-junit5 "$mvnw" -B -ntp -f pom.xml test
  scratch maven-checkstyle && capture maven-checkstyle "$mvnw" -B -ntp -f pom.xml validate
  scratch maven-pmd-spotbugs && capture maven-pmd "$mvnw" -B -ntp -f pom.xml compile pmd:check \
    && capture maven-spotbugs "$mvnw" -B -ntp -f pom.xml compile spotbugs:check
fi
if w javac; then
  scratch javac && capture javac-plain javac -d "$work/javac-out" App.java
  # Ten errors: the count "10 errors" holds the phrase "0 errors" and must still read as errors.
  scratch javac-ten-errors && capture javac-ten-errors javac -d "$work/javac-out" Report.java
fi
if w gcc; then
  scratch gcc && capture gcc-compile gcc -Wall -c main.c -o main.o
  scratch ld && capture ld-undefined gcc main.c -o main
  # One section per function, as LTO and size-minded builds compile: ld names the section after the function.
  scratch ld && capture ld-undefined-function-sections gcc -ffunction-sections main.c -o main
fi
if w cargo; then
  scratch cargo-build && capture cargo-build cargo build --offline
  scratch cargo-test && capture cargo-test env RUST_BACKTRACE=1 cargo test --offline
  # Rust before 1.73 quoted the panic's message on the panic's own line: Debian's cargo 1.65 with rustc 1.63.
  scratch cargo-test && capture cargo-test-rust163 env PATH="/usr/bin:$PATH" RUST_BACKTRACE=1 cargo test --offline
  # Warnings denied, as CI often builds: a lint's error whose message holds a colon of its own.
  scratch cargo-unused && capture cargo-deny-warnings env RUSTFLAGS="-D warnings" cargo build --offline
fi
if w go; then
  scratch go-build && capture go-build go build ./...
  scratch go-test && capture go-test go test -v ./...
  # testify's assertions (Debian's golang-github-stretchr-testify-dev, read in GOPATH mode: nothing fetched), with
  # -v and without.
  scratch go-testify && capture go-testify-verbose env GO111MODULE=off GOPATH=/usr/share/gocode go test -v . \
    && capture go-testify env GO111MODULE=off GOPATH=/usr/share/gocode go test .
fi
if w python; then
  scratch pytest && capture pytest python3 -m pytest -p no:cacheprovider tests
  scratch pytest-params && capture pytest-verbose-params python3 -m pytest -v -p no:cacheprovider tests
  # -rN: no short summary, as pytest before 6.0 printed by default; the verbose line is all that names the test.
  scratch pytest && capture pytest-verbose-no-summary python3 -m pytest -v -rN -p no:cacheprovider tests
  # A fixture that does not exist (an error at setup, not a failure) and a test in a class, each section's title
  # other than the node id's last part.
  scratch pytest-fixture && capture pytest-verbose-setup-error python3 -m pytest -v -rN -p no:cacheprovider tests
  scratch unittest && capture unittest python3 -m unittest -v tests.test_mod
  scratch python-traceback && capture python-traceback python3 -m app.main
fi
if w shellcheck; then
  scratch shellcheck && capture shellcheck shellcheck deploy.sh && capture shellcheck-gcc shellcheck -f gcc deploy.sh
fi
if w node; then
  scratch typescript && npm install --no-audit --no-fund --silent \
    && capture tsc-plain npx tsc --pretty false -p . && capture tsc-pretty npx tsc --pretty true -p .
  scratch eslint && npm install --no-audit --no-fund --silent && capture eslint npx eslint src
  scratch jest && npm install --no-audit --no-fund --silent && capture jest npx jest --ci
  scratch mocha && npm install --no-audit --no-fund --silent && capture mocha npx mocha
  scratch mocha-nested && npm install --no-audit --no-fund --silent && capture mocha-nested npx mocha
fi
if w nodelint; then
  scratch stylelint && npm install --no-audit --no-fund --silent && capture stylelint npx stylelint 'src/**/*.css'
  scratch markdownlint && npm install --no-audit --no-fund --silent && capture markdownlint npx markdownlint README.md
  # markdownlint-cli before 0.19 wrote 'FILE: LINE: MDnnn/…', as many CI images still pinned to it do.
  scratch markdownlint-old && npm install --no-audit --no-fund --silent \
    && capture markdownlint-old npx markdownlint README.md
  scratch standard && npm install --no-audit --no-fund --silent && capture standard npx standard
  scratch prettier && npm install --no-audit --no-fund --silent && capture prettier npx prettier --check src
  scratch markdown-link-check && npm install --no-audit --no-fund --silent && link_check
fi
if w clint; then
  scratch cppcheck && capture cppcheck cppcheck --error-exitcode=1 --enable=warning buffer.c
  scratch clang-format && capture clang-format clang-format --dry-run -Werror main.c
  scratch clang-tidy && capture clang-tidy clang-tidy parse.c --
fi
if w nodebuild; then
  scratch sass && npm install --no-audit --no-fund --silent && capture sass npx sass scss/main.scss out/main.css
  scratch webpack-babel && npm install --no-audit --no-fund --silent && capture webpack-babel npx webpack
  scratch node-syntax && capture node-syntax node index.js
fi
if w nodetest; then
  scratch jest-coverage && npm install --no-audit --no-fund --silent && capture jest-coverage npx jest --ci --coverage
  scratch tape && npm install --no-audit --no-fund --silent && capture tape npx tape 'test/**/*.test.js'
  scratch jasmine && npm install --no-audit --no-fund --silent && capture jasmine npx jasmine --random=false
  # Node 20 reports in TAP when its output is not a terminal; node 23 and later print the spec reporter.
  scratch node-test && capture node-test node --test && capture node-test-spec node --test --test-reporter=spec
  scratch node-test-errors && capture node-test-errors node --test
  scratch vitest && npm install --no-audit --no-fund --silent && capture vitest npx vitest run
fi
if w python-lint; then
  scratch flake8 && capture flake8 flake8 app
  scratch pylint && capture pylint pylint app
  scratch black && capture black black --check .
  scratch isort && capture isort isort --check-only app
  scratch mypy && capture mypy mypy app
  scratch python-syntax && capture python-syntax python3 -m compileall -q app \
    && capture python-syntax-run python3 app/orders.py
fi
if w ruby; then
  scratch rubocop && capture rubocop rubocop
  scratch rspec && capture rspec rspec spec/cart_spec.rb && capture rspec-load-error rspec spec/basket_spec.rb
  scratch minitest && capture minitest rake test
  # An error, not a failure: the count line reads "0 failures, 2 errors".
  scratch minitest && sed -i 's/@items.sum \* 2/@items.sum + shipping/' lib/cart.rb \
    && capture minitest-error rake test
  # A warning that Ruby prints (rake's TestTask runs ruby -w) when a test first loads a file, on the line of
  # minitest's progress dots.
  scratch minitest-warning && capture minitest-warning rake test
  # The same warning from a file that is loaded by a relative path: the dots are followed by lib/….
  scratch minitest-warning && sed -i "s|require 'legacy_pricing'|load 'lib/legacy_pricing.rb'|" lib/cart.rb \
    && capture minitest-warning-load rake test
  scratch ruby-syntax && capture ruby-syntax ruby -c lib/invoice.rb
fi
if w php; then
  scratch phpunit && capture phpunit phpunit
  scratch phpcs && capture phpcs phpcs --standard=PSR12 src \
    && capture phpcs-summary phpcs --standard=PSR12 --report=summary src
  scratch php-syntax && capture php-lint php -l src/Invoice.php && capture php-parse-error php run.php
fi
if w elixir; then
  scratch exunit && capture exunit mix test
  scratch elixir-compile && capture elixir-compile mix compile
  scratch mix-format && capture mix-format mix format --check-formatted
fi
if w perl; then
  scratch prove && capture prove prove -l t
  scratch perlcritic && capture perlcritic perlcritic lib
fi
if w lua; then
  scratch luacheck && capture luacheck luacheck src
fi
if w yaml; then
  scratch yamllint && capture yamllint yamllint . && capture yamllint-parsable yamllint -f parsable .
fi
if w npm2; then
  # yarn (classic) and pnpm come from the npm registry, into a scratch folder of their own.
  scratch npm2-tools && npm install --no-audit --no-fund --silent
  pm="$work/npm2-tools/node_modules/.bin"
  scratch npm-no-such-package && capture npm-no-such-package npm install --no-audit --no-fund
  scratch npm-peer-conflict && capture npm-peer-conflict npm install --no-audit --no-fund
  scratch npm-ci-out-of-sync && capture npm-ci-out-of-sync npm ci --no-audit --no-fund
  scratch node-module-missing && capture node-module-missing node index.js \
    && capture node-esm-package-missing node index.mjs
  scratch yarn-no-such-package && capture yarn-no-such-package "$pm/yarn" install --non-interactive
  scratch yarn-no-such-version && capture yarn-no-such-version "$pm/yarn" install --non-interactive
  # Its lock file names a tarball the registry does not have, as after an unpublished version.
  scratch yarn-tarball-missing && capture yarn-tarball-missing "$pm/yarn" install --non-interactive --frozen-lockfile
  scratch pnpm-no-such-package && capture pnpm-no-such-package "$pm/pnpm" install
  scratch pnpm-no-such-version && capture pnpm-no-such-version "$pm/pnpm" install
  # Lock files that do not list the dependency package.json declares, installed as CI installs them.
  scratch yarn-lockfile-outdated \
    && capture yarn-lockfile-outdated "$pm/yarn" install --non-interactive --frozen-lockfile
  scratch pnpm-lockfile-outdated && capture pnpm-lockfile-outdated "$pm/pnpm" install --frozen-lockfile
  scratch pnpm-peer-conflict && capture pnpm-peer-conflict "$pm/pnpm" install
  # Yarn 2+ (berry) prints its own error codes; its projects turn telemetry off in .yarnrc.yml.
  scratch yarn-berry-tools && npm install --no-audit --no-fund --silent
  berry="$work/yarn-berry-tools/node_modules/@yarnpkg/cli-dist/bin/yarn.js"
  scratch yarn-berry-no-such-package && capture yarn-berry-no-such-package node "$berry" install
  scratch yarn-berry-no-such-version && capture yarn-berry-no-such-version node "$berry" install
  scratch yarn-berry-lockfile-outdated && capture yarn-berry-lockfile-outdated node "$berry" install --immutable
  scratch npm-package-json-broken && capture npm-package-json-broken npm install --no-audit --no-fund
  scratch node-json-config-broken && capture node-json-config-broken node index.js
  scratch npm-engine-strict && capture npm-engine-strict npm install --no-audit --no-fund
  scratch yarn-engine-mismatch && capture yarn-engine-mismatch "$pm/yarn" install --non-interactive
  scratch eslint-config-missing && npm install --no-audit --no-fund --silent \
    && capture eslint-config-missing npx eslint src
  scratch eslint-plugin-missing && npm install --no-audit --no-fund --silent \
    && capture eslint-plugin-missing npx eslint src
  scratch tslint && npm install --no-audit --no-fund --silent && capture tslint npx tslint -p . \
    && capture tslint-prose npx tslint -p . --format prose
  scratch jshint && npm install --no-audit --no-fund --silent && capture jshint npx jshint src
  scratch jscs && npm install --no-audit --no-fund --silent && capture jscs npx jscs src
  scratch coffeelint && npm install --no-audit --no-fund --silent && capture coffeelint npx coffeelint src
  scratch htmlhint && npm install --no-audit --no-fund --silent && capture htmlhint npx htmlhint index.html
  scratch jsonlint && npm install --no-audit --no-fund --silent && capture jsonlint npx jsonlint settings.json
  scratch remark-lint && npm install --no-audit --no-fund --silent && capture remark-lint npx remark --frail .
  scratch commitlint && npm install --no-audit --no-fund --silent \
    && capture commitlint sh -c 'echo "Fixed the total" | npx commitlint'
  scratch ava && npm install --no-audit --no-fund --silent && capture ava npx ava
  scratch tap && npm install --no-audit --no-fund --silent && capture node-tap npx tap
  scratch cucumber && npm install --no-audit --no-fund --silent && capture cucumber-js npx cucumber-js
  scratch c8-coverage && npm install --no-audit --no-fund --silent \
    && capture c8-coverage npx c8 --check-coverage --lines 90 --branches 90 node --test
  scratch nyc-coverage && npm install --no-audit --no-fund --silent \
    && capture nyc-coverage npx nyc --check-coverage --lines 90 --branches 90 node --test
  scratch coffee-compile && npm install --no-audit --no-fund --silent \
    && capture coffee-compile npx coffee -c -o out src
  scratch lessc && npm install --no-audit --no-fund --silent && capture lessc npx lessc styles/main.less out/main.css
  # flow check leaves a server running for the folder; it is stopped so that the scratch folder can go.
  scratch flow && npm install --no-audit --no-fund --silent \
    && capture flow npx flow check --temp-dir "$work/flow-temp" \
    && npx flow stop --temp-dir "$work/flow-temp" > /dev/null 2>&1
fi
if w ci; then
  scratch cmake-find-package && capture cmake-find-package cmake -S . -B build
  scratch cmake-find-config && capture cmake-find-config cmake -S . -B build
  scratch shared-library-missing && capture shared-library-missing bash build-and-run.sh
  scratch rake-no-rakefile && capture rake-no-rakefile rake
  scratch make-no-target && capture make-no-target make test
  scratch bash-ci && capture bash-unbound-variable bash unbound-variable.sh \
    && capture bash-command-not-found bash command-missing.sh \
    && capture bash-killed bash killed.sh \
    && capture too-many-open-files bash open-files.sh \
    && capture too-many-open-files-node bash open-files-node.sh \
    && capture out-of-memory bash memory-limit.sh
  capture python-module-missing python3 -c "import flask_sqlalchemy"
  capture maven-unknown-option "$mvnw" -B --no-such-option
  scratch javac && capture javac-release-unsupported javac --release 99 -d "$work/javac-out" App.java
  scratch go-module-missing && capture go-module-missing env GOPROXY=off GOFLAGS=-mod=mod go build ./...
  scratch cargo-missing-crate && capture cargo-missing-crate cargo build --offline
  capture timeout-verbose timeout --verbose 1 sleep 5
  capture disk-full dd if=/dev/zero of=/dev/full bs=1k count=1
  capture curl-connection-refused curl -sS http://127.0.0.1:9/
  scratch java-oom && capture java-oom java -Xmx32m Oom.java
  scratch maven-missing-artifact && capture maven-missing-artifact "$mvnw" -B -ntp -f pom.xml compile
  scratch npm-missing-package && capture npm-missing-package npm install --no-audit --no-fund
  scratch ctest && cmake -S . -B build > /dev/null && cmake --build build > /dev/null \
    && capture ctest ctest --test-dir build --output-on-failure
  scratch gtest && cmake -S . -B build > /dev/null && cmake --build build > /dev/null \
    && capture googletest build/calc_test \
    && capture googletest-brief build/calc_test --gtest_brief=1
  scratch go-vet && capture go-vet go vet ./...
  scratch erlang-ct && mkdir -p "$work/ct-logs" \
    && capture erlang-common-test ct_run -noshell -dir . -logdir "$work/ct-logs"
  scratch bundler-missing-gem && capture bundler-missing-gem bundle install --local
  scratch composer-missing-package && capture composer-missing-package composer install --no-interaction
  scratch maven-no-pom && capture maven-no-pom "$mvnw" -B -ntp verify
  scratch bash-ci && capture permission-denied bash -c ./deploy.sh
  scratch tls-self-signed && tls_check
  capture docker-no-daemon docker ps
  # Registries on a closed local port: what a download looks like when the network fails.
  capture pip-connection-refused pip3 download --isolated --no-cache-dir --retries 1 --timeout 2 -d "$work/pip" \
    --index-url http://127.0.0.1:9/simple requests
  capture npm-connection-refused npm install --no-audit --no-fund --fetch-retries 0 --prefix "$work/npm" \
    --registry http://127.0.0.1:9/ left-pad
  capture apt-package-missing apt-get install -y --no-download acme-invoice-tools
  # A clone of a branch that no longer exists, from a local repository (no network).
  rm -rf "$work/origin.git" "$work/clone" && git init -q --bare "$work/origin.git" \
    && capture git-missing-branch git clone --depth=50 --branch=feature/gone "file://$work/origin.git" "$work/clone"
fi
if w deb; then
  scratch pycodestyle && capture pycodestyle pycodestyle app
  scratch pydocstyle && capture pydocstyle pydocstyle app
  scratch pyflakes && capture pyflakes pyflakes3 app
  scratch bandit && capture bandit bandit -r app
  scratch codespell && capture codespell codespell
  scratch python-coverage && python3-coverage run --source=app -m unittest > /dev/null 2>&1 \
    && capture python-coverage python3-coverage report --fail-under=90
  scratch doctest && capture doctest python3 -m doctest app/money.py
  scratch behave && capture behave behave
  scratch sphinx-warning && capture sphinx-warning sphinx-build -W -b html . "$work/sphinx-out" \
    && capture sphinx-keep-going sphinx-build -W --keep-going -b html . "$work/sphinx-out-all"
fi
if w deb2; then
  scratch ocaml && capture ocaml ocamlc -o "$work/total" total.ml
  scratch fortran && capture gfortran gfortran -o "$work/area" area.f90
  scratch erlang-compile && capture erlc erlc -o "$work" cart.erl
  scratch perl-syntax && capture perl-syntax perl -c lib/Invoice.pm
  scratch lua-syntax && capture luac luac -p src/cart.lua
  scratch csharp && capture mcs mcs -out:"$work/Invoice.exe" Invoice.cs
  scratch haskell && mkdir -p "$work/ghc-out" \
    && capture ghc ghc -outputdir "$work/ghc-out" -o "$work/ghc-out/main" Main.hs
  scratch hlint && capture hlint hlint src
  # A PLT of erts alone builds in seconds; the sample's calls need nothing else.
  scratch dialyzer && dialyzer --build_plt --apps erts --output_plt "$work/erts.plt" > /dev/null 2>&1 \
    && capture dialyzer dialyzer --plt "$work/erts.plt" labels.erl
  scratch xmllint && capture xmllint xmllint --noout build.xml
  scratch bats && capture bats bats test
  scratch busted && capture busted busted
  scratch asan && gcc -g -fsanitize=address -o "$work/names-asan" names.c && capture asan "$work/names-asan"
  scratch valgrind && gcc -g -o "$work/names" names.c \
    && capture valgrind valgrind --error-exitcode=1 "$work/names"
fi
if w jvm; then
  # Kotlin 2.2 prints its errors as kotlinc does (file:///…/App.kt:5:13), 2.1 as '/…/App.kt: (5, 13)'.
  scratch maven-kotlin && capture maven-kotlin "$mvnw" -B -ntp -f pom.xml compile \
    && capture maven-kotlin-2.2 "$mvnw" -B -ntp -f pom.xml -Dkotlin.version=2.2.0 compile
  scratch maven-scala && capture maven-scala "$mvnw" -B -ntp -f pom.xml compile
  scratch maven-scala3 && capture maven-scala3 "$mvnw" -B -ntp -f pom.xml compile
  scratch maven-javadoc && capture maven-javadoc "$mvnw" -B -ntp -f pom.xml javadoc:javadoc
  scratch maven-enforcer-version && capture maven-enforcer-version "$mvnw" -B -ntp -f pom.xml validate
  scratch maven-enforcer-dependency && capture maven-enforcer-dependency "$mvnw" -B -ntp -f pom.xml validate
  scratch maven-jacoco && capture maven-jacoco "$mvnw" -B -ntp -f pom.xml verify
  scratch maven-rat && capture maven-rat "$mvnw" -B -ntp -f pom.xml apache-rat:check
  scratch maven-spotless && capture maven-spotless "$mvnw" -B -ntp -f pom.xml spotless:check
  scratch maven-testng && capture maven-testng "$mvnw" -B -ntp -f pom.xml test
  # Surefire's fork ends early: by System.exit in a test, by SIGKILL (as the out-of-memory killer sends it), and by
  # outliving forkedProcessTimeoutInSeconds.
  scratch maven-system-exit && capture maven-system-exit "$mvnw" -B -ntp -f pom.xml test
  scratch maven-fork-killed && capture maven-fork-killed "$mvnw" -B -ntp -f pom.xml test
  scratch maven-fork-timeout && capture maven-fork-timeout "$mvnw" -B -ntp -f pom.xml test
  scratch maven-dependency-analyze \
    && capture maven-dependency-analyze "$mvnw" -B -ntp -f pom.xml compile dependency:analyze-only
  scratch maven-license-header && capture maven-license-header "$mvnw" -B -ntp -f pom.xml license:check
  scratch maven-forbiddenapis && capture maven-forbiddenapis "$mvnw" -B -ntp -f pom.xml compile forbiddenapis:check
  scratch maven-ktlint && capture maven-ktlint "$mvnw" -B -ntp -f pom.xml ktlint:check
  scratch maven-werror && capture maven-werror "$mvnw" -B -ntp -f pom.xml compile
  scratch maven-errorprone && capture maven-errorprone "$mvnw" -B -ntp -f pom.xml compile
  # japicmp compares the project's jar with apiguardian-api 1.1.2 from Maven Central.
  scratch maven-japicmp && capture maven-japicmp "$mvnw" -B -ntp -f pom.xml -DskipTests verify
fi
if w compile2; then
  # libsass's sassc: an imported partial that does not parse (on line … from line …), then the indented syntax.
  scratch sassc && capture sassc-scss sassc scss/app.scss "$work/app.css" \
    && capture sassc-sass sassc sass/main.sass "$work/main.css"
  # A test file that does not compile: go test sums it up as [build failed], go vet reports it as vet: FILE:LINE.
  scratch go-test-build && capture go-test-build-failed go test ./... && capture go-vet-typecheck go vet ./...
  scratch go-compile-errors && capture go-compile-errors go build ./...
  # A test file that imports a module go.mod does not require: go test sums the package up as [setup failed].
  scratch go-test-setup && capture go-test-setup-failed env GOPROXY=off go test ./...
  # Debian's coffee compiling from stdin, as build scripts pipe sources through it: the file is "[stdin]".
  scratch coffee-compile && capture coffee-stdin sh -c 'coffee --stdio --compile < src/total.coffee'
  # CoffeeScript compiled on require: by mocha (coffeescript/register), by a jest transform and by cake.
  scratch coffee-test && npm install --no-audit --no-fund --silent \
    && capture coffee-mocha npx mocha --require coffeescript/register \
    && capture coffee-jest npx jest --ci \
    && capture coffee-cake cake.coffeescript test
  # A header that is not there, in C and in the C part of a cgo package, with gcc and with clang.
  scratch c-header-missing && capture c-header-gcc gcc -c main.c -o "$work/main.o" \
    && capture c-header-clang clang -c main.c -o "$work/main.o"
  scratch cgo-header-missing && capture cgo-header-gcc env CC=gcc go build ./... \
    && capture cgo-header-clang env CC=clang go build ./...
  # A parse error, which has no error code; Debian's cargo and rustc (in /usr/bin) ahead of any rustup toolchain.
  scratch rustc-parse && capture rustc-parse-cargo env PATH="/usr/bin:$PATH" cargo build --offline \
    && capture rustc-parse env PATH="/usr/bin:$PATH" rustc --edition 2021 --out-dir "$work/rustc-out" src/main.rs
  # Warnings treated as errors: erlc's option, and rebar3's erl_opts (no dependencies, nothing fetched).
  scratch erlang-warnings && capture erlc-warnings-as-errors erlc +warnings_as_errors +warn_unused_import \
    -o "$work" src/cart.erl && capture rebar3-warnings-as-errors rebar3 compile
fi
if w buildconf; then
  # Autotools: a compiler that is not there, then a library that pkg-config does not know.
  scratch autoconf-no-compiler && autoconf && capture autoconf-no-compiler ./configure CC=no-such-cc
  scratch autoconf-pkg-missing && autoreconf -i > /dev/null 2>&1 && capture autoconf-pkg-missing ./configure
  # LT_INIT without libtool installed, as on a runner that lacks the package.
  scratch autoreconf-libtool-missing && capture autoreconf-libtool-missing autoreconf -i
  scratch make-syntax && capture make-missing-separator make \
    && capture make-missing-endif make -f release.mk
  scratch cmake-config-error && capture cmake-config-error cmake -S . -B build
  scratch cmake-version-too-old && capture cmake-version-too-old cmake -S . -B build
  scratch meson-error && capture meson-error meson setup build
  scratch meson-dependency && capture meson-dependency meson setup build
  scratch shell-syntax && capture bash-syntax-token bash deploy.sh \
    && capture bash-syntax-eof bash release.sh \
    && capture sh-syntax-error sh package.sh
  scratch java-launcher && javac -d "$work/java-launcher-classes" src/com/acme/Invoice.java \
    && capture java-main-class-missing java -cp "$work/java-launcher-classes" com.acme.InvoiceApp \
    && capture java-jarfile-missing java -jar target/invoice-1.0.jar \
    && jar cf "$work/invoice-lib.jar" -C "$work/java-launcher-classes" . \
    && capture java-no-main-manifest java -jar "$work/invoice-lib.jar"
  # git in a CI script: a branch, a range and a path that the clone does not have, a directory that is not a
  # clone, and a clone that belongs to another user (as a container's root sees a mounted workspace).
  rm -rf "$work/repo" && git init -q "$work/repo" \
    && git -C "$work/repo" -c user.email=ci@example.com -c user.name=CI commit -q --allow-empty -m init \
    && cd "$work/repo" && capture git-pathspec-checkout git checkout release/2.0 \
    && capture git-ambiguous-argument git diff --name-only origin/main...HEAD \
    && capture git-pathspec-add git add docs/CHANGELOG.md
  rm -rf "$work/no-repo" && mkdir "$work/no-repo" && cd "$work/no-repo" \
    && capture git-not-a-repository env GIT_CEILING_DIRECTORIES="$work" git describe --tags
  rm -rf "$work/foreign" && git init -q "$work/foreign" && chown -R nobody "$work/foreign" && cd "$work/foreign" \
    && capture git-dubious-ownership git status
  scratch pip-invalid-requirement \
    && capture pip-invalid-requirement pip3 install --no-index --dry-run -r requirements.txt
  scratch pyproject-invalid && capture pyproject-invalid pip3 install --no-build-isolation --no-index --no-deps .
  # tox 3 parses tox.ini before it creates an environment; PIP_NO_INDEX keeps anything from reaching PyPI.
  scratch tox-config && capture tox-unknown-env env PIP_NO_INDEX=1 tox -e docs \
    && capture tox-missing-substitution env -u SRC_DIR PIP_NO_INDEX=1 tox -e lint
  scratch docker-compose-invalid && capture docker-compose-invalid docker-compose config
  scratch ansible-config && capture ansible-role-missing ansible-playbook --syntax-check -i localhost, deploy.yml \
    && capture ansible-yaml-syntax ansible-playbook --syntax-check -i localhost, site.yml \
    && capture ansible-module-unknown ansible-playbook --syntax-check -i localhost, upgrade.yml
fi
if w quality; then
  # Prettier run as an ESLint rule (eslint-plugin-prettier), in ESLint's default, unix and compact formats.
  scratch eslint-prettier && npm install --no-audit --no-fund --silent && capture eslint-prettier npx eslint src \
    && capture eslint-prettier-unix npx eslint --format unix src \
    && capture eslint-prettier-compact npx eslint --format compact src
  scratch size-limit && npm install --no-audit --no-fund --silent && capture size-limit npx size-limit
  # tldr-lint 0.0.22 declares node >= 22 but runs on node 20.
  scratch tldr-lint && npm install --no-audit --no-fund --silent && capture tldr-lint npx tldr-lint pages
  scratch sass-lint && npm install --no-audit --no-fund --silent \
    && capture sass-lint npx sass-lint -v -q 'scss/**/*.scss'
  scratch stylelint-scss && npm install --no-audit --no-fund --silent \
    && capture stylelint-scss npx stylelint 'scss/**/*.scss' \
    && capture stylelint-unix npx stylelint --formatter unix 'scss/**/*.scss' \
    && capture stylelint-compact npx stylelint --formatter compact 'scss/**/*.scss'
  # LaTeX as CI runs it: no prompt, stopping at the first error, and with -file-line-error (as latexmk is often set).
  scratch latex \
    && capture latex-undefined-control-sequence pdflatex -interaction=nonstopmode -halt-on-error invoice.tex \
    && capture latex-file-line-error pdflatex -interaction=nonstopmode -file-line-error invoice.tex \
    && capture latex-package-missing pdflatex -interaction=nonstopmode -halt-on-error report.tex
fi
if w cienv; then
  # A download whose SHA-256 is not the one published beside it, checked as release scripts do.
  scratch checksum-check && capture sha256sum-mismatch sha256sum -c tool-2.4.1.tar.gz.sha256
  # CI scripts that cd into, source or run paths the checkout does not have (bash, dash, python3, env).
  scratch shell-missing-path && capture bash-cd-missing bash travis.sh \
    && capture bash-script-missing bash run-tests.sh \
    && capture bash-function-script-missing bash setup-jdk.sh \
    && capture sh-cd-missing sh package.sh \
    && capture sh-source-missing sh release.sh \
    && capture python-script-missing python3 tools/gen_docs.py \
    && capture env-interpreter-missing ./tools/gen-docs.ts \
    && capture bash-interpreter-missing bash -c ./tools/legacy-report.sh
  scratch gulp-task-missing && npm install --no-audit --no-fund --silent && capture gulp-task-missing npx gulp
  scratch grunt-task-missing && npm install --no-audit --no-fund --silent \
    && capture grunt-task-missing npx grunt test
  # The docker client checks image references itself: no daemon is needed.
  scratch docker-invalid-tag && capture docker-invalid-tag env -u IMAGE_NAME bash build-image.sh \
    && capture docker-reference-uppercase bash push-image.sh 1.4.0 \
    && capture docker-missing-argument docker build -t acme/invoice
  rm -rf "$work/tls" && mkdir "$work/tls" && cd "$work/tls" && tls_failures
  # Boost absent (no system paths, an empty BOOST_ROOT), then Boost's headers without its compiled libraries, as
  # BoostConfig.cmake (the default) and FindBoost's own search report it.
  scratch cmake-boost-missing \
    && capture cmake-boost-missing cmake -S . -B build -DBoost_NO_SYSTEM_PATHS=ON -DBOOST_ROOT="$work/no-boost" \
    && rm -rf build && capture cmake-boost-component-missing cmake -S . -B build \
    && rm -rf build && capture cmake-boost-module-component-missing cmake -S . -B build -DBoost_NO_BOOST_CMAKE=ON
  scratch pip-empty-index && pip_empty_index
fi
if w testfw; then
  # R CMD check of a package whose testthat tests fail, in a UTF-8 locale (R quotes names as ‘…’) and in the C
  # locale ('…'); Rprofile points R at an empty local repository, so that its dependency check stays off the network.
  scratch r-testthat && R CMD build invoice > /dev/null 2>&1 \
    && capture r-cmd-check env LC_ALL=C.UTF-8 R_PROFILE_USER=Rprofile R CMD check --no-manual --no-build-vignettes \
      invoice_1.0.tar.gz \
    && rm -rf invoice.Rcheck && capture r-cmd-check-c-locale env LC_ALL=C R_PROFILE_USER=Rprofile R CMD check \
      --no-manual --no-build-vignettes invoice_1.0.tar.gz
  scratch r-testthat && cd invoice \
    && capture r-testthat env LC_ALL=C.UTF-8 Rscript -e 'testthat::test_dir("tests/testthat", load_package = "source")'
  # PHP's own test runner (Debian's php8.2-dev) on .phpt tests without an extension.
  scratch php-run-tests && capture php-run-tests php /usr/lib/php/*/build/run-tests.php -q --show-diff tests
  # ScalaTest under scalatest-maven-plugin; as in the jvm group, the sample is that of a second run (the first also
  # compiles zinc's compiler bridge).
  scratch maven-scalatest && capture maven-scalatest "$mvnw" -B -ntp -f pom.xml test
  # The same sources under sbt, started by its launcher from Maven Central; sbt's boot, Ivy and Coursier folders stay
  # in the scratch directory. A first command fetches sbt and the build's dependencies, so that the sample, made by
  # a second one, holds the tests' output only.
  launcher="$HOME/.m2/repository/org/scala-sbt/sbt-launch/1.10.7/sbt-launch-1.10.7.jar"
  sbt=(env COURSIER_CACHE="$work/sbt-home/coursier" java -Dsbt.repository.config=repositories
    -Dsbt.override.build.repos=true -Dsbt.boot.directory="$work/sbt-home/boot" -Dsbt.ivy.home="$work/sbt-home/ivy2"
    -Dsbt.global.base="$work/sbt-home/global" -jar "$launcher")
  scratch sbt-scalatest && cp -r "$projects/maven-scalatest/src" . \
    && "$mvnw" -B -ntp -q dependency:get -Dartifact=org.scala-sbt:sbt-launch:1.10.7 -Dtransitive=false \
    && "${sbt[@]}" update < /dev/null > /dev/null 2>&1 && capture sbt-scalatest "${sbt[@]}" test < /dev/null
fi
if w testfw2; then
  # Haskell's test frameworks, with Debian's GHC and its hspec and tasty-hunit: hspec's spec compiled with ghc and run,
  # the same spec as a cabal test-suite (cabal test, whose configuration names no package repository, so that it
  # reaches no network), and a tasty-hunit suite; then passing runs of the same tests (hspec's --match and tasty's -p
  # pick the tests that pass; cabal streams the passing suite's output with --test-show-details=direct).
  cabal=(env HOME="$work/cabal-home" CABAL_DIR="$work/cabal-home/.cabal" CABAL_CONFIG="$projects/hspec/cabal-config")
  scratch hspec && mkdir -p "$work/hspec-out" \
    && ghc -isrc -outputdir "$work/hspec-out" -o "$work/hspec-out/spec" test/Spec.hs > /dev/null 2>&1 \
    && capture hspec "$work/hspec-out/spec" \
    && capture cabal-test-hspec "${cabal[@]}" cabal test \
    && capture passing-hspec "$work/hspec-out/spec" --match 'is zero' \
    && capture passing-cabal-test-hspec "${cabal[@]}" cabal test --test-show-details=direct --test-option=--match \
      --test-option='is zero'
  scratch tasty && mkdir -p "$work/tasty-out" \
    && ghc -outputdir "$work/tasty-out" -o "$work/tasty-out/shipping" Main.hs > /dev/null 2>&1 \
    && capture tasty "$work/tasty-out/shipping" \
    && capture passing-tasty "$work/tasty-out/shipping" -p 'nothing to share'
  # ts-node: a program whose sources do not type-check, run by ts-node (plain, and with --pretty as a terminal shows
  # it), and mocha specs loaded through ts-node/register (.mocharc.json).
  scratch ts-node && npm install --no-audit --no-fund --silent \
    && capture ts-node npx ts-node src/main.ts && capture ts-node-pretty npx ts-node --pretty src/main.ts \
    && capture mocha-ts-node npx mocha
  # PHPUnit 9.6 (Debian's phpunit): a data provider that throws, one that does not exist and a setUpBeforeClass that
  # throws, in the default and the testdox output. Risky, incomplete, skipped tests and warnings (a deprecated
  # assertion) print the same text whether the run exits 0 or, with --fail-on-risky, --fail-on-incomplete,
  # --fail-on-skipped or --fail-on-warning, 1: that text is recorded from the runs that exit 0, as passing output.
  scratch phpunit-stock && capture phpunit-setup-errors phpunit \
    && capture phpunit-setup-errors-testdox phpunit --testdox \
    && capture passing-phpunit-risky phpunit risky/StockTest.php \
    && capture passing-phpunit-warnings phpunit risky/ReturnsTest.php
  # busted: a spec that raises an error, one whose code does arithmetic on nil, and a spec file that does not
  # load (a syntax error), in busted's default output and as TAP (without the file that does not load: busted 2.1.1's
  # TAP handler itself fails on it); then a passing run with a pending spec.
  scratch busted-errors && capture busted-errors busted \
    && capture busted-errors-tap busted -o TAP spec/basket_spec.lua && capture passing-busted-pending busted pending
  # Vim's own test harness (runtest.vim and its Makefile, which Debian does not package: VIM_TESTDIR names the
  # src/testdir folder of a checkout of vim/vim at tag v9.0.1378, the version of Debian's vim) running a test file
  # with a failed assertion, an uncaught exception and two tests retried as flaky (one passes when run again), and an
  # old-style test (test98.in, whose buffer differs from test98.ok), as Vim's CI runs its tests and then their report.
  if [ -n "${VIM_TESTDIR:-}" ]; then
    scratch vim-runtest && cp -r "$VIM_TESTDIR"/. . \
      && capture vim-runtest make -f Makefile nolog test98.out newtests report NEW_TESTS_RES=test_cisample.res \
        VIMPROG=/usr/bin/vim SCRIPTSOURCE=/usr/share/vim/vim90
    # A screen test whose terminal job cannot start (its vimcmd names no program): retried as flaky, then given up.
    scratch vim-runtest-screen && cp -r "$VIM_TESTDIR"/. . \
      && capture vim-runtest-screen make -f Makefile nolog newtests report NEW_TESTS_RES=test_screen_sample.res \
        VIMPROG=/usr/bin/vim SCRIPTSOURCE=/usr/share/vim/vim90
  else
    echo "vim-runtest: VIM_TESTDIR is not set, skipped"
  fi
fi
if w native2; then
  # xcpretty formats xcodebuild's output; here it formats clang's, which xcodebuild passes on unchanged. It is a Ruby
  # program that Debian does not package: XCPRETTY names a folder holding its bin/ and lib/ (a checkout of the
  # xcpretty/xcpretty repository at commit 33d1f0a4adcbc37f4250917b3adff766c3d67b67, its release v0.4.1), run with
  # Debian's ruby and ruby-rouge. clang is given absolute paths, as xcodebuild gives them; xcpretty marks errors with
  # ❌ in a UTF-8 locale and with [x] in the C locale.
  if [ -n "${XCPRETTY:-}" ]; then
    xcpretty_build='set -o pipefail; { clang -fsyntax-only "$PWD/Cart.m"; clang -o cart "$PWD/main.c"; } 2>&1 \
      | ruby "$1/bin/xcpretty"'
    scratch xcpretty && capture xcpretty env LC_ALL=C.UTF-8 bash -c "$xcpretty_build" xcpretty "$XCPRETTY" \
      && capture xcpretty-ascii env LC_ALL=C bash -c "$xcpretty_build" xcpretty "$XCPRETTY"
  else
    echo "xcpretty: XCPRETTY is not set, skipped"
  fi
  # GHC with warnings made errors, and cabal-install building two local packages, the first of which does not
  # compile; its configuration names no package repository, so that it reaches no network.
  scratch ghc-werror && mkdir -p "$work/ghc-werror-out" \
    && capture ghc-werror ghc -Wall -Werror -outputdir "$work/ghc-werror-out" -o "$work/ghc-werror-out/shape" Shape.hs
  scratch cabal-build && capture cabal-build env HOME="$work/cabal-home" CABAL_DIR="$work/cabal-home/.cabal" \
    CABAL_CONFIG="$PWD/cabal-config" cabal build all
  # The same two packages built by Haskell Stack, which puts each package's name before its lines of GHC output.
  scratch cabal-build && capture stack-build env STACK_ROOT="$work/stack-root" \
    stack build --no-terminal --interleaved-output
  # PHP's fatal errors when the project's own code is loaded: with Debian's php.ini (errors logged to stderr as
  # 'PHP Fatal error:  …') and without a php.ini (-n: displayed on stdout as 'Fatal error: …').
  scratch php-fatal && capture php-class-not-found php class.php \
    && capture php-class-not-found-display php -n class.php \
    && capture php-undefined-function php function.php \
    && capture php-undefined-method php method.php \
    && capture php-interface-not-found php interface.php \
    && capture php-abstract-method php abstract.php
  # A script that requires Composer's autoloader before `composer install` has run.
  scratch php-vendor-missing && capture php-vendor-missing php bin/report.php
  # Sanitizers of gcc and clang (clang's runtimes from libclang-rt-14-dev). UndefinedBehaviorSanitizer goes on after a
  # report unless told to stop: gcc's by UBSAN_OPTIONS, clang's by -fno-sanitize-recover.
  scratch sanitizers && gcc -g -fsanitize=address -o "$work/segv" segv.c && capture asan-segv "$work/segv" \
    && clang -g -fsanitize=address -o "$work/uaf" uaf.c && capture asan-use-after-free "$work/uaf" \
    && gcc -g -fsanitize=undefined -o "$work/overflow-gcc" overflow.c \
    && capture ubsan-gcc env UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$work/overflow-gcc" \
    && clang -g -fsanitize=undefined -fno-sanitize-recover=all -o "$work/overflow-clang" overflow.c \
    && capture ubsan-clang "$work/overflow-clang" \
    && gcc -g -fsanitize=address -o "$work/leak-gcc" leak.c && capture lsan-gcc "$work/leak-gcc" \
    && clang -g -fsanitize=leak -o "$work/leak-clang" leak.c && capture lsan-clang "$work/leak-clang"
fi
if w env2; then
  scratch emacs-package && emacs_archives
  # R packages whose DESCRIPTION imports a package that is not installed: R CMD check (its dependency check stays off
  # the network, see testfw), R CMD INSTALL (in the C locale, which quotes names as '…') and a script's library().
  scratch r-missing-dependency && R CMD build ledger > /dev/null 2>&1 \
    && capture r-check-dependency-missing env LC_ALL=C.UTF-8 R_PROFILE_USER=Rprofile R CMD check --no-manual \
      ledger_1.0.tar.gz \
    && mkdir -p "$work/r-library" \
    && capture r-install-dependency-missing env LC_ALL=C R CMD INSTALL --library="$work/r-library" ledger \
    && capture r-library-missing env LC_ALL=C.UTF-8 Rscript report.R
  scratch karma-browser && npm install --no-audit --no-fund --silent && karma_browsers
  # common_test: a suite whose init_per_suite fails, then one whose init_per_group fails beside a failing case; the
  # same suites under rebar3 ct.
  scratch erlang-ct-setup && mkdir -p "$work/ct-setup-logs" \
    && capture rebar3-ct rebar3 ct \
    && capture erlang-ct-init-per-suite ct_run -noshell -dir test -suite setup_SUITE -logdir "$work/ct-setup-logs" \
    && capture erlang-ct-init-per-group ct_run -noshell -dir test -suite ledger_SUITE -logdir "$work/ct-setup-logs"
fi
if w ruby2; then
  # Composer's resolver with packagist.org turned off and packages from a local `package` or `path` repository: a
  # version that no package has and a transitive package that none has, two packages that need different major
  # versions of a third, a path repository's package that the constraint rejects, `composer require` of a name that is
  # not there, and an install that resolves.
  scratch composer-resolver && capture composer-constraint-mismatch env COMPOSER=constraint.json composer install \
      --no-interaction \
    && capture composer-version-conflict env COMPOSER=conflict.json composer install --no-interaction \
    && capture composer-path-constraint env COMPOSER=path.json composer install --no-interaction \
    && capture composer-require-not-found env COMPOSER=path.json composer require --no-interaction acme/ledgr \
    && capture passing-composer-install env COMPOSER=passing.json composer install --no-interaction
  # minitest-reporters' DefaultReporter and SpecReporter, and test-unit, on a failure and an error; then the test that
  # passes alone.
  scratch ruby-invoice && capture minitest-reporters-default env REPORTER=default ruby -Ilib -Itest \
      test/invoice_test.rb --seed 42 \
    && capture minitest-reporters-spec env REPORTER=spec ruby -Ilib -Itest test/invoice_test.rb --seed 42 \
    && capture passing-minitest-reporters-spec env REPORTER=spec ruby -Ilib -Itest test/invoice_test.rb --seed 42 \
      -n test_total_of_no_lines_is_zero \
    && capture test-unit ruby -Ilib -Itest test/test_invoice.rb \
    && capture passing-test-unit ruby -Ilib -Itest test/test_invoice.rb -n test_total_of_no_lines_is_zero
  # awesome_bot is not packaged by Debian: AWESOME_BOT names a folder holding its bin/ and lib/ (a checkout of the
  # dkhamsing/awesome_bot repository, commit 9cc99fd9004a8a948a453e755a92ed861db1fb68, its version 1.20.0), run with Debian's ruby and ruby-parallel.
  if [ -n "${AWESOME_BOT:-}" ]; then
    scratch awesome-bot && awesome_bot_check
  else
    echo "awesome-bot: AWESOME_BOT is not set, skipped"
  fi
  # Hugo: a ref shortcode to a page that is not there, a template that does not parse and one that fails as it runs;
  # then the site without the broken page.
  scratch hugo-ref && capture hugo-ref-not-found hugo --destination "$work/hugo-ref-public" \
    && capture passing-hugo hugo --destination "$work/hugo-passing-public" --config config.toml,passing.toml
  scratch hugo-template && capture hugo-template-parse hugo --destination "$work/hugo-template-public" \
    && capture hugo-template-execute hugo --destination "$work/hugo-execute-public" --config config.toml,execute.toml
  scratch mojo-useragent && mojo_network
fi
if w passing; then
  # Output in which some rule must NOT fire (passing-samples.tsv): passing runs, commands echoed by set -x, test names.
  # ShellCheck run by a CI script under set -x, which echoes the excluded codes (-e SC2039,2086); the scripts pass.
  scratch passing-shellcheck && capture passing-shellcheck-set-x bash lint.sh
  # maven-checkstyle-plugin's check that passes, and its report goal: Maven 3.9 names the plugin by its prefix
  # (checkstyle:3.6.0:check), Maven 3.8 by its artifactId (maven-checkstyle-plugin:3.6.0:check), which is fetched
  # from Maven Central into the scratch directory.
  scratch passing-checkstyle \
    && capture passing-maven-checkstyle "$mvnw" -B -ntp -f pom.xml validate checkstyle:checkstyle \
    && "$mvnw" -B -ntp -q dependency:copy -Dartifact=org.apache.maven:apache-maven:3.8.8:tar.gz:bin \
      -DoutputDirectory="$work/maven-3.8.8" \
    && tar xzf "$work/maven-3.8.8/apache-maven-3.8.8-bin.tar.gz" -C "$work/maven-3.8.8" \
    && capture passing-maven-3.8-checkstyle "$work/maven-3.8.8/apache-maven-3.8.8/bin/mvn" -B -ntp -f pom.xml validate \
      checkstyle:checkstyle
  # Passing tests named after the bad input they feed in ("parse invalid json"), as TAP runners print their names.
  scratch passing-node-test && capture passing-node-test-names node --test
  scratch passing-tap && npm install --no-audit --no-fund --silent \
    && capture passing-tape-names npx tape 'test/**/*.test.js'
  # make echoes a recipe's comment lines: vim's test Makefile printed a retry of flaky tests that never ran.
  scratch passing-make-comments && capture passing-make-recipe-comments make
  # Known bugs marked as expected failures (pytest's xfail, run-tests.php's --XFAIL--, automake's XFAIL_TESTS), whose
  # tests fail as expected.
  scratch passing-xfail && capture passing-pytest-xfail python3 -m pytest -v -rxX -p no:cacheprovider tests \
    && capture passing-php-run-tests-xfail php /usr/lib/php/*/build/run-tests.php -q --show-diff phpt \
    && cd automake && autoreconf -i > /dev/null 2>&1 && ./configure > /dev/null \
    && capture passing-automake-xfail make check
fi
if w precision; then
  # Failures that rules narrowed not to fire on passing output still name. Unknown options, as several tools say it.
  scratch unknown-options && capture git-unknown-option git clone --no-such-flag "$work/origin.git" "$work/clone" \
    && capture clang-unknown-argument clang -fno-such-thing -c main.c -o "$work/main.o" \
    && capture npm-unknown-command npm instal1 \
    && capture docker-unknown-flag docker ps --no-such-flag
  # webpack validates its configuration (a misspelt property, a relative output path) before it builds.
  scratch webpack-config-invalid && npm install --no-audit --no-fund --silent \
    && capture webpack-config-invalid npx webpack
  # apt's download failures, which are not git's (see apt_fetch), and git's own: a submodule that cannot be cloned.
  scratch apt-fetch && apt_fetch
  git_submodule_missing
fi
