package io.github.policytasks.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the build (a resource filtered by Maven). Thread-safe. */
final class VersionProvider implements IVersionProvider {
  private static final String RESOURCE = "/io/github/policytasks/examples/cli/version.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"policy-tasks " + version(), "Java " + System.getProperty("java.version")};
  }

  /** The project version this tool was built as, such as {@code 0.1.0-SNAPSHOT}. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Resource " + RESOURCE + " is missing from the tool's jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
