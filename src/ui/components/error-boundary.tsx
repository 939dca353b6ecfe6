import { Box, Text } from 'ink';
import { Component, type ReactNode } from 'react';
import { colors } from '../theme.js';

interface State {
  error?: Error;
}

/** Shows a screen's failure (a busy store, a content file with an error) as one line, never a stack trace. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error)
      this.setState({ error: undefined });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Box flexDirection="column">
        <Text color={colors.bad} wrap="wrap">
          {error.message.split('\n')[0]}
        </Text>
        <Text color={colors.dim}>Esc goes back · Ctrl+C quits. Your progress is safe.</Text>
      </Box>
    );
  }
}
