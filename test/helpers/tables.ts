// Tables more than one rule's tests read: each rule says, of the same document, what it finds there.

/** Classes of change with the approval each needs and its lead time: change management, no service levels. */
export const CHANGE_CLASSES = `| Category | Description | Approval Required | Lead Time |
|----------|-------------|-------------------|-----------|
| **Standard** | Pre-approved, low-risk changes | Auto-approved | Same day |
| **Normal** | Planned changes | Change board | 5 business days |
| **Emergency** | Urgent fixes | Emergency approver | 4 hours |
`;

/** A matrix with a column of plans beside its party columns: the plans describe the rows, they are no party. */
export const PLAN_COLUMN_MATRIX = `| Actions | Plan | Northwind | Contoso |
| --- | --- | --- | --- |
| Resize an instance | Self Service | I | A / R |
| Use an instance | * | I | A / R |
| Modify configurations | On request | A / R | I |
`;
