// What a playbook position asserts, and where it abstains: nothing said missing beside a table Demarc could not
// read, a position for one engagement model silent on another, and a response that is no time not called slower.
import * as assert from 'node:assert/strict';
import { analyse, type DemarcConfig } from '../../server/src/engine';
import { COMPLETE, sow } from '../helpers/sow';

const config = (playbook: DemarcConfig['playbook']): DemarcConfig => ({ playbook: { name: 'Test', ...playbook } });
const playbookFindings = (text: string, c: DemarcConfig) =>
  analyse(text, { config: c })
    .findings.filter((f) => f.ruleId.startsWith('playbook-') || f.ruleId === 'table-not-understood')
    .map((f) => `${f.ruleId} ${f.messageId}`);

const RMM = config({ tools: { rmm: { clientAccess: 'read-write' } }, exit: { terms: ['licences'] } });
const WITHOUT_TOOLS = COMPLETE.replace(/## Tools[\s\S]*?(?=## Escalation)/, '');

describe('playbook positions', () => {
  it('says a tool and an exit term are missing where no tool table could hold them', () => {
    assert.deepEqual(playbookFindings(sow(WITHOUT_TOOLS), RMM), ['playbook-tool-access missing', 'playbook-exit missingTerm']);
  });

  it('says nothing missing beside a tool table it could not read: that table is reported once instead', () => {
    const unread = WITHOUT_TOOLS.replace(
      '## Escalation',
      '## Platforms\n\n| Access | Datto RMM | Autotask PSA |\n| --- | --- | --- |\n| Client | read-only | read-write |\n\n## Escalation',
    );
    const text = sow(unread);
    assert.deepEqual(
      analyse(text).model!.unreadTables.map((t) => t.kind),
      ['tools'],
      'the table is one Demarc could not read',
    );
    assert.deepEqual(playbookFindings(text, RMM), ['table-not-understood tableNotUnderstood']);
  });

  it('holds a co-managed position only against a co-managed SOW, stated or implied by its split', () => {
    const readOnly = COMPLETE.replace('| Datto RMM | RMM | Northwind | read-write |', '| Datto RMM | RMM | Northwind | read-only |');
    const coManaged = config({ tools: { rmm: { clientAccess: 'read-write', engagement: 'co-managed' } } });
    assert.deepEqual(playbookFindings(sow(readOnly), coManaged), ['playbook-tool-access lessAccess']);
    assert.deepEqual(playbookFindings(sow(readOnly, { model: 'managed' }), coManaged), [], 'a managed SOW');
    // No model stated: the client holding work (Patch management R) implies co-managed.
    const unstated = sow(readOnly).replace('model: co-managed\n', '');
    assert.deepEqual(playbookFindings(unstated, coManaged), ['playbook-tool-access lessAccess']);
  });

  it('reads an exit term across the cells of a key-terms row, as termination-missing does', () => {
    const noExitSection = WITHOUT_TOOLS.replace(/## Termination and exit[\s\S]*$/, '');
    const exit = config({ exit: { terms: ['notice'] } });
    assert.deepEqual(playbookFindings(sow(noExitSection), exit), ['playbook-exit missingTerm']);
    const keyTerms = `${noExitSection}\n## Key terms\n\n| Term | Value |\n| --- | --- |\n| Termination | 90 days' written notice |\n`;
    assert.deepEqual(playbookFindings(sow(keyTerms), exit), []);
  });

  it('says a response that is no time is not a time, rather than slower', () => {
    const na = sow(COMPLETE.replace('| P1 | 15 minutes |', '| P1 | N/A |'));
    const found = analyse(na, { config: config({ serviceLevels: { P1: { response: '1h' } } }) }).findings.filter(
      (f) => f.ruleId === 'playbook-service-level',
    );
    assert.deepEqual(
      found.map((f) => f.message),
      ['The P1 response "N/A" is not a time Demarc can hold against the playbook "Test": within 1 hour.'],
    );
  });

  it('names the plan of each time a table of plans gives, so its findings on one row are told apart', () => {
    const plans = COMPLETE.replace(
      /## Service levels[\s\S]*?(?=## )/,
      '## Plans\n\n| Feature | Basic | Pro |\n| --- | --- | --- |\n| Response time | 8 hours | 2 hours |\n\n',
    );
    const found = analyse(sow(plans), { config: config({ serviceLevels: { P1: { response: '1h' } } }) }).findings.filter(
      (f) => f.ruleId === 'playbook-service-level',
    );
    assert.deepEqual(
      found.map((f) => f.message),
      [
        'The every request (Basic) response of 8 hours is slower than the playbook "Test" allows: within 1 hour.',
        'The every request (Pro) response of 2 hours is slower than the playbook "Test" allows: within 1 hour.',
      ],
    );
  });
});
