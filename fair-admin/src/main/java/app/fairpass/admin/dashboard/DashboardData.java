package app.fairpass.admin.dashboard;

import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.stats.BoothFigures;
import app.fairpass.core.stats.FairFigures;
import app.fairpass.core.stats.PositionFigures;
import java.util.List;

/** Everything the live dashboard shows of one fair, read once per change and shared by every screen showing it. */
public record DashboardData(FairInfo fair, FairFigures figures, List<BoothFigures> busiestBooths,
        List<PositionFigures> topPositions) {
}
