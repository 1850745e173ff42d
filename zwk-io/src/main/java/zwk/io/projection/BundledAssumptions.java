// SPDX-License-Identifier: Apache-2.0
package zwk.io.projection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import zwk.io.json.ZwkJson;
import zwk.profile.projection.assumption.Coordinated14;
import zwk.profile.projection.assumption.ProjectionAssumptions;

/**
 * The projection variants that ship with zwk as {@code zwk.projection-assumptions} documents: the
 * eleven variants of the 14th coordinated population projection in Destatis' overview
 * ({@link Coordinated14#PUBLISHED_VARIANTS}, e.g. {@code G2L2W1}), built by {@link Coordinated14}
 * on age patterns derived from official tables (the derivation is re-run against the real data by
 * integration-tests {@code BundledAssumptionsTest}, so that the bundle cannot drift from its sources).
 */
public final class BundledAssumptions {
  private BundledAssumptions() {}

  private static final String DIR = "zwk/io/projection/";

  /** The ids of the bundled variants. */
  public static List<String> ids() {
    return Coordinated14.PUBLISHED_VARIANTS;
  }

  /** The class-path resource of variant {@code id}. */
  public static String resource(String id) {
    return DIR + id + ".json";
  }

  /** The bundled variant {@code id}, if there is one. */
  public static Optional<ProjectionAssumptions> find(String id) {
    if (!ids().contains(id)) {
      return Optional.empty();
    }
    try (InputStream in = BundledAssumptions.class.getClassLoader().getResourceAsStream(resource(id))) {
      if (in == null) {
        throw new IllegalStateException("bundled projection variant " + id + ": resource " + resource(id) + " missing from the jar");
      }
      return Optional.of(ZwkJson.read(in, ProjectionAssumptions.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A bundled variant by id, or else a {@code zwk.projection-assumptions} file.
   *
   * @throws IllegalArgumentException when {@code idOrFile} is neither a bundled id nor an existing file
   * @throws zwk.io.json.ZwkFormatException for a file that is not a valid document (located)
   */
  public static ProjectionAssumptions resolve(String idOrFile) {
    Optional<ProjectionAssumptions> bundled = find(idOrFile);
    if (bundled.isPresent()) {
      return bundled.get();
    }
    Path p = Path.of(idOrFile);
    if (!Files.isRegularFile(p)) {
      throw new IllegalArgumentException("assumptions: expected a bundled variant (" + String.join(", ", ids())
          + ") or a zwk.projection-assumptions file, got '" + idOrFile + "'");
    }
    return ZwkJson.read(p, ProjectionAssumptions.class);
  }
}
