package dev.ormdantic.migrations.file;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The directory's {@code ormdantic.sum}: a first line {@code ormdantic-sum 1 <hash of the lines below>}, then one line
 * per file, {@code <name> <SHA-256 of its bytes>}, in the directory's order (by revision, each migration's files in
 * the order they are written). Line endings of a file are read as {@code \n}, so a checkout that converts them does
 * not count as an edit; every other byte does.
 *
 * @param files file name to hash, in order
 */
record SumFile(Map<String, String> files) {

    static final String NAME = "ormdantic.sum";
    private static final String HEADER = "ormdantic-sum 1 ";

    SumFile {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The hash of a file's bytes, line endings read as {@code \n}. */
    static String hash(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        return Statements.sha256(text.replace("\r\n", "\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    String render() {
        String body = body();
        return HEADER + Statements.sha256(body) + "\n" + body;
    }

    private String body() {
        StringBuilder body = new StringBuilder();
        files.forEach((name, hash) -> body.append(name).append(' ').append(hash).append('\n'));
        return body.toString();
    }

    static SumFile parse(String text) {
        String normal = text.replace("\r\n", "\n");
        int end = normal.indexOf('\n');
        String first = end < 0 ? normal : normal.substring(0, end);
        String body = end < 0 ? "" : normal.substring(end + 1);
        if (!first.startsWith(HEADER)) {
            throw edited("its first line is not '" + HEADER + "<hash>'");
        }
        String recorded = first.substring(HEADER.length()).strip();
        String actual = Statements.sha256(body);
        if (!recorded.equals(actual)) {
            throw edited("its lines hash to " + actual + ", its first line records " + recorded);
        }
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : body.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int space = line.lastIndexOf(' ');
            if (space <= 0 || files.put(line.substring(0, space), line.substring(space + 1)) != null) {
                throw edited("the line '" + line + "' is not '<file> <hash>' or lists a file twice");
            }
        }
        return new SumFile(files);
    }

    private static MigrationException edited(String problem) {
        return new MigrationException(
                ErrorCode.MIGRATION_FILE_EDITED,
                new ErrorContext("verify", null, null),
                "migration file " + NAME + " was edited: " + problem,
                "restore it from version control, or rehash the directory after reviewing its files",
                null);
    }
}
