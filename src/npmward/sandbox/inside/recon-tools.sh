#!/bin/sh
# Stand-ins for the recon tools this system lacks (nslookup, dig, host, hostname, whoami): they do
# the lookup through the system resolver and answer in the real tools' format.
tool=$(basename "$0")
case "$tool" in
  hostname) cat /proc/sys/kernel/hostname; exit 0 ;;
  whoami) id -un; exit $? ;;
esac
name=""; type=A; short=""
for arg in "$@"; do
  case "$arg" in
    +short) short=1 ;;
    @*|-*|+*) ;;
    A|AAAA|TXT|MX|NS|CNAME|ANY|a|aaaa|txt|mx|ns|cname|any) [ -n "$name" ] && type=$arg || name=$arg ;;
    *) [ -z "$name" ] && name=$arg ;;
  esac
done
if [ -z "$name" ]; then echo "usage: $tool name" >&2; exit 1; fi
addrs=$(getent ahostsv4 "$name" | awk '{print $1}' | sort -u)
case "$tool" in
  nslookup)
    printf 'Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n'
    [ -z "$addrs" ] && { echo "** server can't find $name: NXDOMAIN"; exit 1; }
    echo "Non-authoritative answer:"
    for a in $addrs; do printf 'Name:\t%s\nAddress: %s\n' "$name" "$a"; done ;;
  host)
    [ -z "$addrs" ] && { echo "Host $name not found: 3(NXDOMAIN)"; exit 1; }
    for a in $addrs; do echo "$name has address $a"; done ;;
  dig)
    if [ -n "$short" ]; then for a in $addrs; do echo "$a"; done; exit 0; fi
    printf '\n; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> %s\n;; global options: +cmd\n;; Got answer:\n' "$name"
    printf ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: %s\n\n;; ANSWER SECTION:\n' "$$"
    for a in $addrs; do printf '%s.\t\t60\tIN\tA\t%s\n' "$name" "$a"; done
    printf '\n;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)\n' ;;
esac
