// Reads a configuration file's text (JSONC or YAML) into data, keeping where each value is written
// so that a problem can point at its line and column.
import { findNodeAtLocation, getNodeValue, type Node as JsonNode, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Range } from '../core/types';

export type ValuePath = readonly (string | number)[];

export interface ParsedText {
  data: unknown;
  /** Where the value at `path` is written; `key` asks for its property name instead. */
  rangeOf(path: ValuePath, key?: boolean): Range;
  /** The first syntax error, when the text is not valid JSONC or YAML. */
  syntaxError?: { message: string; range: Range };
}

export function isYamlFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

export function parseConfigText(file: string, text: string): ParsedText {
  return isYamlFile(file) ? parseYaml(text) : parseJsonc(text);
}

function parseJsonc(text: string): ParsedText {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
  const at = offsets(text);
  const rangeOf = (path: ValuePath, key = false): Range => {
    let node: JsonNode | undefined = tree && findNodeAtLocation(tree, [...path]);
    for (let n = path.length; !node && tree && n > 0; n--) node = findNodeAtLocation(tree, [...path.slice(0, n - 1)]);
    if (node && key && node.parent?.type === 'property') node = node.parent.children?.[0];
    return node ? at.range(node.offset, node.offset + node.length) : at.range(0, 0);
  };
  const error = errors[0];
  const syntaxError = error
    ? { message: jsonSyntaxMessage(printParseErrorCode(error.error)), range: at.range(error.offset, error.offset + error.length) }
    : undefined;
  return { data: tree ? getNodeValue(tree) : {}, rangeOf, syntaxError };
}

function jsonSyntaxMessage(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `invalid JSON: ${words}`;
}

function parseYaml(text: string): ParsedText {
  // prettyErrors off: messages must not quote the file's lines, positions are computed here.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'silent' });
  const at = offsets(text);
  const rangeOf = (path: ValuePath, key = false): Range => {
    let node: unknown = doc.contents;
    let keyNode: unknown;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        keyNode = pair.key;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        break;
      }
    }
    const target = (key && keyNode ? keyNode : node) as { range?: [number, number, number] } | null;
    return target?.range ? at.range(target.range[0], target.range[1]) : at.range(0, 0);
  };
  const problem = doc.errors[0] ?? doc.warnings[0];
  const syntaxError = problem
    ? { message: `invalid YAML: ${problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, range: at.range(problem.pos[0], problem.pos[1]) }
    : undefined;
  let data: unknown = {};
  if (!doc.errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 }) ?? {};
    } catch (error) {
      return { data: {}, rangeOf, syntaxError: { message: `invalid YAML: ${(error as Error).message}`, range: at.range(0, 0) } };
    }
  }
  return { data, rangeOf, syntaxError };
}

/** Offsets to zero-based line and character positions. */
function offsets(text: string) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  const position = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: offset - starts[low] };
  };
  return { range: (start: number, end: number): Range => ({ start: position(start), end: position(Math.max(start, end)) }) };
}
