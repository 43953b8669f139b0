package io.github.policytasks.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test corpus as texts: the genre documents, the layout documents ({@code docs/}), the
 * seed, the variant documents ({@code variants/}), and the real plans of {@code
 * ../shared/real-plans} whose annotation is committed ({@code real-plans/*.expected.json}), the
 * held-out plans excluded. The real plans are read from the shared folder, never from the
 * repository; {@link #realPlansFolder()} says whether it is present.
 */
final class CorpusDocuments {
  /** Plans that nobody but their annotator may look at. */
  static final Set<String> HELD_OUT = Set.of("national-2018-xiaofei-fupin", "hebei-2023-yinxing-peixun",
      "anhui-2022-rcep");

  /** One document: its name and text. */
  record Doc(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  private CorpusDocuments() {}

  /** Every corpus document available here. */
  static List<Doc> all() {
    List<Doc> out = new ArrayList<>();
    out.addAll(resources("genre", ".txt"));
    out.addAll(resources("docs", ".txt"));
    out.addAll(resources("variants", ".txt"));
    out.add(new Doc("seed", Documents.seed()));
    out.addAll(realPlans());
    return out;
  }

  /** The folder of real plans, {@code ../shared/real-plans} from the repository root, or null. */
  static Path realPlansFolder() {
    for (Path candidate : List.of(Path.of("../shared/real-plans"), Path.of("../../shared/real-plans"),
        Path.of("/work/shared/real-plans"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** The annotated, not held-out real plans, when their folder is present. */
  static List<Doc> realPlans() {
    Path folder = realPlansFolder();
    List<Doc> out = new ArrayList<>();
    if (folder == null) {
      System.out.println("CorpusDocuments: ../shared/real-plans is absent; real plans skipped");
      return out;
    }
    for (Doc annotation : resources("real-plans", ".expected.json")) {
      String name = annotation.name().substring("real-plans/".length());
      Path text = folder.resolve(name + ".txt");
      if (!HELD_OUT.contains(name) && Files.isRegularFile(text)) {
        out.add(new Doc("real-plans/" + name, read(text)));
      }
    }
    return out;
  }

  private static List<Doc> resources(String folder, String suffix) {
    URL url = CorpusDocuments.class.getResource(folder);
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
      List<Doc> out = new ArrayList<>();
      files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().forEach(p -> {
        String file = p.getFileName().toString();
        out.add(new Doc(folder + "/" + file.substring(0, file.length() - suffix.length()), read(p)));
      });
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
