#!/usr/bin/env bash
# Measures the archive on Spark (local mode) against the single-machine archive on the same files.
# Usage, from the project root: digest-spark/measure.sh [--runs N] [--master local[2]] NAME=PATH...
# Example: digest-spark/measure.sh upstream=../shared/corpus/upstream upstream-2025=../shared/corpus/upstream-2025
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl digest-spark -am test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/measure.cp
opens=$(sed -n "s:.*<spark.test.opens>\(.*\)</spark.test.opens>.*:\1:p" digest-spark/pom.xml)
exec java -Xmx4g $opens \
    -cp "digest-spark/target/test-classes:digest-spark/target/classes:$(cat digest-spark/target/measure.cp)" \
    dev.arxivdigest.spark.SparkVsArchive "$@"
