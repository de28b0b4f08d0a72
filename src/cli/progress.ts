/** Progress on stderr while a long check runs, only when a person is watching a terminal. */
export interface Progress {
  step(what: string): void;
  done(): void;
}

const QUIET: Progress = { step() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return QUIET;
  const started = Date.now();
  let shown = false;
  return {
    step(what) {
      const secs = ((Date.now() - started) / 1000).toFixed(0);
      const line = `${what} (${secs}s)`;
      stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1).padEnd(Math.min(60, (stream.columns ?? 80) - 1))}`);
      shown = true;
    },
    done() {
      if (shown) stream.write(`\r${" ".repeat(Math.min(60, (stream.columns ?? 80) - 1))}\r`);
    },
  };
}
