// SPDX-License-Identifier: Apache-2.0
package zwk.io.online;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's own access to the GENESIS-Online web service: a user name and password, or an API
 * token (sent as the user name with an empty password, as the service's documentation describes).
 * The service sends them as HTTP headers of a POST request, never in the URL.
 *
 * <p>Personal data: {@link #toString()} never shows them, and zwk never logs them.
 */
public final class GenesisCredentials {
  /** Environment variable with an API token. */
  public static final String ENV_TOKEN = "ZWK_GENESIS_TOKEN";
  /** Environment variable with a user name. */
  public static final String ENV_USER = "ZWK_GENESIS_USER";
  /** Environment variable with the password of {@link #ENV_USER}. */
  public static final String ENV_PASSWORD = "ZWK_GENESIS_PASSWORD";

  private final String username;
  private final String password;

  private GenesisCredentials(String username, String password) {
    if (username.isBlank()) {
      throw new IllegalArgumentException("username: expected a user name or token, got an empty one");
    }
    this.username = username;
    this.password = password;
  }

  /** A user name and password. */
  public static GenesisCredentials of(String username, String password) {
    return new GenesisCredentials(username.strip(), password);
  }

  /** An API token (the service takes it as the user name, with an empty password). */
  public static GenesisCredentials token(String token) {
    return new GenesisCredentials(token.strip(), "");
  }

  /**
   * The credentials from the environment ({@value #ENV_TOKEN}, or {@value #ENV_USER} with
   * {@value #ENV_PASSWORD}), else from the properties file {@code config} (keys {@code token}, or
   * {@code username} and {@code password}), if it exists.
   */
  public static Optional<GenesisCredentials> find(Map<String, String> environment, Path config) {
    String token = environment.get(ENV_TOKEN);
    if (token != null && !token.isBlank()) {
      return Optional.of(token(token));
    }
    String user = environment.get(ENV_USER);
    if (user != null && !user.isBlank()) {
      return Optional.of(of(user, environment.getOrDefault(ENV_PASSWORD, "")));
    }
    if (config == null || !Files.isRegularFile(config)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(config)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(config + ": cannot read the GENESIS credentials file", e);
    }
    String t = p.getProperty("token", "");
    if (!t.isBlank()) {
      return Optional.of(token(t));
    }
    String u = p.getProperty("username", "");
    return u.isBlank() ? Optional.empty() : Optional.of(of(u, p.getProperty("password", "")));
  }

  /** The default config file: {@code ~/.config/zwk/genesis.properties}. */
  public static Path defaultConfigFile() {
    return Path.of(System.getProperty("user.home"), ".config", "zwk", "genesis.properties");
  }

  String username() {
    return username;
  }

  String password() {
    return password;
  }

  /** Never the credentials themselves. */
  @Override
  public String toString() {
    return "GenesisCredentials[" + (password.isEmpty() ? "token" : "user and password") + ", redacted]";
  }
}
