// Packs queued Office operations into requests under a size budget: a sync only when the next piece would not fit.

/** Queues operations and syncs whenever the next piece would take the request over the budget. */
export class Batcher {
  private pending = 0;
  private started = false;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly suspendScreen: boolean,
  ) {}

  /** Makes room for `bytes`, then queues `queue()` in the current request. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    if (!this.started) {
      // Once per request, as Office asks: screen updating resumes at the sync.
      if (this.suspendScreen) this.context.workbook.application.suspendScreenUpdatingUntilNextSync();
      this.started = true;
    }
    queue();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }
}
