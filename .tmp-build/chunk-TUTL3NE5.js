// src/errors/yoyaku-error.ts
var BRAND = /* @__PURE__ */ Symbol.for("yoyaku-rules.error");
var YoyakuError = class extends Error {
  /** The stable code. */
  code;
  /** The problems found, each with its path. */
  issues;
  /** Extra, non-personal facts (table, row id, expected version…). */
  details;
  constructor(code, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "YoyakuError";
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
    Object.defineProperty(this, BRAND, { value: true });
  }
};
function isYoyakuError(value) {
  return typeof value === "object" && value !== null && value[BRAND] === true;
}
function toYoyakuIssues(issues) {
  return issues.map((i) => ({ path: i.path, message: i.message, code: i.code }));
}
function parseOrThrow(schema, input, code, what, details) {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = toYoyakuIssues(result.error.issues);
  const where = issues.map((i) => i.path.length ? i.path.map(String).join(".") : "(root)").join(", ");
  throw new YoyakuError(code, `Invalid ${what}: ${where}`, { issues, ...details ? { details } : {} });
}

export { YoyakuError, isYoyakuError, parseOrThrow, toYoyakuIssues };
//# sourceMappingURL=chunk-TUTL3NE5.js.map
//# sourceMappingURL=chunk-TUTL3NE5.js.map