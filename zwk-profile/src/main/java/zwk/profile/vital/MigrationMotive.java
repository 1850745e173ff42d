// SPDX-License-Identifier: Apache-2.0
package zwk.profile.vital;

import java.util.List;

/**
 * Migration by motive as Wegweiser Kommune reads it from the age of the people who move: the net
 * migration of an age group per 1,000 inhabitants of that group.
 */
public enum MigrationMotive {
  /** Bildungswanderung: 18 to 24. */
  EDUCATION("education_migration", "Bildungswanderung", "Education migration", new int[][] {{18, 24}}),
  /** Familienwanderung: under 18 and 30 to 49. */
  FAMILY("family_migration", "Familienwanderung", "Family migration", new int[][] {{0, 17}, {30, 49}}),
  /** Berufswanderung: 25 to 29. */
  WORK("work_migration", "Berufswanderung", "Work migration", new int[][] {{25, 29}}),
  /** Frühe Alterswanderung (Ruhestandswanderung): 50 to 64. */
  EARLY_RETIREMENT("early_retirement_migration", "Frühe Alterswanderung", "Early retirement migration", new int[][] {{50, 64}}),
  /** Späte Alterswanderung: 65 and over. */
  LATE_RETIREMENT("late_retirement_migration", "Späte Alterswanderung", "Late retirement migration", new int[][] {{65, -1}});

  private final String id;
  private final String german;
  private final String english;
  private final int[][] ranges;

  MigrationMotive(String id, String german, String english, int[][] ranges) {
    this.id = id;
    this.german = german;
    this.english = english;
    this.ranges = ranges;
  }

  /** Indicator id. */
  public String id() {
    return id;
  }

  /** German name. */
  public String germanName() {
    return german;
  }

  /** English name. */
  public String englishName() {
    return english;
  }

  /** Age ranges {@code {from, to}} inclusive, {@code to = -1} for "and over". */
  public List<int[]> ranges() {
    return List.of(ranges).stream().map(int[]::clone).collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /** The ranges in words, e.g. {@code 0-17, 30-49}. */
  public String describeAges() {
    StringBuilder b = new StringBuilder();
    for (int[] r : ranges) {
      if (b.length() > 0) {
        b.append(" und ");
      }
      b.append(r[1] < 0 ? r[0] + "+" : r[0] + "-" + r[1]);
    }
    return b.toString();
  }
}
