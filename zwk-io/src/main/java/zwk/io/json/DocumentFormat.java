// SPDX-License-Identifier: Apache-2.0
package zwk.io.json;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level document type: its {@code "format"} name (e.g. {@code "zwk.strategy"}), its current
 * {@code "version"}, the model type it binds, its JSON Schema resource, and the migrations from
 * older versions. The built-in formats are in {@link DocumentFormats}.
 *
 * <p>Reading a newer version fails with an {@link UnsupportedDocumentException}; reading an older
 * one runs the {@link DocumentMigration} steps first. Writing always writes the current version.
 *
 * @param <T> the model type
 */
public final class DocumentFormat<T> {
  private final String name;
  private final int version;
  private final Class<T> type;
  private final ObjectCodec<T, ?> codec;
  private final String schemaResource;
  private final Map<Integer, DocumentMigration> migrations;

  DocumentFormat(String name, int version, Class<T> type, ObjectCodec<T, ?> codec, String schemaResource,
      Map<Integer, DocumentMigration> migrations) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = version;
    this.type = Objects.requireNonNull(type, "type");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.schemaResource = schemaResource;
    this.migrations = Map.copyOf(migrations);
  }

  /** The value of {@code "format"}, e.g. {@code "zwk.strategy"}. */
  public String name() {
    return name;
  }

  /** The current version, the one written. */
  public int version() {
    return version;
  }

  /** The model type. */
  public Class<T> type() {
    return type;
  }

  /** Class-path resource of the JSON Schema (2020-12) of the current version, e.g. {@code zwk/io/json/schema/strategy-1.schema.json}. */
  public String schemaResource() {
    return schemaResource;
  }

  /**
   * Opens the JSON Schema of the current version ({@link #schemaResource()}). Use this rather than
   * a class-loader lookup: on the module path the schema's directory is a package of module
   * {@code zwk.io} and not opened, so only this module (or, for a caller's own format, the
   * caller's class loader as the thread's context loader) can read it.
   *
   * @return the schema's bytes; the caller closes the stream
   * @throws IllegalStateException when the resource is missing
   */
  public InputStream openSchema() {
    InputStream in = DocumentFormat.class.getResourceAsStream("/" + schemaResource);
    if (in == null) {
      ClassLoader context = Thread.currentThread().getContextClassLoader();
      in = context == null ? null : context.getResourceAsStream(schemaResource);
    }
    if (in == null) {
      throw new IllegalStateException("schemaResource: expected " + schemaResource + " to exist, got nothing");
    }
    return in;
  }

  /** The migration from {@code fromVersion} to {@code fromVersion + 1}, if there is one. */
  public Optional<DocumentMigration> migrationFrom(int fromVersion) {
    return Optional.ofNullable(migrations.get(fromVersion));
  }

  /**
   * The next version of this format: version {@code version() + 1}, read from older documents
   * through {@code migration} (and the migrations this format already has). The binding stays the
   * same; use it when the model's JSON shape changes in a way the migration can express.
   *
   * @param migration the step from the current version to the next
   * @param schemaResource the schema resource of the new version
   */
  public DocumentFormat<T> nextVersion(DocumentMigration migration, String schemaResource) {
    Map<Integer, DocumentMigration> m = new HashMap<>(migrations);
    m.put(version, Objects.requireNonNull(migration, "migration"));
    return new DocumentFormat<>(name, version + 1, type, codec, schemaResource, m);
  }

  ObjectCodec<T, ?> codec() {
    return codec;
  }

  @Override
  public String toString() {
    return name + " version " + version + " (" + type.getSimpleName() + ")";
  }
}
