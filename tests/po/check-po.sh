#!/bin/sh
# Fails when po/LANG.po is malformed, or when a translatable string of the
# sources has no translation in it, or a fuzzy one.
set -eu
srcdir="$1"
lang="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$srcdir"
grep -v '^#' po/POTFILES.in | grep -v '^[[:space:]]*$' > "$work/files"
while read -r f; do
  [ -f "$f" ] || { echo "POTFILES.in names a missing file: $f"; exit 1; }
done < "$work/files"

# Every source or interface file with translatable strings must be listed.
for f in $(git ls-files 'src/*.c' 'src/*.ui' 2>/dev/null || find src -name '*.c' -o -name '*.ui'); do
  if grep -q -E '(^|[^A-Za-z0-9_])(N?_|C_|NC_)\(|translatable="yes"' "$f" && ! grep -qx "$f" "$work/files"; then
    echo "po/POTFILES.in does not list $f, which has translatable strings"
    exit 1
  fi
done

xgettext --files-from="$work/files" --output="$work/comptoir.pot" \
  --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --keyword=ngettext:1,2 --keyword=g_dpgettext2:2c,3

msgfmt --check --output-file=/dev/null "po/$lang.po"

msgmerge --quiet --no-fuzzy-matching --output-file="$work/merged.po" \
  "po/$lang.po" "$work/comptoir.pot"

untranslated=$(msgattrib --untranslated --no-obsolete "$work/merged.po" | grep -c '^msgid ' || true)
fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$work/merged.po" | grep -c '^msgid ' || true)
if [ "$untranslated" -gt 0 ] || [ "$fuzzy" -gt 0 ]; then
  echo "po/$lang.po: $untranslated untranslated, $fuzzy fuzzy:"
  msgattrib --untranslated --no-obsolete "$work/merged.po" | grep '^msgid ' | tail -n +2
  msgattrib --only-fuzzy --no-obsolete "$work/merged.po" | grep '^msgid ' | tail -n +2
  exit 1
fi
echo "po/$lang.po: every message translated"
