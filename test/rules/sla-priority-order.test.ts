import rule from '../../server/src/engine/rules/sla-priority-order';
import { testRule } from '../helpers/ruleTester';
import { sow } from '../helpers/sow';
import { CHANGE_CLASSES } from '../helpers/tables';

testRule(rule, {
  valid: [
    {
      name: 'classes of change with the approval each needs and its lead time are change management, not tiers of incidents',
      text: sow(`
${CHANGE_CLASSES}`),
    },
    {
      name: "a cell's acknowledgement is not its response: P3 is answered in a working day, not the hour its logging email takes",
      text: sow(`
| Priority | Target response |
| --- | --- |
| P1 | Immediate response, action within 1 hour |
| P2 | Immediate response, action within 2 hours |
| P3 | Email notification of call being logged within 1 hour. Response by email or phone within 1 working day. |
`),
    },
    {
      name: 'responses slow down as priority falls',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |
| P2 | 1 hour |
| P3 | 4 hours |
`),
    },
    {
      name: 'equal times are not inverted',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 1 hour |
| P2 | 1 hour |
| P3 | 60 minutes |
`),
    },
    {
      name: 'rows listed out of priority order but consistent',
      text: sow(`
| Priority | Response |
| --- | --- |
| P3 | 4 hours |
| P1 | 15 minutes |
| P2 | 1 hour |
`),
    },
    {
      name: 'an unmeasurable higher priority is not compared',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 15 minutes |
| P2 | best effort |
| P3 | 4 hours |
`),
    },
    {
      name: 'a row with no priority is not compared',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 1 hour |
| Other | 5 minutes |
`),
    },
    {
      name: 'inverted resolution times are not response times',
      text: sow(`
| Priority | Response | Resolution |
| --- | --- | --- |
| P1 | 15 minutes | 8 hours |
| P2 | 1 hour | 4 hours |
`),
    },
    {
      name: 'two tables are not compared with each other',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 4 hours |

| Priority | Response |
| --- | --- |
| P3 | 1 hour |
`),
    },
  ],
  invalid: [
    {
      name: "a column per plan: each plan's tiers are compared among themselves, not with another plan's",
      text: sow(`
| Priority | Bronze | Gold |
| --- | --- | --- |
| Critical | 4 hours | 30 minutes |
| High | 8 hours | 1 hour |
| Low | 2 hours | 4 hours |
`),
      findings: [
        {
          messageId: 'fasterThanHigher',
          at: '| Low | 2 hours | 4 hours |',
          message: 'Low is promised a response in 2 hours, faster than High (8 hours): more urgent incidents should never wait longer.',
        },
      ],
    },
    {
      name: 'P3 faster than P2',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 30 minutes |
| P2 | 4 hours |
| P3 | 1 hour |
`),
      findings: [
        {
          messageId: 'fasterThanHigher',
          at: '| P3 | 1 hour |',
          message: 'P3 is promised a response in 1 hour, faster than P2 (4 hours): more urgent incidents should never wait longer.',
        },
      ],
    },
    {
      name: 'response column first, business time above clock time',
      text: sow(`
| Response | Severity |
| --- | --- |
| 30 minutes | Sev 1 |
| 1 business day | Sev 2 |
| 4 hours | Sev 3 |
`),
      findings: [
        {
          messageId: 'fasterThanHigher',
          at: '| 4 hours | Sev 3 |',
          message:
            'Sev 3 is promised a response in 4 hours, faster than Sev 2 (1 day of business time): more urgent incidents should never wait longer.',
        },
      ],
    },
    {
      name: 'a slow P1: both lower rows are compared with it',
      text: sow(`
| Priority | Response |
| --- | --- |
| P1 | 2 hours |
| P2 | 1 hour |
| P3 | 30 minutes |
`),
      findings: [
        {
          messageId: 'fasterThanHigher',
          at: '| P2 | 1 hour |',
          message: 'P2 is promised a response in 1 hour, faster than P1 (2 hours): more urgent incidents should never wait longer.',
        },
        {
          messageId: 'fasterThanHigher',
          at: '| P3 | 30 minutes |',
          message: 'P3 is promised a response in 30 minutes, faster than P1 (2 hours): more urgent incidents should never wait longer.',
        },
      ],
    },
    {
      name: 'named priorities in Response, Priority, Resolution order, rows out of order',
      text: sow(`
| Response | Priority | Resolution |
| --- | --- | --- |
| 4 hours | Low | 3 days |
| 8 hours | High | 1 day |
| 2 hours | Medium |  |
`),
      findings: [
        {
          messageId: 'fasterThanHigher',
          at: '| 4 hours | Low | 3 days |',
          message: 'Low is promised a response in 4 hours, faster than High (8 hours): more urgent incidents should never wait longer.',
        },
        { messageId: 'fasterThanHigher', at: '| 2 hours | Medium |  |' },
      ],
    },
  ],
});
