// The tiny expression language of question templates (`derive`, `calc`, `answer`,
// `constraints`): numbers, names, + − × ÷, parentheses and a few functions, plus one comparison
// for a constraint. Parsed here into a tree and evaluated by walking it: never eval.

export type Expr =
  | { type: 'num'; value: number }
  | { type: 'var'; name: string }
  | { type: 'neg'; arg: Expr }
  | { type: 'bin'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { type: 'call'; fn: FunctionName; args: Expr[] };

const comparisons = ['<=', '>=', '<', '>', '==', '!='] as const;
export type Comparison = (typeof comparisons)[number];

export interface Condition {
  left: Expr;
  op: Comparison;
  right: Expr;
}

const functions = {
  min: { arity: [1, Number.POSITIVE_INFINITY], fn: (xs: number[]) => Math.min(...xs) },
  max: { arity: [1, Number.POSITIVE_INFINITY], fn: (xs: number[]) => Math.max(...xs) },
  ceil: { arity: [1, 1], fn: (xs: number[]) => Math.ceil(xs[0]!) },
  floor: { arity: [1, 1], fn: (xs: number[]) => Math.floor(xs[0]!) },
  round: { arity: [1, 1], fn: (xs: number[]) => Math.round(xs[0]!) },
  sqrt: { arity: [1, 1], fn: (xs: number[]) => Math.sqrt(xs[0]!) },
  exp: { arity: [1, 1], fn: (xs: number[]) => Math.exp(xs[0]!) },
  ln: { arity: [1, 1], fn: (xs: number[]) => Math.log(xs[0]!) },
} as const;
type FunctionName = keyof typeof functions;

function isFunctionName(s: string): s is FunctionName {
  return Object.hasOwn(functions, s);
}

export class ExprError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExprError';
  }
}

type Token =
  | { kind: 'num'; value: number; at: number }
  | { kind: 'name'; value: string; at: number }
  | { kind: 'op'; value: string; at: number }
  | { kind: 'end'; at: number };

const numberRe = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?/i;
/** A name or a dotted path (`lambda.total`, `prices.lambda.requests.perMillion`). */
const nameRe = /^[A-Za-z_]\w*(?:\.\w+)*/;
const opRe = /^(?:<=|>=|==|!=|[-+*/(),<>])/;

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = numberRe.exec(rest);
    if (num) {
      out.push({ kind: 'num', value: Number(num[0]), at: i });
      i += num[0].length;
      continue;
    }
    const name = nameRe.exec(rest);
    if (name) {
      out.push({ kind: 'name', value: name[0], at: i });
      i += name[0].length;
      continue;
    }
    const op = opRe.exec(rest);
    if (op) {
      out.push({ kind: 'op', value: op[0], at: i });
      i += op[0].length;
      continue;
    }
    throw new ExprError(`unexpected "${ch}" at character ${i + 1}`);
  }
  out.push({ kind: 'end', at: src.length });
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.pos]!;
  }

  private isOp(value: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.value === value;
  }

  private expectOp(value: string): void {
    if (!this.isOp(value)) throw this.unexpected(`"${value}"`);
    this.pos++;
  }

  unexpected(wanted: string): ExprError {
    const t = this.peek();
    const got = t.kind === 'end' ? 'the end' : `"${t.value}"`;
    return new ExprError(`expected ${wanted} at character ${t.at + 1}, found ${got}`);
  }

  atEnd(): boolean {
    return this.peek().kind === 'end';
  }

  comparison(): Comparison | undefined {
    const t = this.peek();
    if (t.kind === 'op' && (comparisons as readonly string[]).includes(t.value)) {
      this.pos++;
      return t.value as Comparison;
    }
    return undefined;
  }

  expr(): Expr {
    let left = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = (this.tokens[this.pos++] as { value: '+' | '-' }).value;
      left = { type: 'bin', op, left, right: this.term() };
    }
    return left;
  }

  private term(): Expr {
    let left = this.factor();
    while (this.isOp('*') || this.isOp('/')) {
      const op = (this.tokens[this.pos++] as { value: '*' | '/' }).value;
      left = { type: 'bin', op, left, right: this.factor() };
    }
    return left;
  }

  private factor(): Expr {
    const t = this.peek();
    if (t.kind === 'op' && t.value === '-') {
      this.pos++;
      return { type: 'neg', arg: this.factor() };
    }
    if (t.kind === 'op' && t.value === '(') {
      this.pos++;
      const inner = this.expr();
      this.expectOp(')');
      return inner;
    }
    if (t.kind === 'num') {
      this.pos++;
      return { type: 'num', value: t.value };
    }
    if (t.kind === 'name') {
      this.pos++;
      if (!this.isOp('(')) return { type: 'var', name: t.value };
      if (!isFunctionName(t.value)) {
        throw new ExprError(
          `unknown function "${t.value}" (known: ${Object.keys(functions).join(', ')})`,
        );
      }
      this.pos++;
      const args = [this.expr()];
      while (this.isOp(',')) {
        this.pos++;
        args.push(this.expr());
      }
      this.expectOp(')');
      const [lo, hi] = functions[t.value].arity;
      if (args.length < lo || args.length > hi) {
        throw new ExprError(`${t.value}() takes ${lo === hi ? lo : `at least ${lo}`} argument(s)`);
      }
      return { type: 'call', fn: t.value, args };
    }
    throw this.unexpected('a number, a name, "-" or "("');
  }
}

