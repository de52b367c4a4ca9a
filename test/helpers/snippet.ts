// Reads VS Code snippet bodies the way the editor does, so the templates can be expanded and
// analysed in tests: tab stops, placeholders (nested), choices, variables, escapes. Transforms are
// refused: the templates do not need them, and a checker that half-understood them would lie.

export type SnippetNode =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; children?: SnippetNode[] }
  | { type: 'choice'; index: number; options: string[] }
  | { type: 'variable'; name: string; children?: SnippetNode[] };

/** The variables VS Code resolves in a snippet; any other name is inserted as a placeholder, a template bug. */
export const KNOWN_VARIABLES = [
  'TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_LINE_INDEX', 'TM_LINE_NUMBER', 'TM_FILENAME',
  'TM_FILENAME_BASE', 'TM_DIRECTORY', 'TM_FILEPATH', 'RELATIVE_FILEPATH', 'CLIPBOARD', 'WORKSPACE_NAME',
  'WORKSPACE_FOLDER', 'CURSOR_INDEX', 'CURSOR_NUMBER', 'CURRENT_YEAR', 'CURRENT_YEAR_SHORT', 'CURRENT_MONTH',
  'CURRENT_MONTH_NAME', 'CURRENT_MONTH_NAME_SHORT', 'CURRENT_DATE', 'CURRENT_DAY_NAME', 'CURRENT_DAY_NAME_SHORT',
  'CURRENT_HOUR', 'CURRENT_MINUTE', 'CURRENT_SECOND', 'CURRENT_SECONDS_UNIX', 'CURRENT_TIMEZONE_OFFSET', 'RANDOM',
  'RANDOM_HEX', 'UUID', 'BLOCK_COMMENT_START', 'BLOCK_COMMENT_END', 'LINE_COMMENT',
];

export class SnippetSyntaxError extends Error {}

export function parseSnippet(body: string): SnippetNode[] {
  const parser = new Parser(body);
  // Outside a placeholder a "}" is plain text, as in the editor.
  const nodes = parser.sequence(false);
  checkTabStops(nodes);
  return nodes;
}

class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  error(message: string): SnippetSyntaxError {
    return new SnippetSyntaxError(`${message} at offset ${this.at}: …${this.source.slice(Math.max(0, this.at - 20), this.at + 20)}…`);
  }

  /** Nodes up to the end, or up to the "}" that closes the enclosing placeholder. */
  sequence(nested: boolean): SnippetNode[] {
    const nodes: SnippetNode[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ type: 'text', value: text });
      text = '';
    };
    while (!this.done()) {
      const char = this.source[this.at];
      if (char === '\\' && /[$}\\]/.test(this.source[this.at + 1] ?? '')) {
        text += this.source[this.at + 1];
        this.at += 2;
      } else if (char === '$' && /[0-9A-Za-z_{]/.test(this.source[this.at + 1] ?? '')) {
        flush();
        nodes.push(this.dollar());
      } else if (char === '}' && nested) {
        break;
      } else {
        text += char;
        this.at++;
      }
    }
    flush();
    return nodes;
  }

  private dollar(): SnippetNode {
    this.at++; // $
    if (this.source[this.at] !== '{') {
      const index = this.match(/[0-9]+/y);
      if (index !== undefined) return { type: 'tabstop', index: Number(index) };
      return this.variable(this.match(/[A-Za-z_][A-Za-z0-9_]*/y)!);
    }
    this.at++; // {
    const index = this.match(/[0-9]+/y);
    if (index !== undefined) {
      const number = Number(index);
      if (this.eat('}')) return { type: 'tabstop', index: number };
      if (this.eat(':')) return { type: 'tabstop', index: number, children: this.closed() };
      if (this.eat('|')) return { type: 'choice', index: number, options: this.options() };
      if (this.source[this.at] === '/') throw this.error('transforms are not supported in templates');
      throw this.error(`malformed tab stop $${number}`);
    }
    const name = this.match(/[A-Za-z_][A-Za-z0-9_]*/y);
    if (name === undefined) throw this.error('"${" must be followed by a number or a variable name');
    if (this.eat('}')) return this.variable(name);
    if (this.eat(':')) return this.variable(name, this.closed());
    if (this.source[this.at] === '/') throw this.error('transforms are not supported in templates');
    throw this.error(`malformed variable ${name}`);
  }

  private variable(name: string, children?: SnippetNode[]): SnippetNode {
    if (!KNOWN_VARIABLES.includes(name)) throw this.error(`unknown variable ${name}`);
    return { type: 'variable', name, children };
  }

  private closed(): SnippetNode[] {
    const children = this.sequence(true);
    if (!this.eat('}')) throw this.error('placeholder not closed');
    return children;
  }

  private options(): string[] {
    const options: string[] = [];
    let option = '';
    while (!this.done()) {
      const char = this.source[this.at];
      if (char === '\\' && /[,|\\$}]/.test(this.source[this.at + 1] ?? '')) {
        option += this.source[this.at + 1];
        this.at += 2;
      } else if (char === ',') {
        options.push(option);
        option = '';
        this.at++;
      } else if (char === '|' && this.source[this.at + 1] === '}') {
        this.at += 2;
        options.push(option);
        if (options.some((o) => !o.trim())) throw this.error('empty choice');
        return options;
      } else {
        option += char;
        this.at++;
      }
    }
    throw this.error('choice not closed with "|}"');
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.source);
    if (!found) return undefined;
    this.at += found[0].length;
    return found[0];
  }

  private eat(char: string): boolean {
    if (this.source[this.at] !== char) return false;
    this.at++;
    return true;
  }
}

