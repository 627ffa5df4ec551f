# Sourced by the build benchmarks (build-scale.sh, ab-build.sh): one way to time a whole process.
# measure LOG command...: runs the command under GNU time (/usr/bin/time -v), its output into LOG, and prints
# "wall cpu rssMB" (seconds, user + system seconds, peak resident MiB); a failing command stops the benchmark.
measure() {
  local log="$1"; shift
  /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1 || { echo "FAILED: $* (see $log)" >&2; cat "$log" >&2; exit 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n=split($2,p,":"); w=0; for(i=1;i<=n;i++) w=w*60+p[i] }
    /User time/ { u=$2 } /System time/ { s=$2 } /Maximum resident/ { m=$2 }
    END { printf "%.2f %.2f %.0f\n", w, u+s, m/1024 }' "$log.time"
}
