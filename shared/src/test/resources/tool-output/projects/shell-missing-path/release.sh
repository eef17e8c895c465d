# Run as "sh release.sh": dash cannot source a file that is not there.
set -e
. ./ci/release-env.sh
echo "Releasing $VERSION"
