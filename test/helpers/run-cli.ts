/** Run the `wirelint` command in this process and collect its exit code and output. */
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[], cwd: string, stdin: string | Uint8Array = ''): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd,
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    readStdin: async () => stdin,
  });
  return { code, out, err };
}
