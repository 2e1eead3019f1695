package io.heal.repair.localise;

/**
 * A suspicious source line.
 *
 * @param file the source path relative to {@code src/main/java}, e.g. {@code a/B.java}
 * @param line the 1-based line number
 * @param score suspiciousness, higher first
 * @param why how it was found ({@code stack}, {@code ochiai})
 */
public record Location(String file, int line, double score, String why) {}
