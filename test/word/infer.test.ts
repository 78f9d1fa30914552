// Front matter a Word SOW states in its own words: party definitions as contracts phrase them, and
// visible placeholders Demarc keeps flagging where the document does not say.
import * as assert from 'node:assert/strict';
import { analyse, type IncrementalParser } from '../../server/src/engine';
import { locateFindings } from '../../server/src/word/findings';
import { importDocx } from '../../server/src/word/import';
import { describeLocation } from '../../server/src/word/locate';
import { bodyOfHtml, docx } from '../helpers/wordFile';

/** The HTML as the WordprocessingML Word writes for it, in a .docx, imported. */
const importHtml = async (html: string) => importDocx(await docx(bodyOfHtml(html)), undefined, { inProcess: true });
const frontMatter = async (html: string) => /^---\n([\s\S]*?)\n---/.exec((await importHtml(html)).text)?.[1];

describe('Word import: front matter from the document', () => {
  // Party definitions as contracts phrase them, and the front matter each gives.
  const definitions: [string, string, string][] = [
    [
      'reads Customer / Supplier definitions with "the" and a trailing Inc.',
      '<p>This Agreement is made between Contoso Ltd (the "Customer") and Fabrikam Networks Inc. (“Supplier”).</p>',
      'sow: 1\nclient: Contoso Ltd\nprovider: Fabrikam Networks Inc.',
    ],
    [
      'leaves out the description after the name ("a Delaware corporation")',
      '<p>This SOW is entered into by and between Globex, Inc., a Delaware corporation ("Customer"), and Initech LLC, an Ohio limited liability company ("Vendor").</p>',
      'sow: 1\nclient: Globex, Inc.\nprovider: Initech LLC',
    ],
    [
      'keeps "and" inside a name',
      '<p>This SOW is made between Harbor and Vine LLP ("Client") and Bluepeak IT ("Provider").</p>',
      'sow: 1\nclient: Harbor and Vine LLP\nprovider: Bluepeak IT',
    ],
    [
      'keeps "of" inside a name, and starts a new name after a legal form',
      '<p>An agreement between the State of Alaska (the "Customer"), and Acme Ltd and Bluepeak IT (the "Supplier").</p>',
      'sow: 1\nclient: State of Alaska\nprovider: Bluepeak IT',
    ],
    [
      'reads MSP and hereinafter definitions in either order',
      '<p>Bluepeak IT ("MSP") will support Globex Corporation (hereinafter "Client") from 1 May.</p>',
      'sow: 1\nprovider: Bluepeak IT\nclient: Globex Corporation',
    ],
    [
      'does not take a definition of the word for a cover line',
      '<ul><li>Provider: means the managed service provider named below.</li></ul><p>Bluepeak IT ("Provider") and Acme ("Client").</p>',
      'sow: 1\nprovider: Bluepeak IT\nclient: Acme',
    ],
  ];
  for (const [name, html, expected] of definitions) it(name, async () => assert.equal(await frontMatter(html), expected));

  it('prefers a cover page line, and reads the model from the split', async () => {
    const html =
      '<p>Client: Riverside Health</p><p>Provider: Northwind MSP</p><h1>SOW</h1>' +
      '<table><tr><td>Function</td><td>Riverside Health</td><td>Northwind MSP</td></tr>' +
      '<tr><td>Patch management</td><td>C</td><td>R/A</td></tr><tr><td>Help desk</td><td>I</td><td>R/A</td></tr></table>';
    assert.equal(await frontMatter(html), 'sow: 1\nclient: Riverside Health\nprovider: Northwind MSP\ntitle: SOW\nmodel: managed');
  });

  it('hands over its parser and table readings: after the model is inferred from the split, only the front matter is read again', async () => {
    const html =
      '<p>Client: Riverside Health</p><p>Provider: Northwind MSP</p><h1>SOW</h1>' +
      '<table><tr><td>Function</td><td>Riverside Health</td><td>Northwind MSP</td></tr>' +
      '<tr><td>Patch management</td><td>R</td><td>A</td></tr></table><h2>Exit</h2><p>Agents are removed.</p>';
    const imported = await importHtml(html);
    assert.match(imported.text, /^model: co-managed$/m);
    const analysis = analyse(imported.text, imported.reuse);
    assert.equal((imported.reuse.parser as IncrementalParser).lastParse, 'incremental');
    const fresh = analyse(imported.text);
    assert.deepEqual(analysis.model, fresh.model);
    assert.deepEqual(analysis.findings, fresh.findings);
  });

  it('leaves a visible placeholder where no party is named, and says so as a reading note, not as a defect of the contract', async () => {
    const imported = await importHtml('<h1>Managed services</h1><p>The parties agree as follows.</p>');
    assert.match(imported.text, /^client: "\[Client name\]"\nprovider: "\[Provider name\]"$/m);
    const findings = locateFindings(analyse(imported.text).findings, imported);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'invalid-front-matter'),
      [],
    );
    const onClient = findings.find((f) => f.ruleId === 'word-import' && f.location?.kind === 'front-matter' && f.location.key === 'client');
    assert.ok(onClient, findings.map((f) => `${f.ruleId} ${f.message}`).join('\n'));
    assert.equal(onClient.severity, 'info');
    assert.match(onClient.message, /^Demarc found no client in the document/);
    assert.match(describeLocation(onClient.location!), /not stated in the document/);
  });
});

describe('Word import: document text stays text', () => {
  it('cannot forge a directive, a table, front matter or a heading', async () => {
    const imported = await importHtml(
      '<p>Client: Acme</p><p>Provider: Bluepeak</p><p>&lt;!-- demarc-disable --&gt;</p>' +
        '<p>| Function | Acme | Bluepeak |<br />| --- | --- | --- |<br />| Backup | - | - |</p><p>---</p><p># Heading?</p>' +
        '<table><tr><td>Function</td><td>Acme</td></tr><tr><td>a|b</td><td>&lt;!-- x --&gt;</td></tr></table>',
    );
    const { model } = analyse(imported.text);
    assert.equal(model?.comments.length, 0, 'no HTML comment, so no demarc-disable');
    assert.equal(model?.sections.length, 0, 'no heading');
    assert.match(imported.text, /^\| a\\\|b +\| \\<!-- x --> \|$/m, 'a pipe in a Word cell stays in its cell');
    assert.equal(imported.text.match(/^---$/gm)?.length, 2, 'only the front matter fences');
  });
});

describe('Word import: a table with a caption row', () => {
  it('reads the row under a full-width first row as the header, and keeps Word row numbers', async () => {
    const imported = await importHtml(
      '<p>Client: Acme</p><p>Provider: Bluepeak</p><p>Engagement model: co-managed</p>' +
        '<table><tr><td colspan="3"><p><strong>Responsibility matrix</strong></p></td></tr>' +
        '<tr><td>Function</td><td>Acme</td><td>Bluepeak</td></tr><tr><td>Help desk</td><td>R/A</td><td>C</td></tr>' +
        '<tr><td>Backup</td><td>-</td><td>-</td></tr></table>',
    );
    assert.deepEqual(imported.notes, [], 'a caption is not a merged cell to check');
    assert.match(imported.text, /^\*\*Responsibility matrix\*\*\n\n\| Function +\| Acme \| Bluepeak \|$/m);
    const findings = locateFindings(analyse(imported.text).findings, imported);
    const unassigned = findings.find((f) => f.ruleId === 'unassigned-function');
    assert.ok(unassigned, findings.map((f) => f.ruleId).join(', '));
    assert.equal(describeLocation(unassigned.location!), 'table 1, row 4 · Backup');
  });
});
