package org.okrkit.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of okr-json as the build wrote it into {@code okr-json.properties}, in Jackson's
 * form: {@link OkrJsonModule#version()} reports it, so a mapper's registered modules say which
 * release they are (Jackson's own modules generate a {@code PackageVersion} class for the same
 * reason; a filtered resource needs no extra build plugin).
 */
final class PackageVersion {
  static final Version VERSION = read();

  private PackageVersion() {}

  private static Version read() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("okr-json.properties")) {
      if (in == null) {
        // only a build that skipped resource filtering gets here; Jackson's "unknown" says so
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("okr-json: cannot read its own okr-json.properties", e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version", ""), "org.okrkit", "okr-json");
  }
}
