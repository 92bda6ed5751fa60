package app.fairpass.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.core.account.FairPassUser;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.FairStatsService;
import app.fairpass.core.stats.KeyGroupFigures;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The demo fair looks like the reported campus fair, and starting again does not seed it twice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.address=127.0.0.1", "fairpass.demo.enabled=true", "fairpass.demo.password=demo-password-for-tests",
        "spring.datasource.url=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class DemoFairTest {
    @Autowired
    DemoFairSeeder seeder;
    @Autowired
    FairService fairs;
    @Autowired
    FairStatsService stats;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seedsTheReportedCampusFairOnce() {
        seeder.run(new DefaultApplicationArguments());

        List<FairInfo> demoFairs = asOrganiser(() -> fairs.listFairs()).stream()
                .filter(fair -> fair.name().equals(DemoFairSeeder.FAIR_NAME)).toList();
        assertThat(demoFairs).singleElement().matches(FairInfo::isOpen);
        FairFigures figures = asOrganiser(() -> stats.figures(demoFairs.get(0).id()));
        assertThat(figures.employers()).isEqualTo(100);
        assertThat(figures.positionsOffered()).isEqualTo(2_756);
        assertThat(figures.registered()).isEqualTo(3_000);
        assertThat(figures.byKeyGroup()).allMatch(group -> group.registered() > 0);
        assertThat(figures.byKeyGroup().get(0)).extracting(KeyGroupFigures::nameZh).isEqualTo("高校毕业生");
        assertThat(figures.byKeyGroup().get(0).registered()).isBetween(1_600L, 2_100L);
        for (String rare : List.of("喆", "堃", "珺", "昇", "赟")) {
            assertThat(count("SELECT COUNT(*) FROM job_seeker WHERE name LIKE ?", "%" + rare + "%")).as(rare)
                    .isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM job_seeker WHERE REGEXP_LIKE(name, '^[A-Za-z -]+$')", null))
                .isPositive();
        assertThat(count("SELECT COUNT(DISTINCT phone) FROM job_seeker WHERE phone IS NOT NULL", null))
                .isEqualTo(count("SELECT COUNT(*) FROM job_seeker", null));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account u JOIN booth b ON b.employer_id = u.employer_id"
                + " WHERE b.booth_number = 'A01' AND b.fair_id = ?").param(demoFairs.get(0).id()).query(Long.class)
                .single()).as("the demo booth sign-in").isEqualTo(1);
    }

    private long count(String sql, String param) {
        var statement = jdbc.sql(sql);
        return (param == null ? statement : statement.param(param)).query(Long.class).single();
    }

    private static <T> T asOrganiser(Callable<T> work) {
        FairPassUser user = new FairPassUser(0, "t", "t", "", "ORGANISER", null, true);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
