package app.fairpass.admin.ui;

import app.fairpass.core.fair.FairInfo;
import app.fairpass.core.fair.FairStatus;
import com.vaadin.flow.component.select.Select;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** Chooses the fair a page works on; starts on the given fair, else an open one, else the newest. */
public class FairSelect extends Select<FairInfo> {

    public FairSelect(List<FairInfo> fairs, Long preferred) {
        setId("fair");
        setLabel(getTranslation("console.fair"));
        setItems(fairs);
        setItemLabelGenerator(fair -> DateTimeFormatter.ISO_LOCAL_DATE.format(fair.date()) + " " + fair.name());
        setWidth("28em");
        setEmptySelectionAllowed(false);
        fairs.stream().filter(fair -> preferred != null && fair.id() == preferred).findFirst()
                .or(() -> fairs.stream().filter(fair -> fair.status() == FairStatus.OPEN).findFirst())
                .or(() -> fairs.stream().max(Comparator.comparing(FairInfo::date)))
                .ifPresent(this::setValue);
    }
}
