import rule from '../../server/src/engine/rules/sla-priority-order';
import { testRule } from '../helpers/ruleTester';

const FM = '---\nsow: 1\nmodel: co-managed\nclient: Contoso\nprovider: Northwind\n---\n';
const TABLE = '| Priority | Response |\n| --- | --- |\n';

testRule(rule, {
  valid: [
    { name: 'responses slow down as priority falls', text: `${FM}\n${TABLE}| P1 | 30 minutes |\n| P2 | 1 hour |\n| P3 | 4 hours |\n` },
    { name: 'equal times are not inverted', text: `${FM}\n${TABLE}| P1 | 1 hour |\n| P2 | 1 hour |\n| P3 | 60 minutes |\n` },
    {
      name: 'rows listed out of priority order but consistent',
      text: `${FM}\n${TABLE}| P3 | 4 hours |\n| P1 | 15 minutes |\n| P2 | 1 hour |\n`,
    },
    {
      name: 'an unmeasurable higher priority is not compared',
      text: `${FM}\n${TABLE}| P1 | 15 minutes |\n| P2 | best effort |\n| P3 | 4 hours |\n`,
    },
    { name: 'a row with no priority is not compared', text: `${FM}\n${TABLE}| P1 | 1 hour |\n| Other | 5 minutes |\n` },
    {
      name: 'inverted resolution times are not response times',
      text: `${FM}\n| Priority | Response | Resolution |\n| --- | --- | --- |\n| P1 | 15 minutes | 8 hours |\n| P2 | 1 hour | 4 hours |\n`,
    },
    { name: 'two tables are not compared with each other', text: `${FM}\n${TABLE}| P1 | 4 hours |\n\n${TABLE}| P3 | 1 hour |\n` },
  ],
  invalid: [
    {
      name: 'P3 faster than P2',
      text: `${FM}\n${TABLE}| P1 | 30 minutes |\n| P2 | 4 hours |\n| P3 | 1 hour |\n`,
      findings: [
        {
          messageId: 'fasterThanHigher',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 16,
          message: 'P3 is promised a response in 1 hour, faster than P2 (4 hours): more urgent incidents should never wait longer.',
        },
      ],
    },
    {
      name: 'response column first, business time above clock time',
      text: `${FM}\n| Response | Severity |\n| --- | --- |\n| 30 minutes | Sev 1 |\n| 1 business day | Sev 2 |\n| 4 hours | Sev 3 |\n`,
      findings: [
        {
          messageId: 'fasterThanHigher',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 20,
          message:
            'Sev 3 is promised a response in 4 hours, faster than Sev 2 (1 day of business time): more urgent incidents should never wait longer.',
        },
      ],
    },
    {
      name: 'a slow P1: both lower rows are compared with it',
      text: `${FM}\n${TABLE}| P1 | 2 hours |\n| P2 | 1 hour |\n| P3 | 30 minutes |\n`,
      findings: [
        {
          messageId: 'fasterThanHigher',
          line: 11,
          column: 1,
          endLine: 11,
          endColumn: 16,
          message: 'P2 is promised a response in 1 hour, faster than P1 (2 hours): more urgent incidents should never wait longer.',
        },
        {
          messageId: 'fasterThanHigher',
          line: 12,
          column: 1,
          endLine: 12,
          endColumn: 20,
          message: 'P3 is promised a response in 30 minutes, faster than P1 (2 hours): more urgent incidents should never wait longer.',
        },
      ],
    },
    {
      name: 'named priorities in Response, Priority, Resolution order, rows out of order',
      text: `${FM}\n| Response | Priority | Resolution |\n| --- | --- | --- |\n| 4 hours | Low | 3 days |\n| 8 hours | High | 1 day |\n| 2 hours | Medium |  |\n`,
      findings: [
        {
          messageId: 'fasterThanHigher',
          line: 10,
          column: 1,
          endLine: 10,
          endColumn: 27,
          message: 'Low is promised a response in 4 hours, faster than High (8 hours): more urgent incidents should never wait longer.',
        },
        { messageId: 'fasterThanHigher', line: 12, column: 1, endLine: 12, endColumn: 24 },
      ],
    },
  ],
});
