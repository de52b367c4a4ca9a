// .gitignore files, as git reads them: each one applies below its folder, deeper ones win, up to
// the repository's root (the folder that holds .git).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GitIgnores {
  private readonly rules = new Map<string, Ignore | null>();
  private readonly chains = new Map<string, string[]>();

  ignores(file: string): boolean {
    let ignored = false;
    for (const folder of this.chain(dirname(file))) {
      const rules = this.rulesOf(folder);
      if (!rules) continue;
      const result = rules.test(relative(folder, file).split('\\').join('/'));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  /** The folders from the repository root (or the file system root) down to `folder`. */
  private chain(folder: string): string[] {
    const below: string[] = [];
    let chain: string[] | undefined;
    for (let current = folder; !chain; current = dirname(current)) {
      chain = this.chains.get(current);
      if (chain) break;
      below.push(current);
      if (dirname(current) === current || existsSync(join(current, '.git'))) chain = [];
    }
    for (const current of below.reverse()) {
      chain = [...chain, current];
      this.chains.set(current, chain);
    }
    return chain;
  }

  private rulesOf(folder: string): Ignore | null {
    let rules = this.rules.get(folder);
    if (rules === undefined) {
      let text: string | undefined;
      try {
        text = readFileSync(join(folder, '.gitignore'), 'utf8');
      } catch {
        text = undefined;
      }
      rules = text === undefined ? null : ignore().add(text);
      this.rules.set(folder, rules);
    }
    return rules;
  }
}