/** A tab stop given two different defaults shows only the first one: almost always a slip. */
function checkTabStops(nodes: SnippetNode[]): void {
  const defaults = new Map<number, string>();
  const visit = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.type === 'tabstop' && node.children) {
        const text = render(node.children, {}, {});
        const known = defaults.get(node.index);
        if (known !== undefined && known !== text) {
          throw new SnippetSyntaxError(`tab stop $${node.index} has two defaults: "${known}" and "${text}"`);
        }
        defaults.set(node.index, text);
        visit(node.children);
      } else if (node.type === 'choice') {
        if (defaults.has(node.index)) throw new SnippetSyntaxError(`choice $${node.index} reuses a tab stop`);
        defaults.set(node.index, node.options[0]);
      } else if (node.type === 'variable' && node.children) {
        visit(node.children);
      }
    }
  };
  visit(nodes);
}

export interface Expansion {
  /** What the user types at each tab stop; a tab stop without a value keeps its default. */
  values?: Record<number, string>;
  variables?: Record<string, string>;
}

/** The text VS Code would leave once every tab stop is filled with its value, or left as proposed. */
export function expandSnippet(body: string | string[], expansion: Expansion = {}): string {
  const nodes = parseSnippet(Array.isArray(body) ? body.join('\n') : body);
  const defaults = new Map<number, SnippetNode[]>();
  const collect = (list: SnippetNode[]) => {
    for (const node of list) {
      if (node.type === 'tabstop' && node.children) {
        if (!defaults.has(node.index)) defaults.set(node.index, node.children);
        collect(node.children);
      } else if (node.type === 'choice') {
        const value = expansion.values?.[node.index];
        if (value !== undefined && !node.options.includes(value)) {
          throw new SnippetSyntaxError(`"${value}" is not one of the choices of $${node.index}: ${node.options.join(', ')}`);
        }
        defaults.set(node.index, [{ type: 'text', value: node.options[0] }]);
      } else if (node.type === 'variable' && node.children) {
        collect(node.children);
      }
    }
  };
  collect(nodes);
  const variables = { ...defaultVariables(), ...expansion.variables };
  return render(nodes, expansion.values ?? {}, variables, defaults);
}

function render(
  nodes: SnippetNode[], values: Record<number, string>, variables: Record<string, string>,
  defaults = new Map<number, SnippetNode[]>(),
): string {
  return nodes.map((node) => {
    switch (node.type) {
      case 'text': return node.value;
      case 'tabstop':
      case 'choice': {
        if (values[node.index] !== undefined) return values[node.index];
        const fallback = node.type === 'choice' ? [{ type: 'text', value: node.options[0] } as SnippetNode] : node.children ?? defaults.get(node.index);
        return fallback ? render(fallback, values, variables, defaults) : '';
      }
      case 'variable': {
        const value = variables[node.name];
        if (value !== undefined) return value;
        return node.children ? render(node.children, values, variables, defaults) : '';
      }
    }
  }).join('');
}

/** The date variables as the editor resolves them today; others empty. */
function defaultVariables(now = new Date()): Record<string, string> {
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: two(now.getMonth() + 1),
    CURRENT_DATE: two(now.getDate()),
  };
}
