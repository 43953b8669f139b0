/**
 * The corpus job on Apache Spark ({@link io.github.policytasks.spark.CorpusJob}): a folder or
 * object-store prefix of plan files read as binary files, each parsed by the executor's one
 * reader, written as the corpus tables in Parquet with the schema of {@link
 * io.github.policytasks.parser.corpus.CorpusTable}.
 */
@NullMarked
package io.github.policytasks.spark;

import org.jspecify.annotations.NullMarked;
