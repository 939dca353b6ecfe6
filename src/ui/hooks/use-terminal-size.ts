import { useStdout } from 'ink';
import { useEffect, useState } from 'react';
import { useServices } from '../services.js';

export interface TerminalSize {
  columns: number;
  rows: number;
}

/** The terminal's size, updated on resize (Ink 6 has no useWindowSize). */
export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const { size: fixed } = useServices();
  const read = (): TerminalSize =>
    fixed ?? { columns: stdout.columns || 80, rows: stdout.rows || 24 };
  const [size, setSize] = useState(read);
  useEffect(() => {
    if (fixed) return;
    const onResize = () => setSize({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, fixed]);
  return fixed ?? size;
}
