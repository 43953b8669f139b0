/** Runnable examples and the {@code policy-tasks} command-line tool. */
package io.github.policytasks.examples;
