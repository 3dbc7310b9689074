import { readFileSync } from 'node:fs';
import type * as Sarif from 'sarif';
import { LineIndex } from '../document/line-index.js';
import type { Finding, Severity } from '../findings/finding.js';
import { fingerprints } from '../findings/fingerprint.js';
import { editOf } from '../fix/apply.js';
import { rules } from '../rules/index.js';
import type { RuleMeta } from '../rules/types.js';
import { toUri, type PathBase } from './shared/paths.js';
import type { FileFailure, FileResult, Reporter } from './types.js';

/** The key of translint's own entry in `partialFingerprints` (SARIF §3.27.17 wants "name/vN"). */
export const FINGERPRINT_KEY = 'translint/v1';

const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

interface PackageInfo {
  name: string;
  version: string;
  homepage?: string;
}

// read once at load: src/reports and dist/reports are both two folders below package.json
const pkg = readPackage(new URL('../../package.json', import.meta.url));

function readPackage(url: URL): PackageInfo {
  const data: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const p = data as Partial<PackageInfo>;
  if (typeof p.name !== 'string' || typeof p.version !== 'string') throw new Error(`${url.pathname}: no name or version`);
  return { name: p.name, version: p.version, ...(typeof p.homepage === 'string' ? { homepage: p.homepage } : {}) };
}

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the rule registry as
 * `tool.driver.rules`, one result per finding with its region (columns and `charOffset` in UTF-16
 * code units of the BOM-less text, as `columnKind` says), a content-based `partialFingerprints`
 * entry that survives edits elsewhere in the file, and the safe fix (or else the first suggestion)
 * as a proposed `fixes` entry. `invocations[0]` says whether every input was checked, and names each
 * one that was not.
 */
export const sarif: Reporter = (results, options) => {
  const descriptors = rules.map((r) => descriptor(r.meta));
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const out: Sarif.Result[] = [];
  const base: PathBase = options ?? {};
  for (const file of results) {
    const prints = fingerprints(file.source, file.findings);
    let lines: LineIndex | undefined;
    const lineIndex = () => (lines ??= new LineIndex(file.source));
    file.findings.forEach((f, i) => {
      let ruleIndex = index.get(f.ruleId);
      if (ruleIndex === undefined) {
        // a rule outside the registry (a plugin, an older baseline) still needs a descriptor for ruleIndex
        ruleIndex = descriptors.push({ id: f.ruleId }) - 1;
        index.set(f.ruleId, ruleIndex);
      }
      out.push(result(file, f, ruleIndex, prints[i] as string, lineIndex, base));
    });
  }
  const log: Sarif.Log = {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: pkg.name,
            version: pkg.version,
            informationUri: pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`,
            rules: descriptors,
          },
        },
        invocations: [invocation(options?.failures ?? [], base)],
        columnKind: 'utf16CodeUnits',
        results: out,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/**
 * The run itself: successful when every input was checked; otherwise one error notification per input
 * that could not be (SARIF §3.20.21 toolExecutionNotifications), at its file and line when known.
 */
function invocation(failures: readonly FileFailure[], base: PathBase): Sarif.Invocation {
  if (failures.length === 0) return { executionSuccessful: true };
  return {
    executionSuccessful: false,
    toolExecutionNotifications: failures.map((f) => ({
      level: 'error',
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: { uri: toUri(f.path, base.cwd, base.root) }, ...(f.line !== undefined && f.line >= 1 ? { region: { startLine: f.line } } : {}) } }],
    })),
  };
}

function descriptor(meta: RuleMeta): Sarif.ReportingDescriptor {
  const ex = meta.examples[0];
  const example = ex ? `In "${ex.text}" translint flags "${ex.flagged}"${ex.suggestion ? ` and suggests "${ex.suggestion}"` : ''}.` : '';
  const group = meta.id.split('/')[0] ?? meta.id;
  return {
    id: meta.id,
    shortDescription: { text: meta.description },
    help: {
      text: [meta.description, `Confidence: ${meta.confidence}`, example].filter(Boolean).join('\n\n'),
      markdown: [meta.description, `**Confidence:** ${meta.confidence}`, example && `**Example:** ${example}`].filter(Boolean).join('\n\n'),
    },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: ['translation', group] },
  };
}

function result(file: FileResult, f: Finding, ruleIndex: number, fingerprint: string, lines: () => LineIndex, base: PathBase): Sarif.Result {
  const uri = toUri(file.path, base.cwd, base.root);
  const res: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri },
          region: {
            startLine: f.range.start.line,
            startColumn: f.range.start.column,
            endLine: f.range.end.line,
            endColumn: f.range.end.column,
            charOffset: f.range.start.offset,
            charLength: f.range.end.offset - f.range.start.offset,
            snippet: { text: f.text },
          },
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    properties: { confidence: f.confidence },
  };
  const fix = proposedFix(f, file, uri, lines);
  if (fix) res.fixes = [fix];
  return res;
}

/** The safe fix, or else the first suggestion, marked as such, since SARIF has no separate place for suggestions. */
function proposedFix(f: Finding, file: FileResult, uri: string, lines: () => LineIndex): Sarif.Fix | undefined {
  const edit = editOf(f, { suggestions: true });
  if (!edit) return undefined;
  const removed = file.source.slice(edit.start, edit.end);
  // JSON quoting keeps line breaks visible in a one-line description
  const [from, to] = [JSON.stringify(removed), JSON.stringify(edit.text)];
  const what = removed === '' ? `insert ${to}` : edit.text === '' ? `delete ${from}` : `replace ${from} with ${to}`;
  const start = edit.start === f.range.start.offset ? f.range.start : lines().position(edit.start);
  const end = edit.end === f.range.end.offset ? f.range.end : lines().position(edit.end);
  return {
    description: { text: f.fix ? `${upperFirst(what)} (safe: translint --fix applies it).` : `Suggestion: ${what} (not applied by --fix).` },
    artifactChanges: [
      {
        artifactLocation: { uri },
        replacements: [
          {
            deletedRegion: {
              startLine: start.line,
              startColumn: start.column,
              endLine: end.line,
              endColumn: end.column,
              charOffset: edit.start,
              charLength: edit.end - edit.start,
            },
            insertedContent: { text: edit.text },
          },
        ],
      },
    ],
  };
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
