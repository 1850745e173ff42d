// SPDX-License-Identifier: Apache-2.0
package zwk.benchmarks;

import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import zwk.io.genesis.GenesisReader;

/**
 * Heap retained by a {@link zwk.model.statistics.StatisticsTable} that {@link GenesisReader#read}
 * returns, in bytes per cell: used heap after a full collection with the table alive minus before
 * it was read (a benchmark, not a test; run by {@code benchmarks/statistics-memory/run.sh}, which
 * also runs it against the classes of an older commit, whose table held a record per cell).
 *
 * <p>Uses only {@code GenesisReader.read(Path)} and {@code records().size()}, which both layouts
 * have, so the same class file runs against either. Output: one line per file, tab-separated:
 * file, cells, retained MiB, bytes per cell, read seconds.
 */
public final class StatisticsTableMemory {
  private StatisticsTableMemory() {}

  private static long usedAfterGc() throws InterruptedException {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    // several collections until the figure settles (G1 may need more than one to free everything)
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  /**
   * Reads each file once and prints what its table retains.
   *
   * @param args GENESIS files
   * @throws InterruptedException when interrupted between collections
   */
  public static void main(String[] args) throws InterruptedException {
    for (String a : args) {
      Path file = Path.of(a);
      long before = usedAfterGc();
      long t0 = System.nanoTime();
      Object table = GenesisReader.read(file);
      double seconds = (System.nanoTime() - t0) / 1e9;
      long after = usedAfterGc();
      int cells = ((zwk.model.statistics.StatisticsTable) table).records().size();
      long retained = after - before;
      System.out.println(String.join("\t", List.of(file.getFileName().toString(), Integer.toString(cells),
          String.format(Locale.ROOT, "%.1f", retained / 1048576.0),
          String.format(Locale.ROOT, "%.1f", (double) retained / cells),
          String.format(Locale.ROOT, "%.2f", seconds))));
      Reference.reachabilityFence(table);
    }
  }
}
