#!/usr/bin/env bash
# Regenerates the report page's screenshots in docs/images (report-samples.png: the sample templates' page at 1,280 px
# with a highlight's popover open, as in the README; report-narrow.png: the same page on a 375 px phone screen) with the
# browser tests, in the operating system's Chromium. Look at both before committing them.
#   docs/images/regenerate-report-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
CREEPLINT_SCREENSHOTS="$PWD/docs/images" dotnet test tests/CreepLint.Report.Tests \
  --filter "FullyQualifiedName~Screenshot_of_the_sample_templates_report|FullyQualifiedName~A_narrow_window" 2>&1 | tail -3
ls -l docs/images/report-samples.png docs/images/report-narrow.png
