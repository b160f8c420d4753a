#!/bin/bash
# usage: poll.sh PID LOG ; every 2 s: UTC time, load avg (1/5/15), main RSS MB, tree RSS MB (PID + descendants), #procs
pid=$1; out=$2
while kill -0 $pid 2>/dev/null; do
  pids=$(pstree -p $pid | grep -o '([0-9]*)' | tr -d '()' | tr '\n' ',')
  tot=$(ps -o rss= -p ${pids%,} 2>/dev/null | awk '{s+=$1} END {print int(s/1024)}')
  main=$(ps -o rss= -p $pid | awk '{print int($1/1024)}')
  n=$(echo ${pids%,} | tr ',' '\n' | wc -l)
  echo "$(date -u +%T) load=$(cut -d' ' -f1-3 /proc/loadavg | tr ' ' '/') main_mb=$main tree_mb=$tot procs=$n" >> $out
  sleep 2
done
echo "$(date -u +%T) end" >> $out
