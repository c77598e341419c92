// Renders the policy reference tables of docs/policy.md from the policy schema itself: the
// knobs, their types and defaults from the zod schema (as JSON Schema), their descriptions from
// the comments on each field in src/policy/schema.ts, and the Hokuto preset's branches and
// calendars from HOKUTO_POLICY_INPUT.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/**
 * The doc comment of every property of the object literals passed to `z.object(...)` in the
 * initialiser of each exported `const` of a source file.
 * @param {string} file - path of the TypeScript source
 * @returns {Record<string, Record<string, string>>} descriptions by schema name, then field name
 */
export function fieldComments(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  /** @type {Record<string, Record<string, string>>} */
  const result = {};
  const textOf = (node) =>
    ts
      .getJSDocCommentsAndTags(node)
      .filter(ts.isJSDoc)
      .map((doc) => (typeof doc.comment === 'string' ? doc.comment : (doc.comment ?? []).map((c) => c.text).join('')))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  const findObject = (node) => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'object' && node.arguments[0] && ts.isObjectLiteralExpression(node.arguments[0]))
        return node.arguments[0];
      return findObject(callee);
    }
    if (ts.isPropertyAccessExpression(node)) return findObject(node.expression);
    return undefined;
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const decl of statement.declarationList.declarations) {
      if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
      const object = findObject(decl.initializer);
      if (!object) continue;
      result[decl.name.text] = {};
      for (const prop of object.properties) {
        if (ts.isPropertyAssignment(prop) && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))) {
          result[decl.name.text][prop.name.text] = textOf(prop);
        }
      }
    }
  }
  return result;
}

