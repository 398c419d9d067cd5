import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface Snippet {
  /** File name in the scratch project: the block's `// name.ts` first line, else numbered. */
  readonly file: string;
  readonly code: string;
  /** `README.md:120`, for messages. */
  readonly origin: string;
}

const NAMED = /^\/\/ ([\w.-]+\.ts)\s*$/;

/**
 * Every ```ts block of a Markdown file, each meant to compile on its own with
 * the imports it shows (a block starting `// app.module.ts` is that file, so a
 * later block can import it as `./app.module`).
 */
export function typescriptSnippets(
  markdownPath: string,
  prefix: string,
): Snippet[] {
  const lines = readFileSync(markdownPath, 'utf8').split('\n');
  const snippets: Snippet[] = [];
  for (let start = 0; start < lines.length; start += 1) {
    if (!/^```(ts|typescript)\s*$/.test(lines[start])) continue;
    const end = lines.indexOf('```', start + 1);
    if (end === -1)
      throw new Error(`${markdownPath}:${start + 1}: unclosed code block`);
    const code = lines.slice(start + 1, end);
    const named = NAMED.exec(code[0] ?? '');
    snippets.push({
      file: named ? named[1] : `${prefix}-${snippets.length + 1}.ts`,
      code: `${code.join('\n')}\n`,
      origin: `${basename(markdownPath)}:${start + 1}`,
    });
    start = end;
  }
  return snippets;
}

/**
 * The packages of the one `npm i -D …` line in a ```bash block of a Markdown
 * file: the test tools a README tells users to install, so CI installs
 * exactly those versions.
 */
export function devInstallArgs(markdownPath: string): string[] {
  const lines = readFileSync(markdownPath, 'utf8').split('\n');
  const found: string[][] = [];
  let inBash = false;
  for (const line of lines) {
    if (/^```/.test(line)) inBash = !inBash && /^```(bash|sh)\s*$/.test(line);
    else if (inBash && line.startsWith('npm i -D '))
      found.push(line.slice('npm i -D '.length).trim().split(/\s+/));
  }
  if (found.length !== 1)
    throw new Error(
      `${markdownPath}: expected one "npm i -D …" line in a bash block, found ${found.length}`,
    );
  return found[0];
}
