package dev.ormdantic.migrations.file;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What Ormdantic does to the text of a statement: normalizes it (so that line endings and trailing whitespace never
 * change a checksum), computes checksums, tells statements that lose data, and writes and reads the statement files.
 *
 * <p>A statement file holds a comment header, then each statement after a line that is exactly
 * {@value #SEPARATOR}. Statements are never split on {@code ;}: a semicolon inside a string, a dollar-quoted body or a
 * PL/SQL block stays part of its statement, and the text between two separator lines is sent to the database as it
 * is.
 *
 * @since 0.1.0
 */
public final class Statements {

    /** The line that starts every statement of a statement file. */
    public static final String SEPARATOR = "-- ormdantic:statement";

    /** The version of the checksum algorithm, recorded in the manifest and the history row. */
    public static final int CHECKSUM_VERSION = 1;

    private static final Pattern DESTRUCTIVE = Pattern.compile(
            "^\\s*(?:DROP\\s+(?:TABLE|SCHEMA|DATABASE)\\b|TRUNCATE\\b|DELETE\\s+FROM\\b"
                    + "|ALTER\\s+TABLE\\s+.*?\\bDROP\\s+(?:COLUMN\\b|\\())",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Statements() {}

    /**
     * A statement in its normal form: line endings become {@code \n}, trailing whitespace of every line goes, and so do
     * blank lines before and after it. This is how statements are stored, compared and hashed.
     *
     * @param statement the statement
     * @return the normalized statement
     */
    public static String normalize(String statement) {
        String[] lines = statement.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>(lines.length);
        for (String line : lines) {
            kept.add(line.stripTrailing());
        }
        int from = 0;
        while (from < kept.size() && kept.get(from).isEmpty()) {
            from++;
        }
        int to = kept.size();
        while (to > from && kept.get(to - 1).isEmpty()) {
            to--;
        }
        return String.join("\n", kept.subList(from, to));
    }

    /**
     * Whether a statement drops or deletes data: {@code DROP TABLE}, {@code DROP SCHEMA}, {@code DROP DATABASE},
     * {@code TRUNCATE}, {@code DELETE FROM}, or an {@code ALTER TABLE} that drops a column.
     *
     * @param statement the statement
     * @return whether it loses data
     */
    public static boolean destructive(String statement) {
        return DESTRUCTIVE.matcher(statement).find();
    }

    /**
     * Whether any of the statements loses data.
     *
     * @param statements the statements
     * @return whether one of them is {@linkplain #destructive(String) destructive}
     */
    public static boolean destructive(List<String> statements) {
        return statements.stream().anyMatch(Statements::destructive);
    }

    /**
     * The SHA-256 checksum of a migration's statements for one dialect, as 64 lower-case hex digits: over the version
     * of the algorithm, then each up statement and each down statement in order, each normalized and prefixed with its
     * direction and length (so that no two lists give the same input).
     *
     * @param up the up statements
     * @param down the down statements
     * @return the checksum
     */
    public static String checksum(List<String> up, List<String> down) {
        StringBuilder text = new StringBuilder("ormdantic-statements-v" + CHECKSUM_VERSION + "\n");
        append(text, "up", up);
        append(text, "down", down);
        return sha256(text.toString());
    }

    /**
     * The checksum of the first statements of a list: what a failed run records of the statements it completed, so
     * that resuming it can tell whether they changed since.
     *
     * @param statements the statements
     * @param count how many of the first to cover
     * @return the checksum
     */
    public static String prefixChecksum(List<String> statements, int count) {
        StringBuilder text = new StringBuilder("ormdantic-prefix-v" + CHECKSUM_VERSION + "\n");
        append(text, "step", statements.subList(0, count));
        return sha256(text.toString());
    }

    private static void append(StringBuilder text, String direction, List<String> statements) {
        for (String statement : statements) {
            String normal = normalize(statement);
            text.append(direction)
                    .append(' ')
                    .append(normal.length())
                    .append('\n')
                    .append(normal)
                    .append('\n');
        }
    }

    /**
     * The SHA-256 of a text's UTF-8 bytes, as lower-case hex.
     *
     * @param text the text
     * @return the digest
     */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SHA-256 of bytes, as lower-case hex.
     *
     * @param bytes the bytes
     * @return the digest
     */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The text of a statement file.
     *
     * @param header the first comment line, without its {@code -- }
     * @param statements the statements, normalized
     * @return the file's text, ending with a line break
     */
    static String render(String header, List<String> statements) {
        StringBuilder text =
                new StringBuilder("-- ").append(header.replace('\n', ' ')).append('\n');
        for (String statement : statements) {
            text.append('\n').append(SEPARATOR).append('\n').append(statement).append('\n');
        }
        return text.toString();
    }

    /**
     * The statements of a statement file: the text after each separator line up to the next, normalized; lines before
     * the first separator are the header and hold no statement.
     *
     * @param text the file's text
     * @return the statements
     */
    static List<String> parse(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.strip().equals(SEPARATOR)) {
                if (current != null) {
                    statements.add(normalize(current.toString()));
                }
                current = new StringBuilder();
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            statements.add(normalize(current.toString()));
        }
        return statements;
    }

    /**
     * Whether a normalized statement holds a separator line, which would split it in two when read back.
     *
     * @param statement the statement
     * @return whether it holds one
     */
    static boolean holdsSeparator(String statement) {
        for (String line : statement.split("\n", -1)) {
            if (line.strip().equals(SEPARATOR)) {
                return true;
            }
        }
        return false;
    }
}
