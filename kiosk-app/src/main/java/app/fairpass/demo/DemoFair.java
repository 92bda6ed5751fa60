package app.fairpass.demo;

import app.fairpass.core.employer.EmployerService;
import app.fairpass.core.employer.NewPosition;
import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairService;
import app.fairpass.core.fair.FairStatus;
import app.fairpass.core.fair.NewFair;
import app.fairpass.core.fair.NewSeries;
import app.fairpass.core.kiosk.KioskInfo;
import app.fairpass.core.kiosk.KioskService;
import app.fairpass.core.kiosk.NewKiosk;
import app.fairpass.core.kiosk.PrintMode;
import app.fairpass.core.pass.PassRef;
import app.fairpass.core.seeker.Channel;
import app.fairpass.core.seeker.RegistrationService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The campus fair the employment service reported, built through the real services as an organiser would:
 * its employers with their booths and positions, its registered job seekers and two entrance kiosks. The demo
 * mode seeds it at full size; the fair-day replay seeds it at the size of its plan. The caller signs in as an
 * organiser.
 */
class DemoFair {
    static final String NAME = "“就在苏州 乐业吴江”就业创业服务月 信息职业技术学院专场招聘会";
    static final LocalTime OPENS = LocalTime.of(8, 30);
    static final LocalTime CLOSES = LocalTime.of(16, 30);

    /** The seeded fair with every registered person's pass (in registration order) and its kiosks. */
    record Seeded(FairInfo fair, List<PassRef> passes, List<KioskInfo> kiosks) {
    }

    private final FairService fairs;
    private final EmployerService employers;
    private final RegistrationService registrations;
    private final KioskService kiosks;

    DemoFair(FairService fairs, EmployerService employers, RegistrationService registrations, KioskService kiosks) {
        this.fairs = fairs;
        this.employers = employers;
        this.registrations = registrations;
        this.kiosks = kiosks;
    }

    /** An open fair on {@code day} with {@code employerCount} employers offering {@code openings} positions. */
    Seeded seed(Random random, LocalDate day, int employerCount, int openings, int jobSeekers) {
        long seriesId = fairs.createSeries(new NewSeries("2026年就业创业服务月", day.withDayOfMonth(1),
                day.withDayOfMonth(1).plusMonths(1).minusDays(1)));
        FairInfo fair = fairs.createFair(new NewFair(seriesId, NAME, "苏州信息职业技术学院 体育馆", day, OPENS, CLOSES));
        fair = fairs.changeStatus(fair.id(), FairStatus.OPEN);
        for (DemoEmployers.DemoEmployer employer : DemoEmployers.generate(random, employerCount, openings)) {
            long employerId = employers.employer(employer.name(), null, employer.industry());
            employers.addBooth(fair.id(), employerId, employer.booth());
            for (DemoEmployers.DemoPosition position : employer.positions()) {
                employers.addPosition(new NewPosition(fair.id(), employerId, position.title(), position.headcount(),
                        position.salaryMin(), position.salaryMax(), position.education(), null));
            }
        }
        DemoPeople people = new DemoPeople(random);
        List<PassRef> passes = new ArrayList<>(jobSeekers);
        for (int i = 0; i < jobSeekers; i++) {
            passes.add(registrations.register(fair.id(), people.person(i), i % 5 == 0 ? Channel.IMPORT
                    : Channel.ONLINE).pass());
        }
        List<KioskInfo> entrances = List.of(
                kiosks.create(new NewKiosk(fair.id(), "1号签到机", "体育馆东门入口", PrintMode.BROWSER, null, "LABEL_62X100")),
                kiosks.create(new NewKiosk(fair.id(), "2号签到机", "体育馆西门入口", PrintMode.BROWSER, null, "LABEL_62X100")));
        return new Seeded(fair, passes, entrances);
    }
}