const code = (s) => `\`${s}\``;
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A JSON Schema node as a short type description. */
export function describeType(schema, objectNames = {}) {
  if (schema.anyOf) return schema.anyOf.map((s) => describeType(s, objectNames)).join(' or ');
  if (schema.enum) return schema.enum.map((v) => code(JSON.stringify(v).replace(/"/g, "'"))).join(' or ');
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const noun = schema.type === 'integer' ? 'integer' : 'number';
      const min = schema.minimum;
      const max = schema.maximum === undefined || schema.maximum >= MAX_SAFE ? undefined : schema.maximum;
      if (min !== undefined && max !== undefined) return `${noun} ${min}–${max}`;
      if (min !== undefined) return `${noun} ≥ ${min}`;
      if (max !== undefined) return `${noun} ≤ ${max}`;
      return noun;
    }
    case 'boolean':
      return 'boolean';
    case 'string':
      if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return 'date `YYYY-MM-DD`';
      if (schema.pattern?.startsWith('^(0[1-9]|1[0-2])-')) return 'month-day `MM-DD`';
      if (schema.pattern?.includes('T\\d{2}:\\d{2}')) return 'instant (ISO 8601 with zone)';
      return 'string';
    case 'null':
      return '`null`';
    case 'array':
      return `list of ${describeType(schema.items ?? {}, objectNames)}`;
    case 'object': {
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
        return `map of id → ${describeType(schema.additionalProperties, objectNames)}`;
      const keys = Object.keys(schema.properties ?? {}).sort().join(',');
      return objectNames[keys] ?? `object {${Object.keys(schema.properties ?? {}).join(', ')}}`;
    }
    default:
      return 'any';
  }
}

function describeDefault(value) {
  if (value === undefined) return 'required';
  if (Array.isArray(value) && value.length === 0) return 'none (`[]`)';
  if (value !== null && typeof value === 'object' && Object.keys(value).length === 0) return 'none (`{}`)';
  return code(JSON.stringify(value).replace(/"/g, "'").replace(/,/g, ', '));
}

/**
 * A Markdown table of the fields of an object schema.
 * @param {object} objectSchema - JSON Schema of an object
 * @param {Record<string, string>} comments - descriptions by field name
 * @param {Record<string, string>} [objectNames] - names for nested object types, keyed by their sorted field names
 * @param {Record<string, unknown>} [defaults] - the defaults as parsing fills them in, when known (they win over the JSON Schema's)
 * @returns {string}
 */
export function fieldTable(objectSchema, comments, objectNames = {}, defaults = {}) {
  const required = new Set(objectSchema.required ?? []);
  const rows = Object.entries(objectSchema.properties ?? {}).map(([name, schema]) => {
    const dflt =
      name in defaults && defaults[name] !== undefined
        ? describeDefault(defaults[name])
        : 'default' in schema
          ? describeDefault(schema.default)
          : required.has(name)
            ? 'required'
            : 'optional';
    return `| ${code(name)} | ${cell(describeType(schema, objectNames))} | ${cell(dflt)} | ${cell(comments[name] ?? '')} |`;
  });
  return ['| Field | Type | Default | Meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const SHIFT_MARK = '†';

/** A branch calendar (policy input) in a few words: the days it is closed. */
export function describeCalendar(calendar) {
  if (!calendar) return 'never (no calendar)';
  const parts = [];
  const weekdays = calendar.closedWeekdays ?? [];
  if (weekdays.length) parts.push(`${weekdays.map((d) => WEEKDAYS[d]).join(', ')}${calendar.holidayShiftsClosure ? SHIFT_MARK : ''}`);
  if (calendar.closedOnHolidays) parts.push('national holidays');
  if (calendar.yearEnd) parts.push(`${calendar.yearEnd.from} to ${calendar.yearEnd.to}`);
  for (const d of calendar.closedDates ?? []) parts.push(d);
  for (const r of calendar.closedRanges ?? []) parts.push(`${r.from} to ${r.to}`);
  if (calendar.openDates?.length) parts.push(`but open on ${calendar.openDates.join(', ')}`);
  return parts.length ? parts.join('; ') : 'never';
}

/**
 * A Markdown table of a preset's branches and their calendars.
 * @param {{ branches?: readonly object[], calendars?: Record<string, object> }} policyInput
 * @returns {string}
 */
export function branchTable(policyInput) {
  const rows = (policyInput.branches ?? []).map(
    (b) =>
      `| ${code(b.id)} | ${cell(b.nameJa)}<br>${cell(b.nameRomaji)} | ${cell(b.phone ?? '—')} | ${b.pickup === false ? 'no' : 'yes'} | ${cell(describeCalendar(policyInput.calendars?.[b.id]))} |`,
  );
  const lines = ['| Id | Name | Telephone | Pickup | Closed on |', '| --- | --- | --- | --- | --- |', ...rows];
  if (Object.values(policyInput.calendars ?? {}).some((c) => c.holidayShiftsClosure)) {
    lines.push('', `${SHIFT_MARK} A national holiday on this closing day is an open day; the branch closes on the next day that is neither a closing day nor a holiday.`);
  }
  return lines.join('\n');
}

/**
 * The generated regions of docs/policy.md, by region name.
 * @param {{ jsonSchema: any, comments: Record<string, Record<string, string>>, hokutoInput: any, defaults: { policy: object, calendar: object } }} data
 *   `jsonSchema` is `z.toJSONSchema(PolicySchema, { io: 'input' })`; `defaults` are `PolicySchema.parse({})` and `BranchCalendarSchema.parse({})`
 * @returns {Record<string, string>}
 */
export function policyRegions({ jsonSchema, comments, hokutoInput, defaults }) {
  const props = jsonSchema.properties;
  const branchSchema = props.branches.items;
  const calendarSchema = props.calendars.additionalProperties;
  const windowSchema = props.maintenanceWindows.items;
  const names = {
    [Object.keys(branchSchema.properties).sort().join(',')]: '[branch](#branches)',
    [Object.keys(calendarSchema.properties).sort().join(',')]: '[calendar](#calendars)',
    [Object.keys(windowSchema.properties).sort().join(',')]: 'window `{start, end}`',
  };
  const holidays = hokutoInput.holidays ?? [];
  return {
    'policy-knobs': fieldTable(jsonSchema, comments.PolicySchema ?? {}, names, defaults.policy),
    'branch-fields': fieldTable(branchSchema, comments.BranchSchema ?? {}, names),
    'calendar-fields': fieldTable(calendarSchema, comments.BranchCalendarSchema ?? {}, names, defaults.calendar),
    'hokuto-branches': [
      branchTable(hokutoInput),
      '',
      (hokutoInput.holidaySource ?? 'japan') === 'japan'
        ? `National holidays: the built-in data for 1970 to 2050 (\`holidaySource: 'japan'\`, weekend holidays included; see [Calendars and holidays](calendar.md))${holidays.length ? `, plus ${holidays.length} dates of its own` : ''}.`
        : holidays.length
          ? `National holidays: ${holidays.length} dates from ${holidays[0]} to ${holidays.at(-1)}.`
          : 'National holidays: none.',
    ].join('\n'),
  };
}
