// The handoff-quality engine on a 1,000-comment ticket, in Node: extracting the finds once per
// ticket read (what the panel does when the context arrives), and the live assessment the panel
// repeats on every keystroke (checklist, lint, score over the finds, which are remembered).
// Each figure: one untimed warm-up, then the median of --runs calls.
import { performance } from 'node:perf_hooks';
import { TicketContextSchema, type TicketContext } from '../../lib/context';
import { assessHandoff } from '../../lib/quality/assess';
import { extractAll, NO_CHOICES } from '../../lib/quality/extracted';
import { DEFAULT_TEMPLATE } from '../../lib/templates/template';
import { prefill } from '../../lib/autofill';
import { BIG_COMMENT_COUNT, commentKind, commentText, commentTime } from '../../tests/fixtures/generated/bigTickets';
import { type BenchGroup, median } from './common';

function bigContext(): TicketContext {
  return TicketContextSchema.parse({
    helpdesk: 'zendesk',
    ticketId: '7000',
    url: 'https://acme.zendesk.com/agent/tickets/7000',
    subject: 'Tenant export stalls at 62%',
    timeline: Array.from({ length: BIG_COMMENT_COUNT }, (_, i) => ({
      id: String(i + 1),
      author: commentKind(i) === 'customer' ? 'Dana Ito' : 'Sam Agent',
      authorRole: commentKind(i) === 'customer' ? 'customer' : 'agent',
      visibility: commentKind(i) === 'internal' ? 'internal' : 'public',
      at: commentTime(i).toISOString(),
      text: commentText(i),
    })),
  });
}

function time(runs: number, work: () => void): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

export const qualityGroup: BenchGroup = {
  name: 'quality',
  description: 'quality engine on a 1,000-comment ticket: extraction once, assessment per keystroke (Node)',
  async run({ runs }) {
    const source = bigContext();
    // A fresh context object each call, so the per-read cache does not answer instead.
    const extract = time(runs, () => void extractAll({ ...source }));
    const answers = { ...prefill(DEFAULT_TEMPLATE, source), hypothesis: 'Lock timeout on the invoices table: shard 14 logs show it at every stall.', 'verify-first': 'Worker logs for shard 14 around 03:10 UTC.' };
    extractAll(source);
    const assess = time(runs, () => void assessHandoff({ template: DEFAULT_TEMPLATE, context: source, answers, choices: NO_CHOICES }));
    const found = extractAll(source);
    return {
      rows: [
        { metric: 'Quality: extract tried/environment/identifiers from 1,000 comments', value: extract, unit: 'ms' },
        { metric: 'Quality: checklist + lint + score per keystroke (1,000-comment ticket)', value: assess, unit: 'ms' },
      ],
      raw: { extractMs: extract, assessMs: assess, finds: { tried: found.tried.length, environment: found.environment.length, identifiers: found.identifiers.length } },
    };
  },
};
