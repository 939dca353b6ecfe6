import { type CommandSpec, commands } from './commands.js';

export function version(): string {
  return typeof __FAAS_PREP_VERSION__ === 'string' ? __FAAS_PREP_VERSION__ : 'dev';
}

/** Help lists commands in the order a newcomer uses them. */
const ORDER = ['study', 'quiz', 'mock', 'sim', 'stats', 'browse', 'export', 'progress'];
const rank = (c: CommandSpec) => (ORDER.includes(c.name) ? ORDER.indexOf(c.name) : ORDER.length);

export function mainHelp(): string {
  const listed = [...commands].sort((a, b) => rank(a) - rank(b));
  const width = Math.max(...listed.map((c) => c.name.length));
  const lines = [
    'faas-prep: practice for serverless / FaaS system-design interviews in your terminal',
    '',
    'Usage: faas-prep [command] [flags]     (no command: open the home screen)',
    '',
    'Commands:',
    ...listed.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Examples:',
    ...listed.flatMap((c) => c.examples.slice(0, 1).map((e) => `  ${e}`)),
    '',
    'Flags: -h, --help (also after a command)   -v, --version',
    'Environment: FAAS_PREP_HOME (where progress is kept)   NO_COLOR (no colours)',
    "Keys in the app: arrows move, Enter selects, Esc goes back, ? shows the screen's keys, Ctrl+C quits.",
  ];
  return `${lines.join('\n')}\n`;
}

export function commandHelp(spec: CommandSpec): string {
  const flags = Object.entries(spec.options).map(([name, o]) =>
    o.type === 'string' ? `--${name} <value>` : `--${name}`,
  );
  const lines = [
    spec.summary,
    '',
    `Usage: ${spec.usage}`,
    ...(flags.length ? ['', `Flags: ${flags.join('  ')}`] : []),
    '',
    'Examples:',
    ...spec.examples.map((e) => `  ${e}`),
  ];
  return `${lines.join('\n')}\n`;
}
