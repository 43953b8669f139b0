/**
 * The {@code policy-tasks} command-line tool: {@link
 * io.github.policytasks.examples.cli.PolicyTasks} is the entry point, one small class per command. Every command prints its result on standard
 * output (UTF-8); every error is one line on standard error with exit code 2.
 */
@NullMarked
package io.github.policytasks.examples.cli;

import org.jspecify.annotations.NullMarked;
