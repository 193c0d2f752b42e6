import { caseProblems, contextOf, loadCorpus } from './corpus';

// `npx tsx tests/eval/checkCorpus.ts [case-id…]`: shows what the adapters read from each case
// (timeline ids, roles, fields) and any label that points nowhere. For writing cases, not for scoring.
const only = new Set(process.argv.slice(2));
let bad = 0;
for (const testCase of loadCorpus()) {
  if (only.size && !only.has(testCase.id)) continue;
  const context = await contextOf(testCase);
  const problems = caseProblems(testCase, context);
  if (problems.length) bad += 1;
  console.log(`${problems.length ? 'FAIL' : 'ok  '} ${testCase.id} (${testCase.helpdesk} ${testCase.ticketId})`);
  if (only.size || problems.length) {
    for (const entry of context.timeline) {
      console.log(`     entry ${entry.id} · ${entry.authorRole} · ${entry.visibility} · ${entry.author} · ${entry.text.slice(0, 70).replace(/\n/gu, ' ')}`);
    }
    for (const field of [...context.customFields, ...context.organization.fields]) console.log(`     field:${field.label} = ${field.value}`);
    for (const problem of problems) console.log(`     problem: ${problem}`);
  }
}
console.log(bad ? `${bad} case(s) with problems` : 'all cases load');
process.exitCode = bad ? 1 : 0;
