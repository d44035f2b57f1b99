import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Names the part of the page, for the message ("the timeline"). */
  name: string;
  children: ReactNode;
}

/** Keeps a failing view from blanking the page; says which part failed and why. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <div role="alert" className="panel-error">
          <p>
            Something went wrong in {this.props.name}: {this.state.error.message}
          </p>
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
        </div>
      );
    }
    return this.props.children;
  }
}
