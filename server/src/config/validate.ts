// Checks configuration data against schemas/boussole.schema.json and words the first problem for
// people: which key, what is wrong, what is allowed.
import Ajv, { type ErrorObject } from 'ajv';
import schema from '../../../schemas/boussole.schema.json';
import type { ValuePath } from './parse';

export interface SchemaProblem {
  message: string;
  path: ValuePath;
  /** The problem is the property name itself (an unknown key), not its value. */
  atKey: boolean;
}

let validator: ReturnType<Ajv['compile']> | undefined;

/** The first problem of `data`, or undefined when it follows the schema. */
export function schemaProblem(data: unknown): SchemaProblem | undefined {
  validator ??= new Ajv({ allErrors: false, verbose: true, allowUnionTypes: true }).compile(schema);
  if (validator(data)) return undefined;
  const error = validator.errors?.[0];
  return error ? describe(error) : { message: 'invalid configuration', path: [], atKey: false };
}

function describe(error: ErrorObject): SchemaProblem {
  const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = path.length ? `"${path.join('.')}"` : 'the configuration';
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {}).filter((k) => k !== '$schema');
      const what = path.at(-1) === 'rules' ? `unknown rule "${key}"` : `unknown key "${key}" in ${where}`;
      return { message: `${what}; allowed: ${allowed.join(', ')}`, path: [...path, key], atKey: true };
    }
    case 'enum':
      return {
        message: `${where} is ${JSON.stringify(error.data)}; allowed: ${(params.allowedValues as unknown[]).join(', ')}`,
        path,
        atKey: false,
      };
    case 'type':
      return { message: `${where} must be ${typeWords(String(params.type))}, not ${typeOf(error.data)}`, path, atKey: false };
    case 'minLength':
      return { message: `${where} must not be empty`, path, atKey: false };
    case 'uniqueItems':
      return { message: `${where} lists the same text twice`, path, atKey: false };
    default:
      return { message: `${where} ${error.message ?? 'is invalid'}`, path, atKey: false };
  }
}

function typeWords(types: string): string {
  const words: Record<string, string> = { object: 'a set of keys', array: 'a list', string: 'a text', 'string,array': 'a path or a list of paths' };
  return words[types] ?? types;
}

function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a set of keys';
  if (typeof value === 'string') return 'a text';
  return `${typeof value} ${JSON.stringify(value)}`;
}
