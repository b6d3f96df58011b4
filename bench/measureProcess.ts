/**
 * Runs a command to completion and measures it: wall time and peak memory of the whole process tree.
 * Memory is sampled from /proc (VmRSS summed over the tree, VmHWM per process) every 100 ms, and, where GNU time
 * is installed, also taken from its exact maximum resident set size of the largest process; the larger wins.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Kill the whole tree after this many milliseconds. */
  timeoutMs: number;
  /** Where to write the combined output. */
  logFile: string;
  /** Label for progress lines on stderr. */
  label: string;
}

export interface RunResult {
  exitCode: number | null;
  timedOut: boolean;
  wallMs: number;
  peakRssMB: number;
  /** The command's stdout and stderr, interleaved as received. */
  output: string;
}

const GNU_TIME = '/usr/bin/time';

/** Process groups started here and still running, so an interrupted benchmark can end them (and only them). */
const running = new Set<number>();

/** Ends every process tree this module started that is still running. */
export function killRunning(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
}

function kb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}

/** The pid and all its descendants, through /proc/<pid>/task/<tid>/children. */
function tree(root: number): number[] {
  const seen: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    seen.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/)) if (child) stack.push(Number(child));
      } catch {
        // The task ended between listing and reading.
      }
    }
  }
  return seen;
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const timeFile = `${options.logFile}.maxrss`;
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolvePromise) => {
    const started = performance.now();
    // Own process group, so a timeout can end the whole tree and nothing else.
    const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    if (child.pid) running.add(child.pid);
    const chunks: string[] = [];
    let lastLine = '';
    const onData = (data: Buffer) => {
      const text = data.toString('utf8');
      chunks.push(text);
      const lines = text.split('\n').filter((l) => l.trim());
      if (lines.length) lastLine = lines[lines.length - 1] as string;
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peakTree = 0;
    let peakHwm = 0;
    const sample = () => {
      if (!child.pid) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, 'utf8');
          sum += kb(status, 'VmRSS');
          peakHwm = Math.max(peakHwm, kb(status, 'VmHWM'));
        } catch {
          // Gone already.
        }
      }
      peakTree = Math.max(peakTree, sum);
    };
    const sampler = setInterval(sample, 100);
    const progress = setInterval(() => {
      process.stderr.write(`  [${options.label}] ${((performance.now() - started) / 1000).toFixed(0)} s ${lastLine.replace(/\x1b\[[0-9;]*m/g, '').slice(0, 100)}\n`);
    }, 15_000);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
    }, options.timeoutMs);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (child.pid) running.delete(child.pid);
      clearInterval(sampler);
      clearInterval(progress);
      clearTimeout(timer);
      let timeKb = 0;
      if (useTime && existsSync(timeFile)) {
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        timeKb = Number(lines[lines.length - 1]) || 0;
        rmSync(timeFile, { force: true });
      }
      const output = chunks.join('');
      writeFileSync(options.logFile, output);
      resolvePromise({ exitCode: code, timedOut, wallMs, peakRssMB: Math.max(peakTree, peakHwm, timeKb) / 1024, output });
    });
  });
}

/** How many .html files a build wrote. */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  let count = 0;
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) stack.push(join(current, entry.name));
      else if (entry.name.endsWith('.html')) count++;
    }
  }
  return count;
}
