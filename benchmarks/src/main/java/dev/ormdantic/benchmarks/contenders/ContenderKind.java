package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.ContenderFactory;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.contenders.ebean.EbeanContender;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The contenders the harness knows, by the names used on the command line and in the results. */
public enum ContenderKind implements ContenderFactory {
    /** This ORM's blocking handle. */
    ORMDANTIC_BLOCKING("ormdantic-blocking"),
    /**
     * This ORM's blocking handle with a listener registered that does nothing: against {@link #ORMDANTIC_BLOCKING},
     * what a listener costs (every statement is then watched and its events made).
     */
    ORMDANTIC_LISTENED("ormdantic-listened"),
    /** This ORM's asynchronous handle, each future joined at once. */
    ORMDANTIC_ASYNC("ormdantic-async"),
    /**
     * This ORM's blocking handle opened with the backend's read replica (PostgreSQL and MariaDB; default read
     * consistency, read-your-writes): the read cases, on the replica. Not in the default run: it needs the replica rig.
     */
    ORMDANTIC_REPLICA("ormdantic-replica"),
    /** Hand-written JDBC, a pooled connection and fresh statements per call: the floor. */
    JDBC("jdbc"),
    /** Hand-written JDBC on one held connection with one prepared statement per text: the floor of a session. */
    JDBC_HELD("jdbc-held"),
    /**
     * Hand-written JDBC as {@link #JDBC}, on the replica's URL: the floor of a replica read. Not in the default run:
     * it needs the replica rig.
     */
    JDBC_REPLICA("jdbc-replica"),
    /** jOOQ's DSL without generated classes. */
    JOOQ("jooq"),
    /** Jdbi 3's fluent API. */
    JDBI("jdbi"),
    /** Hibernate ORM 7's stateless session (its regular session for the transactions case). */
    HIBERNATE("hibernate"),
    /** Ebean's plain query API on build-time enhanced entities. */
    EBEAN("ebean");

    /** Hibernate's and Ebean's JDBC batch size: the smallest profile batch, so every profile's batches fill it. */
    private static final int BATCH_SIZE = 500;

    private final String id;

    ContenderKind(String id) {
        this.id = id;
    }

    /**
     * The name in the results.
     *
     * @return the name
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * Opens the contender on a backend.
     *
     * @param target where to connect
     * @return the open contender
     * @throws NotApplicableException when it cannot run on the backend
     */
    @Override
    public Contender open(Target target) throws NotApplicableException {
        return switch (this) {
            case ORMDANTIC_BLOCKING -> OrmdanticContender.open(target, false);
            case ORMDANTIC_ASYNC -> OrmdanticContender.open(target, true);
            case ORMDANTIC_LISTENED -> OrmdanticContender.openListened(target);
            case ORMDANTIC_REPLICA -> ReplicaContender.open(target, true);
            case JDBC_REPLICA -> ReplicaContender.open(target, false);
            case JDBC -> new JdbcContender(target, false);
            case JDBC_HELD -> new JdbcContender(target, true);
            case JOOQ -> new JooqContender(target);
            case JDBI -> new JdbiContender(target);
            case HIBERNATE -> new HibernateContender(target, BATCH_SIZE);
            case EBEAN -> new EbeanContender(target, BATCH_SIZE);
        };
    }

    /**
     * Whether a run that names no contenders runs this one: every one but the replica readers, which need the read
     * replicas {@code .ci/replicas} starts.
     *
     * @return {@code false} for {@link #ORMDANTIC_REPLICA} and {@link #JDBC_REPLICA}
     */
    public boolean inDefaultRun() {
        return this != ORMDANTIC_REPLICA && this != JDBC_REPLICA;
    }

    /**
     * The contenders of a run that names none, in declaration order.
     *
     * @return every contender {@linkplain #inDefaultRun() in the default run}
     */
    public static List<ContenderKind> defaults() {
        return Arrays.stream(values()).filter(ContenderKind::inDefaultRun).toList();
    }

    /**
     * The contender with a name.
     *
     * @param name the name
     * @return the kind
     * @throws IllegalArgumentException naming the known contenders
     */
    public static ContenderKind named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (ContenderKind kind : values()) {
            if (kind.id.equals(wanted)) {
                return kind;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ContenderKind kind : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(kind.id);
        }
        throw new IllegalArgumentException("unknown contender '" + name + "'; choose from " + known);
    }
}
