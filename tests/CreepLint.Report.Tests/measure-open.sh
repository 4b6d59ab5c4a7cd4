#!/usr/bin/env bash
# Measures how long the report page of 10,000 messages takes to open in the operating system's Chromium (median of five
# openings, from navigation start to the page drawn) and to apply a filter. The figure is quoted in docs/cli.md.
#   tests/CreepLint.Report.Tests/measure-open.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet test tests/CreepLint.Report.Tests --filter "TestCategory=Measurement" --logger "console;verbosity=detailed" 2>&1 \
  | grep -E "^ *(page |1,000|10,000)|Passed|Failed" || true
