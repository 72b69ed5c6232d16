package dev.ormdantic.spring.app;

import dev.ormdantic.BlockingOrmdantic;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A service whose transactional method writes through both JdbcTemplate and Ormdantic. */
@Service
public class FlavorService {

    private final BlockingOrmdantic db;
    private final JdbcTemplate jdbc;

    /**
     * Creates the service.
     *
     * @param db the database, from the starter
     * @param jdbc Spring's template on the same DataSource
     */
    public FlavorService(BlockingOrmdantic db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    /**
     * Adds a flavor and its audit row in one transaction, then fails when asked to.
     *
     * @param flavor the flavor
     * @param fail whether to throw after both writes
     */
    @Transactional
    public void add(Flavor flavor, boolean fail) {
        db.table(FlavorTable.TABLE).insert(flavor);
        jdbc.update("INSERT INTO starter_audit (event) VALUES (?)", "added " + flavor.id());
        if (fail) {
            throw new IllegalStateException("refused after both writes");
        }
    }
}
