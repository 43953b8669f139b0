package io.github.policytasks.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.parser.PlanParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
  @TempDir Path dir;

  @Test
  void read_everyEncodingOfTheSample_readsTheSameTasks() throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir, 10, 0, 7);
    DocumentReader reader = DocumentReader.standard();

    for (String file : written.plans()) {
      DocumentResult result = reader.read(dir.resolve(file));
      assertThat(result.failure()).as(file).isNull();
      assertThat(result.plan().allTasks()).as(file).isNotEmpty();
      assertThat(result.bytes()).isEqualTo(Files.size(dir.resolve(file)));
    }
    String utf8 = new String(Files.readAllBytes(dir.resolve(written.plans().get(0))),
        StandardCharsets.UTF_8);
    String crlfOfAnother = new String(Files.readAllBytes(dir.resolve(written.plans().get(4))),
        StandardCharsets.UTF_8);
    assertThat(reader.read(dir.resolve(written.plans().get(0))).plan())
        .isEqualTo(PlanParser.create().parse(utf8));
    assertThat(reader.read(dir.resolve(written.plans().get(4))).plan())
        .isEqualTo(PlanParser.create().parse(crlfOfAnother));
  }

  @Test
  void read_brokenFiles_failWithTheirReason() throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir, 0, 5, 7);

    for (SampleCorpus.BrokenFile broken : written.broken()) {
      DocumentResult result = DocumentReader.standard().read(dir.resolve(broken.file()));
      assertThat(result.plan()).isNull();
      assertThat(result.failure()).as(broken.file()).isEqualTo(broken.kind().problem().reason());
    }
  }

  @Test
  void read_fileOverTheLimit_failsWithoutParsing() throws IOException {
    Path big = dir.resolve("big.txt");
    Files.write(big, SampleCorpus.seedText().getBytes(StandardCharsets.UTF_8));

    DocumentResult result =
        new DocumentReader(PlanParser.create(), null, 1000).read(big);

    assertThat(result.failure())
        .isEqualTo("too large: 35.2 KB, over the input size limit of 1000 bytes");
  }

  @Test
  void read_missingFileAndFolder_failWithTheirReason() throws IOException {
    assertThat(DocumentReader.standard().read(dir.resolve("none.txt")).failure())
        .isEqualTo("no such file");
    assertThat(DocumentReader.standard().read(dir).failure()).isEqualTo("a directory, not a file");
  }

  @Test
  void read_linkToAFile_readsTheFileItNamesAndItsSize() throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir, 1, 0, 7);
    Path plan = dir.resolve(written.plans().get(0));
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), plan);

    DocumentResult result = DocumentReader.standard().read(link);

    assertThat(result.failure()).isNull();
    assertThat(result.bytes()).isEqualTo(Files.size(plan));
    assertThat(result.plan()).isEqualTo(DocumentReader.standard().read(plan).plan());
  }

  @Test
  void read_linkToAFolderOrToNothing_failsAsWhatItNames() throws IOException {
    Path folderLink = Files.createSymbolicLink(dir.resolve("folder-link"), dir);
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("gone.txt"));

    assertThat(DocumentReader.standard().read(folderLink).failure())
        .isEqualTo("a directory, not a file");
    assertThat(DocumentReader.standard().read(dangling).failure()).isEqualTo("no such file");
  }

  @Test
  void read_withItsListedSize_readsAsWithoutIt_whateverBecameOfTheFileSinceTheListing()
      throws IOException {
    SampleCorpus.Written written = SampleCorpus.write(dir, 5, 5, 7);
    DocumentReader reader = new DocumentReader(PlanParser.create(), null, 20_000);
    for (String file : written.plans()) {
      Path path = dir.resolve(file);
      long size = Files.size(path);
      DocumentResult read = reader.read(path);
      for (long listed : new long[] {size, 0, size - 1, size + 1, 19_999, 20_000, 1L << 40}) {
        assertThat(reader.read(path, listed)).as(file + " listed as " + listed).isEqualTo(read);
      }
    }
    for (SampleCorpus.BrokenFile broken : written.broken()) {
      Path path = dir.resolve(broken.file());
      assertThat(reader.read(path, Files.size(path))).isEqualTo(reader.read(path));
    }
    assertThat(reader.read(dir.resolve("none.txt"), 100).failure()).isEqualTo("no such file");
    assertThat(reader.read(dir, 4096).failure()).isEqualTo("a directory, not a file");
  }
}
