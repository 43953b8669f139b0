package io.github.policytasks.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusFilesTest {
  @TempDir Path dir;

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve("plans").resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  @Test
  void expand_folder_listsRegularFilesSortedByTheirPathUnderIt_leavingHiddenOnesOut()
      throws IOException {
    write("a/b.txt", "12");
    write("a-b.txt", "1");
    write("a0.txt", "123");
    write("B.txt", "1234");
    write("z/y/x.txt", "");
    write(".hidden.txt", "x");
    write(".git/config", "x");
    write("a/.cache/c.txt", "x");
    write("a/c.d/e.txt", "e");
    Files.createDirectories(dir.resolve("plans/empty"));
    Path root = dir.resolve("plans");

    List<CorpusInput> inputs = CorpusFiles.expand(List.of(root.toString()));

    assertThat(inputs).extracting(CorpusInput::planId)
        .containsExactly("B.txt", "a-b.txt", "a/b.txt", "a/c.d/e.txt", "a0.txt", "z/y/x.txt");
    assertThat(inputs).extracting(CorpusInput::size).containsExactly(4L, 1L, 2L, 1L, 3L, 0L);
    assertThat(inputs).extracting(CorpusInput::file).containsExactly(
        root.resolve("B.txt").toString(), root.resolve("a-b.txt").toString(),
        root.resolve("a/b.txt").toString(), root.resolve("a/c.d/e.txt").toString(),
        root.resolve("a0.txt").toString(), root.resolve("z/y/x.txt").toString());
    assertThat(inputs).allSatisfy(input -> {
      assertThat(input.path()).isEqualTo(Path.of(input.file()));
      assertThat(input.failure()).isNull();
    });
  }

  @Test
  void expand_folderWithLinks_followsLinksToFilesButNotToFolders() throws IOException {
    Path target = write("real/plan.txt", "plan");
    Path root = dir.resolve("plans");
    Files.createSymbolicLink(root.resolve("link.txt"), target);
    Files.createSymbolicLink(root.resolve("linked-folder"), root.resolve("real"));
    Files.createSymbolicLink(root.resolve("broken.txt"), root.resolve("nowhere.txt"));

    List<CorpusInput> inputs = CorpusFiles.expand(List.of(root.toString()));

    assertThat(inputs).extracting(CorpusInput::planId)
        .containsExactly("link.txt", "real/plan.txt");
    assertThat(inputs).extracting(CorpusInput::size).containsExactly(4L, 4L);
  }

  @Test
  void expand_manyFilesInRandomFolders_isSortedByPlanId() throws IOException {
    Random random = new Random(12);
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String name = "d" + random.nextInt(5) + (random.nextBoolean() ? "/" : "-")
          + "f" + random.nextInt(1000) + (random.nextBoolean() ? ".txt" : "");
      if (!written.contains(name) && written.stream().noneMatch(
          w -> w.startsWith(name + "/") || name.startsWith(w + "/"))) {
        write(name, "x");
        written.add(name);
      }
    }

    List<CorpusInput> inputs = CorpusFiles.expand(List.of(dir.resolve("plans").toString()));

    assertThat(inputs).extracting(CorpusInput::planId)
        .containsExactlyElementsOf(written.stream().sorted().toList());
  }

  @Test
  void expand_filesAndMissingNames_keepArgumentOrder() throws IOException {
    Path file = write("one.txt", "1");
    String missing = dir.resolve("missing.txt").toString();

    List<CorpusInput> inputs = CorpusFiles.expand(List.of(missing, file.toString()));

    assertThat(inputs).containsExactly(
        new CorpusInput(missing, missing, null, 0, "no such file"),
        new CorpusInput(file.toString(), "one.txt", file, 1, null));
  }
}
