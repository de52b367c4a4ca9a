// Checks the shape of request params before any feature reads them: a malformed request gets an
// InvalidParams error response, never a crash or silence.
import { ErrorCodes, type Position, type Range, ResponseError } from 'vscode-languageserver/node';

function invalid(what: string): never {
  throw new ResponseError(ErrorCodes.InvalidParams, `Invalid params: ${what}`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIndex = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

function isPosition(value: unknown): value is Position {
  return isObject(value) && isIndex(value.line) && isIndex(value.character);
}

/** The uri of `params.textDocument`. */
export function documentUri(params: unknown): string {
  if (!isObject(params) || !isObject(params.textDocument) || typeof params.textDocument.uri !== 'string') invalid('textDocument.uri');
  return params.textDocument.uri;
}

export function requirePosition(params: unknown): Position {
  if (!isObject(params) || !isPosition(params.position)) invalid('position');
  return params.position;
}

export function requireRange(params: unknown): Range {
  if (!isObject(params) || !isObject(params.range) || !isPosition(params.range.start) || !isPosition(params.range.end)) invalid('range');
  return params.range as unknown as Range;
}

export function requireCodeActionContext(params: unknown): void {
  if (!isObject(params) || !isObject(params.context) || !Array.isArray(params.context.diagnostics)) invalid('context.diagnostics');
  const only = params.context.only;
  if (only !== undefined && !(Array.isArray(only) && only.every((kind) => typeof kind === 'string'))) invalid('context.only');
  for (const diagnostic of params.context.diagnostics as unknown[]) {
    if (!isObject(diagnostic) || !isObject(diagnostic.range) || !isPosition(diagnostic.range.start) || !isPosition(diagnostic.range.end)) {
      invalid('context.diagnostics[].range');
    }
  }
}

/** Every named field is a string, and `lists` are arrays of strings. */
export function requireStrings(params: unknown, fields: readonly string[], lists: readonly string[] = []): void {
  if (!isObject(params)) invalid('params');
  for (const field of fields) if (typeof params[field] !== 'string') invalid(field);
  for (const field of lists) {
    const value = params[field];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) invalid(field);
  }
}

/** The named fields are strings when present; params may be absent altogether. */
export function optionalStrings(params: unknown, fields: readonly string[]): Record<string, string | undefined> {
  if (params === undefined || params === null) return {};
  if (!isObject(params)) invalid('params');
  for (const field of fields) if (params[field] !== undefined && typeof params[field] !== 'string') invalid(field);
  return params as Record<string, string | undefined>;
}
