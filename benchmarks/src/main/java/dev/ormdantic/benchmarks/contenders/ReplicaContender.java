package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Graphs;
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Item;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A contender that reads from the backend's read replica: this ORM's blocking handle opened with the replica
 * ({@code ormdantic-replica}, default read consistency, read-your-writes) or hand-written JDBC on the replica's URL
 * ({@code jdbc-replica}). It runs the read cases as {@code ormdantic-blocking} and {@code jdbc} do; before each case is
 * prepared (outside the clock) it waits until the replica has replayed the primary's current position, so that the
 * rows the fixture seeded through the primary are there and the results validate. The write cases are not applicable:
 * every write runs on the primary, so they would measure the same statements as the primary contender.
 */
public final class ReplicaContender implements Contender {

    private final Contender reads;
    private final ReplicaCatchUp catchUp;

    private ReplicaContender(Contender reads, ReplicaCatchUp catchUp) {
        this.reads = reads;
        this.catchUp = catchUp;
    }

    /**
     * Opens the contender on the backend's replica, once the replica has replayed the primary's current position.
     *
     * @param target the primary
     * @param orm this ORM's blocking handle with the replica, or else hand-written JDBC on the replica's URL
     * @return the contender
     * @throws NotApplicableException on SQLite, which has no replicas, or when the replica cannot be reached
     */
    public static ReplicaContender open(Target target, boolean orm) throws NotApplicableException {
        Backend backend = target.backend();
        @Nullable String replicaJdbc = backend.replicaJdbcUrl();
        @Nullable String replicaOrm = backend.replicaOrmUrl();
        if (replicaJdbc == null || replicaOrm == null) {
            throw new NotApplicableException("SQLite has no replicas: an embedded file only this process reads");
        }
        ReplicaCatchUp catchUp;
        try {
            catchUp = new ReplicaCatchUp(backend, target.jdbcUrl(), replicaJdbc);
        } catch (SQLException e) {
            throw new NotApplicableException(
                    "replica unreachable at " + replicaJdbc + " (start the rig with .ci/replicas): " + e.getMessage());
        }
        try {
            catchUp.await();
            Contender reads = orm
                    ? OrmdanticContender.openWithReplica(target, replicaOrm)
                    : new JdbcContender(new Target(backend, replicaJdbc, replicaOrm, target.poolSize()), false);
            return new ReplicaContender(reads, catchUp);
        } catch (NotApplicableException | RuntimeException e) {
            catchUp.close();
            throw e;
        }
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload workload) throws NotApplicableException {
        if (benchCase.mutates()) {
            throw new NotApplicableException(
                    "writes run on the primary: the primary contender's statements, measured there");
        }
        catchUp.await();
        return reads.prepare(benchCase, workload);
    }

    @Override
    public Prepared findFirst(int rows) throws NotApplicableException {
        catchUp.await();
        return reads.findFirst(rows);
    }

    @Override
    public Item asItem(Object row) {
        return reads.asItem(row);
    }

    @Override
    public IdScore asIdScore(Object row) {
        return reads.asIdScore(row);
    }

    @Override
    public Graphs.ParentTree asParentTree(Object row) {
        return reads.asParentTree(row);
    }

    @Override
    public Graphs.ChildWithParent asChildWithParent(Object row) {
        return reads.asChildWithParent(row);
    }

    @Override
    public void close() {
        try {
            reads.close();
        } finally {
            catchUp.close();
        }
    }
}
