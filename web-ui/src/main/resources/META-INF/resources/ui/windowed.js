// A list that renders only the rows in view: fixed row height, a spacer as tall as all rows, the visible slice
// moved into place. Ten thousand items stay one scroll away without ten thousand DOM nodes.
import { h, Component } from './preact.js';

const OVERSCAN = 6;

export class WindowedList extends Component {
  state = { top: 0, height: 600 };

  componentDidMount() {
    this.measure = () => this.base && this.setState({ height: this.base.clientHeight || 600 });
    this.measure();
    addEventListener('resize', this.measure);
  }

  componentWillUnmount() { removeEventListener('resize', this.measure); }

  /** Back to the top when what is listed changes (a filter), so that the first rows are the ones in view. */
  componentDidUpdate(previous) {
    if (previous.listKey !== this.props.listKey && this.base) {
      this.base.scrollTop = 0;
      if (this.state.top !== 0) this.setState({ top: 0 });
    }
  }

  render({ items, rowHeight, row, label }, { top, height }) {
    const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
    const last = Math.min(items.length, Math.ceil((top + height) / rowHeight) + OVERSCAN);
    // Focusable, so that the keyboard scrolls it too (Page Down, arrows), not only Tab from row to row.
    return h('div', { class: 'window', role: 'list', 'aria-label': label, tabindex: 0,
      onScroll: e => this.setState({ top: e.target.scrollTop }) },
      h('div', { class: 'window-spacer', style: { height: `${items.length * rowHeight}px` } },
        h('div', { class: 'window-slice', style: { transform: `translateY(${first * rowHeight}px)` } },
          items.slice(first, last).map((item, i) => row(item, first + i)))));
  }
}
