// SPDX-License-Identifier: Apache-2.0
package zwk.cli;

import java.io.PrintStream;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Progress on stderr for work that takes longer than a second: nothing is printed for quick work;
 * after one second the task is announced, and on {@link #close()} its duration is reported.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_MILLIS = 1000;

  private final PrintStream err;
  private final String task;
  private final long start = System.nanoTime();
  private final Timer timer = new Timer("zwk-progress", true);
  private boolean announced;

  private Progress(PrintStream err, String task) {
    this.err = err;
    this.task = task;
  }

  /** Starts watching a task; {@code task} is the localized description, e.g. "Lese kreise.csv". */
  static Progress start(PrintStream err, String task) {
    Progress p = new Progress(err, task);
    p.timer.schedule(new TimerTask() {
      @Override
      public void run() {
        p.announce();
      }
    }, DELAY_MILLIS);
    return p;
  }

  private synchronized void announce() {
    announced = true;
    err.println(task + " …");
    err.flush();
  }

  /** Ends the task; reports its duration when it was announced. */
  @Override
  public synchronized void close() {
    timer.cancel();
    if (announced) {
      err.printf(java.util.Locale.ROOT, "%s: %.1f s%n", task, (System.nanoTime() - start) / 1e9);
      err.flush();
    }
  }
}