/** Parses an arithmetic expression. Throws ExprError. */
export function parseExpr(src: string): Expr {
  const p = new Parser(tokenize(src));
  const e = p.expr();
  if (!p.atEnd()) throw p.unexpected('an operator or the end');
  return e;
}

/** Parses `expr OP expr` with OP one of <=, >=, <, >, ==, !=. Throws ExprError. */
export function parseCondition(src: string): Condition {
  const p = new Parser(tokenize(src));
  const left = p.expr();
  const op = p.comparison();
  if (!op) throw p.unexpected(`a comparison (${comparisons.join(' ')})`);
  const right = p.expr();
  if (!p.atEnd()) throw p.unexpected('an operator or the end');
  return { left, op, right };
}

/** The names an expression reads. */
export function variables(e: Expr, into: Set<string> = new Set()): Set<string> {
  switch (e.type) {
    case 'num':
      break;
    case 'var':
      into.add(e.name);
      break;
    case 'neg':
      variables(e.arg, into);
      break;
    case 'bin':
      variables(e.left, into);
      variables(e.right, into);
      break;
    case 'call':
      for (const a of e.args) variables(a, into);
      break;
  }
  return into;
}

/** Looks a name up; undefined when there is no such number. */
export type Lookup = (name: string) => number | undefined;

/** Evaluates an expression. Throws ExprError on an unknown name. */
export function evaluate(e: Expr, lookup: Lookup): number {
  switch (e.type) {
    case 'num':
      return e.value;
    case 'var': {
      const v = lookup(e.name);
      if (v === undefined) throw new ExprError(`"${e.name}" is not a number here`);
      return v;
    }
    case 'neg':
      return -evaluate(e.arg, lookup);
    case 'bin':
      return arithmetic(e.op, evaluate(e.left, lookup), evaluate(e.right, lookup));
    case 'call':
      return functions[e.fn].fn(e.args.map((a) => evaluate(a, lookup)));
  }
}

function arithmetic(op: '+' | '-' | '*' | '/', a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
  }
}

/** Whether a condition holds (a tiny relative slack on == and the bounds absorbs float noise). */
export function holds(c: Condition, lookup: Lookup): boolean {
  const a = evaluate(c.left, lookup);
  const b = evaluate(c.right, lookup);
  const slack = 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
  switch (c.op) {
    case '<=':
      return a <= b + slack;
    case '>=':
      return a >= b - slack;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '==':
      return Math.abs(a - b) <= slack;
    case '!=':
      return Math.abs(a - b) > slack;
  }
}
