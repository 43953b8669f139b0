package io.github.policytasks.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherFilesTest {
  private static final FileTime BUILT = FileTime.fromMillis(1_700_000_000_123L);

  @TempDir Path dir;

  private Path jar(Map<String, String> entries) throws IOException {
    Path jar = dir.resolve("policy-tasks.jar");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(entry.getKey()));
        out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    Files.setLastModifiedTime(jar, BUILT);
    return jar;
  }

  @Test
  void writeData_keepsEveryResourceOfTheProjectAndNothingElse_withTheJarsTime()
      throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n");
    entries.put("io/github/policytasks/metrics/lexicon/numerals.txt", "一\t1\n");
    entries.put("io/github/policytasks/metrics/Unit.class", "not a resource");
    entries.put("io/github/policytasks/", "");
    entries.put("io/github/policytasks/core/plan.schema.json", "{}");
    entries.put("picocli/CommandLine.class", "a class of a library");
    entries.put("org/apache/poi/words.txt", "a resource of a library");
    entries.put("io/github/policytasks/seeds/plan.txt", "嘉祥县");
    Path jar = jar(entries);
    Path data = dir.resolve("policy-tasks-data.jar");

    LauncherFiles.writeData(jar, data);

    Map<String, String> copied = new LinkedHashMap<>();
    try (JarFile in = new JarFile(data.toFile())) {
      for (ZipEntry entry : in.stream().toList()) {
        copied.put(entry.getName(),
            new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(copied).containsExactly(
        Map.entry("io/github/policytasks/core/plan.schema.json", "{}"),
        Map.entry("io/github/policytasks/metrics/lexicon/numerals.txt", "一\t1\n"),
        Map.entry("io/github/policytasks/seeds/plan.txt", "嘉祥县"));
    assertThat(Files.getLastModifiedTime(data)).isEqualTo(BUILT);
  }

  @Test
  void writeStamp_namesTheJarTheJdkAndItsVersion_withTheJarsTime() throws IOException {
    Path jar = jar(Map.of("io/github/policytasks/a.txt", "a"));
    Path home = Files.createDirectory(dir.resolve("jdk"));
    Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\n"
        + "JAVA_RUNTIME_VERSION=\"17.0.15+6-Debian-1deb12u1\"\nJAVA_VERSION=\"17.0.15\"\n");
    Path stamp = dir.resolve("policy-tasks.jsa.stamp");

    LauncherFiles.writeStamp(jar, stamp, home);

    assertThat(Files.readAllLines(stamp)).containsExactly(jar.toAbsolutePath().toString(),
        home.toAbsolutePath().toString(), "JAVA_RUNTIME_VERSION=\"17.0.15+6-Debian-1deb12u1\"");
    assertThat(Files.getLastModifiedTime(stamp)).isEqualTo(BUILT);
  }

  @Test
  void runtimeVersionLine_ofThisJdk_isItsRuntimeVersion() throws IOException {
    Path home = Path.of(System.getProperty("java.home"));

    assertThat(LauncherFiles.runtimeVersionLine(home))
        .isEqualTo("JAVA_RUNTIME_VERSION=\"" + System.getProperty("java.runtime.version") + "\"");
  }

  @Test
  void runtimeVersionLine_withoutReleaseFileOrLine_isRefused() throws IOException {
    Path home = Files.createDirectory(dir.resolve("jdk"));

    assertThatThrownBy(() -> LauncherFiles.runtimeVersionLine(home))
        .isInstanceOf(LauncherFiles.NoRuntimeVersionException.class);
    Files.write(home.resolve("release"), List.of("JAVA_VERSION=\"17\""));
    assertThatThrownBy(() -> LauncherFiles.runtimeVersionLine(home))
        .isInstanceOf(LauncherFiles.NoRuntimeVersionException.class);
  }
}
