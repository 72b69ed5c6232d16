package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** Credentials given apart from the URL log in, and no form of the database shows the password. */
class ConnectionTest {

    @BackendTest
    void credentialsFromTheBuilderLogInAndStayHidden(TestDatabase database) {
        Assumptions.assumeTrue(database.backend() != Backend.SQLITE, "SQLite has no users");
        database.db();
        URI url = URI.create(database.url());
        String userInfo = url.getUserInfo();
        String[] parts = (userInfo == null ? ":" : userInfo + ":").split(":", -1);
        String user = parts[0];
        String password = parts[1];
        String withoutUser = database.url().replace(url.getRawUserInfo() + "@", "");
        try (Ormdantic db =
                Ormdantic.builder(withoutUser).credentials(user, password).open()) {
            db.blockingTable(FlavorTable.TABLE).insert(new Flavor("vanilla", "Vanilla", 5));
            assertEquals(
                    List.of("vanilla"),
                    db.blockingTable(FlavorTable.TABLE).findMany().data().stream()
                            .map(Flavor::id)
                            .toList());
            assertFalse(!password.isEmpty() && db.toString().contains(password), db.toString());
        }
    }

    @BackendTest
    void aRefusedLoginIsAPermissionErrorThatHidesThePassword(TestDatabase database) {
        Assumptions.assumeTrue(
                database.backend() == Backend.MARIADB || database.backend() == Backend.MYSQL,
                "the local PostgreSQL trusts loopback logins, and SQLite has no users");
        URI url = URI.create(database.url());
        String withoutUser = database.url().replace(url.getRawUserInfo() + "@", "");
        OrmdanticException e = assertThrows(
                OrmdanticException.class,
                () -> Ormdantic.builder(withoutUser)
                        .credentials("root", "wrong-pa55")
                        .open());
        assertEquals(ErrorCode.PERMISSION_DENIED, e.code(), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-pa55"), e.getMessage());
    }
}
