#!/usr/bin/env bash
# Brings up a real single-node Slurm cluster on this machine for tests (recipe and measurements:
# the local-slurm note of the project): munged, slurmctld and slurmd, with their configuration,
# state, logs and PIDs in STATE_DIR. Installs the Debian packages when they are missing (root).
# Uses its own ports (16817/16818) and config file (SLURM_CONF=STATE_DIR/slurm.conf), so it never
# touches /etc/slurm or a Slurm already running here. Stop it with scripts/slurm-down.sh STATE_DIR.
#
#   scripts/slurm-up.sh /tmp/agora-slurm && export SLURM_CONF=/tmp/agora-slurm/slurm.conf
set -euo pipefail
state="${1:?usage: slurm-up.sh STATE_DIR}"
mkdir -p "$state"
state="$(cd "$state" && pwd)"
pids="$state/pids"
: >"$pids"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null \
   || ! command -v munged >/dev/null; then
  if [ "$(id -u)" != "0" ]; then
    echo "slurm-up: slurmctld, slurmd, slurm-client and munge are missing; install them as root" >&2
    exit 1
  fi
  echo "slurm-up: installing slurmctld slurmd slurm-client munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null
fi

# munge: reuse a munged that already answers; otherwise start our own as the munge user.
if munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  echo "slurm-up: using the munged already running"
else
  if [ ! -s /etc/munge/munge.key ]; then
    if command -v mungekey >/dev/null; then mungekey --create --keyfile=/etc/munge/munge.key
    else dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key 2>/dev/null; fi
  fi
  chown munge:munge /etc/munge/munge.key && chmod 0400 /etc/munge/munge.key
  install -d -o munge -g munge -m 0755 /run/munge
  install -d -o munge -g munge -m 0700 /var/lib/munge /var/log/munge
  setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged -F >"$state/munged.log" 2>&1 &
  echo "munged $!" >>"$pids"
  for _ in $(seq 1 50); do
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
    sleep 0.1
  done
  munge -n | unmunge >/dev/null || { echo "slurm-up: munged did not start (see $state/munged.log)" >&2; exit 1; }
fi

host="$(hostname -s)"
cpus="$(nproc)"
mkdir -p "$state/ctld" "$state/spool"
cat >"$state/slurm.conf" <<CONF
ClusterName=agoratest
SlurmctldHost=$host
SlurmctldPort=16817
SlurmdPort=16818
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
MpiDefault=none
MailProg=/bin/true
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
StateSaveLocation=$state/ctld
SlurmdSpoolDir=$state/spool
SlurmctldPidFile=$state/slurmctld.pid
SlurmdPidFile=$state/slurmd.pid
SlurmctldLogFile=$state/slurmctld.log
SlurmdLogFile=$state/slurmd.log
NodeName=$host CPUs=$cpus State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$state/slurm.conf"

slurmctld -D -f "$SLURM_CONF" >"$state/slurmctld.out" 2>&1 &
echo "slurmctld $!" >>"$pids"
slurmd -D -f "$SLURM_CONF" >"$state/slurmd.out" 2>&1 &
echo "slurmd $!" >>"$pids"

for _ in $(seq 1 120); do
  if [ "$(sinfo -h -o %T 2>/dev/null | head -1)" = "idle" ]; then
    echo "slurm-up: node $host idle with $cpus CPUs (SLURM_CONF=$SLURM_CONF)"
    exit 0
  fi
  sleep 0.5
done
echo "slurm-up: the node never became idle; last lines of the logs:" >&2
tail -n 20 "$state/slurmctld.log" "$state/slurmd.log" "$state/slurmctld.out" "$state/slurmd.out" >&2 || true
exit 1
