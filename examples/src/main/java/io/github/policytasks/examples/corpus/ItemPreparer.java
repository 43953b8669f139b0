package io.github.policytasks.examples.corpus;

/**
 * Makes what a batch's sink writes of one item — its JSON line, its table rows — on the thread
 * that read the item, so that the thread writing the output in order only copies it. A runner
 * asks for one preparer per thread, so a preparer may keep buffers and need not be thread-safe.
 *
 * @param <T> what is made of an item
 */
@FunctionalInterface
public interface ItemPreparer<T> {
  /**
   * {@return what the sink writes of {@code item}}
   *
   * @param item one input with its plan or failure
   */
  T prepare(BatchItem item);
}
