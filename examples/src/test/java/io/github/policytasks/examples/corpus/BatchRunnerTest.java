package io.github.policytasks.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.policytasks.parser.corpus.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BatchRunnerTest {
  private static final String PLAN = "一、重点任务\n1. 新建省级实验室3家。（牵头单位：县科技局）\n";

  @TempDir Path dir;

  private List<CorpusInput> inputs(int count) throws IOException {
    List<CorpusInput> inputs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Sizes vary by a factor of 40, so that later small files finish before earlier big ones.
      Path file = dir.resolve(String.format("%03d.txt", i));
      Files.writeString(file, PLAN.repeat(i % 7 == 0 ? 40 : 1));
      inputs.add(new CorpusInput(file.toString(), file.getFileName().toString(), file,
          Files.size(file), null));
    }
    inputs.add(3, new CorpusInput("missing", "missing", null, 0, "no such file"));
    return inputs;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 8})
  void run_anyNumberOfThreads_givesEveryItemInInputOrderWithWhatItsThreadPrepared(int threads)
      throws IOException {
    List<CorpusInput> inputs = inputs(200);
    Set<String> preparingThreads = ConcurrentHashMap.newKeySet();
    List<String> files = new ArrayList<>();
    Thread caller = Thread.currentThread();
    // The pooled threads wait until the caller has prepared an item: the items they hold are then
    // not ready when the caller asks for them, the case in which the caller must read the next one
    // itself. Without the wait, fast pooled threads may leave it nothing to read (seen with 8).
    CountDownLatch callerPrepared = new CountDownLatch(1);

    BatchSummary summary = new BatchRunner(DocumentReader.standard(), threads).run(inputs,
        () -> item -> {
          preparingThreads.add(Thread.currentThread().getName());
          if (Thread.currentThread() == caller) {
            callerPrepared.countDown();
          } else {
            awaitOrFail(callerPrepared);
          }
          return item.input().file();
        },
        (item, prepared) -> {
          assertThat(prepared).isEqualTo(item.input().file());
          files.add(prepared);
        },
        BatchProgress.none());

    assertThat(files).containsExactlyElementsOf(inputs.stream().map(CorpusInput::file).toList());
    assertThat(summary).isEqualTo(new BatchSummary(201, 200, 1,
        inputs.stream().mapToLong(CorpusInput::size).sum()));
    assertThat(preparingThreads).contains(Thread.currentThread().getName());
    assertThat(preparingThreads.size()).isLessThanOrEqualTo(threads);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void run_preparerThrows_givesTheItemsBeforeItThenRethrows(int threads) throws IOException {
    List<CorpusInput> inputs = inputs(60);
    List<String> files = new ArrayList<>();

    assertThatThrownBy(() -> new BatchRunner(DocumentReader.standard(), threads).run(inputs,
        () -> item -> {
          if (item.input().planId().equals("010.txt")) {
            throw new IllegalArgumentException("no JSON form: 010.txt");
          }
          return item.input().planId();
        },
        (item, prepared) -> files.add(prepared),
        BatchProgress.none()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no JSON form: 010.txt");
    assertThat(files).containsExactlyElementsOf(
        inputs.subList(0, 11).stream().map(CorpusInput::planId).toList());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void run_sinkThrows_endsTheRunAtOnce(int threads) throws IOException {
    List<CorpusInput> inputs = inputs(60);
    List<String> files = new ArrayList<>();

    assertThatThrownBy(() -> new BatchRunner(DocumentReader.standard(), threads).run(inputs,
        () -> item -> item.input().planId(),
        (item, prepared) -> {
          if (prepared.equals("005.txt")) {
            throw new IllegalStateException("disk full");
          }
          files.add(prepared);
        },
        BatchProgress.none()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("disk full");
    assertThat(files).containsExactlyElementsOf(
        inputs.subList(0, 6).stream().map(CorpusInput::planId).toList());
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the calling thread prepared no item within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the calling thread", e);
    }
  }
}
