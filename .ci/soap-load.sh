#!/usr/bin/env bash
# A short load run of two SOAP round trips against a running test server (not part of CI):
#   .ci/soap-load.sh [base-url] [seconds]      e.g. .ci/soap-load.sh http://127.0.0.1:8380/onewindow 30
# GetStatus with 2 threads and 16 connections, then SubmitApplication (four MTOM attachments) with 2 threads and 4
# connections; wrk (Debian package) prints p50/p90/p99. Each submission creates an application: never on real data.
set -euo pipefail
cd "$(dirname "$0")"
base="${1:-http://127.0.0.1:8380/onewindow}"
seconds="${2:-30}"
command -v wrk >/dev/null || apt-get install -y wrk
export AUTH="Basic $(printf '%s' 'integrator.demo:OneWindow#2026' | base64)"

# one submission to query
answer=$( \
    curl -s -H "Authorization: $AUTH" -H 'Content-Type: text/xml; charset=UTF-8' --data-binary \
    '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:o="http://onewindow.gov.cn/integration/2026/12/applications"><soapenv:Body><o:SubmitApplication><o:itemCode>SCJ-004</o:itemCode><o:applicant><o:kind>ENTERPRISE</o:kind><o:identifier>914401060000300015</o:identifier><o:name>广州天河压测有限公司</o:name><o:phone>13912345678</o:phone></o:applicant><o:field name="companyName">广州天河压测有限公司</o:field><o:material code="APPLY" fileName="apply.pdf" contentType="application/pdf"><o:content>JVBERi0xLjQKJSBsb2FkCjEgMCBvYmo8PD4+ZW5kb2JqCnRyYWlsZXI8PD4+CiUlRU9GCg==</o:content></o:material></o:SubmitApplication></soapenv:Body></soapenv:Envelope>' \
    "$base/soap/applications")
NUMBER=$(sed -n 's:.*<applicationNumber>\([^<]*\)</applicationNumber>.*:\1:p' <<<"$answer")
CODE=$(sed -n 's:.*<queryCode>\([^<]*\)</queryCode>.*:\1:p' <<<"$answer")
[ -n "$NUMBER" ] || { echo "submission failed: $answer" >&2; exit 1; }
export NUMBER CODE

echo "== GetStatus ($NUMBER), wrk -t2 -c16 -d${seconds}s"
wrk -t2 -c16 -d"${seconds}s" --latency -s soap-load/get-status.lua "$base/soap/applications"
echo "== SubmitApplication (four MTOM attachments), wrk -t2 -c4 -d${seconds}s"
wrk -t2 -c4 -d"${seconds}s" --latency -s soap-load/submit-application.lua "$base/soap/applications"
