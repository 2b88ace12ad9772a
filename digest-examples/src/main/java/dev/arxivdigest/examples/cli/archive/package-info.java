/**
 * The {@code digest archive} commands: {@code stats} and {@code export} over many days and sources.
 */
package dev.arxivdigest.examples.cli.archive;
