package dev.ormdantic.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures, at every level, what Ormdantic ({@code System.Logger}, which reaches java.util.logging) and HikariCP
 * (SLF4J, bound to java.util.logging in this module) log while it is open: each record as its formatted message
 * followed by the printed stack trace of its exception, if any.
 */
final class LogCapture extends Handler implements AutoCloseable {

    private static final List<String> LOGGERS = List.of("dev.ormdantic", "com.zaxxer.hikari");

    /** Held so that java.util.logging keeps the configured loggers (it holds them weakly). */
    private final List<Logger> loggers = new ArrayList<>();

    private final List<Level> previous = new ArrayList<>();
    private final List<LogRecord> records = new ArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    LogCapture() {
        setLevel(Level.ALL);
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            loggers.add(logger);
            previous.add(logger.getLevel());
            logger.setLevel(Level.ALL);
            logger.addHandler(this);
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** Every record so far, formatted with its stack trace. */
    synchronized String text() {
        StringBuilder text = new StringBuilder();
        for (LogRecord record : records) {
            text.append(record.getLevel())
                    .append(' ')
                    .append(record.getLoggerName())
                    .append(": ");
            text.append(formatter.formatMessage(record)).append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                text.append(trace);
            }
        }
        return text.toString();
    }

    /** The records at a level, formatted. */
    synchronized List<String> at(Level level) {
        List<String> found = new ArrayList<>();
        for (LogRecord record : records) {
            if (record.getLevel().equals(level)) {
                found.add(formatter.formatMessage(record));
            }
        }
        return found;
    }

    /** The exceptions logged at a level. */
    synchronized List<Throwable> thrownAt(Level level) {
        List<Throwable> found = new ArrayList<>();
        for (LogRecord record : records) {
            if (record.getLevel().equals(level) && record.getThrown() != null) {
                found.add(record.getThrown());
            }
        }
        return found;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).removeHandler(this);
            loggers.get(i).setLevel(previous.get(i));
        }
    }
}
