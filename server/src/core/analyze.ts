// The core's entry point: text in, note model and findings out. No editor, no I/O.
import { effectiveLexicon, type LexiconAdditions, withLexicon } from '../lexicon/additions';
import { RULES } from '../rules';
import { buildNote, type ModelOptions, splitLines } from './model';
import { MAX_NESTING } from './markdown/depth';
import { detectLanguage } from './reading/language';
import { isSuppressed, readSuppressions } from './suppressions';
import type { Finding, Note, Severity } from './types';
import { MAX_NOTE_LENGTH } from './limits';

export type RuleSetting = Severity | 'off';

export interface AnalyzeOptions extends ModelOptions {
  /** Per-rule severity overrides, or 'off'. */
  rules?: Record<string, RuleSetting>;
  /** Longer texts are not analysed: no real note is that long, and the editor must stay responsive. */
  maxLength?: number;
  /** A team's names, titles and heading aliases, recognised on top of the built-in lexicon. */
  lexicon?: LexiconAdditions;
}

export { MAX_NOTE_LENGTH };

export interface Analysis {
  model: Note;
  findings: Finding[];
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return withLexicon(effectiveLexicon(options.lexicon), () => analyzeText(text, options));
}

function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  const maxLength = options.maxLength ?? MAX_NOTE_LENGTH;
  if (text.length > maxLength) return analyzeTooLarge(text, maxLength, options);
  const model = buildNote(text, options);
  const findings: Finding[] = [];
  const frontMatterSetting = options.rules?.['front-matter'];
  // A block that is no YAML ("---" around prose, a template's code) in a note that is no session or
  // meeting hides nothing Boussole reads: only a note that meant YAML, or a note Boussole checks, hears of it.
  const frontMatterMatters = model.frontMatter.yamlLike || model.kind !== 'unknown';
  if (model.frontMatter.error && frontMatterMatters && frontMatterSetting !== 'off') {
    findings.push({
      rule: 'front-matter',
      // In a file read as no note (a site page, an agent's command file), broken YAML may be its own
      // tool's business: Boussole says so quietly; in a note it checks, the guessed type matters.
      severity: frontMatterSetting ?? (model.kind === 'unknown' ? 'info' : 'warning'),
      message: model.language === 'fr'
        ? `En-tête YAML illisible (${model.frontMatter.error}) : le type et la langue de la note sont devinés depuis son texte.`
        : `Unreadable YAML front matter (${model.frontMatter.error}): the note's type and language are guessed from its text.`,
      range: model.frontMatter.range!,
    });
  }
  const nestingSetting = options.rules?.['nesting-too-deep'];
  if (model.deepLine !== undefined && nestingSetting !== 'off') {
    const line = model.deepLine;
    findings.push({
      rule: 'nesting-too-deep',
      severity: nestingSetting ?? 'info',
      message: model.language === 'fr'
        ? `Imbrication trop profonde (plus de ${MAX_NESTING} niveaux de citations, de listes ou de mise en forme) : au-delà, le texte est lu tel quel.`
        : `Nesting too deep (more than ${MAX_NESTING} levels of quotes, lists or emphasis): past that, the text is read as it stands.`,
      range: { start: { line, character: 0 }, end: { line, character: 0 } },
    });
  }
  // A template not filled in yet: what is missing is what remains to be written, not a finding.
  const rules = model.kindEvidence.draft ? [] : RULES;
  for (const rule of rules) {
    const setting = options.rules?.[rule.id];
    if (setting === 'off' || !rule.kinds.includes(model.kind)) continue;
    const severity = setting ?? rule.defaultSeverity;
    for (const finding of rule.check(model)) findings.push({ rule: rule.id, severity, ...finding });
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  if (!text.includes('boussole-disable')) return { model, findings };
  // The consultant's own comments silence a rule for one line or for the whole note.
  const suppressions = readSuppressions(splitLines(text));
  return { model, findings: findings.filter((finding) => !isSuppressed(finding, suppressions)) };
}

/**
 * An empty model and one finding that says why nothing was checked. `text` may be only the note's
 * beginning (the CLI does not read a huge file whole): `length` is then the whole note's.
 */
export function analyzeTooLarge(text: string, maxLength: number, options: AnalyzeOptions, length = text.length): Analysis {
  const model = { ...buildNote('', options), language: detectLanguage(text, options.defaultLanguage), lineCount: splitLines(text).length };
  const size = (chars: number) => `${(chars / 1_000_000).toFixed(1)}`;
  const setting = options.rules?.['note-too-large'];
  if (setting === 'off') return { model, findings: [] };
  const finding: Finding = {
    rule: 'note-too-large',
    severity: setting ?? 'info',
    message: model.language === 'fr'
      ? `Note trop longue pour être vérifiée (${size(length)} millions de caractères, limite ${size(maxLength)}) : découpez-la en une note par séance ou par rendez-vous.`
      : `Note too long to be checked (${size(length)} million characters, limit ${size(maxLength)}): split it into one note per session or meeting.`,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
  return { model, findings: [finding] };
}
