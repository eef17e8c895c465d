# Run as "sh package.sh": dash, the sh of Debian and Ubuntu, cannot enter a folder the build did not make.
set -e
echo "Packaging"
cd build/dist
tar czf ../app.tar.gz .
