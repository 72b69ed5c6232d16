package dev.ormdantic.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.spring.app.Flavor;
import dev.ormdantic.spring.app.FlavorService;
import dev.ormdantic.spring.app.FlavorTable;
import dev.ormdantic.spring.app.StarterApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real Spring Boot application on one database: the starter opens Ormdantic on Boot's {@code DataSource}, detects
 * its dialect, creates the tables, and a {@code @Transactional} method's writes through JdbcTemplate and Ormdantic
 * commit or roll back together. Run on SQLite and PostgreSQL by the subclasses.
 */
@SpringBootTest(classes = StarterApp.class, properties = "ormdantic.init-schema=true")
abstract class StarterTransactionsTest {

    @Autowired
    Ormdantic ormdantic;

    @Autowired
    BlockingOrmdantic db;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FlavorService service;

    abstract String dialect();

    @BeforeEach
    void emptyTables() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS starter_audit (event VARCHAR(100) NOT NULL)");
        jdbc.update("DELETE FROM starter_audit");
        db.table(FlavorTable.TABLE).deleteAll();
    }

    @Test
    void theDatabaseIsOpenOnBootsDataSourceWithItsTablesCreated() {
        assertThat(ormdantic.dialect()).isEqualTo(dialect());
        assertThat(ormdantic.tableNames()).containsExactly("starter_flavor");
        assertThat(db).isSameAs(ormdantic.blocking());
        db.table(FlavorTable.TABLE).insert(new Flavor("mint", "Mint", 3));
        assertThat(jdbc.queryForObject("SELECT name FROM starter_flavor WHERE id = 'mint'", String.class))
                .isEqualTo("Mint");
    }

    @Test
    void aTransactionalMethodCommitsBothWrites() {
        service.add(new Flavor("vanilla", "Vanilla", 5), false);
        assertThat(db.table(FlavorTable.TABLE).findOne("vanilla"))
                .map(Flavor::name)
                .contains("Vanilla");
        assertThat(jdbc.queryForList("SELECT event FROM starter_audit", String.class))
                .containsExactly("added vanilla");
    }

    @Test
    void aTransactionalMethodThatThrowsRollsBackBothWrites() {
        assertThatThrownBy(() -> service.add(new Flavor("lemon", "Lemon", 4), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("refused after both writes");
        assertThat(db.table(FlavorTable.TABLE).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM starter_audit", Integer.class))
                .isZero();
    }
}
