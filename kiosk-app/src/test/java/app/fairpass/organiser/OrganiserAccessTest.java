package app.fairpass.organiser;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import app.fairpass.KaribuTest;
import app.fairpass.admin.fair.ui.FairsView;
import app.fairpass.admin.kiosk.ui.KiosksView;
import app.fairpass.admin.ui.OrganiserLayout;
import app.fairpass.core.account.FairPassUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The organiser console's menu has every page; booth staff and kiosks cannot open any of them. */
@SpringBootTest
@ActiveProfiles("test")
class OrganiserAccessTest extends KaribuTest {

    @Test
    void employersAndKiosksOpenNoOrganiserPage() {
        List<Class<? extends Component>> pages = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getParentLayouts().contains(OrganiserLayout.class))
                .<Class<? extends Component>>map(RouteData::getNavigationTarget).toList();
        assertThat(pages).as("organiser pages found").hasSizeGreaterThanOrEqualTo(9);

        for (FairPassUser user : List.of(employer(), kiosk())) {
            signIn(user);
            for (Class<? extends Component> page : pages) {
                UI.getCurrent().navigate(page);

                assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                        .as("%s opening %s", user.role(), page.getSimpleName())
                        .noneMatch(page::isInstance)
                        .noneMatch(OrganiserLayout.class::isInstance);
            }
        }
    }

    @Test
    void theMenuListsEveryOrganiserPageInOrderWithItsTitleAndOpensIt() {
        signIn(organiser());
        UI.getCurrent().navigate(FairsView.class);

        List<SideNavItem> items = _find(SideNavItem.class);
        assertThat(items).extracting(SideNavItem::getLabel).containsExactly("招聘会", "活动（服务月）", "用人单位与岗位",
                "展位账号", "求职者", "现场大屏", "签到机", "报表与导出", "导入", "管理员账号", "审计与数据保护");
        long organiserPages = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(route -> route.getParentLayouts().contains(OrganiserLayout.class)).count();
        assertThat(items).as("a menu item for every organiser page").hasSize((int) organiserPages);

        UI.getCurrent().navigate(items.get(6).getPath());
        _assertOne(KiosksView.class);
    }

    private static FairPassUser employer() {
        return new FairPassUser(0, "test-employer", "展位工作人员", "", "EMPLOYER", 1L, true);
    }
}
