#!/bin/sh
# Brings the catalogues in translations/ (or TS_DIR) up to date with the sources: new texts arrive
# unfinished, texts no longer in the sources go. The English catalogue holds only the plural forms.
set -eu
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
TS_DIR=${TS_DIR:-translations}
# Every source with words a person reads in the window; crmctl speaks English for the scripts that read it.
SOURCES="ui core app/console app/demo app/tour"
# shellcheck disable=SC2086
"$LUPDATE" -silent -locations none -no-obsolete $SOURCES \
    -ts "$TS_DIR/crm-console_de.ts" "$TS_DIR/crm-console_sk.ts"
# shellcheck disable=SC2086
"$LUPDATE" -silent -locations none -no-obsolete -pluralonly $SOURCES -ts "$TS_DIR/crm-console_en.ts"
