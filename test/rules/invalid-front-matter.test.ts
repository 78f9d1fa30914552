import rule from '../../server/src/engine/rules/invalid-front-matter';
import { testRule } from '../helpers/ruleTester';

testRule(rule, {
  valid: [
    {
      name: 'the documented passing example',
      text: `---
sow: 1
model: co-managed
client: Contoso
provider: Northwind
---
`,
    },
    {
      name: 'a quoted version, comments, a numeric client, an empty parties list',
      text: `---
sow: "1"
model: co-managed # the usual
client: 42
provider: Northwind
parties: []
---
`,
    },
    {
      name: 'keys in any order, with optional keys',
      text: `---
title: Managed IT services
provider: Northwind
client: Contoso
model: managed
sow: 1
parties: [Fabrikam Telecom, Litware]
effective: 2026-01-01
term: 36 months
---

# Statement of work
`,
    },
    {
      name: 'parties as a block list',
      text: `---
sow: 1
model: managed
client: Contoso
provider: Northwind
parties:
  - Fabrikam
  - Litware
---
`,
    },
  ],
  invalid: [
    {
      name: 'an empty document (blanks only): one finding on line 1 that says how to begin',
      text: '   \n\n',
      findings: [
        {
          messageId: 'emptyDocument',
          at: '   ',
          message: 'Empty SOW: start with front matter, or type sow- for a whole skeleton.',
        },
      ],
    },
    {
      name: 'no front matter: reported on line 1',
      text: `# Statement of work

No front matter here.
`,
      findings: [
        {
          messageId: 'noFrontMatter',
          at: '# Statement of work',
          message: 'No front matter: start with a --- block of sow: 1, model, client, provider.',
        },
      ],
    },
    {
      name: 'a duplicate key: reported on its line',
      text: `---
sow: 1
model: managed
model: co-managed
client: Contoso
provider: Northwind
---
`,
      findings: [{ messageId: 'invalidYaml', at: 'model: co-managed', message: 'Front matter is not valid YAML: Map keys must be unique' }],
    },
    {
      name: 'a duplicate key in a nested mapping, before a duplicate at the top: the first in the text',
      text: `---
sow: 1
model: managed
aliases:
  Contoso: CT
  Contoso: C
client: Contoso
provider: Northwind
model: managed
---
`,
      findings: [
        {
          messageId: 'invalidYaml',
          at: { text: '  Contoso: C', after: 'Contoso: CT' },
          message: 'Front matter is not valid YAML: Map keys must be unique',
        },
      ],
    },
    {
      name: 'keys that differ in type (1 and "1") are not duplicates',
      text: `---
sow: 1
model: managed
client: Contoso
provider: Northwind
1: a
"1": b
---
`,
      findings: [],
    },
    {
      name: 'a list instead of keys: the whole block',
      text: `---
- sow
- model
---
`,
      findings: [{ messageId: 'invalidYaml', at: '---\n- sow\n- model\n---' }],
    },
    {
      name: 'an alias bomb is refused, not expanded',
      text: `---
sow: 1
model: managed
client: Contoso
provider: Northwind
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
---
`,
      findings: [
        {
          messageId: 'invalidYaml',
          at: 'sow: 1',
          message: 'Front matter is not valid YAML: Excessive alias count indicates a resource exhaustion attack',
        },
      ],
    },
    {
      name: 'no provider and an unknown model (the documented failing example)',
      text: `---
sow: 1
model: outsourced
client: Contoso
---
`,
      findings: [
        { messageId: 'missingKey', at: '---', message: 'Front matter has no `provider:`; it must name the provider.' },
        {
          messageId: 'invalidValue',
          at: 'model: outsourced',
          message: '`model: outsourced` is not valid: it must be managed or co-managed.',
        },
      ],
    },
    {
      name: 'only a title: every required key is missing',
      text: `---
title: Draft
---
`,
      findings: [
        {
          messageId: 'missingKey',
          at: '---',
          message: 'Front matter has no `client:`; it must name the client.',
        },
        { messageId: 'missingKey', at: '---', message: 'Front matter has no `model:`; it must be managed or co-managed.' },
        { messageId: 'missingKey', at: '---', message: 'Front matter has no `provider:`; it must name the provider.' },
        { messageId: 'missingKey', at: '---', message: 'Front matter has no `sow:`; it must be 1.' },
      ],
    },
    {
      name: 'wrong version, a capitalised model, and parties that is not a list, each on its own line',
      text: `---
sow: 2
model: Managed
client: Contoso
provider: Northwind
parties: Fabrikam
---
`,
      findings: [
        { messageId: 'invalidValue', at: 'sow: 2', message: '`sow: 2` is not valid: it must be 1.' },
        { messageId: 'invalidValue', at: 'model: Managed', message: '`model: Managed` is not valid: it must be managed or co-managed.' },
        {
          messageId: 'partiesNotList',
          at: 'parties: Fabrikam',
          message: '`parties:` must be a list of names, e.g. [Fastlink ISP, Contoso Vendor].',
        },
      ],
    },
    {
      // The message for an empty value reads "`client: null`" (the YAML null, not what was written); the
      // position is what this case pins.
      name: 'an empty client: reported on its line',
      text: `---
sow: 1
model: co-managed
client:
provider: Northwind
---
`,
      findings: [{ messageId: 'invalidValue', at: 'client:' }],
    },
  ],
});
