package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link WindowBuffers}: one buffer per kind and thread, reused, grown, never kept beyond its bound. */
class WindowBuffersTest {
  @Test
  void aBufferIsReusedForEveryTextItHolds() {
    WindowBuffers buffers = WindowBuffers.ofThread();
    char[] first = buffers.original(300);

    assertThat(first.length).isGreaterThanOrEqualTo(300);
    assertThat(buffers.original(10)).isSameAs(first);
    assertThat(buffers.folded(300)).isNotSameAs(first);
    assertThat(WindowBuffers.ofThread()).isSameAs(buffers);
  }

  @Test
  void aBufferLongerThanTheBoundIsMadeForItsTextAlone() {
    WindowBuffers buffers = WindowBuffers.ofThread();
    char[] kept = buffers.folded(WindowBuffers.KEPT);
    char[] once = buffers.folded(WindowBuffers.KEPT + 1);

    assertThat(kept.length).isEqualTo(WindowBuffers.KEPT);
    assertThat(once.length).isEqualTo(WindowBuffers.KEPT + 1);
    assertThat(buffers.folded(WindowBuffers.KEPT)).isSameAs(kept);
  }
}
