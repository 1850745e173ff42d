// SPDX-License-Identifier: Apache-2.0
package zwk.io.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import zwk.io.json.ZwkJson;
import zwk.model.strategy.MunicipalStrategy;
import zwk.model.toolbox.Toolbox;

/**
 * The bundled sample documents, read from the class path with {@link ZwkJson}: the Barleben example
 * strategy ({@code zwk/io/samples/barleben-strategy.json}, equal to
 * {@code zwk.model.sample.SampleStrategies.barleben()}) and a toolbox of real tools named in the
 * programme's public reports ({@code zwk/io/samples/toolbox.json}).
 */
public final class Samples {
  private Samples() {}

  /** Class-path resource of the Barleben strategy document. */
  public static final String BARLEBEN_STRATEGY = "zwk/io/samples/barleben-strategy.json";

  /** Class-path resource of the toolbox document. */
  public static final String TOOLBOX = "zwk/io/samples/toolbox.json";

  /** The Barleben example strategy, parsed from its bundled document. */
  public static MunicipalStrategy barlebenStrategy() {
    return read(BARLEBEN_STRATEGY, MunicipalStrategy.class);
  }

  /** The sample toolbox (Werkzeugkoffer), parsed from its bundled document. */
  public static Toolbox toolbox() {
    return read(TOOLBOX, Toolbox.class);
  }

  /** The raw bytes of a bundled sample, e.g. {@link #BARLEBEN_STRATEGY}. */
  public static byte[] bytes(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  private static <T> T read(String resource, Class<T> type) {
    return ZwkJson.read(bytes(resource), type);
  }

  private static InputStream open(String resource) {
    // Class.getResourceAsStream finds the resource in this module also on the module path, where
    // ClassLoader.getResourceAsStream cannot see an encapsulated package
    InputStream in = Samples.class.getResourceAsStream("/" + resource);
    if (in == null) {
      throw new IllegalStateException("resource: expected " + resource + " on the class path, got nothing");
    }
    return in;
  }
}
