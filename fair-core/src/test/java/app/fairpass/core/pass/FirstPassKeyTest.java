package app.fairpass.core.pass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.fairpass.core.TestFair;
import app.fairpass.core.fair.FairInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A server on a brand-new database: its first pass key must not depend on the first registration's fate. On an
 * in-memory H2 of its own, since a fresh database is the point (pom.xml leaves it out of the PostgreSQL run).
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:first-pass-key;DB_CLOSE_DELAY=-1")
class FirstPassKeyTest {
    @Autowired
    TestFair testFair;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PassService passes;

    @Test
    void theFirstKeyIsCommittedBeforeAnyPassIsSignedWithIt() {
        FairInfo fair = testFair.openFair("新库首张通行证");
        PassRef[] signedThenRolledBack = new PassRef[1];

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            signedThenRolledBack[0] = testFair.register(fair.id(), "冯琪");
            throw new IllegalStateException("the registration fails after its pass was signed");
        })).hasMessageContaining("fails after");
        PassRef next = testFair.register(fair.id(), "韩珂");

        char keyId = signedThenRolledBack[0].code().keyId();
        assertThat(next.code().keyId()).isEqualTo(keyId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pass_key WHERE key_id = ?").param(String.valueOf(keyId))
                .query(Long.class).single()).as("the key the cache signs with is in the database").isEqualTo(1);
        assertThat(passes.check(next.code().text(), fair.id()).verdict()).isEqualTo(CodeCheck.Verdict.FOUND);
    }
}
