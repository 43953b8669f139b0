/**
 * A corpus of plan files as tables, shared by the batch command line and the Spark job: how one
 * file's bytes become a plan or a named failure ({@link
 * io.github.policytasks.parser.corpus.DocumentReader}), and the one documented schema of the
 * {@code tasks} and {@code targets} tables ({@link io.github.policytasks.parser.corpus.CorpusTable}).
 */
@NullMarked
package io.github.policytasks.parser.corpus;

import org.jspecify.annotations.NullMarked;
