// Hovers while drafting. Each kind lives in `hover/`; when several apply (a step heading that
// carries a finding), they stack, most specific first.
import type { Hover, Position } from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver/node';
import { findingHover } from './hover/finding';
import { kindHover } from './hover/kind';
import { linkHover } from './hover/link';
import type { HoverContext, HoverProvider } from './hover/part';
import { participantHover } from './hover/participant';
import { stepHover } from './hover/step';

export type { HoverContext } from './hover/part';

const PROVIDERS: HoverProvider[] = [linkHover, participantHover, stepHover, kindHover, findingHover];

export function hoverAt(context: HoverContext, position: Position): Hover | null {
  const parts = PROVIDERS.map((provider) => provider(context, position)).filter((part) => part !== undefined);
  if (!parts.length) return null;
  return {
    range: parts[0].range,
    contents: { kind: MarkupKind.Markdown, value: parts.map((part) => part.markdown).join('\n\n---\n\n') },
  };
}
