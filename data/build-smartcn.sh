#!/usr/bin/env bash
# Rebuilds data/chinese/cws.bin, the Chinese word segmenter's dictionary, bigram table and HMM,
# from Debian packages: liblucene8-java (SmartCn's ICTCLAS data, Apache-2.0) and python3-jieba
# (jieba's character HMM and, from its dictionary, the character roles of person names; MIT).
# Re-runnable on a fresh machine; needs root for apt-get.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
export DEBIAN_FRONTEND=noninteractive

need=()
dpkg -s liblucene8-java >/dev/null 2>&1 || need+=(liblucene8-java)
dpkg -s python3-jieba >/dev/null 2>&1 || need+=(python3-jieba)
command -v java >/dev/null 2>&1 || need+=(default-jdk-headless)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update
  apt-get install -y --no-install-recommends "${need[@]}"
fi

jar=$(ls /usr/share/java/lucene-analyzers-smartcn-*.jar | grep -v -- '-8\.x' | head -n 1)
finalseg=$(dirname "$(dpkg -L python3-jieba | grep '/finalseg/prob_emit.py$' | head -n 1)")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Java's single-file launcher compiles and runs the dumper; no Lucene classes are needed.
java "$here/chinese/DumpSmartCnData.java" "$jar" "$work"
python3 "$here/chinese/pack_cws.py" "$work/words.tsv" "$work/bigrams.tsv" "$finalseg" "$(dirname "$finalseg")/dict.txt" "$here/chinese/cws.bin"

# The licences and notices travel with the data.
unzip -p "$jar" META-INF/LICENSE.txt > "$here/chinese/LICENSE-lucene.txt"
unzip -p "$jar" META-INF/NOTICE.txt > "$here/chinese/NOTICE-lucene.txt"
cp /usr/share/doc/python3-jieba/copyright "$here/chinese/COPYRIGHT-jieba.txt"
echo "built $here/chinese/cws.bin from $(basename "$jar") and python3-jieba $(dpkg-query -W -f='${Version}' python3-jieba)"
